//! Page-wide keyboard shortcuts: `/` focuses the search box (unless typing somewhere).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Installs the shortcuts for the page's lifetime.
pub fn install_shortcuts() {
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    gloo::events::EventListener::new_with_options(&document(), "keydown", options, |event| {
        let Some(event) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if event.key() != "/" || event.ctrl_key() || event.meta_key() || event.alt_key() {
            return;
        }
        let typing = document().active_element().is_some_and(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                || el.has_attribute("contenteditable")
        });
        if typing {
            return;
        }
        if let Some(input) = document().get_element_by_id("search-input") {
            event.prevent_default();
            let input: web_sys::HtmlInputElement = input.unchecked_into();
            let _ = input.focus();
            input.select();
        }
    })
    .forget();
}
