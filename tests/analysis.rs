//! Analysis snapshots: every article under `tests/fixtures/dates/` and every seed article is
//! analysed (and the entity fixtures and the seeds as corpora), and what was found is compared with `<article>.expected` beside the fixture (for
//! seeds: `tests/fixtures/seeds/<id>.expected`). `UPDATE_EXPECT=1` rewrites them for review.

use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};

mod common;

use dossier::analysis::find_dates;
use dossier::corpus::{Limits, parse_document};

#[test]
fn date_fixtures() {
    let mut cases: Vec<(PathBuf, PathBuf)> = Vec::new();
    for (dir, expected_dir) in [
        ("tests/fixtures/dates", "tests/fixtures/dates"),
        ("seeds", "tests/fixtures/seeds"),
    ] {
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
            .collect();
        files.sort();
        for file in files {
            let stem = file.file_stem().unwrap().to_str().unwrap().to_string();
            cases.push((
                file,
                Path::new(expected_dir).join(format!("{stem}.expected")),
            ));
        }
    }
    assert!(cases.len() >= 9, "fixtures missing");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(f, e)| check(f, e).err())
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Analyses one article and compares the rendering with the expected file (or rewrites it).
fn check(file: &Path, expected_path: &Path) -> Result<(), String> {
    let bytes = fs::read(file).unwrap();
    let name = file.file_name().unwrap().to_str().unwrap();
    let doc = parse_document(name, &bytes, &Limits::default()).map_err(|e| e.to_string())?;
    let dated = find_dates(
        &doc.text,
        doc.body_start..doc.text.len(),
        doc.published.as_deref(),
        &[],
    );
    let mut actual = String::new();
    let r = &dated.reference;
    let value = r.value.map_or("none".to_string(), |v| v.to_string());
    writeln!(
        actual,
        "reference {value} ({:?}): {}",
        r.certainty, r.evidence
    )
    .unwrap();
    for d in &dated.dates {
        let text = &doc.text[d.start..d.end];
        writeln!(
            actual,
            "{}..{} {text:?} {} ({:?})",
            d.start, d.end, d.value, d.certainty
        )
        .unwrap();
    }
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        fs::create_dir_all(expected_path.parent().unwrap()).unwrap();
        fs::write(expected_path, &actual).unwrap();
        return Ok(());
    }
    let expected = fs::read_to_string(expected_path).unwrap_or_default();
    if expected == actual {
        Ok(())
    } else {
        Err(format!(
            "{} differs from {}\n--- expected\n{expected}--- actual\n{actual}",
            file.display(),
            expected_path.display()
        ))
    }
}

/// A small deterministic generator (xorshift), so the property tests need no extra crate and
/// every failure can be replayed from its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
}

/// Pieces that exercise every path: names, titles, months, numbers, dashes, quotes,
/// multi-byte letters, combining marks, emoji, control characters, lone punctuation.
const PIECES: &[&str] = &[
    "President",
    "Anna",
    "Berg",
    "of",
    "the",
    "Ministry",
    "Foreign",
    "Affairs",
    "(UN)",
    "UN",
    "May",
    "March",
    "Oct.",
    "2–4",
    "25-27",
    "2015",
    "2045",
    "on",
    "Thursday",
    "late",
    "early",
    "two",
    "weeks",
    "ago",
    "next",
    "week",
    "this",
    "spring",
    "’s",
    "'s",
    "al-",
    "Assad",
    "ASTANA",
    ",",
    ".",
    " ",
    "  ",
    "\n",
    "\n\n",
    "“",
    "”",
    "\"",
    "—",
    "-",
    "–",
    "/",
    "©",
    "Sign up",
    "Ω",
    "Ёлка",
    "Türkiye",
    "e\u{301}",
    "🙂",
    "\u{0}",
    "\t",
    "\r\n",
    "Mr.",
    "U.S.",
    "99999999999",
    "31",
    "0",
    "Lake",
    "Valley",
    "Conference",
    "said",
    "reports",
    "Grieg",
    "Ferreira",
    "Co",
];

fn random_text(rng: &mut Rng, pieces: usize) -> String {
    let mut text = String::new();
    for _ in 0..pieces {
        text.push_str(rng.pick(PIECES));
        if !rng.next().is_multiple_of(3) {
            text.push(' ');
        }
    }
    text
}

/// Every span the analysis returns lies inside the text, on char boundaries, start <= end.
fn assert_spans_valid(text: &str, analysis: &dossier::analysis::Analysis, seed: u64) {
    let ok = |s: usize, e: usize| {
        s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    };
    let article = &analysis.articles[0];
    for m in &article.mentions {
        assert!(
            ok(m.start, m.end),
            "seed {seed}: mention {}..{} in {text:?}",
            m.start,
            m.end
        );
        assert!(
            m.entity < analysis.entities.len(),
            "seed {seed}: entity index"
        );
    }
    for d in &article.dates {
        assert!(
            ok(d.start, d.end),
            "seed {seed}: date {}..{} in {text:?}",
            d.start,
            d.end
        );
    }
    for r in article
        .boilerplate
        .iter()
        .chain(&article.sentences)
        .chain(&article.headlines)
    {
        assert!(ok(r.start, r.end), "seed {seed}: range {r:?} in {text:?}");
    }
    for e in &analysis.events {
        for s in &e.sources {
            assert!(ok(s.start, s.end), "seed {seed}: event source");
        }
    }
}

fn analyse_one(text: &str, body_start: usize) -> dossier::analysis::Analysis {
    use dossier::analysis::{ArticleInput, analyze};
    analyze(&[ArticleInput {
        text,
        body_start,
        published: None,
        title_line: None,
    }])
}

