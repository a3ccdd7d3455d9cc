//! The list of articles: title, source and date where known.

use leptos::prelude::*;

use super::location::ViewLink;
use super::query::ViewState;
use crate::corpus::Document;

/// All articles as links that open the reader.
#[component]
pub fn ArticleList(
    /// The articles to list, in order.
    documents: &'static [Document],
) -> impl IntoView {
    let items = documents
        .iter()
        .map(|doc| {
            let to = ViewState {
                doc: Some(doc.id.clone()),
            };
            view! {
                <li data-testid="article-item" data-id=doc.id.clone()>
                    <ViewLink to=to testid="article-link">
                        {doc.title.clone()}
                    </ViewLink>
                    <p class="meta">{meta_line(doc)}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav aria-label="Articles" class="article-list">
            <ol>{items}</ol>
        </nav>
    }
}

/// "Source · date · author", from what the article's front matter gives; the file name when
/// nothing is known.
pub fn meta_line(doc: &Document) -> String {
    let parts: Vec<&str> = [&doc.source, &doc.published, &doc.author]
        .into_iter()
        .flatten()
        .map(String::as_str)
        .collect();
    if parts.is_empty() {
        doc.file.clone()
    } else {
        parts.join(" · ")
    }
}
