//! An inverted index over the searchable text of each article: for each folded word the
//! documents and how often it occurs in each (BM25 ranking), and for each document its words in
//! order, as word numbers (phrases).

use std::ops::Range;

use super::query::Term;
use super::words::words;
use crate::analysis::fast_hash::FxHashMap;

/// BM25's term-frequency saturation.
const K1: f32 = 1.2;
/// BM25's length normalisation.
const B: f32 = 0.75;
/// Prefixes shorter than this (in characters) filter without ranking.
const RANKED_PREFIX: usize = 3;

/// Marks a break between searchable ranges in a document's word stream.
const GAP: u32 = u32::MAX;

/// The documents of one word.
#[derive(Clone, Debug, Default)]
struct Postings {
    /// Documents containing the word, ascending.
    docs: Vec<u32>,
    /// How often the word occurs in `docs[i]`.
    counts: Vec<u32>,
}

/// Per-document BM25 scores and match counts for one [`Term`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TermMatch {
    /// `(document, score)`, documents ascending and unique.
    pub docs: Vec<(u32, f32)>,
}

/// The index of a corpus. Build it once with [`SearchIndex::build`]; query it with
/// [`SearchIndex::find`].
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    /// Every distinct folded word, sorted (prefix search is a range of this).
    vocabulary: Vec<Box<str>>,
    /// Postings, parallel to `vocabulary`.
    postings: Vec<Postings>,
    /// Every document's words in order, as indices into `vocabulary`, with [`GAP`] between
    /// searchable ranges.
    streams: Vec<u32>,
    /// Document `d`'s words are `streams[starts[d]..starts[d + 1]]`.
    starts: Vec<u32>,
    /// Words per document.
    lengths: Vec<u32>,
    /// BM25's length term per document, `K1 * (1 - B + B * length / average)`.
    norms: Vec<f32>,
}

