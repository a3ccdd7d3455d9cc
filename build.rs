//! Embeds the corpus: reads the folder named by `DOSSIER_CORPUS` (default `seeds/`), validates
//! every article, analyses the whole corpus (entities, dates, boilerplate), and writes the
//! compact form the app decodes at start-up to `$OUT_DIR/corpus.bin`. A bad corpus stops the
//! build with one line per problem.
//!
//! The corpus and analysis modules are the library's own source, included by path: they refer
//! to each other as `crate::corpus` and `crate::analysis`, which resolve here too.

#[allow(dead_code, unused_imports)]
#[path = "src/analysis/mod.rs"]
mod analysis;
#[allow(dead_code, unused_imports)]
#[path = "src/corpus/mod.rs"]
mod corpus;

use std::path::PathBuf;

use corpus::{Annotations, Document};

fn main() {
    println!("cargo::rerun-if-env-changed=DOSSIER_CORPUS");
    println!("cargo::rerun-if-env-changed=DOSSIER_MAX_FILE_BYTES");
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
    let bytes = corpus::encode(&loaded.documents, &annotations);
    if let Err(e) = std::fs::write(out.join("corpus.bin"), bytes) {
        fail(&[format!(
            "cannot write the embedded corpus to {}: {e}",
            out.display()
        )]);
    }
}

/// Stops the build, printing each problem as a cargo error (one per line, file first).
fn fail(problems: &[String]) -> ! {
    for problem in problems {
        println!("cargo::error=corpus: {problem}");
    }
    std::process::exit(1)
}
