//! Calendar days typed by users (`2015`, `2015-05`, `2015-05-25`) as ranges of day numbers.

use crate::analysis::{civil_from_days, days_from_civil, days_in_month};

/// First and last day (days since 1970-01-01) of a year, month or day.
pub type DayRange = (i32, i32);

/// Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (years 1000–9999) as the days it covers.
///
/// ```
/// use dossier::search::{format_day, parse_day_range};
/// let (first, last) = parse_day_range("2016-02").unwrap();
/// assert_eq!((format_day(first), format_day(last)), ("2016-02-01".into(), "2016-02-29".into()));
/// assert!(parse_day_range("2016-13").is_none() && parse_day_range("May").is_none());
/// ```
pub fn parse_day_range(text: &str) -> Option<DayRange> {
    let mut parts = text.trim().split('-');
    let year = number(parts.next()?, 4)?;
    if !(1000..=9999).contains(&year) {
        return None;
    }
    let month = match parts.next() {
        Some(m) => Some(number(m, 2)?),
        None => None,
    };
    let day = match parts.next() {
        Some(d) => Some(number(d, 2)?),
        None => None,
    };
    if parts.next().is_some() {
        return None;
    }
    let day_number = |m: u32, d: u32| days_from_civil(year as i32, m as u8, d as u8) as i32;
    match (month, day) {
        (None, _) => Some((day_number(1, 1), day_number(12, 31))),
        (Some(m @ 1..=12), None) => Some((
            day_number(m, 1),
            day_number(m, u32::from(days_in_month(year as i32, m as u8))),
        )),
        (Some(m @ 1..=12), Some(d))
            if d >= 1 && d <= u32::from(days_in_month(year as i32, m as u8)) =>
        {
            Some((day_number(m, d), day_number(m, d)))
        }
        _ => None,
    }
}

/// A day number as `YYYY-MM-DD`.
pub fn format_day(day: i32) -> String {
    let (year, month, day) = civil_from_days(i64::from(day));
    format!("{year:04}-{month:02}-{day:02}")
}

fn number(digits: &str, len: usize) -> Option<u32> {
    if digits.len() == len && digits.bytes().all(|b| b.is_ascii_digit()) {
        digits.parse().ok()
    } else {
        None
    }
}
