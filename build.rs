//! Embeds the corpus: reads the folder named by `DOSSIER_CORPUS` (default `seeds/`), validates
//! every article, analyses the whole corpus (entities, dates, boilerplate), indexes it for
//! search, and writes the compact forms the app decodes at start-up to `$OUT_DIR/corpus.bin`
//! and `$OUT_DIR/index.bin`. A bad corpus stops the build with one line per problem.
//!
//! The corpus, analysis and search modules are the library's own source, included by path:
//! they refer to each other as `crate::corpus`, `crate::analysis` and `crate::search`, which
//! resolve here too.

#[allow(dead_code, unused_imports)]
#[path = "src/analysis/mod.rs"]
mod analysis;
#[allow(dead_code, unused_imports)]
#[path = "src/corpus/mod.rs"]
mod corpus;
#[allow(dead_code, unused_imports)]
#[path = "src/search/mod.rs"]
mod search;

use std::path::PathBuf;

use corpus::{Annotations, Document};

/// From this many bytes of text on, the build embeds the search index: indexing in the browser
/// would take a frame or more (about 15 ms per MB in Chromium on a 2-core machine), while the
/// index adds about a fifth of the text's size to the download. Below it, the app indexes the
/// corpus at start-up and the download stays smaller. `DOSSIER_EMBED_INDEX=always|never`
/// overrides it.
const EMBED_INDEX_FROM_BYTES: usize = 1_000_000;

fn main() {
    println!("cargo::rerun-if-env-changed=DOSSIER_CORPUS");
    println!("cargo::rerun-if-env-changed=DOSSIER_MAX_FILE_BYTES");
    println!("cargo::rerun-if-env-changed=DOSSIER_EMBED_INDEX");
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let dir = match std::env::var_os("DOSSIER_CORPUS") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("seeds"),
    };
    println!("cargo::rerun-if-changed={}", dir.display());

    let mut limits = corpus::Limits::default();
    if let Ok(value) = std::env::var("DOSSIER_MAX_FILE_BYTES") {
        match value.trim().parse() {
            Ok(bytes) => limits.max_file_bytes = bytes,
            Err(_) => fail(&[format!(
                "DOSSIER_MAX_FILE_BYTES is `{value}`; give a whole number of bytes"
            )]),
        }
    }
    if !dir.is_dir() {
        fail(&[format!(
            "{}: no such folder; point DOSSIER_CORPUS at a folder of .txt or .md articles \
             (a relative path is taken from the project root)",
            dir.display()
        )]);
    }
    let loaded = match corpus::load_folder(&dir, &limits) {
        Ok(loaded) => loaded,
        Err(errors) => fail(&errors.iter().map(ToString::to_string).collect::<Vec<_>>()),
    };
    for note in &loaded.ignored {
        println!("cargo::warning=corpus: not an article, left out: {note}");
    }
    let inputs: Vec<_> = loaded
        .documents
        .iter()
        .map(Document::analysis_input)
        .collect();
    let annotations = Annotations::from_analysis(&analysis::analyze(&inputs));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    let text_bytes: usize = loaded.documents.iter().map(|d| d.text.len()).sum();
    let embed_index = match std::env::var("DOSSIER_EMBED_INDEX").as_deref() {
        Ok("always") => true,
        Ok("never") => false,
        Ok("") | Err(_) => text_bytes >= EMBED_INDEX_FROM_BYTES,
        Ok(other) => fail(&[format!(
            "DOSSIER_EMBED_INDEX is `{other}`; give `always`, `never`, or leave it unset"
        )]),
    };
    // An empty index file tells the app to index the corpus itself.
    let index = if embed_index {
        let searchable: Vec<_> = loaded
            .documents
            .iter()
            .enumerate()
            .map(|(i, doc)| search::searchable_ranges(doc, annotations.articles.get(i)))
            .collect();
        search::SearchIndex::build(
            loaded
                .documents
                .iter()
                .zip(&searchable)
                .map(|(doc, ranges)| (doc.text.as_str(), ranges.as_slice())),
        )
        .encode()
    } else {
        Vec::new()
    };
    for (file, bytes) in [
        (
            "corpus.bin",
            corpus::encode(&loaded.documents, &annotations),
        ),
        ("index.bin", index),
    ] {
        if let Err(e) = std::fs::write(out.join(file), bytes) {
            fail(&[format!(
                "cannot write the embedded corpus to {}: {e}",
                out.join(file).display()
            )]);
        }
    }
}

/// Stops the build, printing each problem as a cargo error (one per line, file first).
fn fail(problems: &[String]) -> ! {
    for problem in problems {
        println!("cargo::error=corpus: {problem}");
    }
    std::process::exit(1)
}
