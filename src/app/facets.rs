//! The facet panels: entities by kind (with article and mention counts for the current
//! results), sources, the date range, highlight kinds, and one control that clears everything.

use leptos::prelude::*;

use super::location::Location;
use super::query::{HIGHLIGHT_KINDS, ViewState};
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

/// All facet panels.
#[component]
pub fn Facets(
    /// What the filters found (the counts).
    outcome: Memo<Outcome>,
) -> impl IntoView {
    let location = expect_context::<Location>();
    let filtered = Memo::new(move |_| {
        let state = location.state();
        !state.filters.is_empty() || !state.hidden.is_empty()
    });
    let clear = move |_| {
        location.update(|s| {
            *s = ViewState {
                doc: s.doc.clone(),
                ..ViewState::default()
            };
        })
    };
    view! {
        <button
            type="button"
            class="clear"
            data-testid="clear-all"
            disabled=move || !filtered.get()
            on:click=clear
        >
            "Clear all filters"
        </button>
        <DateRange/>
        <SourcePanel outcome=outcome/>
        <KindToggles/>
        <EntityPanel outcome=outcome/>
    }
}

/// The entities of the current results, grouped by kind; each a checkbox named by the
/// entity's name. Checking two means articles that mention both.
#[component]
fn EntityPanel(outcome: Memo<Outcome>) -> impl IntoView {
    let location = expect_context::<Location>();
    let corpus = expect_context::<Corpus>();
    let entities = corpus.annotations.entities.as_slice();
    let expanded = RwSignal::new(Vec::<MarkKind>::new());
    let groups = move || {
        let state = location.state();
        let selected = &state.filters.entities;
        HIGHLIGHT_KINDS
            .iter()
            .filter(|k| **k != MarkKind::Date && !state.hidden.contains(k))
            .map(|&kind| {
                let all = expanded.with(|e| e.contains(&kind));
                let counts: Vec<_> = outcome.with(|o| {
                    o.entities
                        .iter()
                        .filter(|c| entities[c.entity].kind == kind)
                        .copied()
                        .collect()
                });
                let total = counts.len();
                let items = counts
                    .iter()
                    .enumerate()
                    .filter(|(i, c)| all || *i < TOP || selected.contains(&entities[c.entity].id))
                    .map(|(_, c)| {
                        let entity = &entities[c.entity];
                        let id = entity.id.clone();
                        let checked = selected.contains(&id);
                        let toggle = move |_| {
                            let id = id.clone();
                            location.update(move |s| toggle_in(&mut s.filters.entities, id));
                        };
                        view! {
                            <li>
                                <label>
                                    <input
                                        type="checkbox"
                                        prop:checked=checked
                                        aria-label=entity.name.clone()
                                        on:change=toggle
                                        data-testid="entity-facet"
                                        data-entity=entity.id.clone()
                                    />
                                    <span class="name">{entity.name.clone()}</span>
                                    <span class="counts" title="articles · mentions">
                                        {format!("{} · {}", c.articles, c.mentions)}
                                    </span>
                                </label>
                            </li>
                        }
                    })
                    .collect_view();
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
                (total > 0).then(|| {
                    view! {
                        <h3>{kind_heading(kind)}</h3>
                        <ul class="facet-list" data-kind=kind.as_str()>{items}</ul>
                        {more}
                    }
                })
            })
            .collect_view()
    };
    view! {
        <section class="facet entities" aria-label="Entities" data-testid="entities">
            <h2>"Entities"</h2>
            <p class="help">"Articles · mentions in the results. Checking several finds articles that name them all."</p>
            {groups}
        </section>
    }
}

/// The sources of the articles that pass the other filters; checking several finds articles
/// from any of them.
#[component]
fn SourcePanel(outcome: Memo<Outcome>) -> impl IntoView {
    let location = expect_context::<Location>();
    let items = move || {
        let selected = location.state().filters.sources;
        outcome.with(|o| {
            o.sources
                .iter()
                .map(|s| {
                    let name = s.source.clone();
                    let checked = selected.contains(&name);
                    let toggle = {
                        let name = name.clone();
                        move |_| {
                            let name = name.clone();
                            location.update(move |st| toggle_in(&mut st.filters.sources, name))
                        }
                    };
                    view! {
                        <li>
                            <label>
                                <input
                                    type="checkbox"
                                    prop:checked=checked
                                    aria-label=name.clone()
                                    on:change=toggle
                                    data-testid="source-facet"
                                />
                                <span class="name">{name.clone()}</span>
                                <span class="counts">{s.articles}</span>
                            </label>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let any = move || outcome.with(|o| !o.sources.is_empty());
    view! {
        <Show when=any>
            <section class="facet sources" aria-label="Sources">
                <h2>"Sources"</h2>
                <ul class="facet-list">{items}</ul>
            </section>
        </Show>
    }
}

/// From and To: a year, year-month or day; applied when the field is left or Enter pressed.
#[component]
fn DateRange() -> impl IntoView {
    let location = expect_context::<Location>();
    let from = Memo::new(move |_| location.state().filters.from.unwrap_or_default());
    let to = Memo::new(move |_| location.state().filters.to.unwrap_or_default());
    let apply = move |which: &'static str, value: String| {
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
                on:change=move |ev| apply(which, event_target_value(&ev))
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
    }
}

/// Switches highlight kinds on and off, in the reader and in the entity panel.
#[component]
fn KindToggles() -> impl IntoView {
    let location = expect_context::<Location>();
    let items = HIGHLIGHT_KINDS
        .iter()
        .map(|&kind| {
            let shown = move || !location.state().hidden.contains(&kind);
            let toggle = move |_| {
                location.update(move |s| {
                    toggle_in(&mut s.hidden, kind);
                    s.hidden
                        .sort_by_key(|k| HIGHLIGHT_KINDS.iter().position(|h| h == k));
                })
            };
            view! {
                <li>
                    <label>
                        <input
                            type="checkbox"
                            prop:checked=shown
                            on:change=toggle
                            data-testid="kind-toggle"
                            data-kind=kind.as_str()
                        />
                        <mark data-kind=kind.as_str()>{kind_heading(kind)}</mark>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="facet kinds" aria-label="Highlights">
            <h2>"Highlight"</h2>
            <ul class="legend">{items}</ul>
        </section>
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
