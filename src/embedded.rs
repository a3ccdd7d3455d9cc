//! The corpus the build embedded into this binary (see `build.rs`).

use crate::corpus::{Annotations, DecodeError, Document, decode};

/// The compact corpus written by the build script.
static CORPUS_BYTES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/corpus.bin"));

/// Decodes the embedded corpus and its analysis. Fails only if the binary was tampered with.
pub fn embedded_corpus() -> Result<(Vec<Document>, Annotations), DecodeError> {
    decode(CORPUS_BYTES)
}
