//! The results: matching articles, best first, each a link named by its title with its source,
//! date and a passage around the matches.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::location::{Location, ViewLink};
use super::root::Corpus;
use super::search_box::focus_result;
use crate::corpus::Document;
use crate::search::Outcome;

/// How many results are drawn at first, and added by "Show more".
const PAGE: usize = 50;

/// The result list, named "Articles".
#[component]
pub fn ResultList(
    /// What the filters found.
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let location = expect_context::<Location>();
    let corpus = expect_context::<Corpus>();
    let shown = RwSignal::new(PAGE);
    // A new search starts from the first page again.
    Effect::new(move |_| {
        outcome.track();
        shown.set(PAGE);
    });
    let items = move || {
        let open = location.state().doc;
        outcome.with(|o| {
            o.results
                .iter()
                .take(shown.get())
                .map(|r| {
                    let doc = &corpus.documents[r.doc];
                    let passage = corpus.explorer.passage(r.doc, &o.query);
                    let mut pieces = Vec::new();
                    let mut at = passage.range.start;
                    for hit in &passage.hits {
                        pieces.push(view! { {&doc.text[at..hit.start]} }.into_any());
                        pieces.push(
                            view! { <mark class="hit">{&doc.text[hit.clone()]}</mark> }.into_any(),
                        );
                        at = hit.end;
                    }
                    pieces.push(view! { {&doc.text[at..passage.range.end]} }.into_any());
                    let mut to = location.current();
                    to.doc = Some(doc.id.clone());
                    let current = (open.as_deref() == Some(doc.id.as_str())).then_some("page");
                    view! {
                        <li data-testid="article-item" data-id=doc.id.clone() aria-current=current>
                            <ViewLink to=to testid="article-link">{doc.title.clone()}</ViewLink>
                            <p class="meta">{meta_line(doc)}</p>
                            <p class="snippet" data-testid="snippet">
                                {passage.cut_before.then_some("… ")}
                                {pieces}
                                {passage.cut_after.then_some(" …")}
                            </p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let total = corpus.documents.len();
    let summary = move || {
        let found = outcome.with(|o| o.results.len());
        match (found, found == total) {
            (0, _) => "No article matches.".to_string(),
            (1, true) => "1 article".to_string(),
            (_, true) => format!("{found} articles"),
            (_, false) => format!("{found} of {total} articles"),
        }
    };
    let more = move || {
        let found = outcome.with(|o| o.results.len());
        (found > shown.get()).then(|| {
            view! {
                <button type="button" class="more" on:click=move |_| shown.update(|n| *n += PAGE)>
                    {format!("Show more ({} not shown)", found - shown.get())}
                </button>
            }
        })
    };
    // Arrow keys move between results; Escape goes back to the search box.
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        if !matches!(key.as_str(), "ArrowDown" | "ArrowUp" | "Escape") {
            return;
        }
        let links = document()
            .query_selector_all("[data-testid=article-link]")
            .ok();
        let Some(links) = links else { return };
        let active = document().active_element();
        let at = (0..links.length()).find(|&i| {
            links
                .item(i)
                .zip(active.as_ref())
                .is_some_and(|(l, a)| l.dyn_ref::<web_sys::Element>() == Some(a))
        });
        let Some(at) = at else { return };
        ev.prevent_default();
        match key.as_str() {
            "ArrowDown" => focus_result(at as usize + 1),
            "ArrowUp" if at > 0 => focus_result(at as usize - 1),
            _ => {
                if let Some(input) = document().get_element_by_id("search-input") {
                    let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
                }
            }
        }
    };
    view! {
        <p class="summary" role="status" data-testid="result-count">{summary}</p>
        <nav aria-label="Articles" class="article-list" on:keydown=on_keydown>
            <ol>{items}</ol>
        </nav>
        {more}
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
