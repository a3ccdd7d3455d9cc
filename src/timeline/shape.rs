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
}

impl Shape {
    /// Reads an EDTF value as written by the analysis (`YYYY`, `YYYY-MM`, `YYYY-SS`,
    /// `YYYY-MM-DD`, intervals `a/b`, qualifiers `~ ? %`, unknown digits `X`).
    pub fn of(value: &str) -> Shape {
        let approximate = value.contains(['~', '%']);
        let uncertain = value.contains(['?', '%']);
        let precision = if value.contains('/') {
            Precision::Range
        } else {
            let bare = value.trim_end_matches(['~', '?', '%']);
            let mut parts = bare.split('-').skip(1);
            match (parts.next(), parts.next()) {
                (None, _) => Precision::Year,
                (Some(m), None) if m.parse::<u8>().is_ok_and(|m| m > 12) => Precision::Season,
                (Some(_), None) => Precision::Month,
                (Some(_), Some(_)) => Precision::Day,
            }
        };
        Shape {
            precision,
            approximate,
            uncertain,
        }
    }

    /// In words, for the card and the list: `day`, `range of days, approximate`, …
    pub fn describe(&self) -> String {
        let mut out = String::from(match self.precision {
            Precision::Day => "day",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Year => "year",
            Precision::Range => "range of days",
        });
        if self.approximate {
            out.push_str(", approximate");
        }
        if self.uncertain {
            out.push_str(", uncertain");
        }
        out
    }
}
