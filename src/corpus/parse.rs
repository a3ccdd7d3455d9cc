//! Turning one file's bytes into a [`Document`], or a [`CorpusError`] that says why not.

use super::document::{Document, Format, TitleOrigin};
use super::error::{CorpusError, Kind};
use super::front_matter::parse_front_matter;
use super::id::id_from_path;

/// Limits a corpus file must respect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Largest accepted file, in bytes. Default: 1 MiB, about fifty times a long news article.
    pub max_file_bytes: u64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_file_bytes: 1024 * 1024,
        }
    }
}

/// Parses and validates one article.
///
/// `relative_path` is the file's path inside the corpus folder (with `/` separators); it gives the
/// article id, the format (`.md` is Markdown, anything else plain text) and the name used in
/// error messages. Fails when the file is empty or blank, too large, binary, UTF-16, not UTF-8,
/// has malformed front matter, or its name gives no id.
pub fn parse_document(
    relative_path: &str,
    bytes: &[u8],
    limits: &Limits,
) -> Result<Document, CorpusError> {
    let fail = |kind| Err(CorpusError::new(relative_path, kind));
    if bytes.is_empty() {
        return fail(Kind::Empty);
    }
    if bytes.len() as u64 > limits.max_file_bytes {
        return fail(Kind::TooLarge {
            size: bytes.len() as u64,
            limit: limits.max_file_bytes,
        });
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return fail(Kind::Utf16);
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return fail(Kind::Binary { offset });
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let offset = e.valid_up_to();
            let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
            return fail(Kind::NotUtf8 { offset, line });
        }
    };
    let id = id_from_path(relative_path);
    if id.is_empty() {
        return fail(Kind::NoUsableId);
    }
    let after_bom = if text.starts_with('\u{feff}') {
        '\u{feff}'.len_utf8()
    } else {
        0
    };
    let front = match parse_front_matter(text, after_bom) {
        Ok(front) => front,
        Err((line, message)) => return fail(Kind::FrontMatter { line, message }),
    };
    let body_start = front.as_ref().map_or(after_bom, |fm| fm.end);
    if text[body_start..].trim().is_empty() {
        return fail(Kind::Blank);
    }
    let format = if relative_path.to_ascii_lowercase().ends_with(".md") {
        Format::Markdown
    } else {
        Format::Text
    };
    let front = front.unwrap_or_default();
    let (title, title_origin) = match front.title {
        Some(title) => (title, TitleOrigin::FrontMatter),
        None => {
            let (start, end) = headline_line(text, body_start);
            let title = text[start..end].trim_start_matches('#').trim().to_string();
            (title, TitleOrigin::Line { start, end })
        }
    };
    Ok(Document {
        id,
        file: relative_path.to_string(),
        format,
        title,
        title_origin,
        source: front.source,
        published: front.published,
        url: front.url,
        author: front.author,
        text: text.to_string(),
        body_start,
    })
}

/// The byte range of the first body line that reads like a headline (three or more words of
/// letters, so section labels such as "All news" and bare datelines are passed over), or of the
/// first non-blank line if none does.
fn headline_line(text: &str, body_start: usize) -> (usize, usize) {
    let mut first = None;
    let mut pos = body_start;
    for raw in text[body_start..].split_inclusive('\n') {
        let line = raw.trim_end_matches(['\n', '\r']);
        let start = pos + (line.len() - line.trim_start().len());
        let end = pos + line.trim_end().len();
        pos += raw.len();
        // (Navigation and prompts above the headline are not it: "Skip to main content".)
        if start >= end || crate::analysis::is_boilerplate(&text[start..end]) {
            continue;
        }
        first.get_or_insert((start, end));
        let words = line
            .split_whitespace()
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .count();
        if words >= 3 {
            return (start, end);
        }
    }
    first.unwrap_or((body_start, body_start))
}
