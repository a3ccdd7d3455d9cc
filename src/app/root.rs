//! The root component: reads the embedded corpus, follows the URL, and lays out the explorer:
//! filters (search box and facets), results, and the reader.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::facets::Facets;
use super::keyboard::install_shortcuts;
use super::location::{Location, ViewLink};
use super::query::ViewState;
use super::reader::{Activation, Reader};
use super::result_list::ResultList;
use super::search_box::SearchBox;
use crate::corpus::{Annotations, Document};
use crate::embedded::embedded_corpus;
use crate::search::{Explorer, Outcome, find_matches};

/// The corpus, its analysis and its index, decoded once and kept for the page's lifetime.
#[derive(Clone, Copy)]
pub struct Corpus {
    /// The articles.
    pub documents: &'static [Document],
    /// Their analysis.
    pub annotations: &'static Annotations,
    /// The search index and filters over them.
    pub explorer: &'static Explorer<'static>,
}

impl Corpus {
    fn load() -> Result<Corpus, String> {
        let (docs, annotations) = embedded_corpus().map_err(|e| e.to_string())?;
        let documents: &'static [Document] = Box::leak(docs.into_boxed_slice());
        let annotations: &'static Annotations = Box::leak(Box::new(annotations));
        let explorer = Box::leak(Box::new(Explorer::new(documents, annotations)));
        Ok(Corpus {
            documents,
            annotations,
            explorer,
        })
    }

    /// The index of the article with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.documents.iter().position(|d| d.id == id)
    }
}

/// The whole app. Mount it with `leptos::mount::mount_to_body(App)`.
#[component]
pub fn App() -> impl IntoView {
    let location = Location::install();
    provide_context(location);
    let corpus = match Corpus::load() {
        Ok(corpus) => corpus,
        Err(message) => {
            return view! {
                <main id="main"><p class="error" role="alert">{message}</p></main>
            }
            .into_any();
        }
    };
    provide_context(corpus);
    install_shortcuts();

    let filters = Memo::new(move |_| location.state().filters);
    let outcome: Memo<Outcome> = Memo::new(move |_| filters.with(|f| corpus.explorer.run(f)));
    let open_doc = Memo::new(move |_| location.state().doc);
    let count = corpus.documents.len();

    let reading = move || {
        let id = open_doc.get()?;
        let view = match corpus.position(&id) {
            Some(index) => view! {
                <ViewLink to=ViewState { doc: None, ..location.current() } testid="back-link">
                    "← Results"
                </ViewLink>
                <Reader
                    doc=&corpus.documents[index]
                    annotations=corpus.annotations.articles.get(index)
                    entities=corpus.annotations.entities.as_slice()
                    hits=Signal::derive(move || {
                        let doc = &corpus.documents[index];
                        let searchable = corpus.explorer.searchable(index);
                        outcome.with(|o| find_matches(&doc.text, searchable, &o.query.required))
                    })
                    hidden=Signal::derive(move || location.state().hidden)
                    on_activate=Callback::new(move |request| location.update(|s| apply(s, request)))
                />
            }
            .into_any(),
            None => view! {
                <p class="notice" role="status" data-testid="missing-article">
                    "There is no article “" {id} "” in this collection."
                </p>
            }
            .into_any(),
        };
        Some(view)
    };
    let reading = move || {
        reading().unwrap_or_else(|| {
            view! { <p class="hint">"Open an article to read it here."</p> }.into_any()
        })
    };

    // Reaching outside the app: the page title follows the open article, and opening one
    // moves the focus to its heading.
    Effect::new(move |_| {
        let title = open_doc
            .get()
            .and_then(|id| corpus.position(&id))
            .map(|i| format!("{} — Dossier", corpus.documents[i].title));
        document().set_title(title.as_deref().unwrap_or("Dossier"));
    });
    Effect::new(move |previous: Option<Option<String>>| {
        let doc = open_doc.get();
        if previous.is_some() && doc.is_some() && previous.flatten() != doc {
            request_animation_frame(|| {
                if let Some(heading) = document().get_element_by_id("reader-title") {
                    let _ = heading.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            });
        }
        doc
    });

    let wide = window()
        .match_media("(min-width: 50rem)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let reading_class = move || {
        if open_doc.with(Option::is_some) {
            "explorer reading"
        } else {
            "explorer"
        }
    };
    view! {
        <a class="skip-link" href="#results">"Skip to results"</a>
        <header class="masthead">
            <h1 class="brand">
                <ViewLink to=ViewState::default()>"Dossier"</ViewLink>
            </h1>
            <span class="count" data-testid="article-count">
                {count} {if count == 1 { " article" } else { " articles" }}
            </span>
        </header>
        <main id="main">
            <div class="notices" role="status" data-testid="notices">
                {move || {
                    location
                        .notices()
                        .into_iter()
                        .map(|n| view! { <p class="notice">{n}</p> })
                        .collect_view()
                }}
            </div>
            <div class=reading_class>
                <aside class="filters" aria-label="Filters">
                    <SearchBox outcome=outcome/>
                    // Folded away on small screens, open where there is room.
                    <details class="facets-toggle" open=wide>
                        <summary>"Filters"</summary>
                        <Facets outcome=outcome/>
                    </details>
                </aside>
                <section class="results" id="results" tabindex="-1" aria-label="Results">
                    <ResultList outcome=outcome/>
                </section>
                <section class="reading" aria-label="Reader">{reading}</section>
            </div>
        </main>
    }
    .into_any()
}

/// The view after activating a mention: its entity added to the filters, or the date range
/// set to its days.
fn apply(state: &mut ViewState, request: Activation) {
    match request {
        Activation::Entity(id) => {
            if !state.filters.entities.contains(&id) {
                state.filters.entities.push(id);
            }
        }
        Activation::Dates(from, to) => {
            state.filters.from = Some(from);
            state.filters.to = Some(to);
        }
    }
}
