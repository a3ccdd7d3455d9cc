//! One article of the corpus, as read from its file.

/// How the article's text is written; decides how it is split into paragraphs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// `.txt`: every non-empty line is a paragraph.
    Text,
    /// `.md`: paragraphs are separated by blank lines; the text is still shown as text.
    Markdown,
}

/// Where an article's title came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TitleOrigin {
    /// The `title:` field of the front matter.
    FrontMatter,
    /// A line of the body, at the given byte range of [`Document::text`].
    Line {
        /// Byte offset where the title line starts.
        start: usize,
        /// Byte offset where it ends (before the line break).
        end: usize,
    },
}

/// One article: its metadata and its whole text exactly as read from the file.
///
/// All byte offsets that other parts of Dossier store (mentions, dates, paragraphs) are offsets
/// into [`Document::text`], which includes the front matter if there is one; the article proper
/// starts at [`Document::body_start`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// Stable identifier derived from the file's path (see [`super::id_from_path`]); used in URLs.
    pub id: String,
    /// The file's path relative to the corpus folder, with `/` separators.
    pub file: String,
    /// Text format, from the file extension.
    pub format: Format,
    /// The title: from front matter, or the first line of the body that reads like a headline.
    pub title: String,
    /// Where [`Document::title`] came from.
    pub title_origin: TitleOrigin,
    /// The publication or outlet, if the front matter gives it.
    pub source: Option<String>,
    /// Publication date as ISO 8601 (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), if the front matter gives it.
    pub published: Option<String>,
    /// Address of the original article, if the front matter gives it.
    pub url: Option<String>,
    /// Author or byline, if the front matter gives it.
    pub author: Option<String>,
    /// The whole file as read (UTF-8), front matter included.
    pub text: String,
    /// Byte offset in [`Document::text`] where the article text starts (after any front matter).
    pub body_start: usize,
}

impl Document {
    /// The article text without front matter.
    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// What the analysis needs to know of this article.
    pub fn analysis_input(&self) -> crate::analysis::ArticleInput<'_> {
        crate::analysis::ArticleInput {
            text: &self.text,
            body_start: self.body_start,
            published: self.published.as_deref(),
            title_line: match self.title_origin {
                TitleOrigin::Line { start, end } => Some(start..end),
                TitleOrigin::FrontMatter => None,
            },
        }
    }
}
