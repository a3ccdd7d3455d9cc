//! The search box: edits the `q` parameter as you type, and says what it did not understand.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::dom::{element, element_with_text, listen, replace_children, set, set_all};
use super::location::Location;
use crate::search::Outcome;

/// The search box, with the query language's messages under it (`outcome` gives the
/// query's problems). Drawn by hand (see `dom`); its effects belong to the caller's owner.
pub fn search_box(outcome: Memo<Outcome>) -> Element {
    let location = expect_context::<Location>();
    let label = element_with_text("label", "Search");
    set(&label, "for", "search-input");
    let input = element("input");
    set_all(
        &input,
        &[
            ("id", "search-input"),
            ("type", "search"),
            ("name", "q"),
            ("autocomplete", "off"),
            ("spellcheck", "false"),
            ("aria-describedby", "search-help search-problems"),
            ("placeholder", "words, \"a phrase\", -not, person:Name"),
            ("data-testid", "search"),
        ],
    );
    let help = element_with_text(
        "p",
        "Operators: person: org: place: source: after:2015-05 before:2016. Press / to search.",
    );
    set(&help, "id", "search-help");
    set(&help, "class", "help");
    let problems = element("p");
    set_all(
        &problems,
        &[
            ("id", "search-problems"),
            ("class", "problems"),
            ("role", "status"),
            ("data-testid", "search-problems"),
        ],
    );
    // The box shows the URL's query (unless it already does: the caret stays put).
    let field: web_sys::HtmlInputElement = input.clone().unchecked_into();
    let shown_problems = problems.clone();
    Effect::new(move |_| {
        let query = location.state().filters.query;
        if field.value() != query {
            field.set_value(&query);
        }
        shown_problems.set_text_content(Some(&outcome.with(|o| o.problems.join(" "))));
    });
    let set_query = move |text: String| {
        let mut state = location.current();
        state.filters.query = text;
        // Typing searches; the results replace the open article.
        state.doc = None;
        location.replace(&state);
    };
    let listeners = vec![
        listen(&input, "input", move |e| {
            let value = e
                .target()
                .map(|t| t.unchecked_into::<web_sys::HtmlInputElement>().value());
            set_query(value.unwrap_or_default());
        }),
        listen(&input, "keydown", move |e| {
            let e: &web_sys::KeyboardEvent = e.unchecked_ref();
            match e.key().as_str() {
                "ArrowDown" | "Enter" => {
                    e.prevent_default();
                    focus_result(0);
                }
                "Escape" => {
                    e.prevent_default();
                    set_query(String::new());
                }
                _ => {}
            }
        }),
    ];
    StoredValue::new_local(listeners);
    let search = element("div");
    set(&search, "class", "search");
    set(&search, "role", "search");
    replace_children(&search, &[label, input, help, problems]);
    search
}

/// Moves the focus to the `n`-th result link, if there is one.
pub fn focus_result(n: usize) {
    let links = document().query_selector_all("[data-testid=article-link]");
    if let Some(link) = links.ok().and_then(|l| l.item(n as u32)) {
        let _ = link.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}

/// Moves the focus to the search box.
pub fn focus_search() {
    if let Some(input) = document().get_element_by_id("search-input") {
        let _ = input.unchecked_into::<web_sys::HtmlElement>().focus();
    }
}
