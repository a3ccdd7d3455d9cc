//! Reading a corpus folder from disk (native only: the build script and the command-line tool).

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use super::document::Document;
use super::error::{CorpusError, Kind};
use super::parse::{Limits, parse_document};

/// Every article of a corpus folder, sorted by file path, plus notes on what was left out.
#[derive(Debug)]
pub struct Corpus {
    /// The articles, sorted by their path in the folder.
    pub documents: Vec<Document>,
    /// Files that were not read as articles (wrong extension, hidden), one message each.
    pub ignored: Vec<String>,
}

/// Reads every `.txt` and `.md` file under `dir` (recursively) as an article.
///
/// Other files and hidden entries (names starting with `.`) are not articles: each is listed in
/// [`Corpus::ignored`] so the caller can report it. Fails with every problem found, not only the
/// first, so one build run shows all files to fix.
pub fn load_folder(dir: &Path, limits: &Limits) -> Result<Corpus, Vec<CorpusError>> {
    let shown = dir.display().to_string();
    let mut files = Vec::new();
    let mut ignored = Vec::new();
    let mut errors = Vec::new();
    if let Err(e) = walk(dir, "", &mut files, &mut ignored) {
        return Err(vec![CorpusError::new(
            shown,
            Kind::Unreadable {
                message: e.to_string(),
            },
        )]);
    }
    files.sort();
    let mut by_id: BTreeMap<String, String> = BTreeMap::new();
    let mut documents = Vec::new();
    for relative in files {
        let full = dir.join(&relative);
        let display = format!("{shown}/{relative}");
        let size = match fs::metadata(&full) {
            Ok(meta) => meta.len(),
            Err(e) => {
                errors.push(CorpusError::new(
                    display,
                    Kind::Unreadable {
                        message: e.to_string(),
                    },
                ));
                continue;
            }
        };
        // Refuse huge files before reading them into memory.
        if size > limits.max_file_bytes {
            let limit = limits.max_file_bytes;
            errors.push(CorpusError::new(display, Kind::TooLarge { size, limit }));
            continue;
        }
        let bytes = match fs::read(&full) {
            Ok(bytes) => bytes,
            Err(e) => {
                errors.push(CorpusError::new(
                    display,
                    Kind::Unreadable {
                        message: e.to_string(),
                    },
                ));
                continue;
            }
        };
        match parse_document(&relative, &bytes, limits) {
            Ok(doc) => {
                if let Some(other) = by_id.get(&doc.id) {
                    let kind = Kind::DuplicateId {
                        id: doc.id.clone(),
                        other: other.clone(),
                    };
                    errors.push(CorpusError::new(display, kind));
                } else {
                    by_id.insert(doc.id.clone(), relative.clone());
                    documents.push(doc);
                }
            }
            Err(e) => errors.push(CorpusError::new(display, e.into_kind())),
        }
    }
    if errors.is_empty() && documents.is_empty() {
        errors.push(CorpusError::new(shown, Kind::NoArticles));
    }
    if errors.is_empty() {
        Ok(Corpus { documents, ignored })
    } else {
        Err(errors)
    }
}

/// Collects article paths (relative, `/`-separated) under `dir`, and notes what it skips.
fn walk(
    dir: &Path,
    prefix: &str,
    files: &mut Vec<String>,
    ignored: &mut Vec<String>,
) -> std::io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            ignored.push(format!(
                "{prefix}{}: the name is not UTF-8",
                name.to_string_lossy()
            ));
            continue;
        };
        let relative = format!("{prefix}{name}");
        if name.starts_with('.') {
            ignored.push(format!("{relative}: hidden"));
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            walk(&path, &format!("{relative}/"), files, ignored)?;
        } else {
            let lower = name.to_ascii_lowercase();
            if lower.ends_with(".txt") || lower.ends_with(".md") {
                files.push(relative);
            } else {
                ignored.push(format!("{relative}: not a .txt or .md file"));
            }
        }
    }
    Ok(())
}