impl SearchIndex {
    /// Indexes documents, each given as its text and the byte ranges of it to search (the
    /// article body without boilerplate). Words in different ranges are never adjacent.
    pub fn build<'a>(
        documents: impl IntoIterator<Item = (&'a str, &'a [Range<usize>])>,
    ) -> SearchIndex {
        let mut ids: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut postings: Vec<Postings> = Vec::new();
        // The last document each word was seen in (words are numbered as first seen).
        let mut last_doc: Vec<u32> = Vec::new();
        let mut streams: Vec<u32> = Vec::new();
        let mut starts = vec![0u32];
        let mut lengths = Vec::new();
        for (doc, (text, ranges)) in documents.into_iter().enumerate() {
            let doc = doc as u32;
            let mut length = 0u32;
            for range in ranges {
                if streams.len() > *starts.last().unwrap_or(&0) as usize {
                    streams.push(GAP); // no phrase across a gap
                }
                words(text, range.clone(), |_, word| {
                    let id = match ids.get(word) {
                        Some(&id) => id,
                        None => {
                            let id = postings.len() as u32;
                            ids.insert(word.into(), id);
                            postings.push(Postings::default());
                            last_doc.push(u32::MAX);
                            id
                        }
                    };
                    streams.push(id);
                    length += 1;
                    let p = &mut postings[id as usize];
                    if last_doc[id as usize] == doc {
                        if let Some(count) = p.counts.last_mut() {
                            *count += 1;
                        }
                    } else {
                        last_doc[id as usize] = doc;
                        p.docs.push(doc);
                        p.counts.push(1);
                    }
                });
            }
            lengths.push(length);
            starts.push(streams.len() as u32);
        }
        // Number the words in sorted order (prefix search is a range of the sorted list).
        let mut entries: Vec<(Box<str>, u32)> = ids.into_iter().collect();
        entries.sort_unstable();
        let mut renumber = vec![0u32; entries.len()];
        for (new, (_, old)) in entries.iter().enumerate() {
            renumber[*old as usize] = new as u32;
        }
        for id in &mut streams {
            if *id != GAP {
                *id = renumber[*id as usize];
            }
        }
        let mut slots: Vec<Option<Postings>> = postings.into_iter().map(Some).collect();
        let (vocabulary, postings) = entries
            .into_iter()
            .map(|(word, id)| (word, slots[id as usize].take().unwrap_or_default()))
            .unzip();
        SearchIndex::from_parts(vocabulary, postings, streams, starts, lengths)
    }

    /// An index from its parts, with the per-document BM25 terms computed.
    fn from_parts(
        vocabulary: Vec<Box<str>>,
        postings: Vec<Postings>,
        streams: Vec<u32>,
        starts: Vec<u32>,
        lengths: Vec<u32>,
    ) -> SearchIndex {
        let total: u64 = lengths.iter().map(|&l| u64::from(l)).sum();
        let average_length = if lengths.is_empty() {
            1.0
        } else {
            (total as f32 / lengths.len() as f32).max(1.0)
        };
        let norms = lengths
            .iter()
            .map(|&l| K1 * (1.0 - B + B * l as f32 / average_length))
            .collect();
        SearchIndex {
            vocabulary,
            postings,
            streams,
            starts,
            lengths,
            norms,
        }
    }

    /// Number of documents indexed.
    pub fn len(&self) -> usize {
        self.lengths.len()
    }

    /// Whether no document was indexed.
    pub fn is_empty(&self) -> bool {
        self.lengths.is_empty()
    }

    /// Number of distinct words.
    pub fn vocabulary_len(&self) -> usize {
        self.vocabulary.len()
    }

    /// The documents containing `term`, each with its BM25 score for the term. A prefix
    /// scores as the best of the words it expands to.
    pub fn find(&self, term: &Term) -> TermMatch {
        match term {
            Term::Word(word) => self.word(word),
            Term::Prefix(prefix) => self.prefix(prefix),
            Term::Phrase(words) => self.phrase(words),
        }
    }

    fn lookup(&self, word: &str) -> Option<&Postings> {
        self.vocabulary
            .binary_search_by(|w| (**w).cmp(word))
            .ok()
            .map(|i| &self.postings[i])
    }

    fn word(&self, word: &str) -> TermMatch {
        let Some(p) = self.lookup(word) else {
            return TermMatch::default();
        };
        let idf = self.idf(p.docs.len());
        let docs = (0..p.docs.len())
            .map(|i| (p.docs[i], self.bm25(idf, p.counts[i], p.docs[i])))
            .collect();
        TermMatch { docs }
    }

    fn prefix(&self, prefix: &str) -> TermMatch {
        let first = self.vocabulary.partition_point(|w| &**w < prefix);
        let expansions = self.vocabulary[first..]
            .iter()
            .take_while(|w| w.starts_with(prefix))
            .count();
        if expansions == 1 {
            return self.word(&self.vocabulary[first]);
        }
        let postings = &self.postings[first..first + expansions];
        let mut best = vec![0f32; self.lengths.len()];
        if prefix.chars().count() < RANKED_PREFIX {
            // One or two letters say nothing about relevance: find, but do not rank.
            for p in postings {
                for &doc in &p.docs {
                    best[doc as usize] = f32::MIN_POSITIVE;
                }
            }
        } else {
            for p in postings {
                let idf = self.idf(p.docs.len());
                for i in 0..p.docs.len() {
                    let doc = p.docs[i];
                    let score = self.bm25(idf, p.counts[i], doc);
                    let slot = &mut best[doc as usize];
                    *slot = slot.max(score);
                }
            }
        }
        let docs = best
            .into_iter()
            .enumerate()
            .filter(|&(_, s)| s > 0.0)
            .map(|(d, s)| (d as u32, s))
            .collect();
        TermMatch { docs }
    }

    fn phrase(&self, words: &[String]) -> TermMatch {
        let found: Option<Vec<usize>> = words
            .iter()
            .map(|w| {
                self.vocabulary
                    .binary_search_by(|v| (**v).cmp(w.as_str()))
                    .ok()
            })
            .collect();
        let Some(ids) = found else {
            return TermMatch::default();
        };
        let ids: Vec<u32> = ids.into_iter().map(|i| i as u32).collect();
        // Walk the rarest word's documents; keep those that have every word; then look for the
        // words in a row in the document's stream.
        let Some(rarest) = ids
            .iter()
            .map(|&i| &self.postings[i as usize])
            .min_by_key(|p| p.docs.len())
        else {
            return TermMatch::default();
        };
        let mut hits: Vec<(u32, u32)> = Vec::new();
        for &doc in &rarest.docs {
            let has_all = ids
                .iter()
                .all(|&i| self.postings[i as usize].docs.binary_search(&doc).is_ok());
            if !has_all {
                continue;
            }
            let d = doc as usize;
            let stream = &self.streams[self.starts[d] as usize..self.starts[d + 1] as usize];
            let count = stream
                .windows(ids.len())
                .filter(|w| *w == ids.as_slice())
                .count();
            if count > 0 {
                hits.push((doc, count as u32));
            }
        }
        let idf = self.idf(hits.len()) * words.len() as f32;
        let docs = hits
            .into_iter()
            .map(|(doc, count)| (doc, self.bm25(idf, count, doc)))
            .collect();
        TermMatch { docs }
    }

    fn idf(&self, docs_with_term: usize) -> f32 {
        let n = self.lengths.len() as f32;
        let df = docs_with_term as f32;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    fn bm25(&self, idf: f32, tf: u32, doc: u32) -> f32 {
        let tf = tf as f32;
        idf * tf * (K1 + 1.0) / (tf + self.norms[doc as usize])
    }
}
