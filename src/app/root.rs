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
use super::timeline::Timeline;
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
    // The results first; the facets count entities for them a frame later (see `facets`).
    let outcome: Memo<Outcome> = Memo::new(move |_| filters.with(|f| corpus.explorer.find(f)));
    let open_doc = Memo::new(move |_| location.state().doc);
    let count = corpus.documents.len();

    let open_index = Memo::new(move |_| open_doc.get().map(|id| corpus.position(&id)));
    let reader = move || {
        let index = open_index.get().flatten()?;
        Some(view! {
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
                at=Signal::derive(move || location.state().at)
                on_activate=Callback::new(move |request| location.update(|s| apply(s, request)))
            />
        })
    };
    let missing = move || open_doc.get().filter(|_| open_index.get() == Some(None));
    let back_href = move || {
        location.href(&ViewState {
            doc: None,
            ..location.state()
        })
    };
    let back = move |ev: leptos::ev::MouseEvent| {
        if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
            ev.prevent_default();
            location.update(|s| s.doc = None);
        }
    };
    let reading = view! {
        <a href=back_href on:click=back data-testid="back-link" hidden=move || open_doc.with(Option::is_none)>
            "← Results"
        </a>
        <p class="notice" role="status" data-testid="missing-article" hidden=move || missing().is_none()>
            "There is no article “" {missing} "” in this collection."
        </p>
        <p class="hint" hidden=move || open_doc.with(Option::is_some)>"Open an article to read it here."</p>
        {reader}
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
            <div class="notices notice" role="status" data-testid="notices">
                {move || location.notices().join("\n")}
            </div>
            <Timeline outcome=outcome/>
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
