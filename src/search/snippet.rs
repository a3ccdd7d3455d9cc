//! Where a query's terms occur in one article, and the passage a result shows.

use std::ops::Range;

use super::query::Term;
use super::words::words;

/// Longest passage a result shows, in bytes (about two lines).
const SNIPPET_BYTES: usize = 200;
/// How much of the passage comes before its first match.
const LEAD_BYTES: usize = 60;

/// The byte ranges of `text` (within `ranges`) where any of `terms` occurs, in text order,
/// never overlapping. A phrase matches as one range from its first to its last word.
///
/// ```
/// use dossier::search::{find_matches, Term};
/// let text = "Talks in Astana. The Astana format ended.";
/// let terms = [Term::Phrase(vec!["astana".into(), "format".into()]), Term::Prefix("end".into())];
/// let found: Vec<&str> = find_matches(text, &[0..text.len()], &terms).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(found, ["Astana format", "ended"]);
/// ```
pub fn find_matches(text: &str, ranges: &[Range<usize>], terms: &[Term]) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = Vec::new();
    if terms.is_empty() {
        return found;
    }
    let longest_phrase = terms
        .iter()
        .map(|t| match t {
            Term::Phrase(words) => words.len(),
            _ => 1,
        })
        .max()
        .unwrap_or(1);
    // The last words seen (a ring of reused strings): phrases are matched at their last word.
    let mut recent: Vec<(Range<usize>, String)> = vec![(0..0, String::new()); longest_phrase];
    for range in ranges {
        let mut seen = 0usize;
        words(text, range.clone(), |at, word| {
            let slot = &mut recent[seen % longest_phrase];
            slot.0 = at.clone();
            slot.1.clear();
            slot.1.push_str(word);
            seen += 1;
            let back = |k: usize| &recent[(seen - 1 - k) % longest_phrase];
            let mut start = None;
            for term in terms {
                let matched_from = match term {
                    Term::Word(w) if w == word => Some(at.start),
                    Term::Prefix(p) if word.starts_with(p.as_str()) => Some(at.start),
                    Term::Phrase(ws)
                        if ws.len() <= seen
                            && ws.iter().rev().enumerate().all(|(k, w)| back(k).1 == *w) =>
                    {
                        Some(back(ws.len() - 1).0.start)
                    }
                    _ => None,
                };
                start = match (start, matched_from) {
                    (Some(a), Some(b)) => Some(std::cmp::min(a, b)),
                    (a, b) => a.or(b),
                };
            }
            if let Some(start) = start {
                // A phrase ending here swallows the matches inside it.
                while found.last().is_some_and(|m| m.end > start) {
                    found.pop();
                }
                found.push(start..at.end);
            }
        });
    }
    found
}

/// A passage of an article for a result, with the matches inside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    /// The passage's byte range in the article's text.
    pub range: Range<usize>,
    /// Matches inside `range`, in order.
    pub hits: Vec<Range<usize>>,
    /// Whether text was cut before the passage.
    pub cut_before: bool,
    /// Whether text was cut after it.
    pub cut_after: bool,
}

/// The passage around the densest cluster of `matches` (from [`find_matches`]), or the start
/// of the first range when nothing matched. Cut at word boundaries, at most about 200 bytes.
pub fn snippet(text: &str, ranges: &[Range<usize>], matches: &[Range<usize>]) -> Snippet {
    let Some(first_range) = ranges.iter().find(|r| {
        text.get(r.start..r.end)
            .is_some_and(|t| !t.trim().is_empty())
    }) else {
        return Snippet {
            range: 0..0,
            hits: Vec::new(),
            cut_before: false,
            cut_after: false,
        };
    };
    // The match that starts the window holding the most matches.
    let best = (0..matches.len()).max_by_key(|&i| {
        let window_end = matches[i].start + SNIPPET_BYTES - LEAD_BYTES;
        let count = matches[i..]
            .iter()
            .take_while(|m| m.end <= window_end)
            .count();
        (count, std::cmp::Reverse(i))
    });
    let (container, anchor) = match best {
        Some(i) => {
            let m = &matches[i];
            let container = ranges
                .iter()
                .find(|r| r.start <= m.start && m.end <= r.end)
                .unwrap_or(first_range);
            (container.clone(), m.start)
        }
        None => (first_range.clone(), first_range.start),
    };
    let mut start = anchor.saturating_sub(LEAD_BYTES).max(container.start);
    if start > container.start {
        start = word_start_after(text, start).min(anchor);
    }
    let mut end = (start + SNIPPET_BYTES).min(container.end);
    if end < container.end {
        end = word_end_before(text, end, start);
    }
    // Never cut a match in half.
    if let Some(m) = matches.iter().find(|m| m.start < end && end < m.end) {
        end = m.end;
    }
    let trimmed_start = start + (text[start..end].len() - text[start..end].trim_start().len());
    let trimmed_end = start + text[start..end].trim_end().len();
    let hits = matches
        .iter()
        .filter(|m| trimmed_start <= m.start && m.end <= trimmed_end)
        .cloned()
        .collect();
    Snippet {
        range: trimmed_start..trimmed_end,
        hits,
        cut_before: start > container.start,
        cut_after: end < container.end,
    }
}

/// The first word start at or after `at` (or `at` snapped to a char boundary).
fn word_start_after(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at += 1;
    }
    match text[at..].find(char::is_whitespace) {
        Some(space) if space < LEAD_BYTES => {
            let after = at + space;
            after + (text[after..].len() - text[after..].trim_start().len())
        }
        _ => at,
    }
}

/// The last word end at or before `at`, but after `floor`.
fn word_end_before(text: &str, mut at: usize, floor: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    match text[floor..at].rfind(char::is_whitespace) {
        Some(space) if floor + space > floor + (at - floor) / 2 => floor + space,
        _ => at,
    }
}
