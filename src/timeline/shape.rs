//! How an event's date looks on the axis, read from its EDTF value.

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// One day (`2015-05-25`): drawn as a point.
    Day,
    /// A month (`2015-05`).
    Month,
    /// A season (`2015-21`, spring).
    Season,
    /// A year (`2015`).
    Year,
    /// An interval (`2015-05-25/2015-05-27`).
    Range,
}

/// An EDTF value's precision and qualifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    /// How precise it is.
    pub precision: Precision,
    /// `~` (or `%`): approximate.
    pub approximate: bool,
    /// `?` (or `%`): uncertain.
    pub uncertain: bool,
    /// How precise each end is, for a range (otherwise the same as `precision`).
    pub unit: Precision,
    /// The year is not known (`XXXX-04-20`).
    pub year_unknown: bool,
}

impl Shape {
    /// Reads an EDTF value as written by the analysis (`YYYY`, `YYYY-MM`, `YYYY-SS`,
    /// `YYYY-MM-DD`, intervals `a/b`, qualifiers `~ ? %`, unknown digits `X`).
    pub fn of(value: &str) -> Shape {
        let approximate = value.contains(['~', '%']);
        let uncertain = value.contains(['?', '%']);
        let first = value.split('/').next().unwrap_or(value);
        let bare = first.trim_end_matches(['~', '?', '%']);
        let mut parts = bare.split('-').skip(1);
        let unit = match (parts.next(), parts.next()) {
            (None, _) => Precision::Year,
            (Some(m), None) if m.parse::<u8>().is_ok_and(|m| m > 12) => Precision::Season,
            (Some(_), None) => Precision::Month,
            (Some(_), Some(_)) => Precision::Day,
        };
        Shape {
            precision: if value.contains('/') {
                Precision::Range
            } else {
                unit
            },
            approximate,
            uncertain,
            unit,
            year_unknown: value.starts_with('X'),
        }
    }

    /// In words, for the cards and the list: `day`, `range of days, approximate`,
    /// `day, year unknown`, …
    pub fn describe(&self) -> String {
        let unit = match self.unit {
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Year => "year",
            _ => "day",
        };
        let mut out = if self.precision == Precision::Range {
            format!("range of {unit}s")
        } else {
            unit.to_string()
        };
        if self.approximate {
            out.push_str(", approximate");
        }
        if self.uncertain {
            out.push_str(", uncertain");
        }
        if self.year_unknown {
            out.push_str(", year unknown");
        }
        out
    }
}
