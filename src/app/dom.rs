//! The plain DOM helpers the whole UI is drawn with.
//!
//! Leptos' typed views compile every distinct element tree into its own code; building the
//! elements here, and rebuilding changing lists whole inside effects, keeps the wasm small (see
//! ARCHITECTURE.md) and the redraws fast. Text is only ever inserted as text nodes: nothing here
//! parses HTML.

use leptos::prelude::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, Node};

/// A new `<tag>` element.
pub fn element(tag: &str) -> Element {
    document()
        .create_element(tag)
        .expect("creating an element with a literal tag name cannot fail")
}

/// A new `<tag>` element holding `text`.
pub fn element_with_text(tag: &str, text: &str) -> Element {
    let e = element(tag);
    e.set_text_content(Some(text));
    e
}

/// Appends `text` as a text node.
pub fn append_text(parent: &Node, text: &str) {
    if !text.is_empty() {
        let _ = parent.append_child(&document().create_text_node(text));
    }
}

/// Appends `child`.
pub fn append(parent: &Node, child: &Node) {
    let _ = parent.append_child(child);
}

/// Sets an attribute (attribute values are never interpreted as markup).
pub fn set(element: &Element, name: &str, value: &str) {
    let _ = element.set_attribute(name, value);
}

/// Sets several attributes.
pub fn set_all(element: &Element, attributes: &[(&str, &str)]) {
    for (name, value) in attributes {
        set(element, name, value);
    }
}

/// Sets or removes a boolean attribute (`hidden`, `disabled`).
pub fn flag(element: &Element, name: &str, on: bool) {
    if on {
        let _ = element.set_attribute(name, "");
    } else {
        let _ = element.remove_attribute(name);
    }
}

/// Replaces the children of `parent` with `children`, in one step.
pub fn replace_children(parent: &Element, children: &[Element]) {
    let fragment = document().create_document_fragment();
    for child in children {
        let _ = fragment.append_child(child);
    }
    parent.set_text_content(None);
    let _ = parent.append_child(&fragment);
}

/// The element an event happened on, or its nearest ancestor matching `selector`.
pub fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<Element> {
    target?.dyn_into::<Element>().ok()?.closest(selector).ok()?
}

/// Calls `handler` for every `name` event on `target` (it may call `prevent_default`) until
/// the returned listener is dropped.
pub fn listen(
    target: &Element,
    name: &'static str,
    handler: impl Fn(&web_sys::Event) + 'static,
) -> gloo::events::EventListener {
    let options = gloo::events::EventListenerOptions::enable_prevent_default();
    gloo::events::EventListener::new_with_options(target, name, options, handler)
}
