//! Corpus loading and validation, case by case: every folder under `tests/fixtures/corpus/`
//! is loaded and the outcome compared with its `expected.txt` (see `check`).

use std::fs;
use std::path::Path;

use dossier::corpus::{Limits, TitleOrigin, decode, encode, load_folder};

const FIXTURES: &str = "tests/fixtures/corpus";

/// One case: a fixture folder and the limits it is loaded with.
struct Case {
    folder: &'static str,
    max_file_bytes: u64,
}

/// A case with the default limits.
const fn case(folder: &'static str) -> Case {
    Case {
        folder,
        max_file_bytes: 1024 * 1024,
    }
}

const CASES: &[Case] = &[
    case("valid"),
    case("empty-file"),
    case("blank-file"),
    case("front-matter-only"),
    case("not-utf8"),
    case("utf16"),
    case("binary"),
    Case {
        max_file_bytes: 100,
        ..case("too-large")
    },
    case("front-matter-unknown-key"),
    case("front-matter-unclosed"),
    case("front-matter-never-closed"),
    case("front-matter-bad-date"),
    case("front-matter-duplicate-key"),
    case("front-matter-no-colon"),
    case("front-matter-bad-url"),
    case("front-matter-empty-value"),
    case("duplicate-id"),
    case("no-usable-id"),
    case("no-articles"),
    case("several-problems"),
    case("does-not-exist"),
];

#[test]
fn corpus_cases() {
    let mut failures = Vec::new();
    for case in CASES {
        if let Err(diff) = check(case) {
            failures.push(diff);
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Loads the case's folder, renders the outcome as text and compares it with
/// `tests/fixtures/corpus/<case>.expected`. With `UPDATE_EXPECT=1` the
/// file is rewritten instead, for review in the diff.
fn check(case: &Case) -> Result<(), String> {
    let dir = Path::new(FIXTURES).join(case.folder);
    let limits = Limits {
        max_file_bytes: case.max_file_bytes,
    };
    let actual = match load_folder(&dir, &limits) {
        Ok(corpus) => {
            let mut out = String::new();
            for doc in &corpus.documents {
                let origin = match doc.title_origin {
                    TitleOrigin::FrontMatter => "front matter".to_string(),
                    TitleOrigin::Line { start, end } => format!("line {start}..{end}"),
                };
                out += &format!(
                    "document {}\n  file: {}\n  format: {:?}\n  title: {} ({origin})\n  source: {:?}\n  published: {:?}\n  url: {:?}\n  author: {:?}\n  body: {:?}\n",
                    doc.id,
                    doc.file,
                    doc.format,
                    doc.title,
                    doc.source,
                    doc.published,
                    doc.url,
                    doc.author,
                    doc.body(),
                );
            }
            for note in &corpus.ignored {
                out += &format!("ignored {note}\n");
            }
            // The embedded form must give back exactly what was loaded.
            let (round_trip, _) = decode(&encode(&corpus.documents, &Default::default()))
                .map_err(|e| e.to_string())?;
            if round_trip != corpus.documents {
                return Err(format!(
                    "{}: encode/decode changed the documents",
                    case.folder
                ));
            }
            out
        }
        Err(errors) => errors.iter().map(|e| format!("error {e}\n")).collect(),
    };
    let expected_path = Path::new(FIXTURES).join(format!("{}.expected", case.folder));
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        fs::write(&expected_path, &actual).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let expected = fs::read_to_string(&expected_path).unwrap_or_default();
    if expected == actual {
        Ok(())
    } else {
        Err(format!(
            "case {} differs from {}\n--- expected\n{expected}--- actual\n{actual}",
            case.folder,
            expected_path.display()
        ))
    }
}

#[test]
fn decode_rejects_damaged_bytes() {
    let corpus = load_folder(&Path::new(FIXTURES).join("valid"), &Limits::default()).unwrap();
    let bytes = encode(&corpus.documents, &Default::default());
    for cut in [0, 3, 4, 10, bytes.len() / 2, bytes.len() - 1] {
        assert!(decode(&bytes[..cut]).is_err(), "truncated at {cut}");
    }
    assert!(decode(b"XXXX\x00").is_err());
}
