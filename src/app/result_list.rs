//! The results: matching articles, best first, each a link named by its title with its source,
//! date and a passage around the matches. Drawn with [`super::dom`]: the list is rebuilt on
//! every keystroke.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{
    append, append_text, closest, element, element_with_text, flag, listen, replace_children, set,
};
use super::location::Location;
use super::root::Corpus;
use super::search_box::{focus_result, focus_search};
use crate::corpus::Document;
use crate::search::{Filters, Outcome};

/// How many results are drawn at first, and added by "Show more".
const PAGE: usize = 20;

/// The result list, named "Articles", for what the filters found (`outcome`). Its effects
/// belong to the caller's owner.
pub fn result_list(outcome: Memo<Outcome>) -> web_sys::Element {
    let location = expect_context::<Location>();
    let corpus = expect_context::<Corpus>();
    // How many results to draw, for the filters it was chosen under (new filters: one page).
    let shown: RwSignal<(Filters, usize)> = RwSignal::new((Filters::default(), PAGE));
    let limit = move || {
        let filters = location.state().filters;
        shown.with(|(f, n)| if *f == filters { *n } else { PAGE })
    };
    let summary = element("p");
    set(&summary, "class", "summary");
    set(&summary, "role", "status");
    set(&summary, "data-testid", "result-count");
    let nav = element("nav");
    set(&nav, "aria-label", "Articles");
    set(&nav, "class", "article-list");
    let ol = element("ol");
    append(&nav, &ol);
    let more = element("button");
    set(&more, "type", "button");
    set(&more, "class", "more");
    let total = corpus.documents.len();
    let (shown_summary, shown_more) = (summary.clone(), more.clone());
    Effect::new(move |_| {
        let state = location.state();
        let limit = limit();
        outcome.with(|o| {
            let found = o.results.len();
            shown_summary.set_text_content(Some(&match (found, found == total) {
                (0, _) => "No article matches.".to_string(),
                (1, true) => "1 article".to_string(),
                (_, true) => format!("{found} articles"),
                (_, false) => format!("{found} of {total} articles"),
            }));
            if found > limit {
                shown_more
                    .set_text_content(Some(&format!("Show more ({} not shown)", found - limit)));
            }
            flag(&shown_more, "hidden", found <= limit);
            let items: Vec<_> = o
                .results
                .iter()
                .take(limit)
                .map(|r| {
                    let doc = &corpus.documents[r.doc];
                    let mut to = state.clone();
                    to.doc = Some(doc.id.clone());
                    let li = element("li");
                    set(&li, "data-testid", "article-item");
                    set(&li, "data-id", &doc.id);
                    if state.doc.as_deref() == Some(doc.id.as_str()) {
                        set(&li, "aria-current", "page");
                    }
                    let a = element_with_text("a", &doc.title);
                    set(&a, "href", &location.href(&to));
                    set(&a, "data-testid", "article-link");
                    set(&a, "data-doc", &doc.id);
                    append(&li, &a);
                    let meta = element_with_text("p", &meta_line(doc));
                    set(&meta, "class", "meta");
                    append(&li, &meta);
                    let passage = corpus.explorer.passage(r.doc, &o.query);
                    let p = element("p");
                    set(&p, "class", "snippet");
                    set(&p, "data-testid", "snippet");
                    if passage.cut_before {
                        append_text(&p, "… ");
                    }
                    let mut at = passage.range.start;
                    for hit in &passage.hits {
                        append_text(&p, &doc.text[at..hit.start]);
                        let mark = element_with_text("mark", &doc.text[hit.clone()]);
                        set(&mark, "class", "hit");
                        append(&p, &mark);
                        at = hit.end;
                    }
                    append_text(&p, &doc.text[at..passage.range.end]);
                    if passage.cut_after {
                        append_text(&p, " …");
                    }
                    append(&li, &p);
                    li
                })
                .collect();
            replace_children(&ol, &items);
        });
    });

    // A plain click on a result opens it in place; arrow keys move between results; Escape
    // goes back to the search box.
    let on_click = move |ev: &web_sys::Event| {
        let ev: &web_sys::MouseEvent = ev.unchecked_ref();
        let plain =
            ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key());
        let Some(id) =
            closest(ev.target(), "a[data-doc]").and_then(|a| a.get_attribute("data-doc"))
        else {
            return;
        };
        if plain {
            ev.prevent_default();
            location.update(move |s| s.doc = Some(id));
        }
    };
    let on_keydown = move |ev: &web_sys::Event| {
        let ev: &web_sys::KeyboardEvent = ev.unchecked_ref();
        let key = ev.key();
        let Some(link) = closest(ev.target(), "a[data-doc]") else {
            return;
        };
        let links = document()
            .query_selector_all("[data-testid=article-link]")
            .ok();
        let at = links.and_then(|links| {
            (0..links.length()).find(|&i| {
                links
                    .item(i)
                    .is_some_and(|l| &l == AsRef::<web_sys::Node>::as_ref(&link))
            })
        });
        let Some(at) = at else { return };
        match key.as_str() {
            "ArrowDown" => focus_result(at as usize + 1),
            "ArrowUp" if at > 0 => focus_result(at as usize - 1),
            "ArrowUp" | "Escape" => focus_search(),
            _ => return,
        }
        ev.prevent_default();
    };
    let listeners = vec![
        listen(&nav, "click", on_click),
        listen(&nav, "keydown", on_keydown),
        listen(&more, "click", move |_| {
            shown.set((location.current().filters, limit() + PAGE));
        }),
    ];
    StoredValue::new_local(listeners);
    let frame = element("div");
    replace_children(&frame, &[summary, nav, more]);
    frame
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
