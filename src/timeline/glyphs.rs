//! The marks of one lane: an event alone in its stretch of the axis is drawn as itself; events
//! that would crowd one another are drawn as one cluster with their count, which splits up as
//! the zoom spreads them apart.

use std::ops::Range;

/// The width of the axis stretch (in pixels) within which events gather into a cluster.
pub const CELL_PX: f64 = 18.0;

/// One mark in a lane.
#[derive(Clone, Debug, PartialEq)]
pub struct Glyph {
    /// The events it stands for: a range of positions in the lane's event list (one event, or
    /// a cluster).
    pub members: Range<usize>,
    /// Left edge, in pixels from the drawing's origin.
    pub x0: f64,
    /// Right edge (for a day, one day's width).
    pub x1: f64,
    /// The first and last day of its events.
    pub days: (i32, i32),
    /// The middle of its grid cell (where a cluster's circle goes: neighbours never overlap).
    pub center: f64,
}

/// The glyphs of one lane. `events` are the lane's events' day ranges in date order (first
/// day ascending); `scale` is pixels per day; positions are measured from the day `origin`;
/// only events that reach into `from..=to` (days) are drawn. Clusters are cut on a grid fixed
/// to the calendar (not to the window), so panning moves them without regrouping.
pub fn glyphs(events: &[(i32, i32)], scale: f64, origin: f64, from: f64, to: f64) -> Vec<Glyph> {
    let mut out: Vec<Glyph> = Vec::new();
    let mut current_cell = i64::MIN;
    for (i, &(first, last)) in events.iter().enumerate() {
        if f64::from(first) >= to || f64::from(last) + 1.0 <= from {
            continue;
        }
        let cell = (f64::from(first) * scale / CELL_PX).floor() as i64;
        let x0 = (f64::from(first) - origin) * scale;
        let x1 = (f64::from(last) + 1.0 - origin) * scale;
        match out.last_mut() {
            Some(g) if cell == current_cell && g.members.end == i => {
                g.members.end = i + 1;
                g.x1 = g.x1.max(x1);
                g.days.1 = g.days.1.max(last);
            }
            _ => {
                current_cell = cell;
                out.push(Glyph {
                    members: i..i + 1,
                    x0,
                    x1,
                    days: (first, last),
                    center: (cell as f64 + 0.5) * CELL_PX - origin * scale,
                });
            }
        }
    }
    out
}
