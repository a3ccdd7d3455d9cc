//! Temporal expressions: finding them, inferring each article's reference date, and resolving
//! every expression to an EDTF value against that article's own time — never the clock's.

mod calendar;
mod edtf;
mod lexicon;
mod recognize;
mod resolve;

pub use calendar::{civil_from_days, days_from_civil, days_in_month, weekday};
pub use edtf::{DatePoint, Edtf};
pub use resolve::{
    Certainty, DateMention, DatedText, Reference, YearHint, find_dates, find_dates_in,
};

/// Whether a name is a holiday's that the date recognizer reads ("New Year", "Christmas Day"),
/// so no entity.
pub fn is_holiday_name(name: &str) -> bool {
    name == "New Year"
        || lexicon::holiday(name).is_some()
        || lexicon::movable_holiday(name).is_some()
}

/// Whether a word names a month or a weekday ("May", "Friday"), in any case.
pub fn is_month_or_weekday(word: &str) -> bool {
    lexicon::month(word).is_some() || lexicon::weekday(word).is_some()
}

/// Whether `word` names a day of the week written out in full ("Wednesday").
pub fn is_weekday_name(word: &str) -> bool {
    word.len() >= 6 && word.ends_with("day") && lexicon::weekday(word).is_some()
}

/// Whether a word, in any case, is a small number word ("Eleven", "two", "several").
pub fn is_number_word(word: &str) -> bool {
    lexicon::number_word(word).is_some()
}

/// Whether a word is a verb in the past tense ("fired", "took"), as the date rules read it.
pub fn is_past_verb(word: &str) -> bool {
    lexicon::is_past_verb(word)
}
