//! An inverted index over the searchable text of each article: for each folded word the
//! documents it occurs in and how often (BM25 ranking). Phrases also need each document's words
//! in order: those are read from the text the first time a phrase looks at the document.
//!
//! The build script indexes the corpus and embeds the index ([`SearchIndex::encode`]); the app
//! decodes it ([`SearchIndex::decode`]), which costs a fraction of indexing at start-up.

use std::ops::Range;
use std::sync::OnceLock;

use super::query::Term;
use super::words::words;
use crate::analysis::fast_hash::FxHashMap;
use crate::corpus::DecodeError;
use crate::corpus::bytes::{Reader, put_uint};

/// BM25's term-frequency saturation.
const K1: f32 = 1.2;
/// BM25's length normalisation.
const B: f32 = 0.75;
/// Prefixes shorter than this (in characters) filter without ranking.
const RANKED_PREFIX: usize = 3;

/// Marks a break between searchable ranges in a document's word stream.
const GAP: u32 = u32::MAX;

/// The first bytes of an encoded index.
const MAGIC: &[u8; 4] = b"DSX1";

/// Per-document BM25 scores and match counts for one [`Term`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TermMatch {
    /// `(document, score)`, documents ascending and unique.
    pub docs: Vec<(u32, f32)>,
}

/// Where the index finds what it does not keep: a document's text and the byte ranges of it
/// that were indexed (phrases read the words in order from there).
pub trait IndexedText {
    /// The text of document `doc` and its searchable ranges, as given to
    /// [`SearchIndex::build`].
    fn indexed_text(&self, doc: usize) -> (&str, &[Range<usize>]);
}

/// The index of a corpus: build it with [`SearchIndex::build`] (or decode an embedded one);
/// query it with [`SearchIndex::find`].
#[derive(Debug, Default)]
pub struct SearchIndex {
    /// Every distinct folded word, in sorted order, one after the other (prefix search is a
    /// range of words).
    vocabulary: String,
    /// Word `w` is `vocabulary[ends[w - 1]..ends[w]]` (from 0 for the first).
    ends: Vec<u32>,
    /// Every word's postings, word after word, in LEB128: how many documents have the word,
    /// then for each of them (ascending) its distance from the one before (from 0 for the
    /// first) and how often the word occurs in it. Read as a query needs them.
    postings: Vec<u8>,
    /// Word `w`'s postings are `postings[first[w]..first[w + 1]]`.
    first: Vec<u32>,
    /// Words per document.
    lengths: Vec<u32>,
    /// BM25's length term per document, `K1 * (1 - B + B * length / average)`.
    norms: Vec<f32>,
    /// Word numbers by word, made for the first phrase search.
    numbers: OnceLock<FxHashMap<Box<str>, u32>>,
    /// Each document's words in order, as word numbers with [`GAP`] between searchable
    /// ranges, read when a phrase first looks at the document.
    streams: Vec<OnceLock<Box<[u32]>>>,
}

impl PartialEq for SearchIndex {
    /// Equal when they index the same words in the same documents (the phrase caches aside).
    fn eq(&self, other: &SearchIndex) -> bool {
        (
            &self.vocabulary,
            &self.ends,
            &self.first,
            &self.postings,
            &self.lengths,
        ) == (
            &other.vocabulary,
            &other.ends,
            &other.first,
            &other.postings,
            &other.lengths,
        )
    }
}

