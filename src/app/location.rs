//! The bridge between the browser's address bar and the app: a signal that follows
//! `location.search` (including back/forward), and navigation by pushing history entries.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::query::{ParsedQuery, ViewState};

/// The current query string as a reactive value, and the view state it describes. Provided as
/// context by the root component.
#[derive(Clone, Copy)]
pub struct Location {
    search: RwSignal<String>,
    parsed: Memo<ParsedQuery>,
}

impl Location {
    /// Reads the current URL and follows `popstate` (back/forward) from now on.
    pub fn install() -> Location {
        let search = RwSignal::new(current_search());
        gloo::events::EventListener::new(&window(), "popstate", move |_| {
            search.set(current_search())
        })
        .forget(); // The app lives as long as the page.
        let parsed = Memo::new(move |_| ViewState::parse(&search.get()));
        Location { search, parsed }
    }

    /// The view state, tracked.
    pub fn state(&self) -> ViewState {
        self.parsed.with(|p| p.state.clone())
    }

    /// The view state, untracked (for event handlers that derive the next state).
    pub fn current(&self) -> ViewState {
        self.parsed.with_untracked(|p| p.state.clone())
    }

    /// Notices about parameters that were ignored, tracked.
    pub fn notices(&self) -> Vec<String> {
        self.parsed.with(|p| p.notices.clone())
    }

    /// Applies `change` to the current state and navigates there (a new history entry).
    pub fn update(&self, change: impl FnOnce(&mut ViewState)) {
        let mut state = self.current();
        change(&mut state);
        self.navigate(&state);
    }

    /// Shows `state` in place of the current history entry (used while typing, so that back
    /// does not step through every keystroke).
    pub fn replace(&self, state: &ViewState) {
        self.write(state, false);
    }

    /// The address of a view: this page's path plus the state's query string.
    pub fn href(&self, state: &ViewState) -> String {
        let path = window().location().pathname().unwrap_or_default();
        format!("{path}{}", state.to_query())
    }

    /// Shows `state`, adding a history entry so that the back button returns.
    pub fn navigate(&self, state: &ViewState) {
        self.write(state, true);
    }

    /// Writes `state` to the address bar (a new entry when `push`) and to the signal.
    fn write(&self, state: &ViewState, push: bool) {
        let href = self.href(state);
        let written = window().history().and_then(|h| {
            if push {
                h.push_state_with_url(&JsValue::NULL, "", Some(&href))
            } else {
                h.replace_state_with_url(&JsValue::NULL, "", Some(&href))
            }
        });
        if written.is_err() && push {
            // Some embedders forbid history changes; a plain navigation still works.
            let _ = window().location().set_href(&href);
            return;
        }
        // Without history (a forbidding embedder), typing still searches; the URL lags.
        self.search.set(state.to_query());
    }
}

fn current_search() -> String {
    window().location().search().unwrap_or_default()
}
