//! The root component: reads the embedded corpus, follows the URL, and shows the list or the
//! reader.

use leptos::prelude::*;

use super::article_list::ArticleList;
use super::location::{Location, ViewLink};
use super::query::ViewState;
use super::reader::Reader;
use crate::corpus::Document;
use crate::embedded::embedded_documents;

/// The whole app. Mount it with `leptos::mount::mount_to_body(App)`.
#[component]
pub fn App() -> impl IntoView {
    let location = Location::install();
    provide_context(location);
    // The corpus never changes while the page is open: decode it once and keep it for good.
    let corpus: Result<&'static [Document], &'static str> = embedded_documents()
        .map(|docs| &*Box::leak(docs.into_boxed_slice()))
        .map_err(|e| &*Box::leak(e.to_string().into_boxed_str()));
    let parsed = Memo::new(move |_| ViewState::parse(&location.search()));
    let count = corpus.as_ref().map_or(0, |docs| docs.len());

    let content = move || {
        let state = parsed.get().state;
        let docs = match corpus {
            Ok(docs) => docs,
            Err(message) => {
                return view! { <p class="error" role="alert">{message}</p> }.into_any();
            }
        };
        match state.doc {
            None => view! { <ArticleList documents=docs/> }.into_any(),
            Some(id) => match docs.iter().find(|d| d.id == id) {
                Some(doc) => view! {
                    <ViewLink to=ViewState::default() testid="back-link">"← All articles"</ViewLink>
                    <Reader doc=doc/>
                }
                .into_any(),
                None => view! {
                    <p class="notice" role="status" data-testid="missing-article">
                        "There is no article “" {id} "” in this collection; here are all of them."
                    </p>
                    <ArticleList documents=docs/>
                }
                .into_any(),
            },
        }
    };

    // The page title follows the open article (reaching outside the app, hence an effect).
    Effect::new(move |_| {
        let title = match (&corpus, parsed.get().state.doc) {
            (Ok(docs), Some(id)) => docs
                .iter()
                .find(|d| d.id == id)
                .map(|d| format!("{} — Dossier", d.title)),
            _ => None,
        };
        document().set_title(title.as_deref().unwrap_or("Dossier"));
    });

    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="masthead">
            <ViewLink to=ViewState::default()>
                <span class="brand">"Dossier"</span>
            </ViewLink>
            <span class="count" data-testid="article-count">
                {count} {if count == 1 { " article" } else { " articles" }}
            </span>
        </header>
        <main id="main">
            <div class="notices" role="status" data-testid="notices">
                {move || {
                    parsed
                        .get()
                        .notices
                        .into_iter()
                        .map(|n| view! { <p class="notice">{n}</p> })
                        .collect_view()
                }}
            </div>
            {content}
        </main>
    }
}