impl SearchIndex {
    /// Indexes documents, each given as its text and the byte ranges of it to search (the
    /// article body without boilerplate). Words in different ranges are never adjacent.
    pub fn build<'a>(
        documents: impl IntoIterator<Item = (&'a str, &'a [Range<usize>])>,
    ) -> SearchIndex {
        // Words are numbered as first seen; each keeps its (document, count) pairs.
        let mut ids: FxHashMap<Box<str>, u32> = FxHashMap::default();
        let mut postings: Vec<Vec<(u32, u32)>> = Vec::new();
        let mut lengths = Vec::new();
        for (doc, (text, ranges)) in documents.into_iter().enumerate() {
            let doc = doc as u32;
            let mut length = 0u32;
            for range in ranges {
                words(text, range.clone(), |_, word| {
                    let id = match ids.get(word) {
                        Some(&id) => id,
                        None => {
                            let id = postings.len() as u32;
                            ids.insert(word.into(), id);
                            postings.push(Vec::new());
                            id
                        }
                    };
                    length += 1;
                    let p = &mut postings[id as usize];
                    match p.last_mut() {
                        Some((last, count)) if *last == doc => *count += 1,
                        _ => p.push((doc, 1)),
                    }
                });
            }
            lengths.push(length);
        }
        // Lay the words out in sorted order (prefix search is a range of the sorted list).
        let mut entries: Vec<(Box<str>, u32)> = ids.into_iter().collect();
        entries.sort_unstable();
        let mut index = SearchIndex::default();
        index.first.push(0);
        for (word, id) in entries {
            index.vocabulary.push_str(&word);
            index.ends.push(index.vocabulary.len() as u32);
            let postings = &postings[id as usize];
            put_uint(&mut index.postings, postings.len() as u64);
            let mut last = 0;
            for &(doc, count) in postings {
                put_uint(&mut index.postings, u64::from(doc - last));
                put_uint(&mut index.postings, u64::from(count));
                last = doc;
            }
            index.first.push(index.postings.len() as u32);
        }
        index.finish(lengths);
        index
    }

    /// Fills in what follows from the postings and the documents' lengths.
    fn finish(&mut self, lengths: Vec<u32>) {
        let total: u64 = lengths.iter().map(|&l| u64::from(l)).sum();
        let average_length = if lengths.is_empty() {
            1.0
        } else {
            (total as f32 / lengths.len() as f32).max(1.0)
        };
        self.norms = lengths
            .iter()
            .map(|&l| K1 * (1.0 - B + B * l as f32 / average_length))
            .collect();
        self.streams = lengths.iter().map(|_| OnceLock::new()).collect();
        self.lengths = lengths;
    }

    /// The index as bytes, for [`SearchIndex::decode`]: the magic `DSX1`; the number of
    /// documents, and each one's length in words; the number of words, and per word (sorted)
    /// the bytes it shares with the word before, the rest of it, and the byte length of its
    /// postings; then the postings (see `postings`). All numbers LEB128.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.vocabulary.len() + self.postings.len() + 16);
        out.extend_from_slice(MAGIC);
        put_uint(&mut out, self.lengths.len() as u64);
        for &length in &self.lengths {
            put_uint(&mut out, u64::from(length));
        }
        put_uint(&mut out, self.ends.len() as u64);
        let mut previous = "";
        for w in 0..self.ends.len() {
            let word = self.word_at(w);
            let shared = previous
                .bytes()
                .zip(word.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            put_uint(&mut out, shared as u64);
            put_uint(&mut out, (word.len() - shared) as u64);
            out.extend_from_slice(&word.as_bytes()[shared..]);
            put_uint(&mut out, u64::from(self.first[w + 1] - self.first[w]));
            previous = word;
        }
        out.extend_from_slice(&self.postings);
        out
    }

    /// Reads an index written by [`SearchIndex::encode`]. Only the words and the documents'
    /// lengths are read now; each word's postings when a query asks for them (damaged
    /// postings then read as fewer documents, never as a panic).
    pub fn decode(bytes: &[u8]) -> Result<SearchIndex, DecodeError> {
        let mut r = Reader { bytes, pos: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err(DecodeError::at(0));
        }
        let documents: usize = r.uint()?;
        let mut lengths = Vec::with_capacity(documents.min(bytes.len()));
        for _ in 0..documents {
            lengths.push(r.uint()?);
        }
        let count: usize = r.uint()?;
        let mut index = SearchIndex::default();
        let mut vocabulary = Vec::new();
        index.first.push(0);
        let mut previous = 0..0;
        for _ in 0..count {
            let shared: usize = r.uint()?;
            let rest: usize = r.uint()?;
            let at = r.error();
            if shared > previous.len() {
                return Err(at);
            }
            let start = vocabulary.len();
            vocabulary.extend_from_within(previous.start..previous.start + shared);
            vocabulary.extend_from_slice(r.take(rest)?);
            // Every word must be text of its own (slicing the vocabulary relies on it).
            if !std::str::from_utf8(&vocabulary[start..]).is_ok_and(|w| !w.is_empty()) {
                return Err(at);
            }
            let end = vocabulary.len();
            index.ends.push(end as u32);
            let postings: u32 = r.uint()?;
            let first = index.first.last().copied().unwrap_or(0);
            index
                .first
                .push(first.checked_add(postings).ok_or_else(|| r.error())?);
            previous = start..end;
        }
        let postings = &bytes[r.pos..];
        if index.first.last().copied().unwrap_or(0) as usize != postings.len() {
            return Err(r.error());
        }
        index.postings = postings.to_vec();
        index.vocabulary = String::from_utf8(vocabulary).map_err(|_| DecodeError::at(0))?;
        index.finish(lengths);
        Ok(index)
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
        self.ends.len()
    }

    /// The documents containing `term`, each with its BM25 score for the term. A prefix
    /// scores as the best of the words it expands to. `texts` gives the documents' text,
    /// which phrases read.
    pub fn find(&self, term: &Term, texts: &dyn IndexedText) -> TermMatch {
        match term {
            Term::Word(word) => self.word(word),
            Term::Prefix(prefix) => self.prefix(prefix),
            Term::Phrase(words) => self.phrase(words, texts),
        }
    }

    /// Word number `w`.
    fn word_at(&self, w: usize) -> &str {
        let start = if w == 0 { 0 } else { self.ends[w - 1] as usize };
        &self.vocabulary[start..self.ends[w] as usize]
    }

    /// The number of `word`, if it was indexed.
    fn number(&self, word: &str) -> Option<usize> {
        let (mut low, mut high) = (0, self.ends.len());
        while low < high {
            let middle = low + (high - low) / 2;
            match self.word_at(middle).cmp(word) {
                std::cmp::Ordering::Less => low = middle + 1,
                std::cmp::Ordering::Greater => high = middle,
                std::cmp::Ordering::Equal => return Some(middle),
            }
        }
        None
    }

    /// Word `w`'s postings: how many documents have it, and `(document, count)` for each.
    fn postings(&self, w: usize) -> (usize, Postings<'_>) {
        let bytes = &self.postings[self.first[w] as usize..self.first[w + 1] as usize];
        let mut reader = Reader { bytes, pos: 0 };
        let left: u32 = reader.uint().unwrap_or(0);
        let postings = Postings {
            reader,
            left,
            doc: None,
            documents: self.lengths.len(),
        };
        (left as usize, postings)
    }

    fn word(&self, word: &str) -> TermMatch {
        let Some(w) = self.number(word) else {
            return TermMatch::default();
        };
        let (df, postings) = self.postings(w);
        let idf = self.idf(df);
        let docs = postings
            .map(|(doc, count)| (doc, self.bm25(idf, count, doc)))
            .collect();
        TermMatch { docs }
    }

    fn prefix(&self, prefix: &str) -> TermMatch {
        // The words starting with `prefix` are a run of the sorted vocabulary.
        let (mut first, mut high) = (0, self.ends.len());
        while first < high {
            let middle = first + (high - first) / 2;
            if self.word_at(middle) < prefix {
                first = middle + 1;
            } else {
                high = middle;
            }
        }
        let expansions = (first..self.ends.len())
            .take_while(|&w| self.word_at(w).starts_with(prefix))
            .count();
        if expansions == 1 {
            return self.word(self.word_at(first));
        }
        let mut best = vec![0f32; self.lengths.len()];
        let ranked = prefix.chars().count() >= RANKED_PREFIX;
        for w in first..first + expansions {
            let (df, postings) = self.postings(w);
            // One or two letters say nothing about relevance: find, but do not rank.
            let idf = if ranked { self.idf(df) } else { 0.0 };
            for (doc, count) in postings {
                let score = if ranked {
                    self.bm25(idf, count, doc)
                } else {
                    f32::MIN_POSITIVE
                };
                let slot = &mut best[doc as usize];
                *slot = slot.max(score);
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

    fn phrase(&self, words: &[String], texts: &dyn IndexedText) -> TermMatch {
        let found: Option<Vec<usize>> = words.iter().map(|w| self.number(w)).collect();
        let Some(ids) = found else {
            return TermMatch::default();
        };
        // Walk the rarest word's documents; keep those that have every word; then look for the
        // words in a row in the document's stream.
        let Some(&rarest) = ids.iter().min_by_key(|&&w| self.postings(w).0) else {
            return TermMatch::default();
        };
        let others: Vec<Vec<u32>> = ids
            .iter()
            .filter(|&&w| w != rarest)
            .map(|&w| self.postings(w).1.map(|(doc, _)| doc).collect())
            .collect();
        let wanted: Vec<u32> = ids.iter().map(|&w| w as u32).collect();
        let mut hits: Vec<(u32, u32)> = Vec::new();
        for (doc, _) in self.postings(rarest).1 {
            if !others.iter().all(|docs| docs.binary_search(&doc).is_ok()) {
                continue;
            }
            let count = self
                .stream(doc as usize, texts)
                .windows(wanted.len())
                .filter(|w| *w == wanted.as_slice())
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

    /// Document `doc`'s words in order (see `streams`).
    fn stream(&self, doc: usize, texts: &dyn IndexedText) -> &[u32] {
        let Some(cell) = self.streams.get(doc) else {
            return &[];
        };
        cell.get_or_init(|| {
            let numbers = self.numbers.get_or_init(|| {
                (0..self.ends.len())
                    .map(|w| (self.word_at(w).into(), w as u32))
                    .collect()
            });
            let (text, ranges) = texts.indexed_text(doc);
            let mut stream = Vec::new();
            for range in ranges {
                if !stream.is_empty() {
                    stream.push(GAP); // no phrase across a gap
                }
                words(text, range.clone(), |_, word| {
                    stream.push(numbers.get(word).copied().unwrap_or(GAP));
                });
            }
            stream.into_boxed_slice()
        })
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

/// One word's postings, read as they are walked: `(document, count)`, documents ascending.
/// Stops early at anything [`SearchIndex::build`] cannot have written.
struct Postings<'a> {
    reader: Reader<'a>,
    /// Documents still to read.
    left: u32,
    /// The document read last.
    doc: Option<u32>,
    /// Number of documents in the index.
    documents: usize,
}

impl Iterator for Postings<'_> {
    type Item = (u32, u32);

    fn next(&mut self) -> Option<(u32, u32)> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let read = (|| {
            let gap: u32 = self.reader.uint().ok()?;
            let count: u32 = self.reader.uint().ok()?;
            let doc = match self.doc {
                None => gap,
                Some(_) if gap == 0 => return None,
                Some(last) => last.checked_add(gap)?,
            };
            ((doc as usize) < self.documents && count > 0).then_some((doc, count))
        })();
        match read {
            Some((doc, count)) => {
                self.doc = Some(doc);
                Some((doc, count))
            }
            None => {
                self.left = 0;
                None
            }
        }
    }
}
