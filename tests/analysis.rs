//! Analysis snapshots: every article under `tests/fixtures/dates/` and every seed article is
//! analysed, and what was found is compared with `<article>.expected` beside the fixture (for
//! seeds: `tests/fixtures/seeds/<id>.expected`). `UPDATE_EXPECT=1` rewrites them for review.

use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};

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
