//! What the data-driven tests share: the expected-file comparison and the fixture corpus.
// Each test binary compiles this module and uses only part of it.
#![allow(dead_code)]

use std::path::Path;

use dossier::analysis::analyze;
use dossier::corpus::{Annotations, Document, Limits, load_folder};

/// Compares `actual` with the file at `path`; `UPDATE_EXPECT=1` rewrites the file instead
/// (review the diff).
pub fn check(path: &Path, actual: &str) {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        expected == actual,
        "{} differs (UPDATE_EXPECT=1 to accept):\n--- expected\n{expected}\n--- actual\n{actual}",
        path.display()
    );
}

/// The corpus written for the search and timeline tests, and its analysis.
pub fn fixture_corpus() -> (Vec<Document>, Annotations) {
    let corpus = load_folder(
        Path::new("tests/fixtures/search/corpus"),
        &Limits::default(),
    )
    .unwrap();
    let docs = corpus.documents;
    let inputs: Vec<_> = docs.iter().map(|d| d.analysis_input()).collect();
    let annotations = Annotations::from_analysis(&analyze(&inputs));
    (docs, annotations)
}
