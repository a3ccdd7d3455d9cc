//! The stretch of time the timeline shows, in days, and how zooming and panning change it.

/// The shortest stretch the timeline zooms to, in days.
pub const MIN_DAYS: f64 = 4.0;
/// The longest, in days (about 2,000 years).
pub const MAX_DAYS: f64 = 730_000.0;

/// The visible stretch of time: day numbers (days since 1970-01-01; day `d` covers `[d, d+1)`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Window {
    /// The left edge.
    pub start: f64,
    /// The right edge.
    pub end: f64,
}

impl Window {
    /// Shows the days `first..=last` with a margin on each side.
    pub fn fit(first: i32, last: i32) -> Window {
        let (first, last) = (f64::from(first.min(last)), f64::from(first.max(last)) + 1.0);
        let days = within(last - first, MIN_DAYS, MAX_DAYS);
        let middle = (first + last) / 2.0;
        let half = days * 1.08 / 2.0;
        Window {
            start: middle - half,
            end: middle + half,
        }
    }

    /// Its length in days.
    pub fn days(&self) -> f64 {
        self.end - self.start
    }

    /// Zoomed in by `factor` (> 1 shows less, < 1 more) keeping the day at `anchor` (0 = left
    /// edge, 1 = right edge) where it is; the length stays within [`MIN_DAYS`, `MAX_DAYS`].
    pub fn zoomed(&self, factor: f64, anchor: f64) -> Window {
        let anchor = within(anchor, 0.0, 1.0);
        let days = within(self.days() / factor, MIN_DAYS, MAX_DAYS);
        let at = self.start + self.days() * anchor;
        Window {
            start: at - days * anchor,
            end: at + days * (1.0 - anchor),
        }
    }

    /// Moved by `fraction` of its length (positive: later).
    pub fn panned(&self, fraction: f64) -> Window {
        let shift = self.days() * fraction;
        Window {
            start: self.start + shift,
            end: self.end + shift,
        }
    }

    /// Pixels per day when drawn `width` pixels wide.
    pub fn scale(&self, width: f64) -> f64 {
        width / self.days()
    }

    /// The day at `x` pixels from the left edge of a drawing `width` pixels wide.
    pub fn day_at(&self, x: f64, width: f64) -> f64 {
        self.start + x / self.scale(width)
    }
}

/// `value` kept within `low..=high` (NaN becomes `low`). `f64::clamp` would do, but its
/// panic message brings the float formatter into the wasm (6 KB gzip).
pub fn within(value: f64, low: f64, high: f64) -> f64 {
    value.max(low).min(high)
}
