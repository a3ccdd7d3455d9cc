//! The root component: reads the embedded corpus, follows the URL, and shows the list or the
//! reader.

use leptos::prelude::*;

use super::article_list::ArticleList;
use super::location::{Location, ViewLink};
use super::query::ViewState;
use super::reader::Reader;
use crate::corpus::{Annotations, Document};
use crate::embedded::embedded_corpus;

/// The whole app. Mount it with `leptos::mount::mount_to_body(App)`.
#[component]
pub fn App() -> impl IntoView {
    let location = Location::install();
    provide_context(location);
    // The corpus never changes while the page is open: decode it once and keep it for good.
    let embedded: Result<(&'static [Document], &'static Annotations), &'static str> =
        embedded_corpus()
            .map(|(docs, annotations)| {
                (
                    &*Box::leak(docs.into_boxed_slice()),
                    &*Box::leak(Box::new(annotations)),
                )
            })
            .map_err(|e| &*Box::leak(e.to_string().into_boxed_str()));
    let corpus = embedded.map(|(docs, _)| docs);
    let annotations = embedded.map(|(_, annotations)| annotations).ok();
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
            Some(id) => match docs.iter().position(|d| d.id == id) {
                Some(index) => view! {
                    <ViewLink to=ViewState::default() testid="back-link">"← All articles"</ViewLink>
                    <Reader
                        doc=&docs[index]
                        annotations=annotations.and_then(|a| a.articles.get(index))
                        entities=annotations.map_or(&[][..], |a| a.entities.as_slice())
                    />
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
