//! Lanes: the rows of the timeline, by source, by article or by entity kind.

use crate::analysis::fast_hash::FxHashMap;
use crate::corpus::{Annotations, Document, MarkKind};

/// What the timeline's rows stand for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LaneMode {
    /// One row per source (outlet); an event sits in its first telling's source.
    #[default]
    Source,
    /// One row per article (labelled by its title); an event sits in its first telling's
    /// article.
    Article,
    /// One row per entity kind; an event sits in the row of every kind it names.
    Kind,
}

impl LaneMode {
    /// The value used in the URL (`lanes=`) and the control.
    pub fn as_str(self) -> &'static str {
        match self {
            LaneMode::Source => "source",
            LaneMode::Article => "article",
            LaneMode::Kind => "kind",
        }
    }

    /// Reads [`LaneMode::as_str`]'s values.
    pub fn parse(value: &str) -> Option<LaneMode> {
        [LaneMode::Source, LaneMode::Article, LaneMode::Kind]
            .into_iter()
            .find(|m| m.as_str() == value)
    }
}

/// One row of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lane {
    /// Its label (a source, an article's title, a kind).
    pub label: String,
    /// Its events (indices into [`Annotations::events`]), in date order.
    pub events: Vec<usize>,
}

const KINDS: [(MarkKind, &str); 4] = [
    (MarkKind::Person, "People"),
    (MarkKind::Organization, "Organisations"),
    (MarkKind::Place, "Places"),
    (MarkKind::Other, "Other names"),
];

/// The lanes for the events `shown` (indices into `annotations.events`, in date order): the
/// busiest first; beyond `max`, the rest share one last lane (`3 more sources`). Lanes without
/// events are left out. Kinds keep their legend order.
pub fn lanes(
    documents: &[Document],
    annotations: &Annotations,
    shown: &[usize],
    mode: LaneMode,
    max: usize,
) -> Vec<Lane> {
    let events = &annotations.events;
    let mut out: Vec<Lane> = Vec::new();
    let (what, none) = match mode {
        LaneMode::Source => ("sources", "No source"),
        LaneMode::Article => ("articles", ""),
        LaneMode::Kind => ("kinds", "No names"),
    };
    match mode {
        LaneMode::Source | LaneMode::Article => {
            // Rows are found through a per-document slot, and sources through a map, so this
            // stays linear however many articles there are. Each article has its own row
            // (titles may repeat); articles share their source's row.
            let mut slot = vec![usize::MAX; documents.len()];
            let mut by_source: FxHashMap<&str, usize> = FxHashMap::default();
            for &e in shown {
                let doc = events[e].tellings[0].doc;
                if slot[doc] == usize::MAX {
                    let d = &documents[doc];
                    let (label, row) = match mode {
                        LaneMode::Article => (d.title.as_str(), None),
                        _ => {
                            let source = d.source.as_deref().unwrap_or(none);
                            (source, by_source.get(source).copied())
                        }
                    };
                    slot[doc] = row.unwrap_or_else(|| {
                        if mode == LaneMode::Source {
                            by_source.insert(label, out.len());
                        }
                        out.push(Lane {
                            label: label.to_string(),
                            events: Vec::new(),
                        });
                        out.len() - 1
                    });
                }
                out[slot[doc]].events.push(e);
            }
        }
        LaneMode::Kind => {
            // Kinds keep their legend order.
            let mut by_kind: Vec<Vec<usize>> = vec![Vec::new(); KINDS.len() + 1];
            for &e in shown {
                let mut named = false;
                for (k, (kind, _)) in KINDS.iter().enumerate() {
                    if events[e]
                        .entities
                        .iter()
                        .any(|&x| annotations.entities[x].kind == *kind)
                    {
                        by_kind[k].push(e);
                        named = true;
                    }
                }
                if !named {
                    by_kind[KINDS.len()].push(e);
                }
            }
            let labels = KINDS.iter().map(|(_, label)| *label).chain([none]);
            return labels
                .zip(by_kind)
                .filter(|(_, events)| !events.is_empty())
                .map(|(label, events)| Lane {
                    label: label.to_string(),
                    events,
                })
                .collect();
        }
    }
    // The busiest first (ties: the one with the earliest event), so the cut below keeps what
    // matters most. One sort of plain numbers: cheap, and no new sort in the wasm.
    let mut order: Vec<u64> = out
        .iter()
        .enumerate()
        .map(|(i, l)| (u64::from(u32::MAX) - l.events.len() as u64) << 32 | i as u64)
        .collect();
    order.sort_unstable();
    let mut slots: Vec<Option<Lane>> = out.into_iter().map(Some).collect();
    let mut out: Vec<Lane> = order
        .iter()
        .filter_map(|key| slots[(key & u64::from(u32::MAX)) as usize].take())
        .collect();
    if out.len() > max && max > 0 {
        let rest = out.split_off(max - 1);
        let mut merged: Vec<usize> = rest.iter().flat_map(|l| l.events.iter().copied()).collect();
        merged.sort_unstable();
        out.push(Lane {
            label: format!("{} more {what}", rest.len()),
            events: merged,
        });
    }
    out
}