#[test]
fn property_arbitrary_text_never_panics_and_spans_stay_valid() {
    for seed in 1..=400u64 {
        let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
        let pieces = 1 + (rng.next() % 120) as usize;
        let text = random_text(&mut rng, pieces);
        // Any start offset, even one inside a character, must be handled.
        let body_start = (rng.next() % (text.len() as u64 + 2)) as usize;
        let analysis = analyse_one(&text, body_start);
        assert_spans_valid(&text, &analysis, seed);
    }
}

#[test]
fn property_long_lines_caps_and_no_punctuation() {
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let words: String = (0..20_000)
        .map(|_| rng.pick(&["talks", "Astana", "may", "the", "2015"]))
        .collect::<Vec<_>>()
        .join(" ");
    for text in [
        words.clone(),        // one 100 KB line, no punctuation
        words.to_uppercase(), // all capitals
        "A".repeat(50_000),   // one enormous word
        "1".repeat(50_000),   // one enormous number
        ". ".repeat(20_000),  // only punctuation
        "\n".repeat(10_000),  // only line breaks
        "Ж".repeat(30_000),   // multi-byte only
    ] {
        let analysis = analyse_one(&text, 0);
        assert_spans_valid(&text, &analysis, 0);
    }
}

/// The seed corpus analysed as a whole: entities with aliases (and why), every mention, and the
/// events, compared with `tests/fixtures/seeds/corpus.expected`.
#[test]
fn seed_corpus_entities_and_events() {
    use dossier::analysis::{ArticleInput, analyze};
    use dossier::corpus::load_folder;
    let corpus = load_folder(Path::new("seeds"), &Limits::default()).unwrap();
    let inputs: Vec<ArticleInput> = corpus
        .documents
        .iter()
        .map(|d| d.analysis_input())
        .collect();
    let analysis = analyze(&inputs);
    // What the build embeds must come back unchanged from the app's decoder.
    let annotations = dossier::corpus::Annotations::from_analysis(&analysis);
    let bytes = dossier::corpus::encode(&corpus.documents, &annotations);
    let (documents, decoded) = dossier::corpus::decode(&bytes).unwrap();
    assert_eq!(documents, corpus.documents);
    assert_eq!(decoded, annotations);
    // The app's quick start: everything but the marks, then each article's marks on demand.
    let (_, mut lazy, marks_at) = dossier::corpus::decode_without_marks(&bytes).unwrap();
    for ((article, at), doc) in lazy.articles.iter_mut().zip(marks_at).zip(&documents) {
        assert!(article.marks.is_empty());
        let entities = annotations.entities.len();
        article.marks = dossier::corpus::decode_marks(&bytes, at, &doc.text, entities).unwrap();
    }
    assert_eq!(lazy, annotations);
    for (doc, a) in corpus.documents.iter().zip(&decoded.articles) {
        assert!(
            a.marks.windows(2).all(|w| w[0].end <= w[1].start),
            "{}: marks overlap",
            doc.id
        );
    }
    let actual = render(&corpus, &analysis);
    common::check(Path::new("tests/fixtures/seeds/corpus.expected"), &actual);
}

/// The analysis of a corpus as reviewable text: entities with their aliases and reasons, each
/// article's mentions and boilerplate, and the events.
fn render(corpus: &dossier::corpus::Corpus, analysis: &dossier::analysis::Analysis) -> String {
    let mut actual = String::new();
    for e in &analysis.entities {
        writeln!(
            actual,
            "entity {} {:?} “{}” in {} articles, {} mentions",
            e.id, e.kind, e.name, e.documents, e.mentions
        )
        .unwrap();
        for a in &e.aliases {
            writeln!(actual, "  alias “{}”: {}", a.name, a.reason).unwrap();
        }
    }
    for (doc, article) in corpus.documents.iter().zip(&analysis.articles) {
        writeln!(actual, "document {}", doc.id).unwrap();
        if let Some(r) = &article.reference {
            let value = r.value.map_or("none".to_string(), |v| v.to_string());
            writeln!(
                actual,
                "  reference {value} ({:?}): {}",
                r.certainty, r.evidence
            )
            .unwrap();
        }
        for m in &article.mentions {
            let id = &analysis.entities[m.entity].id;
            writeln!(
                actual,
                "  {}..{} {:?} {:?} → {id}",
                m.start,
                m.end,
                &doc.text[m.start..m.end],
                m.kind
            )
            .unwrap();
        }
        for b in &article.boilerplate {
            writeln!(actual, "  boilerplate {:?}", &doc.text[b.clone()]).unwrap();
        }
    }
    for e in &analysis.events {
        let docs: Vec<&str> = e
            .sources
            .iter()
            .map(|s| corpus.documents[s.document].id.as_str())
            .collect();
        writeln!(
            actual,
            "event {} {} {:?} {:?}{}",
            e.id,
            e.date,
            e.label,
            docs,
            if e.conflict { " CONFLICT" } else { "" }
        )
        .unwrap();
    }
    actual
}

/// Entity rules on short articles written for them (`tests/fixtures/entities/`, one corpus):
/// names of unknown words, quoted titles, clubs named for their city, employers before roles,
/// and the like. Compared with `corpus.expected` there.
#[test]
fn entity_fixtures() {
    use dossier::analysis::{ArticleInput, analyze};
    use dossier::corpus::load_folder;
    let dir = Path::new("tests/fixtures/entities");
    let corpus = load_folder(dir, &Limits::default()).unwrap();
    let inputs: Vec<ArticleInput> = corpus
        .documents
        .iter()
        .map(|d| d.analysis_input())
        .collect();
    let actual = render(&corpus, &analyze(&inputs));
    common::check(&dir.join("corpus.expected"), &actual);
}
