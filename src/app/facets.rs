//! The facet panels: entities by kind (with article and mention counts for the current
//! results), sources, the date range, highlight kinds, and one control that clears everything.
//!
//! Every checkbox of every panel is drawn by [`check_item`] and changes the state through
//! [`Toggle`]: one view type and one handler type for all of them keeps the wasm small.

use leptos::prelude::*;

use super::location::Location;
use super::query::{HIGHLIGHT_KINDS, ViewState, in_legend_order};
use super::root::Corpus;
use crate::corpus::MarkKind;
use crate::search::Outcome;

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

/// What a facet checkbox switches.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Toggle {
    /// An entity, by id.
    Entity(String),
    /// A source, by name.
    Source(String),
    /// A highlight kind.
    Kind(MarkKind),
}

impl Toggle {
    fn apply(self, state: &mut ViewState) {
        match self {
            Toggle::Entity(id) => toggle_in(&mut state.filters.entities, id),
            Toggle::Source(name) => toggle_in(&mut state.filters.sources, name),
            Toggle::Kind(kind) => {
                toggle_in(&mut state.hidden, kind);
                state.hidden = in_legend_order(&state.hidden);
            }
        }
    }

    fn testid(&self) -> &'static str {
        match self {
            Toggle::Entity(_) => "entity-facet",
            Toggle::Source(_) => "source-facet",
            Toggle::Kind(_) => "kind-toggle",
        }
    }
}

/// One checkbox, named `name`, with a visible label (marked with `kind`'s colour when given)
/// and counts beside it.
fn check_item(
    location: Location,
    toggle: Toggle,
    name: String,
    checked: bool,
    kind: Option<MarkKind>,
    counts: String,
) -> AnyView {
    let testid = toggle.testid();
    let entity = match &toggle {
        Toggle::Entity(id) => Some(id.clone()),
        _ => None,
    };
    let data_kind = kind.map(MarkKind::as_str);
    let on_change = move |_| {
        let toggle = toggle.clone();
        location.update(move |s| toggle.apply(s));
    };
    view! {
        <li>
            <label>
                <input
                    type="checkbox"
                    prop:checked=checked
                    aria-label=name.clone()
                    on:change=on_change
                    data-testid=testid
                    data-entity=entity
                    data-kind=data_kind
                />
                <span class="name" data-kind=data_kind>{name}</span>
                <span class="counts">{counts}</span>
            </label>
        </li>
    }
    .into_any()
}

/// All facet panels.
#[component]
pub fn Facets(
    /// What the filters found (the counts).
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let location = expect_context::<Location>();
    let corpus = expect_context::<Corpus>();
    let entities = corpus.annotations.entities.as_slice();
    let expanded = RwSignal::new(Vec::<MarkKind>::new());
    let from = Memo::new(move |_| location.state().filters.from.unwrap_or_default());
    let to = Memo::new(move |_| location.state().filters.to.unwrap_or_default());
    let set_date = move |which: &'static str, value: String| {
        let value = value.trim().to_string();
        location.update(move |s| {
            let slot = if which == "from" {
                &mut s.filters.from
            } else {
                &mut s.filters.to
            };
            *slot = (!value.is_empty()).then_some(value);
        });
    };

    let panels = move || {
        let state = location.state();
        let selected = &state.filters.entities;
        let mut groups = Vec::new();
        for kind in HIGHLIGHT_KINDS {
            if kind == MarkKind::Date || state.hidden.contains(&kind) {
                continue;
            }
            let all = expanded.with(|e| e.contains(&kind));
            let mut items = Vec::new();
            let mut total = 0;
            outcome.with(|o| {
                for c in o
                    .entities
                    .iter()
                    .filter(|c| entities[c.entity].kind == kind)
                {
                    let entity = &entities[c.entity];
                    let checked = selected.contains(&entity.id);
                    if all || total < TOP || checked {
                        items.push(check_item(
                            location,
                            Toggle::Entity(entity.id.clone()),
                            entity.name.clone(),
                            checked,
                            None,
                            format!("{} · {}", c.articles, c.mentions),
                        ));
                    }
                    total += 1;
                }
            });
            if total == 0 {
                continue;
            }
            let more = (total > TOP).then(|| {
                let label = if all {
                    "Show fewer".to_string()
                } else {
                    format!("Show all {total}")
                };
                view! {
                    <button
                        type="button"
                        class="more"
                        aria-expanded=all.to_string()
                        on:click=move |_| expanded.update(|e| toggle_in(e, kind))
                    >
                        {label}
                    </button>
                }
            });
            groups.push(view! {
                <h3>{kind_heading(kind)}</h3>
                <ul class="facet-list" data-kind=kind.as_str()>{items}</ul>
                {more}
            });
        }
        let sources: Vec<AnyView> = outcome.with(|o| {
            o.sources
                .iter()
                .map(|s| {
                    let checked = state.filters.sources.contains(&s.source);
                    check_item(
                        location,
                        Toggle::Source(s.source.clone()),
                        s.source.clone(),
                        checked,
                        None,
                        s.articles.to_string(),
                    )
                })
                .collect()
        });
        let kinds: Vec<AnyView> = HIGHLIGHT_KINDS
            .into_iter()
            .map(|kind| {
                let shown = !state.hidden.contains(&kind);
                check_item(
                    location,
                    Toggle::Kind(kind),
                    kind_heading(kind).to_string(),
                    shown,
                    Some(kind),
                    String::new(),
                )
            })
            .collect();
        let no_sources = sources.is_empty();
        let filtered = !state.filters.is_empty() || !state.hidden.is_empty();
        let clear = move |_| {
            location.update(|s| {
                *s = ViewState {
                    doc: s.doc.clone(),
                    ..ViewState::default()
                }
            })
        };
        view! {
            <button type="button" class="clear" data-testid="clear-all" disabled=!filtered on:click=clear>
                "Clear all filters"
            </button>
            <section class="facet sources" aria-label="Sources" hidden=no_sources>
                <h2>"Sources"</h2>
                <ul class="facet-list">{sources}</ul>
            </section>
            <section class="facet kinds" aria-label="Highlights">
                <h2>"Highlight"</h2>
                <ul class="facet-list legend">{kinds}</ul>
            </section>
            <section class="facet entities" aria-label="Entities" data-testid="entities">
                <h2>"Entities"</h2>
                <p class="help">"Articles · mentions in the results. Checking several finds articles that name them all."</p>
                {groups}
            </section>
        }
    };

    let field = move |which: &'static str, label: &'static str, value: Memo<String>| {
        let id = format!("date-{which}");
        view! {
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="text"
                inputmode="numeric"
                placeholder="YYYY-MM-DD"
                autocomplete="off"
                prop:value=move || value.get()
                on:change=move |ev| set_date(which, event_target_value(&ev))
                data-testid=format!("date-{which}")
            />
        }
    };
    view! {
        <section class="facet dates" aria-label="Dates">
            <h2>"Dates"</h2>
            <div class="date-range">
                {field("from", "From", from)}
                {field("to", "To", to)}
            </div>
            <p class="help">"Articles published in, or mentioning a day in, the range. A year or year-month is fine."</p>
        </section>
        {panels}
    }
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
