//! Words as search sees them: runs of letters and digits, lower-cased, without diacritics.
//! Apostrophes, quotes (straight or curly), hyphens and all other punctuation separate words,
//! so "Kazakhstan’s" and "Kazakhstan's" both read as `kazakhstan` `s`.

use std::ops::Range;

use crate::analysis::strip_diacritic;

/// Calls `each(range, folded)` for every word of `text[range]`, in order. `range` is a byte
/// range of `text`; the reported ranges are byte ranges of `text` too. The folded word is
/// lower case without Latin diacritics; combining marks are dropped.
///
/// ```
/// let text = "Erdoğan’s “ISTANBUL” talks";
/// let mut seen = Vec::new();
/// dossier::search::words(text, 0..text.len(), |r, w| seen.push((r, w.to_string())));
/// let folded: Vec<&str> = seen.iter().map(|(_, w)| w.as_str()).collect();
/// assert_eq!(folded, ["erdogan", "s", "istanbul", "talks"]);
/// assert_eq!(seen[0].0, 0..8);
/// ```
pub fn words(text: &str, range: Range<usize>, mut each: impl FnMut(Range<usize>, &str)) {
    let end = range.end.min(text.len());
    let Some(slice) = text.get(range.start..end) else {
        return;
    };
    let mut folded = String::new();
    let mut word_start = None;
    for (i, c) in slice.char_indices() {
        let at = range.start + i;
        if c.is_alphanumeric() {
            word_start.get_or_insert(at);
            push_folded(&mut folded, c);
        } else if word_start.is_some() && is_combining(c) {
            // Part of the word, but not of its folded form.
        } else if let Some(start) = word_start.take() {
            each(start..at, &folded);
            folded.clear();
        }
    }
    if let Some(start) = word_start {
        each(start..end, &folded);
    }
}

/// The folded form of one word typed by a user (see [`words`]).
pub fn fold_word(word: &str) -> String {
    let mut folded = String::with_capacity(word.len());
    for c in word.chars() {
        if !is_combining(c) {
            push_folded(&mut folded, c);
        }
    }
    folded
}

fn push_folded(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        for lower in c.to_lowercase() {
            if !is_combining(lower) {
                out.push(strip_diacritic(lower));
            }
        }
    }
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}
