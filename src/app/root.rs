//! The app's root: reads the embedded corpus, follows the URL, and lays out the page: the
//! timeline, then the explorer's filters (search box and facets), results, and reader.

use std::ops::Range;
use std::sync::OnceLock;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{
    append, element, element_with_text, flag, listen, replace_children, set, set_all,
};
use super::facets::facets;
use super::keyboard::install_shortcuts;
use super::location::Location;
use super::query::ViewState;
use super::reader::{Activation, ReaderProps, reader};
use super::result_list::result_list;
use super::search_box::search_box;
use super::timeline::timeline;
use crate::corpus::Mark;
use crate::corpus::{Annotations, Document};
use crate::embedded::{embedded_corpus_without_marks, embedded_index, embedded_marks};
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
    /// Each article's highlight marks: decoded when the article is first opened.
    marks: &'static [(Range<usize>, OnceLock<Vec<Mark>>)],
}

impl Corpus {
    /// Decodes the corpus and search index compiled into the app, once (the articles' marks
    /// wait until each is opened).
    pub fn load() -> Result<Corpus, String> {
        let (docs, annotations, marks_at) =
            embedded_corpus_without_marks().map_err(|e| e.to_string())?;
        let documents: &'static [Document] = Box::leak(docs.into_boxed_slice());
        let annotations: &'static Annotations = Box::leak(Box::new(annotations));
        let explorer = match embedded_index().map_err(|e| e.to_string())? {
            Some(index) if index.len() != documents.len() => {
                return Err(
                    "The embedded search index does not match the corpus; rebuild the app.".into(),
                );
            }
            Some(index) => Explorer::with_index(documents, annotations, index),
            None => Explorer::new(documents, annotations),
        };
        let explorer = Box::leak(Box::new(explorer));
        let marks = marks_at
            .into_iter()
            .map(|at| (at, OnceLock::new()))
            .collect::<Vec<_>>();
        Ok(Corpus {
            documents,
            annotations,
            explorer,
            marks: Box::leak(marks.into_boxed_slice()),
        })
    }

    /// The highlight marks of the article at `index` (none if there is no such article, or
    /// if the embedded corpus was tampered with).
    pub fn marks(&self, index: usize) -> &'static [Mark] {
        let Some((at, cell)) = self.marks.get(index) else {
            return &[];
        };
        let entities = self.annotations.entities.len();
        cell.get_or_init(|| {
            embedded_marks(at.clone(), &self.documents[index].text, entities).unwrap_or_default()
        })
    }

    /// The index of the article with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.documents.iter().position(|d| d.id == id)
    }
}

