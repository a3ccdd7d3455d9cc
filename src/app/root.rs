//! The root component: reads the embedded corpus, follows the URL, and lays out the explorer:
//! filters (search box and facets), results, and the reader.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::facets::Facets;
use super::keyboard::install_shortcuts;
use super::dom::{append, element, element_with_text, listen, replace_children, set};
use super::location::Location;
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
    /// Decodes the corpus compiled into the app, once.
    pub fn load() -> Result<Corpus, String> {
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

/// Starts the app: decodes the embedded corpus and mounts [`App`] on the page's body, or, if
/// the corpus cannot be read, says so in the page.
pub fn start() {
    match Corpus::load() {
        Ok(corpus) => leptos::mount::mount_to_body(move || view! { <App corpus=corpus/> }),
        Err(message) => {
            let main = element("main");
            set(&main, "id", "main");
            let error = element_with_text("p", &message);
            set(&error, "class", "error");
            set(&error, "role", "alert");
            append(&main, &error);
            if let Some(body) = document().body() {
                append(&body, &main);
            }
        }
    }
}

/// The whole app over a loaded corpus (see [`start`]).
#[component]
pub fn App(
    /// The corpus, decoded.
    corpus: Corpus,
) -> impl IntoView {
    let location = Location::install();
    provide_context(location);
    provide_context(corpus);
    install_shortcuts();

    let filters = Memo::new(move |_| location.state().filters);
    // The results first; the facets count entities for them a frame later (see `facets`).
    let outcome: Memo<Outcome> = Memo::new(move |_| filters.with(|f| corpus.explorer.find(f)));
    let open_doc = Memo::new(move |_| location.state().doc);

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
    // The head of the reading column: a link back to the results, a notice for an unknown
    // article, a hint when none is open. Drawn by hand (see `dom`).
    let back = element_with_text("a", "← Results");
    set(&back, "data-testid", "back-link");
    let missing = element("p");
    set(&missing, "class", "notice");
    set(&missing, "role", "status");
    set(&missing, "data-testid", "missing-article");
    let hint = element_with_text("p", "Open an article to read it here.");
    set(&hint, "class", "hint");
    let reading_head = vec![back.clone(), missing.clone(), hint.clone()];
    Effect::new(move |_| {
        let open = open_doc.get();
        let state = location.state();
        set(&back, "href", &location.href(&ViewState { doc: None, ..state }));
        let unknown = open.as_ref().filter(|_| open_index.get() == Some(None));
        missing.set_text_content(
            unknown.map(|id| format!("There is no article “{id}” in this collection.")).as_deref(),
        );
        for (element, hidden) in [(&back, open.is_none()), (&missing, unknown.is_none()), (&hint, open.is_some())] {
            if hidden {
                set(element, "hidden", "");
            } else {
                let _ = element.remove_attribute("hidden");
            }
        }
    });
    let listeners = vec![
        // A plain click on the back link or the brand goes back in place.
        listen(&reading_head[0], "click", move |e| {
            if plain_click(e) {
                e.prevent_default();
                location.update(|s| s.doc = None);
            }
        }),
    ];
    StoredValue::new_local(listeners);

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
    // The page's head: skip link, brand (a link to the default view) and count; the notices.
    let skip = element_with_text("a", "Skip to results");
    set(&skip, "class", "skip-link");
    set(&skip, "href", "#results");
    let masthead = element("header");
    set(&masthead, "class", "masthead");
    let brand = element("h1");
    set(&brand, "class", "brand");
    let home = element_with_text("a", "Dossier");
    set(&home, "href", &location.href(&ViewState::default()));
    append(&brand, &home);
    let count = element_with_text(
        "span",
        &match corpus.documents.len() {
            1 => "1 article".to_string(),
            n => format!("{n} articles"),
        },
    );
    set(&count, "class", "count");
    set(&count, "data-testid", "article-count");
    replace_children(&masthead, &[brand, count]);
    let home_click = listen(&home, "click", move |e| {
        if plain_click(e) {
            e.prevent_default();
            location.navigate(&ViewState::default());
        }
    });
    StoredValue::new_local(home_click);
    let notices = element("div");
    set(&notices, "class", "notices notice");
    set(&notices, "role", "status");
    set(&notices, "data-testid", "notices");
    let shown_notices = notices.clone();
    Effect::new(move |_| shown_notices.set_text_content(Some(&location.notices().join("\n"))));

    let top = NodeRef::<leptos::html::Main>::new();
    top.on_load(move |element| {
        let _ = element.before_with_node_1(&skip);
        let _ = element.before_with_node_1(&masthead);
        let _ = element.prepend_with_node_1(&notices);
    });
    let head = NodeRef::<leptos::html::Div>::new();
    head.on_load(move |element| replace_children(&element, &reading_head));
    view! {
        <main id="main" node_ref=top>
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
            <section class="reading" aria-label="Reader"><div node_ref=head></div>{reader}</section>
        </div>
        </main>
    }
}

/// A click with the main button and no modifier (others open new tabs and windows).
fn plain_click(event: &web_sys::Event) -> bool {
    let e: &web_sys::MouseEvent = event.unchecked_ref();
    e.button() == 0 && !(e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key())
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
