//! Search, filters and facets over a small corpus written for these tests
//! (`tests/fixtures/search/corpus`), through the same URL parsing the app uses. Each line of
//! `cases.txt` is a query string; `cases.expected` holds what [`Explorer::run`] answers.
//! `UPDATE_EXPECT=1 cargo test --test search` rewrites it (review the diff).

use std::fmt::Write;
use std::path::Path;

mod common;

use common::{check, fixture_corpus};
use dossier::app::query::ViewState;
use dossier::corpus::{Annotations, Document};
use dossier::search::{Explorer, SearchIndex, searchable_ranges};

const FIXTURES: &str = "tests/fixtures/search";

#[test]
fn queries_filters_and_facets() {
    let (docs, annotations) = fixture_corpus();
    let explorer = Explorer::new(&docs, &annotations);
    let expected = Path::new(FIXTURES).join("cases.expected");
    check(&expected, &answers(&docs, &annotations, &explorer));
}

/// The app decodes the index the build embedded: decoded, it equals the index built from the
/// documents and answers every case the same.
#[test]
fn embedded_index_answers_like_a_built_one() {
    let (docs, annotations) = fixture_corpus();
    let index = built_index(&docs, &annotations);
    let bytes = index.encode();
    let decoded = SearchIndex::decode(&bytes).unwrap();
    assert_eq!(decoded, index);
    assert_eq!(decoded.vocabulary_len(), index.vocabulary_len());
    let explorer = Explorer::with_index(&docs, &annotations, decoded);
    let expected = Path::new(FIXTURES).join("cases.expected");
    check(&expected, &answers(&docs, &annotations, &explorer));
}

/// Damaged index bytes are an error, never a panic: every truncation, and every byte changed.
#[test]
fn damaged_index_bytes_are_an_error() {
    let (docs, annotations) = fixture_corpus();
    let bytes = built_index(&docs, &annotations).encode();
    for end in 0..bytes.len() {
        assert!(
            SearchIndex::decode(&bytes[..end]).is_err(),
            "truncated at {end}"
        );
    }
    let mut changed = bytes.clone();
    for at in 0..bytes.len() {
        for value in [0x00, 0x7f, 0x80, 0xff] {
            changed[at] = value;
            if let Ok(index) = SearchIndex::decode(&changed) {
                // Whatever it reads must be usable.
                let explorer = Explorer::with_index(&docs, &annotations, index);
                for query in ["grain", "gr", "\"grain corridor\"", "zzz"] {
                    explorer.run(&dossier::search::Filters {
                        query: query.into(),
                        ..Default::default()
                    });
                }
            }
        }
        changed[at] = bytes[at];
    }
}

fn built_index(docs: &[Document], annotations: &Annotations) -> SearchIndex {
    let ranges: Vec<_> = docs
        .iter()
        .enumerate()
        .map(|(i, d)| searchable_ranges(d, annotations.articles.get(i)))
        .collect();
    SearchIndex::build(
        docs.iter()
            .zip(&ranges)
            .map(|(d, r)| (d.text.as_str(), r.as_slice())),
    )
}

/// What the explorer answers to every case of `cases.txt`, as text.
fn answers(docs: &[Document], annotations: &Annotations, explorer: &Explorer<'_>) -> String {
    let cases = std::fs::read_to_string(Path::new(FIXTURES).join("cases.txt")).unwrap();
    let mut out = String::new();
    for line in cases
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        let parsed = ViewState::parse(line);
        let found = explorer.run(&parsed.state.filters);
        writeln!(out, "{line}").unwrap();
        for notice in &parsed.notices {
            writeln!(out, "  notice: {notice}").unwrap();
        }
        for problem in &found.problems {
            writeln!(out, "  problem: {problem}").unwrap();
        }
        for r in &found.results {
            let doc = &docs[r.doc];
            let passage = explorer.passage(r.doc, &found.query);
            let mut shown = String::new();
            let mut at = passage.range.start;
            for hit in &passage.hits {
                shown.push_str(&doc.text[at..hit.start]);
                write!(shown, "[{}]", &doc.text[hit.clone()]).unwrap();
                at = hit.end;
            }
            shown.push_str(&doc.text[at..passage.range.end]);
            let dots = |cut: bool| if cut { "…" } else { "" };
            writeln!(
                out,
                "  {} ({:.2}): {}{}{}",
                doc.id,
                r.score,
                dots(passage.cut_before),
                shown.replace('\n', " "),
                dots(passage.cut_after)
            )
            .unwrap();
        }
        let entities: Vec<String> = found
            .entities
            .iter()
            .take(5)
            .map(|c| {
                format!(
                    "{} {}/{}",
                    annotations.entities[c.entity].id, c.articles, c.mentions
                )
            })
            .collect();
        writeln!(out, "  entities: {}", entities.join(", ")).unwrap();
        let sources: Vec<String> = found
            .sources
            .iter()
            .map(|s| format!("{} {}", s.source, s.articles))
            .collect();
        writeln!(out, "  sources: {}", sources.join(", ")).unwrap();
    }
    out
}
