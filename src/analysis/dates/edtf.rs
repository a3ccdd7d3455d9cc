//! Dates as EDTF (ISO 8601-2, level 1) values: a day, a month, a season or a year, an interval
//! of those, an unknown year (`XXXX`), and the qualifiers `~` (approximate) and `?` (uncertain).

use std::fmt;

/// One calendar point at some precision. `year: None` means the year is unknown (`XXXX`).
///
/// `month` is 1–12, 21–24 for spring, summer, autumn, winter (EDTF seasons), 33–36 for the
/// quarters and 40–41 for the halves of a year (EDTF level 2 sub-year groupings); `day` is
/// only set with a month of 1–12.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DatePoint {
    /// The year, if known.
    pub year: Option<i32>,
    /// Month 1–12, a season 21–24, a quarter 33–36 or a half 40–41.
    pub month: Option<u8>,
    /// Day of the month.
    pub day: Option<u8>,
}

/// An EDTF value: a point or an interval, with qualifiers.
///
/// ```
/// use dossier::analysis::{DatePoint, Edtf};
/// let may = |day| DatePoint { year: Some(2015), month: Some(5), day: Some(day) };
/// assert_eq!(Edtf::interval(may(25), may(27)).to_string(), "2015-05-25/2015-05-27");
/// let spring = DatePoint { year: Some(2015), month: Some(21), day: None };
/// assert_eq!(Edtf::point(spring).approximate().to_string(), "2015-21~");
/// let yearless = DatePoint { year: None, month: Some(4), day: Some(20) };
/// assert_eq!(Edtf::point(yearless).to_string(), "XXXX-04-20");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Edtf {
    /// The start (or the only point).
    pub start: DatePoint,
    /// The end of an interval; `None` for a single point.
    pub end: Option<DatePoint>,
    /// `~`: the value is approximate ("late May", "two weeks ago").
    pub approximate: bool,
    /// `?`: the value is uncertain (typically: its year was inferred, not stated).
    pub uncertain: bool,
    /// The point's year stands for its decade or century, written with unspecified last
    /// digits (`199X`, "the 1990s"; `11XX`, "the 12th century"); only for a single point with a
    /// year and no month.
    pub year_span: Option<YearSpan>,
    /// For a value with nothing known ("last month" without a reference date): the precision
    /// it has all the same (`XXXX` for a year, `XXXX-XX` for a month; else an unknown day).
    pub unknown_precision: Option<UnknownPrecision>,
}

/// What a year written with unspecified last digits stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum YearSpan {
    /// Ten years: `199X`.
    Decade,
    /// A hundred years: `11XX`.
    Century,
}

impl YearSpan {
    /// How many years it covers.
    fn years(self) -> i32 {
        match self {
            YearSpan::Decade => 10,
            YearSpan::Century => 100,
        }
    }
}

/// The precision of a value whose year, month and day are all unknown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnknownPrecision {
    /// `XXXX`
    Year,
    /// `XXXX-XX`
    Month,
}

impl Edtf {
    /// A single point without qualifiers.
    pub fn point(point: DatePoint) -> Edtf {
        Edtf {
            start: point,
            end: None,
            approximate: false,
            uncertain: false,
            year_span: None,
            unknown_precision: None,
        }
    }

    /// An interval without qualifiers (a point if both ends are equal).
    pub fn interval(start: DatePoint, end: DatePoint) -> Edtf {
        Edtf {
            start,
            end: (start != end).then_some(end),
            approximate: false,
            uncertain: false,
            year_span: None,
            unknown_precision: None,
        }
    }

    /// The decade of `year` (rounded down to a multiple of ten): `199X`.
    pub fn decade(year: i32) -> Edtf {
        Edtf::spanning(year, YearSpan::Decade)
    }

    /// The century that starts with `year` (rounded down to a multiple of a hundred): `11XX`
    /// for the twelfth.
    pub fn century(year: i32) -> Edtf {
        Edtf::spanning(year, YearSpan::Century)
    }

