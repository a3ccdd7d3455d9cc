//! The search box: edits the `q` parameter as you type, and says what it did not understand.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::location::Location;
use crate::search::Outcome;

/// The search box, with the query language's messages under it.
#[component]
pub fn SearchBox(
    /// The current results (for the query's problems).
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let location = expect_context::<Location>();
    let set_query = move |text: String| {
        let mut state = location.current();
        state.filters.query = text;
        // Typing searches; the results replace the open article.
        state.doc = None;
        location.replace(&state);
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "ArrowDown" | "Enter" => {
            ev.prevent_default();
            focus_result(0);
        }
        "Escape" => {
            ev.prevent_default();
            set_query(String::new());
        }
        _ => {}
    };
    let problems = move || outcome.with(|o| o.problems.join(" "));
    view! {
        <div class="search" role="search">
            <label for="search-input">"Search"</label>
            <input
                id="search-input"
                type="search"
                name="q"
                autocomplete="off"
                spellcheck="false"
                aria-describedby="search-help search-problems"
                placeholder="words, \"a phrase\", -not, person:Name"
                prop:value=move || location.state().filters.query
                on:input=move |ev| set_query(event_target_value(&ev))
                on:keydown=on_keydown
                data-testid="search"
            />
            <p id="search-help" class="help">
                "Operators: person: org: place: source: after:2015-05 before:2016. Press / to search."
            </p>
            <p id="search-problems" class="problems" role="status" data-testid="search-problems">
                {problems}
            </p>
        </div>
    }
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
