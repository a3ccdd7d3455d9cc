//! Events: sentences anchored by a date, with the entities they mention, grouped across
//! articles when they tell of the same happening.

use std::ops::Range;

use super::dates::Edtf;
use super::fast_hash::FxHashMap as HashMap;

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
    /// Entities named in it, sorted, without repeats.
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

/// The longer words of a sentence, hashed and sorted, for a quick similarity measure.
fn word_hashes(text: &str) -> Vec<u64> {
    let mut out: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 3)
        .map(|w| {
            // FNV-1a over the lower-cased bytes: stable and quick.
            w.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
                (h ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0000_01b3)
            })
        })
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// Lists of numbers laid end to end in one vector, each found by its index.
struct Flat<T> {
    items: Vec<T>,
    /// Where list `i` ends (and list `i + 1` starts).
    ends: Vec<usize>,
}

impl<T> Flat<T> {
    fn new(lists: impl Iterator<Item = Vec<T>>) -> Flat<T> {
        let mut flat = Flat {
            items: Vec::new(),
            ends: Vec::new(),
        };
        for list in lists {
            flat.items.extend(list);
            flat.ends.push(flat.items.len());
        }
        flat
    }

    fn get(&self, i: usize) -> &[T] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.items[start..self.ends[i]]
    }
}

/// How many items two sorted lists share, counting no further than two.
fn common_up_to_two(a: &[usize], b: &[usize]) -> usize {
    let (mut i, mut j, mut both) = (0, 0, 0);
    while i < a.len() && j < b.len() && both < 2 {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                both += 1;
                i += 1;
                j += 1;
            }
        }
    }
    both
}

/// Jaccard similarity of two sorted sets.
fn similarity(a: &[u64], b: &[u64]) -> f64 {
    // Without branches on the comparison: which side moves is as good as random, and a
    // mispredicted branch per step cost more than the steps.
    let (mut i, mut j, mut both) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        both += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    let union = a.len() + b.len() - both;
    if union == 0 {
        0.0
    } else {
        both as f64 / union as f64
    }
}

/// How far apart (in days) two retellings of one happening may be dated and still be grouped.
const CLOSE_DAYS: i64 = 31;

/// How many of the next sentences (in date order) naming the same entity each sentence is
/// compared with. Only an entity named in many sentences within a month reaches it (a
/// country, in a large corpus); two retellings usually share a rarer entity too, through which
/// they are compared. Keeps grouping linear in a large corpus.
const NEIGHBOURS: usize = 32;

/// Groups dated sentences into events: sentences from different articles that share an
/// entity and have overlapping dates tell the same happening (with two shared entities or
/// similar wording); so do sentences with close dates (within a month) and similar wording,
/// whose dates then conflict. Within one article only a retelling (very similar wording,
/// same date) is merged. Only sentences with nearby dates are compared, so this stays fast.
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
    // What pairs are judged by, in flat arrays (a pair touches two sentences far apart in
    // memory; one array each keeps those reads few): word hashes, entities, articles, days.
    let bags = Flat::new(sentences.iter().map(|s| word_hashes(&s.text)));
    let shared_entities = Flat::new(sentences.iter().map(|s| s.entities.clone()));
    let documents: Vec<usize> = sentences.iter().map(|s| s.source.document).collect();
    let ranges: Vec<Option<(i64, i64)>> = sentences.iter().map(|s| s.date.day_range()).collect();
    // Only sentences that share an entity can tell the same happening: for each entity, walk
    // its dated sentences in date order and compare neighbours within the window; yearless ones
    // are compared when month and day agree. This keeps the work near linear.
    let mut by_entity: HashMap<usize, Vec<(i64, i64, usize)>> = HashMap::default();
    let mut yearless: HashMap<(usize, Option<u8>, Option<u8>), Vec<usize>> = HashMap::default();
    for (i, s) in sentences.iter().enumerate() {
        for &e in &s.entities {
            match ranges[i] {
                Some((first, last)) => by_entity.entry(e).or_default().push((first, last, i)),
                None => yearless
                    .entry((e, s.date.start.month, s.date.start.day))
                    .or_default()
                    .push(i),
            }
        }
    }
    // Groups are the connected parts of the "tells the same happening" relation, whatever the
    // order in which pairs are looked at: each candidate pair is judged as it is found, and
    // not at all when the two are already in one group.
    let mut consider = |i: usize, j: usize| {
        let (ri, rj) = (find(&mut parent, i), find(&mut parent, j));
        if ri == rj {
            return;
        }
        let overlapping = match (ranges[i], ranges[j]) {
            (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 && b0 <= a1,
            _ => overlaps(&sentences[i].date, &sentences[j].date),
        };
        let near = |days: i64| match (ranges[i], ranges[j]) {
            (Some((a0, a1)), Some((b0, b1))) => a0 <= b1 + days && b0 <= a1 + days,
            _ => false,
        };
        // (Dates first: they are at hand, and without overlap or nearness nothing matches.)
        if !overlapping && !near(CLOSE_DAYS) {
            return;
        }
        // Shared entities (both lists sorted), counted up to the two that matter.
        let shared = common_up_to_two(shared_entities.get(i), shared_entities.get(j));
        if shared == 0 {
            return;
        }
        // The word overlap is the dear part: only measured when the dates leave it open.
        let alike = |threshold: f64| similarity(bags.get(i), bags.get(j)) >= threshold;
        let same = if documents[i] == documents[j] {
            overlapping && alike(0.4)
        } else {
            (overlapping && shared >= 2) || ((overlapping || near(CLOSE_DAYS)) && alike(0.3))
        };
        if same {
            parent[rj] = ri;
        }
    };
    for list in by_entity.values_mut() {
        list.sort_unstable();
        for (x, &(_, last, i)) in list.iter().enumerate() {
            for &(first, _, j) in list[x + 1..].iter().take(NEIGHBOURS) {
                if first > last + CLOSE_DAYS {
                    break;
                }
                consider(i, j);
            }
        }
    }
    for group in yearless.values() {
        for (x, &i) in group.iter().enumerate() {
            for &j in group[x + 1..].iter().take(NEIGHBOURS) {
                consider(i, j);
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
            // (Two sources at least, both dated to a month or better: a date nobody can place,
            // "XXXX-XX-XX", disagrees with none.)
            let placed = |d: &Edtf| d.day_range().is_some() || d.start.month.is_some();
            let conflict = members.iter().enumerate().any(|(k, &x)| {
                members[k + 1..].iter().any(|&y| {
                    let (a, b) = (&sentences[x].date, &sentences[y].date);
                    placed(a) && placed(b) && !overlaps(a, b)
                })
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
    // (Keys computed once each: a date's day range is dear to compare over and over.)
    events.sort_by_cached_key(|e| {
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
