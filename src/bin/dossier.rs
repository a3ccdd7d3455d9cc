//! Dossier's command-line tool.
//!
//! ```text
//! dossier check <DIR>      validate a corpus folder, as the build does, and list its articles
//! dossier analyze <DIR>    print the analysis of a corpus folder as JSON (schema: README)
//! dossier bench <DIR>      analyse a corpus folder and report throughput (no JSON)
//! dossier search-bench <DIR> [QUERY…]
//!                          index the corpus and time each keystroke of the queries natively
//! ```

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use dossier::analysis::{Analysis, ArticleInput, analyze};
use dossier::corpus::{Annotations, Corpus, Document, Limits, load_folder};
use dossier::search::{Explorer, Filters};
use serde_json::{Value, json};

const USAGE: &str = "usage: dossier check <DIR> | dossier analyze <DIR> | dossier bench <DIR> | \
                     dossier search-bench <DIR> [QUERY…]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (command, dir) = match args.as_slice() {
        [command, dir] if matches!(command.as_str(), "check" | "analyze" | "bench") => {
            (command.as_str(), dir)
        }
        [command, dir, ..] if command == "search-bench" => (command.as_str(), dir),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    let corpus = match load_folder(Path::new(dir), &Limits::default()) {
        Ok(corpus) => corpus,
        Err(errors) => {
            for e in errors {
                eprintln!("error: {e}");
            }
            return ExitCode::FAILURE;
        }
    };
    for note in &corpus.ignored {
        eprintln!("left out: {note}");
    }
    if command == "bench" {
        let loaded = started.elapsed();
        let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
        let start = Instant::now();
        let analysis = analyze(&inputs(&corpus));
        let took = start.elapsed().as_secs_f64();
        let mentions: usize = analysis.articles.iter().map(|a| a.mentions.len()).sum();
        let dates: usize = analysis.articles.iter().map(|a| a.dates.len()).sum();
        println!(
            "{} articles, {:.1} MB: read in {:.2} s, analysed in {:.2} s = {:.1} MB/s on one core \
             ({mentions} mentions of {} entities, {dates} dates, {} events)",
            corpus.documents.len(),
            bytes as f64 / 1e6,
            loaded.as_secs_f64(),
            took,
            bytes as f64 / 1e6 / took,
            analysis.entities.len(),
            analysis.events.len(),
        );
    } else if command == "search-bench" {
        search_bench(&corpus, &args[2..]);
    } else if command == "check" {
        for doc in &corpus.documents {
            println!("{}\t{}", doc.id, doc.title);
        }
    } else {
        let analysis = analyze(&inputs(&corpus));
        let out = to_json(&corpus, &analysis);
        println!(
            "{}",
            serde_json::to_string_pretty(&out).expect("JSON values always serialise")
        );
    }
    ExitCode::SUCCESS
}

/// Times the explorer: index build, then every keystroke of each query (filtering, ranking,
/// facet counts, and the passages of the first 50 results), natively.
fn search_bench(corpus: &Corpus, queries: &[String]) {
    let annotations = Annotations::from_analysis(&analyze(&inputs(corpus)));
    let start = Instant::now();
    let mut tokens = 0usize;
    for doc in &corpus.documents {
        dossier::search::words(&doc.text, 0..doc.text.len(), |_, _| tokens += 1);
    }
    println!(
        "{tokens} words folded in {:.0} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    let start = Instant::now();
    let explorer = Explorer::new(&corpus.documents, &annotations);
    println!(
        "index of {} articles, {} words: built in {:.0} ms",
        corpus.documents.len(),
        explorer.index().vocabulary_len(),
        start.elapsed().as_secs_f64() * 1e3
    );
    let mut run_ms = Vec::new();
    let mut passage_ms = Vec::new();
    for query in queries {
        for end in query.char_indices().map(|(i, c)| i + c.len_utf8()) {
            let filters = Filters {
                query: query[..end].to_string(),
                ..Filters::default()
            };
            let start = Instant::now();
            let outcome = explorer.run(&filters);
            run_ms.push(start.elapsed().as_secs_f64() * 1e3);
            let start = Instant::now();
            for r in outcome.results.iter().take(50) {
                std::hint::black_box(explorer.passage(r.doc, &outcome.query));
            }
            passage_ms.push(start.elapsed().as_secs_f64() * 1e3);
        }
    }
    let report = |name: &str, mut xs: Vec<f64>| {
        if xs.is_empty() {
            return;
        }
        xs.sort_by(f64::total_cmp);
        let at = |p: f64| xs[((p * xs.len() as f64).ceil() as usize).clamp(1, xs.len()) - 1];
        println!(
            "{name}: n={} median {:.2} ms, p95 {:.2} ms",
            xs.len(),
            at(0.5),
            at(0.95)
        );
    };
    report("filter, rank and count facets", run_ms);
    report("passages of the first 50 results", passage_ms);
}

/// The analysis input of each document.
fn inputs(corpus: &Corpus) -> Vec<ArticleInput<'_>> {
    corpus
        .documents
        .iter()
        .map(Document::analysis_input)
        .collect()
}

/// The JSON document described in the README.
fn to_json(corpus: &Corpus, analysis: &Analysis) -> Value {
    let documents: Vec<Value> = corpus
        .documents
        .iter()
        .zip(&analysis.articles)
        .map(|(doc, a)| {
            let reference = a.reference.as_ref();
            json!({
                "id": doc.id,
                "file": doc.file,
                "title": doc.title,
                "source": doc.source,
                "published": {
                    "value": reference.and_then(|r| r.value).map(|v| v.to_string()),
                    "certainty": reference.map(|r| r.certainty),
                    "evidence": reference.map(|r| r.evidence.clone()),
                },
                "boilerplate": a.boilerplate.iter().map(|r| json!({"start": r.start, "end": r.end})).collect::<Vec<_>>(),
                "mentions": a.mentions.iter().map(|m| json!({
                    "start": m.start,
                    "end": m.end,
                    "text": &doc.text[m.start..m.end],
                    "kind": m.kind,
                    "entity": analysis.entities[m.entity].id,
                })).collect::<Vec<_>>(),
                "dates": a.dates.iter().map(|d| json!({
                    "start": d.start,
                    "end": d.end,
                    "text": &doc.text[d.start..d.end],
                    "value": d.value.to_string(),
                    "certainty": d.certainty,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let entities: Vec<Value> = analysis
        .entities
        .iter()
        .map(|e| {
            json!({
                "id": e.id,
                "name": e.name,
                "kind": e.kind,
                "aliases": e.aliases,
                "documents": e.documents,
                "mentions": e.mentions,
            })
        })
        .collect();
    let events: Vec<Value> = analysis
        .events
        .iter()
        .map(|e| {
            json!({
                "id": e.id,
                "date": e.date.to_string(),
                "label": e.label,
                "entities": e.entities.iter().map(|&i| analysis.entities[i].id.clone()).collect::<Vec<_>>(),
                "sources": e.sources.iter().zip(&e.source_dates).map(|(s, d)| json!({
                    "document": corpus.documents[s.document].id,
                    "start": s.start,
                    "end": s.end,
                    "date": d.to_string(),
                })).collect::<Vec<_>>(),
                "conflict": e.conflict,
            })
        })
        .collect();
    json!({ "documents": documents, "entities": entities, "events": events })
}
