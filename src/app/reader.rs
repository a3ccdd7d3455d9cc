//! The reader: one article's full text, inserted as text nodes only.

use leptos::prelude::*;

use super::article_list::meta_line;
use crate::analysis::{ParagraphBreaks, paragraphs};
use crate::corpus::{Document, Format, TitleOrigin};

/// Shows an article: its title, what is known about it, and its paragraphs.
///
/// Corpus text is only ever inserted as text, so markup in an article shows literally.
#[component]
pub fn Reader(
    /// The article to show.
    doc: &'static Document,
) -> impl IntoView {
    let breaks = match doc.format {
        Format::Text => ParagraphBreaks::EveryLine,
        Format::Markdown => ParagraphBreaks::BlankLines,
    };
    // The line the title was taken from is already the heading.
    let title_line = match doc.title_origin {
        TitleOrigin::Line { start, end } => Some(start..end),
        TitleOrigin::FrontMatter => None,
    };
    let body = paragraphs(&doc.text, doc.body_start, breaks)
        .into_iter()
        .filter(|range| Some(range) != title_line.as_ref())
        .map(|range| view! { <p>{&doc.text[range]}</p> })
        .collect_view();
    let original = doc.url.as_deref().map(|url| {
        view! {
            " · "
            <a href=url rel="noopener noreferrer" target="_blank">"original"</a>
        }
    });
    view! {
        <article class="reader" aria-labelledby="reader-title" data-testid="reader">
            <h2 id="reader-title" tabindex="-1">{doc.title.as_str()}</h2>
            <p class="meta">{meta_line(doc)} {original}</p>
            <div class="body" data-testid="reader-body">{body}</div>
        </article>
    }
}
