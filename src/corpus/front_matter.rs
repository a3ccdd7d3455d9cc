//! The optional `---` block of `key: value` lines at the top of an article.
//!
//! ```text
//! ---
//! title: Kazakhstan offers to host talks
//! source: The Example Times
//! published: 2015-04-20
//! url: https://example.org/2015/04/20/talks
//! author: A. Reporter
//! ---
//! ```
//!
//! Keys are case-insensitive (`date` is accepted for `published`); values may be quoted with
//! `"` or `'`; blank lines and lines starting with `#` are ignored. Anything else is an error
//! with its line number, so a typo never silently drops metadata.

/// Metadata read from a front matter block.
#[derive(Debug, Default, PartialEq, Eq)]
pub(crate) struct FrontMatter {
    pub title: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    /// Byte offset just after the closing `---` line.
    pub end: usize,
}

/// The keys front matter accepts, for error messages.
const KEYS: &str = "title, source, published (or date), url, author";

/// Parses front matter starting at byte `start` of `text` (after any byte-order mark).
///
/// Returns `Ok(None)` when the text does not start with a `---` line, and `Err((line, message))`
/// when it does but the block is malformed; lines count from 1 over the whole file.
pub(crate) fn parse_front_matter(
    text: &str,
    start: usize,
) -> Result<Option<FrontMatter>, (usize, String)> {
    let mut lines = LineIter {
        text,
        pos: start,
        number: 0,
    };
    match lines.next() {
        Some((_, line)) if line.trim_end() == "---" => {}
        _ => return Ok(None),
    }
    let mut fm = FrontMatter::default();
    while let Some((end, line)) = lines.next() {
        let number = lines.number;
        let trimmed = line.trim();
        if trimmed == "---" {
            fm.end = end;
            return Ok(Some(fm));
        }
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let Some((key, value)) = trimmed.split_once(':') else {
            return Err((
                number,
                format!(
                    "expected `key: value`, found `{}`; is the closing `---` line missing?",
                    clip(trimmed)
                ),
            ));
        };
        let key = key.trim().to_ascii_lowercase();
        let value = unquote(value.trim());
        if value.is_empty() {
            return Err((
                number,
                format!("`{key}` has no value; give one or delete the line"),
            ));
        }
        let slot = match key.as_str() {
            "title" => &mut fm.title,
            "source" => &mut fm.source,
            "published" | "date" => &mut fm.published,
            "url" => &mut fm.url,
            "author" => &mut fm.author,
            _ => {
                return Err((
                    number,
                    format!("unknown key `{}`; the keys are {KEYS}", clip(&key)),
                ));
            }
        };
        if slot.is_some() {
            return Err((number, format!("`{key}` is given twice")));
        }
        let value = match key.as_str() {
            "published" | "date" => normalise_date(value).ok_or_else(|| {
                (
                    number,
                    format!(
                        "`{key}` is `{}`, not a date; write YYYY-MM-DD, YYYY-MM or YYYY",
                        clip(value)
                    ),
                )
            })?,
            "url" if !(value.starts_with("https://") || value.starts_with("http://")) => {
                return Err((
                    number,
                    format!(
                        "`url` is `{}`; it must start with https:// or http://",
                        clip(value)
                    ),
                ));
            }
            _ => value.to_string(),
        };
        *slot = Some(value);
    }
    Err((
        1,
        "the `---` block opened on line 1 is never closed with a `---` line".to_string(),
    ))
}

/// Iterates lines from a byte position, yielding (offset after the line break, line text).
struct LineIter<'a> {
    text: &'a str,
    pos: usize,
    number: usize,
}

impl<'a> Iterator for LineIter<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        if self.pos >= self.text.len() {
            return None;
        }
        let rest = &self.text[self.pos..];
        let (line, advance) = match rest.find('\n') {
            Some(i) => (&rest[..i], i + 1),
            None => (rest, rest.len()),
        };
        self.pos += advance;
        self.number += 1;
        Some((self.pos, line.strip_suffix('\r').unwrap_or(line)))
    }
}

fn unquote(value: &str) -> &str {
    for quote in ['"', '\''] {
        if value.len() >= 2 && value.starts_with(quote) && value.ends_with(quote) {
            return value[1..value.len() - 1].trim();
        }
    }
    value
}

/// Keeps error messages short when a line is long.
fn clip(s: &str) -> String {
    match s.char_indices().nth(60) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

/// Accepts `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, optionally followed by a time (` ` or `T`), which is
/// dropped. Returns the date part, or `None` if it is not a real calendar date.
fn normalise_date(value: &str) -> Option<String> {
    let date = value.split(['T', ' ']).next().unwrap_or("");
    let parts: Vec<&str> = date.split('-').collect();
    let number = |s: &str, len: usize| -> Option<u32> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
    };
    let year = number(parts.first()?, 4)?;
    if parts.len() > 3 {
        return None;
    }
    if let Some(m) = parts.get(1) {
        let month = number(m, 2)?;
        if !(1..=12).contains(&month) {
            return None;
        }
        if let Some(d) = parts.get(2) {
            let day = number(d, 2)?;
            if day == 0 || day > u32::from(crate::analysis::days_in_month(year as i32, month as u8))
            {
                return None;
            }
        }
    }
    Some(date.to_string())
}
