//! The facet panels: the date range, sources, highlight kinds, and entities by kind (with
//! article and mention counts for the current results), and one control that clears
//! everything. The checkbox lists are drawn with [`super::dom`] and share one change handler.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::{
    append, closest, element, element_with_text, flag, listen, replace_children, set, set_all,
};
use super::location::Location;
use super::query::{HIGHLIGHT_KINDS, ViewState, in_legend_order};
use super::root::Corpus;
use crate::corpus::MarkKind;
use crate::search::{EntityCount, Outcome, SourceCount};

/// Entities listed per kind before "Show all".
const TOP: usize = 8;

/// Plural heading for a kind.
pub fn kind_heading(kind: MarkKind) -> &'static str {
    match kind {
        MarkKind::Person => "People",
        MarkKind::Organization => "Organisations",
        MarkKind::Place => "Places",
        MarkKind::Other => "Other names",
        MarkKind::Date => "Dates",
    }
}

/// All facet panels, with counts for what the filters found (`outcome`). Its effects belong
/// to the caller's owner.
pub fn facets(outcome: Memo<Outcome>) -> web_sys::Element {
    let location = expect_context::<Location>();
    let corpus = expect_context::<Corpus>();
    let expanded = RwSignal::new(Vec::<MarkKind>::new());
    let panels = element("div");
    set(&panels, "class", "facet-panels");
    let container = panels.clone();
    // Counting entities over many results takes a few milliseconds: do it in the next frame,
    // after the result list is drawn, and only for the latest state.
    let generation = StoredValue::new(0u64);
    Effect::new(move |_| {
        let container = container.clone();
        let state = location.state();
        let expanded = expanded.get();
        let results = outcome.with(|o| (o.results.clone(), o.sources.clone()));
        let this = generation.get_value() + 1;
        generation.set_value(this);
        request_animation_frame(move || {
            if generation.get_value() != this {
                return; // a newer state is on its way
            }
            let (results, sources) = results;
            let entities = corpus.explorer.count_entities(&results);
            let drawn = draw(corpus, &entities, &sources, &state, &expanded);
            replace_children(&container, &drawn);
        });
    });
    // Every checkbox says what it switches in `data-toggle` and `data-value`.
    let on_change = move |ev: &web_sys::Event| {
        let Some(input) = closest(ev.target(), "input[data-toggle]") else {
            return;
        };
        let (Some(toggle), Some(value)) = (
            input.get_attribute("data-toggle"),
            input.get_attribute("data-value"),
        ) else {
            return;
        };
        location.update(move |s| match toggle.as_str() {
            "entity" => toggle_in(&mut s.filters.entities, value),
            "source" => toggle_in(&mut s.filters.sources, value),
            _ => {
                if let Some(kind) = HIGHLIGHT_KINDS.into_iter().find(|k| k.as_str() == value) {
                    toggle_in(&mut s.hidden, kind);
                    s.hidden = in_legend_order(&s.hidden);
                }
            }
        });
    };
    let on_click = move |ev: &web_sys::Event| {
        let Some(button) = closest(ev.target(), "button[data-expand]") else {
            return;
        };
        let kind = button.get_attribute("data-expand").unwrap_or_default();
        if let Some(kind) = HIGHLIGHT_KINDS.into_iter().find(|k| k.as_str() == kind) {
            expanded.update(|e| toggle_in(e, kind));
        }
    };

    // "Clear all filters" and the date range: drawn once, kept in step with the URL.
    let clear = element_with_text("button", "Clear all filters");
    set_all(
        &clear,
        &[
            ("type", "button"),
            ("class", "clear"),
            ("data-testid", "clear-all"),
        ],
    );
    let dates = element("section");
    set(&dates, "class", "facet dates");
    set(&dates, "aria-label", "Dates");
    append(&dates, &element_with_text("h2", "Dates"));
    let range = element("div");
    set(&range, "class", "date-range");
    let mut inputs = Vec::new();
    for (which, name) in [("from", "From"), ("to", "To")] {
        let id = format!("date-{which}");
        let label = element_with_text("label", name);
        set(&label, "for", &id);
        let input = element("input");
        set_all(
            &input,
            &[
                ("id", id.as_str()),
                ("type", "text"),
                ("inputmode", "numeric"),
                ("placeholder", "YYYY-MM-DD"),
                ("autocomplete", "off"),
                ("data-testid", id.as_str()),
                ("data-date", which),
            ],
        );
        append(&range, &label);
        append(&range, &input);
        inputs.push(input.unchecked_into::<web_sys::HtmlInputElement>());
    }
    append(&dates, &range);
    let help = element_with_text(
        "p",
        "Articles published in, or mentioning a day in, the range. A year or year-month is fine.",
    );
    set(&help, "class", "help");
    append(&dates, &help);
    let clear_button = clear.clone();
    // An input follows the URL when the URL's date changes (not on every change of state, which
    // would wipe a date being typed).
    Effect::new(move |previous: Option<[Option<String>; 2]>| {
        let state = location.state();
        let now = [state.filters.from.clone(), state.filters.to.clone()];
        for (i, input) in inputs.iter().enumerate() {
            if previous.as_ref().is_none_or(|p| p[i] != now[i]) {
                input.set_value(now[i].as_deref().unwrap_or_default());
            }
        }
        let filtered = !state.filters.is_empty() || !state.hidden.is_empty();
        flag(&clear_button, "disabled", !filtered);
        now
    });
    let listeners = vec![
        listen(&clear, "click", move |_| {
            location.update(|s| {
                *s = ViewState {
                    doc: s.doc.clone(),
                    ..ViewState::default()
                }
            })
        }),
        listen(&range, "change", move |e| {
            let Some(input) = closest(e.target(), "input[data-date]") else {
                return;
            };
            let which = input.get_attribute("data-date").unwrap_or_default();
            let value = input.unchecked_into::<web_sys::HtmlInputElement>().value();
            let value = value.trim().to_string();
            location.update(move |s| {
                let slot = if which == "from" {
                    &mut s.filters.from
                } else {
                    &mut s.filters.to
                };
                *slot = (!value.is_empty()).then_some(value);
            });
        }),
        listen(&panels, "change", on_change),
        listen(&panels, "click", on_click),
    ];
    StoredValue::new_local(listeners);
    let frame = element("div");
    replace_children(&frame, &[clear, dates, panels]);
    frame
}

