//! The axis: tick marks whose unit adapts to the zoom, from days to months, years and
//! centuries, spaced so that their labels stay readable.

use super::window::Window;
use crate::analysis::{civil_from_days, days_from_civil};

/// The calendar unit ticks are counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Days.
    Day,
    /// Months.
    Month,
    /// Years.
    Year,
}

/// The distance between two ticks: `count` units.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    /// The unit.
    pub unit: Unit,
    /// How many of them.
    pub count: u32,
}

/// One tick of the axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    /// The day it marks the start of.
    pub day: i32,
    /// Its label (`12 May`, `Jun`, `Jan 2016`, `2016`).
    pub label: String,
}

/// The steps tried, finest first, with their length in days (on average).
const STEPS: [(Unit, u32, f64); 16] = [
    (Unit::Day, 1, 1.0),
    (Unit::Day, 2, 2.0),
    (Unit::Day, 7, 7.0),
    (Unit::Day, 14, 14.0),
    (Unit::Month, 1, 30.4),
    (Unit::Month, 3, 91.3),
    (Unit::Month, 6, 182.6),
    (Unit::Year, 1, 365.2),
    (Unit::Year, 2, 730.5),
    (Unit::Year, 5, 1826.2),
    (Unit::Year, 10, 3652.4),
    (Unit::Year, 20, 7304.8),
    (Unit::Year, 50, 18_262.0),
    (Unit::Year, 100, 36_524.0),
    (Unit::Year, 200, 73_048.0),
    (Unit::Year, 500, 182_621.0),
];

/// The least room a label gets, in pixels.
pub const MIN_TICK_PX: f64 = 64.0;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// The ticks for `window` drawn `width` pixels wide: the finest step whose ticks are at least
/// [`MIN_TICK_PX`] apart, and every tick inside the window. A label names the year where it
/// changes (or on the first tick), so every tick can be read on its own.
pub fn ticks(window: &Window, width: f64) -> (Step, Vec<Tick>) {
    let scale = window.scale(width.max(1.0));
    let &(unit, count, _) = STEPS
        .iter()
        .find(|(_, _, days)| days * scale >= MIN_TICK_PX)
        .unwrap_or(&STEPS[STEPS.len() - 1]);
    let step = Step { unit, count };
    let first = window.start.floor().max(-1_000_000.0) as i64;
    let last = window.end.ceil().min(4_000_000.0) as i64;
    let (mut year, mut month, _) = civil_from_days(first);
    let mut out = Vec::new();
    let mut day = match unit {
        Unit::Day => {
            // Weeks start on Mondays (day 4, 1970-01-05, was one).
            let shift = if count % 7 == 0 { 4 } else { 0 };
            let c = i64::from(count);
            first + (c - (first - shift).rem_euclid(c)) % c
        }
        Unit::Month => {
            let index = i64::from(year) * 12 + i64::from(month) - 1;
            let aligned =
                index + (i64::from(count) - index.rem_euclid(i64::from(count))) % i64::from(count);
            year = aligned.div_euclid(12) as i32;
            month = (aligned.rem_euclid(12) + 1) as u8;
            days_from_civil(year, month, 1)
        }
        Unit::Year => {
            let c = count as i32;
            year += (c - year.rem_euclid(c)) % c;
            days_from_civil(year, 1, 1)
        }
    };
    if day < first {
        // The aligned start fell before the window (a month or year already under way).
        day = advance(day, step, &mut year, &mut month);
    }
    let mut previous_year = None;
    while day <= last && out.len() < 400 {
        if day as f64 >= window.start {
            let (y, m, d) = civil_from_days(day);
            let new_year = previous_year != Some(y);
            let label = match unit {
                Unit::Day if new_year => format!("{d} {} {y}", MONTHS[usize::from(m - 1)]),
                Unit::Day => format!("{d} {}", MONTHS[usize::from(m - 1)]),
                Unit::Month if new_year => format!("{} {y}", MONTHS[usize::from(m - 1)]),
                Unit::Month => MONTHS[usize::from(m - 1)].to_string(),
                Unit::Year => y.to_string(),
            };
            previous_year = Some(y);
            out.push(Tick {
                day: day as i32,
                label,
            });
        }
        day = advance(day, step, &mut year, &mut month);
    }
    (step, out)
}

/// The next tick after `day`; `year` and `month` follow month and year steps.
fn advance(day: i64, step: Step, year: &mut i32, month: &mut u8) -> i64 {
    match step.unit {
        Unit::Day => day + i64::from(step.count),
        Unit::Month => {
            let index = i64::from(*year) * 12 + i64::from(*month) - 1 + i64::from(step.count);
            *year = index.div_euclid(12) as i32;
            *month = (index.rem_euclid(12) + 1) as u8;
            days_from_civil(*year, *month, 1)
        }
        Unit::Year => {
            *year += step.count as i32;
            days_from_civil(*year, 1, 1)
        }
    }
}