/// Starts the app: decodes the embedded corpus and draws the app in the page's body, or, if
/// the corpus cannot be read, says so there.
pub fn start() {
    match Corpus::load() {
        // The mount gives the app its reactive owner; what is drawn is drawn by hand.
        Ok(corpus) => leptos::mount::mount_to_body(move || app(corpus)),
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

/// The whole app over a loaded corpus: the page's head, the notices, the timeline, and the
/// explorer's columns (filters, results, reader), appended to the body.
fn app(corpus: Corpus) {
    let location = Location::install();
    provide_context(location);
    provide_context(corpus);
    install_shortcuts();

    let filters = Memo::new(move |_| location.state().filters);
    // The results first; the facets count entities for them a frame later (see `facets`).
    let outcome: Memo<Outcome> = Memo::new(move |_| filters.with(|f| corpus.explorer.find(f)));
    let open_doc = Memo::new(move |_| location.state().doc);
    let open_index = Memo::new(move |_| open_doc.get().map(|id| corpus.position(&id)));

    // The reading column: a link back to the results, a notice for an unknown article, a hint
    // when none is open, and the reader.
    let back = element_with_text("a", "← Results");
    set(&back, "data-testid", "back-link");
    let missing = element("p");
    set(&missing, "class", "notice");
    set(&missing, "role", "status");
    set(&missing, "data-testid", "missing-article");
    let hint = element_with_text("p", "Open an article to read it here.");
    set(&hint, "class", "hint");
    let reader_box = element("div");
    let reading = element("section");
    set(&reading, "class", "reading");
    set(&reading, "aria-label", "Reader");
    replace_children(
        &reading,
        &[
            back.clone(),
            missing.clone(),
            hint.clone(),
            reader_box.clone(),
        ],
    );
    // A new reader for each article opened: its effects belong to this effect's run and go
    // with it.
    Effect::new(move |_| {
        let Some(index) = open_index.get().flatten() else {
            reader_box.set_text_content(None);
            return;
        };
        let article = reader(ReaderProps {
            doc: &corpus.documents[index],
            annotations: corpus.annotations.articles.get(index),
            marks: corpus.marks(index),
            entities: corpus.annotations.entities.as_slice(),
            hits: Signal::derive(move || {
                let doc = &corpus.documents[index];
                let searchable = corpus.explorer.searchable(index);
                outcome.with(|o| find_matches(&doc.text, searchable, &o.query.required))
            }),
            hidden: Signal::derive(move || location.state().hidden),
            at: Signal::derive(move || location.state().at),
            on_activate: Some(Callback::new(move |request| {
                location.update(|s| apply(s, request))
            })),
        });
        replace_children(&reader_box, &[article]);
    });
    let explorer = element("div");
    let (shown_back, columns) = (back.clone(), explorer.clone());
    Effect::new(move |_| {
        let open = open_doc.get();
        let state = location.state();
        set(
            &shown_back,
            "href",
            &location.href(&ViewState { doc: None, ..state }),
        );
        let unknown = open.as_ref().filter(|_| open_index.get() == Some(None));
        missing.set_text_content(
            unknown
                .map(|id| format!("There is no article “{id}” in this collection."))
                .as_deref(),
        );
        for (element, hidden) in [
            (&shown_back, open.is_none()),
            (&missing, unknown.is_none()),
            (&hint, open.is_some()),
        ] {
            flag(element, "hidden", hidden);
        }
        // On small screens an open article replaces the results (see the stylesheet).
        let class = if open.is_some() {
            "explorer reading"
        } else {
            "explorer"
        };
        set(&columns, "class", class);
    });

    // The filters: the search box, and the facets, folded away on small screens.
    let filters_box = element("aside");
    set(&filters_box, "class", "filters");
    set(&filters_box, "aria-label", "Filters");
    let fold = element("details");
    set(&fold, "class", "facets-toggle");
    let wide = window()
        .match_media("(min-width: 50rem)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    if wide {
        set(&fold, "open", "");
    }
    append(&fold, &element_with_text("summary", "Filters"));
    append(&fold, &facets(outcome));
    replace_children(&filters_box, &[search_box(outcome), fold]);
    let results = element("section");
    set_all(
        &results,
        &[
            ("class", "results"),
            ("id", "results"),
            ("tabindex", "-1"),
            ("aria-label", "Results"),
        ],
    );
    append(&results, &result_list(outcome));
    replace_children(&explorer, &[filters_box, results, reading]);

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
    let notices = element("div");
    set(&notices, "class", "notices notice");
    set(&notices, "role", "status");
    set(&notices, "data-testid", "notices");
    let shown_notices = notices.clone();
    Effect::new(move |_| shown_notices.set_text_content(Some(&location.notices().join("\n"))));
    let main = element("main");
    set(&main, "id", "main");
    replace_children(&main, &[notices, timeline(outcome), explorer]);
    if let Some(body) = document().body() {
        for part in [skip, masthead, main] {
            append(&body, &part);
        }
    }
    let listeners = vec![
        // A plain click on the back link or the brand stays in the page.
        listen(&back, "click", move |e| {
            if plain_click(e) {
                e.prevent_default();
                location.update(|s| s.doc = None);
            }
        }),
        listen(&home, "click", move |e| {
            if plain_click(e) {
                e.prevent_default();
                location.navigate(&ViewState::default());
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