/// The sources, highlight kinds and entities panels for the current outcome.
fn draw(
    corpus: Corpus,
    counts: &[EntityCount],
    sources: &[SourceCount],
    state: &ViewState,
    expanded: &[MarkKind],
) -> Vec<web_sys::Element> {
    let entities = corpus.annotations.entities.as_slice();
    let mut panels = Vec::new();

    if !sources.is_empty() {
        let (section, list) = panel("Sources", "sources");
        for s in sources {
            let checked = state.filters.sources.contains(&s.source);
            append(
                &list,
                &check_item(
                    "source",
                    &s.source,
                    &s.source,
                    checked,
                    None,
                    &s.articles.to_string(),
                ),
            );
        }
        panels.push(section);
    }

    let (section, list) = panel("Highlight", "kinds");
    set(&list, "class", "facet-list legend");
    for kind in HIGHLIGHT_KINDS {
        let shown = !state.hidden.contains(&kind);
        append(
            &list,
            &check_item(
                "kind",
                kind.as_str(),
                kind_heading(kind),
                shown,
                Some(kind),
                "",
            ),
        );
    }
    panels.push(section);

    let (section, list) = panel("Entities", "entities");
    list.remove();
    set(&section, "data-testid", "entities");
    let help = element_with_text(
        "p",
        "Articles · mentions in the results. Checking several finds articles that name them all.",
    );
    set(&help, "class", "help");
    append(&section, &help);
    for kind in HIGHLIGHT_KINDS {
        if kind == MarkKind::Date || state.hidden.contains(&kind) {
            continue;
        }
        let all = expanded.contains(&kind);
        let list = element("ul");
        set(&list, "class", "facet-list");
        set(&list, "data-kind", kind.as_str());
        let mut total = 0;
        for c in counts.iter().filter(|c| entities[c.entity].kind == kind) {
            let entity = &entities[c.entity];
            let checked = state.filters.entities.contains(&entity.id);
            if all || total < TOP || checked {
                let counts = format!("{} · {}", c.articles, c.mentions);
                append(
                    &list,
                    &check_item("entity", &entity.id, &entity.name, checked, None, &counts),
                );
            }
            total += 1;
        }
        if total == 0 {
            continue;
        }
        append(&section, &element_with_text("h3", kind_heading(kind)));
        append(&section, &list);
        if total > TOP {
            let label = if all {
                "Show fewer".to_string()
            } else {
                format!("Show all {total}")
            };
            let button = element_with_text("button", &label);
            set(&button, "type", "button");
            set(&button, "class", "more");
            set(&button, "data-expand", kind.as_str());
            set(&button, "aria-expanded", if all { "true" } else { "false" });
            append(&section, &button);
        }
    }
    panels.push(section);
    panels
}

/// A `<section>` named `name` with a heading and an empty list (returned separately).
fn panel(name: &str, class: &str) -> (web_sys::Element, web_sys::Element) {
    let section = element("section");
    set(&section, "class", &format!("facet {class}"));
    set(&section, "aria-label", name);
    append(&section, &element_with_text("h2", name));
    let list = element("ul");
    set(&list, "class", "facet-list");
    append(&section, &list);
    (section, list)
}

/// A list item with a checkbox named `name` that switches `toggle`/`value`, its visible label
/// (in `kind`'s colour when given) and counts.
fn check_item(
    toggle: &str,
    value: &str,
    name: &str,
    checked: bool,
    kind: Option<MarkKind>,
    counts: &str,
) -> web_sys::Element {
    let li = element("li");
    let label = element("label");
    let input = element("input");
    set(&input, "type", "checkbox");
    set(&input, "aria-label", name);
    set(&input, "data-toggle", toggle);
    set(&input, "data-value", value);
    let testid = match toggle {
        "entity" => "entity-facet",
        "source" => "source-facet",
        _ => "kind-toggle",
    };
    set(&input, "data-testid", testid);
    if toggle == "entity" {
        set(&input, "data-entity", value);
    }
    if checked {
        set(&input, "checked", "");
    }
    let text = element_with_text("span", name);
    set(&text, "class", "name");
    if let Some(kind) = kind {
        set(&input, "data-kind", kind.as_str());
        set(&text, "data-kind", kind.as_str());
    }
    let count = element_with_text("span", counts);
    set(&count, "class", "counts");
    append(&label, &input);
    append(&label, &text);
    append(&label, &count);
    append(&li, &label);
    li
}

/// Adds `item` if absent, removes it if present.
fn toggle_in<T: PartialEq>(list: &mut Vec<T>, item: T) {
    match list.iter().position(|x| *x == item) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(item),
    }
}
