//! Events: sentences anchored by a date, with the entities they mention, grouped across
//! articles when they tell of the same happening.

use std::ops::Range;

use super::dates::Edtf;

/// Where an event is told: an article and the sentence's byte range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EventSource {
    /// Index of the article.
    pub document: usize,
    /// Byte offset of the sentence's start.
    pub start: usize,
    /// Byte offset of the sentence's end.
    pub end: usize,
}

/// One happening on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Stable id within one analysis (`e1`, `e2`, …, in date order).
    pub id: String,
    /// When (from the first source).
    pub date: Edtf,
    /// A short label taken from the first source's sentence.
    pub label: String,
    /// Entities (indices) named in any of its sentences.
    pub entities: Vec<usize>,
    /// Every article and sentence that tells it.
    pub sources: Vec<EventSource>,
    /// The sources' dates do not agree (they do not overlap).
    pub conflict: bool,
    /// Each source's own date, in the order of `sources`.
    pub source_dates: Vec<Edtf>,
}

/// A dated sentence, before grouping.
#[derive(Clone, Debug)]
pub struct DatedSentence {
    /// The source.
    pub source: EventSource,
    /// Its date.
    pub date: Edtf,
    /// Entities named in it.
    pub entities: Vec<usize>,
    /// Its label.
    pub label: String,
    /// The whole sentence (compared between sentences to find retellings).
    pub text: String,
}

/// Shortens a sentence to a label of at most `max` characters, cut at a word boundary.
pub fn label(sentence: &str, max: usize) -> String {
    let s = sentence
        .trim()
        .trim_matches(|c| matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’'));
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut = s.char_indices().nth(max).map_or(s.len(), |(i, _)| i);
    let cut = s[..cut].rfind(' ').unwrap_or(cut);
    format!("{}…", s[..cut].trim_end_matches([',', ';', ':', ' ']))
}

fn overlaps(a: &Edtf, b: &Edtf) -> bool {
    match (a.day_range(), b.day_range()) {
        (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
        _ => {
            a.start.month == b.start.month && a.start.day == b.start.day && a.start.month.is_some()
        }
    }
}

fn close(a: &Edtf, b: &Edtf, days: i64) -> bool {
    match (a.day_range(), b.day_range()) {
        (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 + days && b0 <= a1 + days,
        _ => false,
    }
}

fn words(label: &str) -> std::collections::HashSet<String> {
    label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 3)
        .map(str::to_lowercase)
        .collect()
}

/// Groups dated sentences into events: sentences from different articles that share an
/// entity and have overlapping dates tell the same happening; so do sentences with close
/// dates (within 60 days) and similar wording, whose dates then conflict.
pub fn group_events(sentences: Vec<DatedSentence>) -> Vec<Event> {
    let n = sentences.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    let bags: Vec<_> = sentences.iter().map(|s| words(&s.text)).collect();
    for i in 0..n {
        for j in i + 1..n {
            let (a, b) = (&sentences[i], &sentences[j]);
            let shared = a.entities.iter().filter(|e| b.entities.contains(e)).count();
            if shared == 0 {
                continue;
            }
            let inter = bags[i].intersection(&bags[j]).count() as f64;
            let union = bags[i].union(&bags[j]).count().max(1) as f64;
            let similarity = inter / union;
            // Within one article only a retelling (a repeated lead) is the same event.
            if a.source.document == b.source.document
                && !(similarity >= 0.4 && overlaps(&a.date, &b.date))
            {
                continue;
            }
            let similar = similarity >= 0.3;
            let same = (overlaps(&a.date, &b.date) && (shared >= 2 || similar))
                || (similar && close(&a.date, &b.date, 60));
            if same {
                let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
                parent[rj] = ri;
            }
        }
    }
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut slot = vec![usize::MAX; n];
    for i in 0..n {
        let r = find(&mut parent, i);
        if slot[r] == usize::MAX {
            slot[r] = groups.len();
            groups.push(Vec::new());
        }
        groups[slot[r]].push(i);
    }
    let mut events: Vec<Event> = groups
        .into_iter()
        .map(|members| {
            let first = &sentences[members[0]];
            let mut entities: Vec<usize> = members
                .iter()
                .flat_map(|&m| sentences[m].entities.clone())
                .collect();
            entities.sort();
            entities.dedup();
            let conflict = members.iter().any(|&x| {
                members
                    .iter()
                    .any(|&y| !overlaps(&sentences[x].date, &sentences[y].date))
            });
            Event {
                id: String::new(),
                date: first.date,
                label: first.label.clone(),
                entities,
                sources: members.iter().map(|&m| sentences[m].source).collect(),
                conflict,
                source_dates: members.iter().map(|&m| sentences[m].date).collect(),
            }
        })
        .collect();
    events.sort_by_key(|e| {
        (
            e.date.day_range().map_or(i64::MAX, |r| r.0),
            e.sources[0].document,
            e.sources[0].start,
        )
    });
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
    events
}

/// The entities whose mentions fall inside `range`.
pub fn entities_in(mentions: &[(Range<usize>, usize)], range: &Range<usize>) -> Vec<usize> {
    let mut out: Vec<usize> = mentions
        .iter()
        .filter(|(r, _)| r.start >= range.start && r.end <= range.end)
        .map(|(_, e)| *e)
        .collect();
    out.sort();
    out.dedup();
    out
}
