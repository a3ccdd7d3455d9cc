//! The corpus the build embedded into this binary (see `build.rs`).

use std::ops::Range;

use crate::corpus::{DecodeError, DecodedWithoutMarks, Mark, decode_marks, decode_without_marks};
use crate::search::SearchIndex;

/// The compact corpus written by the build script.
static CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// The corpus' search index, built by the build script; empty when the corpus is small enough
/// to index at start-up (see `build.rs`).
static INDEX_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/index.bin"));

/// Decodes the embedded corpus and its analysis but for the articles' marks (see
/// [`embedded_marks`]), which is what a large corpus' start-up spends most of its decoding on.
/// Also returns where each article's marks are. Fails only if the binary was tampered with.
pub fn embedded_corpus_without_marks() -> Result<DecodedWithoutMarks, DecodeError> {
    decode_without_marks(CORPUS_BYTES)
}

/// One article's marks, from the range [`embedded_corpus_without_marks`] gave for it.
pub fn embedded_marks(
    at: Range<usize>,
    text: &str,
    entities: usize,
) -> Result<Vec<Mark>, DecodeError> {
    decode_marks(CORPUS_BYTES, at, text, entities)
}

/// The search index of the embedded corpus, if the build embedded one (for a large corpus, so
/// that the app need not index it at start-up).
pub fn embedded_index() -> Result<Option<SearchIndex>, DecodeError> {
    if INDEX_BYTES.is_empty() {
        return Ok(None);
    }
    SearchIndex::decode(INDEX_BYTES).map(Some)
}