    fn spanning(year: i32, span: YearSpan) -> Edtf {
        let start = DatePoint {
            year: Some(year - year.rem_euclid(span.years())),
            month: None,
            day: None,
        };
        Edtf {
            year_span: Some(span),
            ..Edtf::point(start)
        }
    }

    /// The same value, marked approximate.
    pub fn approximate(mut self) -> Edtf {
        self.approximate = true;
        self
    }

    /// The same value, marked uncertain.
    pub fn uncertain(mut self) -> Edtf {
        self.uncertain = true;
        self
    }

    /// Whether the year is known at both ends.
    pub fn has_year(&self) -> bool {
        self.start.year.is_some() && self.end.is_none_or(|end| end.year.is_some())
    }

    /// First and last day covered, as days since 1970-01-01; `None` without a year.
    /// Seasons use the northern-hemisphere meteorological seasons.
    pub fn day_range(&self) -> Option<(i64, i64)> {
        let first = first_day(&self.start)?;
        if let Some(span) = self.year_span {
            let year = self.start.year? + span.years() - 1;
            return Some((first, super::calendar::days_from_civil(year, 12, 31)));
        }
        let last = last_day(self.end.as_ref().unwrap_or(&self.start))?;
        Some((first, last))
    }
}

fn month_span(point: &DatePoint) -> Option<(i32, u8, u8)> {
    let year = point.year?;
    Some(match point.month {
        None => (year, 1, 12),
        Some(m @ 1..=12) => (year, m, m),
        Some(21) => (year, 3, 5),
        Some(22) => (year, 6, 8),
        Some(23) => (year, 9, 11),
        Some(q @ 33..=36) => (year, 3 * (q - 33) + 1, 3 * (q - 32)),
        Some(40) => (year, 1, 6),
        Some(41) => (year, 7, 12),
        Some(_) => (year, 12, 12), // winter: December of that year (and the next two months)
    })
}

fn first_day(point: &DatePoint) -> Option<i64> {
    let (year, first_month, _) = month_span(point)?;
    Some(super::calendar::days_from_civil(
        year,
        first_month,
        point.day.unwrap_or(1),
    ))
}

fn last_day(point: &DatePoint) -> Option<i64> {
    let (year, _, last_month) = month_span(point)?;
    if point.month == Some(24) {
        let next = super::calendar::days_from_civil(year + 1, 3, 1);
        return Some(next - 1);
    }
    let day = point
        .day
        .unwrap_or_else(|| super::calendar::days_in_month(year, last_month));
    Some(super::calendar::days_from_civil(year, last_month, day))
}

impl fmt::Display for DatePoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.year {
            Some(year) => write!(f, "{year:04}")?,
            // Nothing known at all (a weekday without a reference date): an unknown day.
            None if self.month.is_none() => return f.write_str("XXXX-XX-XX"),
            None => f.write_str("XXXX")?,
        }
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
            if let Some(day) = self.day {
                write!(f, "-{day:02}")?;
            }
        }
        Ok(())
    }
}

impl fmt::Display for Edtf {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let qualifier = match (self.uncertain, self.approximate) {
            (true, true) => "%",
            (true, false) => "?",
            (false, true) => "~",
            (false, false) => "",
        };
        match (self.year_span, self.start.year) {
            (Some(YearSpan::Decade), Some(year)) => {
                return write!(f, "{:03}X{qualifier}", year.div_euclid(10));
            }
            (Some(YearSpan::Century), Some(year)) => {
                return write!(f, "{:02}XX{qualifier}", year.div_euclid(100));
            }
            _ => {}
        }
        if self.start.year.is_none() && self.start.month.is_none() && self.end.is_none() {
            match self.unknown_precision {
                Some(UnknownPrecision::Year) => return write!(f, "XXXX{qualifier}"),
                Some(UnknownPrecision::Month) => return write!(f, "XXXX-XX{qualifier}"),
                None => {}
            }
        }
        write!(f, "{}{qualifier}", self.start)?;
        if let Some(end) = &self.end {
            write!(f, "/{end}{qualifier}")?;
        }
        Ok(())
    }
}
