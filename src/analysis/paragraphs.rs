//! Splitting an article's body into paragraphs.

use std::ops::Range;

/// How paragraphs are delimited in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParagraphBreaks {
    /// Every non-blank line is a paragraph (plain-text news copy).
    EveryLine,
    /// Paragraphs are runs of non-blank lines separated by blank lines (Markdown).
    BlankLines,
}

/// Byte ranges of the paragraphs of `text[start..]`, trimmed of surrounding whitespace.
///
/// Ranges index `text` itself and always lie on char boundaries. Blank lines produce nothing.
///
/// ```
/// use dossier::analysis::{paragraphs, ParagraphBreaks};
/// let text = "Title\n\nFirst line\nsecond line\n\n  Last.  \n";
/// let got: Vec<&str> = paragraphs(text, 0, ParagraphBreaks::BlankLines)
///     .into_iter().map(|r| &text[r]).collect();
/// assert_eq!(got, ["Title", "First line\nsecond line", "Last."]);
/// ```
pub fn paragraphs(text: &str, start: usize, breaks: ParagraphBreaks) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut pos = start.min(text.len());
    while !text.is_char_boundary(pos) {
        pos += 1;
    }
    for raw in text[pos..].split_inclusive('\n') {
        let line_start = pos;
        pos += raw.len();
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            out.extend(current.take());
            continue;
        }
        let lead = raw.len() - raw.trim_start().len();
        let range = line_start + lead..line_start + lead + trimmed.len();
        match (breaks, current.as_mut()) {
            (ParagraphBreaks::BlankLines, Some(open)) => open.end = range.end,
            _ => {
                out.extend(current.take());
                current = Some(range);
            }
        }
    }
    out.extend(current);
    out
}
