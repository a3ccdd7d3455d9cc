//! Finding temporal expressions in tokens, before any resolution against a reference date.
//!
//! Precision first: a lone month name or year counts only where the context says it is a date
//! ("in May", "since 2015", "the 2015 talks"); years inside names ("2045 Global Strategic
//! Initiative", "Vision 2030"), counts, ordinals and clock times are never dates; durations
//! ("four years") are not dates unless anchored ("four years ago").

use super::edtf::DatePoint;
use super::lexicon::{self, Unit};
use crate::analysis::ascii::Lower;
use crate::analysis::tokens::{Token, TokenKind};

/// Part of a month named by "early", "mid" or "late".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// Days 1–10.
    Early,
    /// Days 11–20.
    Mid,
    /// Days 21 to the end.
    Late,
    /// "The end of": like `Late` for a month, but the last month of a year.
    End,
}

/// A temporal expression as written, before resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expr {
    /// A calendar date, month or year (the year may be missing), or a range of them.
    Calendar {
        /// First point.
        start: DatePoint,
        /// Last point of a range.
        end: Option<DatePoint>,
        /// "early/mid/late" narrowing of a month.
        part: Option<Part>,
    },
    /// A season, with an explicit year or one relative to the reference ("this spring").
    Season {
        /// EDTF season code 21–24.
        season: u8,
        /// Explicit year.
        year: Option<i32>,
        /// Years relative to the reference year when no year is written (0 = this).
        relative: i32,
        /// "the spring": the one the sentence points to, the next when it looks ahead, the last
        /// when it tells what happened (else this year's).
        nearest: bool,
    },
    /// A weekday name ("on Thursday").
    Weekday(u8),
    /// A day offset from the reference date ("yesterday", "two weeks ago").
    Offset {
        /// Days after the reference date (negative: before).
        days: i64,
        /// Whether the offset is vague ("a few days", "two weeks").
        approximate: bool,
    },
    /// A third of a named year ("early 2023": January to April).
    YearThird {
        /// The year.
        year: i32,
        /// Which third.
        part: Part,
    },
    /// A weekend relative to the reference's week ("last weekend" = -1).
    Weekend {
        /// Weeks after the reference's.
        offset: i32,
        /// "over the weekend": the last one that has begun, or the next that has not ended
        /// where the sentence looks ahead (`offset` is then 0).
        nearest: bool,
    },
    /// Part of the reference's year ("the end of the year", "early next year"), or of the year
    /// after or before one written before it ("early the following year").
    YearPart {
        /// Years after the reference's (0 = this year), or after the one written before.
        offset: i32,
        /// Whether the year is counted from the date written before (see
        /// `resolve::year_part_from_previous`), not from the article's.
        beside: bool,
        /// Which part.
        part: Part,
    },
    /// A quarter or half of a year, as an EDTF sub-year code (33–36 quarters, 40–41 halves):
    /// "the third quarter", "Q3 2024", "the first half of the year".
    YearDivision {
        /// EDTF code.
        code: u8,
        /// Explicit year ("of 2024").
        year: Option<i32>,
        /// Years after the reference's ("of last year" = -1); `None`: the latest such division
        /// that has begun by the reference date (or the next, in a clause looking ahead).
        relative: Option<i32>,
    },
    /// A month named relative to the reference's ("last December", "next March", "this May"):
    /// the latest such month before the reference's month, the first after it, or the one in
    /// the reference's year.
    NamedMonth {
        /// Month 1–12.
        month: u8,
        /// -1 last, 0 this, 1 next.
        offset: i32,
    },
    /// A month, or a day of it, in a year counted from the reference's ("February last year",
    /// "May 5 this year", "in March of next year").
    MonthInYear {
        /// Month 1–12.
        month: u8,
        /// Day of the month, if given.
        day: Option<u8>,
        /// Years after the reference's (-1 last year, 0 this year, 1 next year).
        years: i32,
    },
    /// A holiday whose date moves ("Thanksgiving", "Easter"), in a named year or the one the
    /// sentence points to.
    Movable {
        /// Which holiday.
        holiday: lexicon::Movable,
        /// Explicit year ("Easter 2024").
        year: Option<i32>,
        /// The long weekend around it rather than the day ("the Easter weekend").
        weekend: bool,
    },
    /// A decade ("the 1990s").
    Decade(i32),
    /// A century, by its first year ("the 12th century": 1100).
    Century(i32),
    /// The week, month or year containing the reference date, shifted ("last month").
    Period {
        /// The unit.
        unit: Unit,
        /// Units after the reference's (negative: before).
        offset: i32,
        /// Whether it is vague ("two months ago" rather than "last month").
        approximate: bool,
    },
}

/// A temporal expression found in the text: token range and meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    /// Index of the first token.
    pub first: usize,
    /// Index after the last token.
    pub last: usize,
    /// What it says.
    pub expr: Expr,
}

/// Finds temporal expressions in `tokens` (of `text`), left to right, never overlapping;
/// `document` holds the tokens of the whole text, which settle an ambiguous date in figures.
pub fn recognize(text: &str, tokens: &[Token], document: &[Token]) -> Vec<Found> {
    let m = Matcher {
        text,
        tokens,
        document,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some(after) = m.recurring_weekday(i) {
            i = after;
            continue;
        }
        if !m.may_start(i) {
            i += 1;
            continue;
        }
        match m
            .at(i)
            .map(|(last, expr)| m.quarter_by_months(last, expr))
            .map(|(last, expr)| m.between(i, last, expr))
        {
            // ("By Jan Lopatka": a byline's given name, not a month.)
            Some((last, _)) if m.byline_name(i, last) => i = last,
            // ("the 26th of July Movement", "the April 6 Youth Movement": a name.)
            Some((last, _)) if m.names_a_body(last) => i = last,
            Some((last, expr)) if last > i => {
                out.push(Found {
                    first: i,
                    last,
                    expr,
                });
                i = last;
            }
            _ => i += 1,
        }
    }
    out
}

struct Matcher<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The whole text's tokens (`tokens` is one sentence of them).
    document: &'a [Token],
}

const DASHES: &[&str] = &["-", "–", "—", "‐", "‑"];

impl<'a> Matcher<'a> {
    /// A range of three months that starts a quarter, before "quarter": that quarter
    /// ("the October-December quarter" is the fourth, EDTF code 36).
    fn quarter_by_months(&self, last: usize, expr: Expr) -> (usize, Expr) {
        if let Expr::Calendar {
            start:
                DatePoint {
                    year,
                    month: Some(from),
                    day: None,
                },
            end:
                Some(DatePoint {
                    month: Some(to),
                    day: None,
                    ..
                }),
            part: None,
        } = expr
            && self.is(last, "quarter")
            && matches!(from, 1 | 4 | 7 | 10)
            && to == from + 2
        {
            // "… quarter of 2023"
            let (year, after) = match self.year(last + 2) {
                Some(y) if year.is_none() && self.is(last + 1, "of") => (Some(y), last + 3),
                _ => (year, last + 1),
            };
            let division = Expr::YearDivision {
                code: 33 + (from - 1) / 3,
                year,
                relative: None,
            };
            return (after, division);
        }
        (last, expr)
    }

    /// "between March 2024 and November 2024", "between 3 May and 9 May": the two dates after
    /// "between" are one interval when both are calendar points (no range, no part, no
    /// season or quarter) of the same precision, the second later; a point without a year
    /// takes the other's.
    fn between(&self, first: usize, last: usize, expr: Expr) -> (usize, Expr) {
        let Expr::Calendar {
            start: from,
            end: None,
            part: None,
        } = expr
        else {
            return (last, expr);
        };
        if first == 0 || !self.is(first - 1, "between") || !self.is(last, "and") {
            return (last, expr);
        }
        let Some((
            after,
            Expr::Calendar {
                start: to,
                end: None,
                part: None,
            },
        )) = self.at(last + 1)
        else {
            return (last, expr);
        };
        let same_precision = from.month.is_some() == to.month.is_some()
            && from.day.is_some() == to.day.is_some()
            && from.month.is_none_or(|m| m <= 12);
        let from = DatePoint {
            year: from.year.or(to.year),
            ..from
        };
        let to = DatePoint {
            year: to.year.or(from.year),
            ..to
        };
        let later = (from.year, from.month.unwrap_or(0), from.day.unwrap_or(0))
            < (to.year, to.month.unwrap_or(0), to.day.unwrap_or(0));
        if !same_precision || !later {
            return (last, expr);
        }
        let interval = Expr::Calendar {
            start: from,
            end: Some(to),
            part: None,
        };
        (after, interval)
    }

    /// Whether a temporal expression can start at token `i`: a number, a capitalised word, or
    /// one of the few lower-case words that open one ("late", "last", "two", "yesterday").
    /// Everything else is skipped without trying the patterns.
    fn may_start(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        match t.kind {
            TokenKind::Number => true,
            TokenKind::Punct => false,
            TokenKind::Word => {
                let w = t.text(self.text);
                w.chars().next().is_some_and(char::is_uppercase)
                    // ("to-morrow", "to-night": the older spelling.)
                    || (w == "to" && self.tok(i + 1) == Some("-"))
                    // ("in about 10 days": a hedged count after "in".)
                    || (is_hedge(w) && i > 0 && self.is(i - 1, "in"))
                    || matches!(
                        Lower::new(w).as_str(),
                        "early"
                            | "beginning"
                            | "start"
                            | "mid"
                            | "middle"
                            | "late"
                            | "end"
                            | "this"
                            | "last"
                            | "past"
                            | "next"
                            | "following"
                            | "previous"
                            | "weekend"
                            | "coming"
                            | "earlier"
                            | "later"
                            | "today"
                            | "tonight"
                            | "yesterday"
                            | "tomorrow"
                            | "first"
                            | "second"
                            | "third"
                            | "fourth"
                            | "a"
                            | "an"
                            | "few"
                            | "several"
                            | "couple"
                            | "one"
                            | "two"
                            | "three"
                            | "four"
                            | "five"
                            | "six"
                            | "seven"
                            | "eight"
                            | "nine"
                            | "ten"
                            | "eleven"
                            | "twelve"
                            | "spring"
                            | "summer"
                            | "autumn"
                            | "fall"
                            | "winter"
                    )
                    // ("the seventh century")
                    || ((w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd"))
                        && spelled_ordinal(w).is_some()
                        && self.is(i + 1, "century"))
                    // ("the night before", "the day after")
                    || (w == "the"
                        && self.word(i + 1).is_some_and(|n| {
                            matches!(n, "day" | "night" | "evening")
                        }))
                    // ("that night": the day written before; "that month", "that year": its
                    // month or its year.)
                    || (w == "that"
                        && self.word(i + 1).is_some_and(|n| {
                            is_part_of_day(n) || matches!(n, "month" | "year")
                        }))
            }
        }
    }

    /// The end of a rule for a day in every year, which names no date: "run on the first
    /// Tuesday in November", "the last Thursday of the month".
    fn recurring_weekday(&self, i: usize) -> Option<usize> {
        // (Cheap first: the first byte of the ordinals, then the word.)
        let t = self.tokens.get(i)?;
        if !matches!(self.text.as_bytes()[t.start], b'f' | b's' | b't' | b'l') {
            return None;
        }
        let ordinal = self.word(i)?;
        if !matches!(ordinal, "first" | "second" | "third" | "fourth" | "last") {
            return None;
        }
        self.word(i + 1).and_then(lexicon::weekday)?;
        if !(self.is(i + 2, "in") || self.is(i + 2, "of")) {
            return None;
        }
        // ("… of the month", "… of every month".)
        if matches!(self.word(i + 3), Some("the" | "each" | "every")) && self.is(i + 4, "month") {
            return Some(i + 5);
        }
        self.word(i + 3).and_then(lexicon::month)?;
        // ("the first Tuesday in November 2024" is one day.)
        (self
            .tokens
            .get(i + 4)
            .is_none_or(|t| t.kind != TokenKind::Number))
        .then_some(i + 4)
    }

    fn tok(&self, i: usize) -> Option<&'a str> {
        self.tokens.get(i).map(|t| t.text(self.text))
    }

    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.tokens.get(i)?;
        (t.kind == TokenKind::Word).then(|| t.text(self.text))
    }

    fn is(&self, i: usize, word: &str) -> bool {
        self.word(i).is_some_and(|w| w.eq_ignore_ascii_case(word))
    }

    fn is_any(&self, i: usize, options: &[&str]) -> bool {
        self.tok(i).is_some_and(|t| options.contains(&t))
    }

    fn capitalized(&self, i: usize) -> bool {
        self.word(i)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    }

    /// A number token (no sign) and its value.
    fn number(&self, i: usize) -> Option<u32> {
        let t = self.tokens.get(i)?;
        if t.kind != TokenKind::Number || t.end - t.start > 4 {
            return None;
        }
        t.text(self.text).parse().ok()
    }

    /// Whether token `i` is glued to the previous one (no space).
    fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    /// A day of the month at `i` (with an optional glued ordinal suffix); returns the index
    /// after it.
    fn day(&self, i: usize) -> Option<(u8, usize)> {
        let value = self.number(i)?;
        let t = self.tokens[i];
        if !(1..=31).contains(&value) || t.end - t.start > 2 {
            return None;
        }
        let mut next = i + 1;
        if self.glued(next) && self.is_any(next, &["st", "nd", "rd", "th"]) {
            next += 1;
        }
        // "2,000" or "3.5" are numbers, not days.
        if self.glued(next)
            && self.is_any(next, &[",", "."])
            && self.number(next + 1).is_some()
            && self.glued(next + 1)
        {
            return None;
        }
        Some((value as u8, next))
    }

    /// A four-digit year at `i`, not glued to further digits or a unit ("2015-born" is fine).
    fn year(&self, i: usize) -> Option<i32> {
        let t = self.tokens.get(i)?;
        if t.kind != TokenKind::Number || t.end - t.start != 4 {
            return None;
        }
        if self.glued(i + 1)
            && self.is_any(i + 1, &[",", "."])
            && self.number(i + 2).is_some()
            && self.glued(i + 2)
        {
            return None;
        }
        let year: i32 = t.text(self.text).parse().ok()?;
        (1000..=2199).contains(&year).then_some(year)
    }

    /// A capitalised month name at `i` with an optional glued period; returns the index after.
    fn month(&self, i: usize) -> Option<(u8, usize)> {
        if !self.capitalized(i) {
            return None;
        }
        let word = self.word(i)?;
        let month = lexicon::month(word)?;
        // Full names never take a period ("June." ends a sentence); "Sept." does.
        let full = word.len() > 4 || matches!(Lower::new(word).as_str(), "may" | "june" | "july");
        let mut next = i + 1;
        if !full && self.glued(next) && self.tok(next) == Some(".") {
            next += 1;
        } else if !full && word.len() == 3 && word.chars().all(|c| c.is_uppercase()) {
            // "MAR", "DEC": acronyms more often than months, unless a day and a year go with
            // them ("MON, JAN 3 2022", "3 DEC 2019").
            let day_after = self
                .day(next)
                .and_then(|(_, after)| self.trailing_year(after).0);
            let day_before = i > 0 && self.day(i - 1).is_some_and(|(_, after)| after == i);
            if day_after.is_none() && !(day_before && self.trailing_year(next).0.is_some()) {
                return None;
            }
        }
        Some((month, next))
    }

    /// Whether the word from `i` to `last` is a given name on a byline: "By" opening the line
    /// before it, a capitalised word after it ("By June Lee", "By Jan Lopatka").
    fn byline_name(&self, i: usize, last: usize) -> bool {
        last == i + 1
            && i >= 1
            && self.tok(i - 1) == Some("By")
            && (i == 1 || self.tokens[i - 1].line_break_before)
            && self.capitalized(last)
            && !self.tokens[last].line_break_before
    }

    /// Whether the whole text names `month` in words somewhere (a capitalised month name).
    fn names_month(&self, month: u8) -> bool {
        let whole = Matcher {
            tokens: self.document,
            ..*self
        };
        (0..self.document.len()).any(|i| whole.month(i).is_some_and(|(m, _)| m == month))
    }

    /// Which of two numbers up to 12 is the day in a date written in figures ("08/05/2017"),
    /// as `(day, month)`: the one whose month the article never names in words while it names
    /// the other's ("May 14" and no August: the 8th of May); else month first when a US time
    /// zone follows on the line ("11/09/2016 02:50 AM EST"); else day first when the text
    /// spells British ("Published: 06/03/2018" over "the city centre"). `after` is the token
    /// after the date.
    fn day_and_month(&self, a: u32, b: u32, after: usize) -> Option<(u32, u32)> {
        match (self.names_month(b as u8), self.names_month(a as u8)) {
            (true, false) => return Some((a, b)),
            (false, true) => return Some((b, a)),
            _ => {}
        }
        let us_zone = (after..after + 6)
            .take_while(|&k| k == after || self.tokens.get(k).is_some_and(|t| !t.line_break_before))
            .any(|k| {
                self.is_any(
                    k,
                    &["EST", "EDT", "ET", "CST", "CDT", "MST", "MDT", "PST", "PDT"],
                )
            });
        if us_zone {
            return Some((b, a));
        }
        // (Day first where the text spells British: "city centre", "organised".)
        self.document
            .iter()
            .any(|t| t.kind == TokenKind::Word && lexicon::is_british_spelling(t.text(self.text)))
            .then_some((a, b))
    }

    /// A date in figures with a two-digit year (see [`Matcher::at`]), at `i`.
    fn short_year_stamp(&self, i: usize) -> Option<(usize, Expr)> {
        let two_digits = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Number && t.end - t.start == 2)
        };
        // (Day and month may take one digit: "21/3/60".)
        let one_or_two_digits = |k: usize| {
            self.tokens
                .get(k)
                .is_some_and(|t| t.kind == TokenKind::Number && t.end - t.start <= 2)
        };
        let sep = self.tok(i + 1).filter(|t| matches!(*t, "/" | "-" | "."))?;
        if !(one_or_two_digits(i)
            && one_or_two_digits(i + 2)
            && two_digits(i + 4)
            && self.tok(i + 3) == Some(sep)
            && (1..=4).all(|k| self.glued(i + k)))
        {
            return None;
        }
        // On its own line, or after a label that opens the line ("Last Updated:"), or after a
        // wire service's name and its time, as old wire copy ends ("Reuters 2130 21/3/60",
        // "Reut08:41 07-07-88").
        let line_start = |k: usize| k == 0 || self.tokens[k].line_break_before;
        let opens = line_start(i)
            || (i >= 2
                && self.tok(i - 1) == Some(":")
                && (i.saturating_sub(4)..i - 1).any(line_start)
                && (i.saturating_sub(4)..i - 1).all(|k| self.tokens[k].kind == TokenKind::Word))
            || (i.saturating_sub(4)..i)
                .find(|&k| line_start(k))
                .is_some_and(|from| {
                    self.word(from)
                        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
                        && self.tokens[i - 1].kind == TokenKind::Number
                        && (from + 1..i).all(|k| {
                            matches!(self.tokens[k].kind, TokenKind::Number)
                                || self.tok(k) == Some(":")
                        })
                });
        // Nothing but a time after it on the line ("1842EST", "3:04pm").
        let ends = self
            .tokens
            .get(i + 5)
            .is_none_or(|t| t.line_break_before || t.kind == TokenKind::Number);
        if !opens || !ends || self.glued(i + 5) {
            return None;
        }
        let (a, b, yy) = (self.number(i)?, self.number(i + 2)?, self.number(i + 4)?);
        let (day, month) = match (a, b) {
            (13..=31, 1..=12) => (a, b),
            (1..=12, 13..=31) => (b, a),
            _ if a == b && (1..=12).contains(&a) => (a, b),
            (1..=12, 1..=12) => self.day_and_month(a, b, i + 5)?,
            _ => return None,
        };
        let whole = Matcher {
            tokens: self.document,
            ..*self
        };
        // (Not a clock in wire copy's trailer: "Reuters 2130 21/3/60".)
        let latest = (0..self.document.len())
            .filter_map(|k| whole.year(k))
            .filter(|y| *y <= 2100)
            .max();
        let yy = yy as i32;
        let year = match latest {
            Some(latest) => [1900 + yy, 2000 + yy]
                .into_iter()
                .min_by_key(|y| (y - latest).abs())
                .unwrap_or(2000 + yy),
            None if yy >= 50 => 1900 + yy,
            None => 2000 + yy,
        };
        let (day, month) = (day as u8, month as u8);
        valid_day(Some(year), month, day).then(|| {
            let start = DatePoint {
                year: Some(year),
                month: Some(month),
                day: Some(day),
            };
            (
                i + 5,
                Expr::Calendar {
                    start,
                    end: None,
                    part: None,
                },
            )
        })
    }

    /// An optional ", YEAR" or " YEAR" after a date; returns the year and the index after it.
    fn trailing_year(&self, i: usize) -> (Option<i32>, usize) {
        if let Some(year) = self.year(i) {
            return (Some(year), i + 1);
        }
        if self.tok(i) == Some(",")
            && let Some(year) = self.year(i + 1)
        {
            return (Some(year), i + 2);
        }
        (None, i)
    }

    /// "last year", "this year", "next year" (or "of last year") at `i`, after a month: the
    /// years it counts from the reference's, and the token after it.
    fn relative_year(&self, i: usize) -> Option<(i32, usize)> {
        let i = if self.is(i, "of") { i + 1 } else { i };
        let years = match self.word(i)? {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        self.is(i + 1, "year").then_some((years, i + 2))
    }

    /// Whether the capitalised words from `after` (one or two) end in the head of a body's or
    /// place's name, so that the date before them is part of that name: "the 26th of July
    /// Movement", "the April 6 Youth Movement", "the 6th of October Bridge".
    fn names_a_body(&self, after: usize) -> bool {
        (after..after + 2)
            .take_while(|&k| self.capitalized(k) && !self.tokens[k].line_break_before)
            .any(|k| self.word(k).is_some_and(lexicon::is_name_head_after_date))
    }

    /// Whether the tokens around a span look like a proper name containing it
    /// ("2045 Global Strategic Initiative", "Vision 2030", "Astana 2017 Expo").
    fn inside_name(&self, first: usize, last: usize) -> bool {
        let after = self.capitalized(last)
            && !self.is_month_or_day(last)
            && !self.tokens[last].line_break_before;
        let before = first > 0
            && self.capitalized(first - 1)
            && !self.is_month_or_day(first - 1)
            && !self.sentence_start(first - 1)
            && !lexicon::is_temporal_preposition(self.word(first - 1).unwrap_or(""));
        after || before
    }

    fn is_month_or_day(&self, i: usize) -> bool {
        self.word(i)
            .is_some_and(|w| lexicon::month(w).is_some() || lexicon::weekday(w).is_some())
    }

    /// Whether token `i` begins a sentence or line.
    fn sentence_start(&self, i: usize) -> bool {
        i == 0
            || self.tokens[i].line_break_before
            || self.is_any(i - 1, &[".", "!", "?", ":", "“", "\"", "‘", "(", "—", "–"])
    }

    fn at(&self, i: usize) -> Option<(usize, Expr)> {
        let first = self.tok(i)?;
        let calendar = |start, end, part| Expr::Calendar { start, end, part };
        let point = |year, month, day| DatePoint { year, month, day };

        // ISO 8601: 2023-06-22, 2023-06.
        if let (Some(year), true) = (
            self.year(i),
            self.glued(i + 1) && self.tok(i + 1) == Some("-"),
        ) && let Some(month) = self
            .number(i + 2)
            .filter(|m| (1..=12).contains(m) && self.glued(i + 2))
        {
            let month = month as u8;
            if self.glued(i + 3) && self.tok(i + 3) == Some("-") {
                if let Some(day) = self.number(i + 4).filter(|_| self.glued(i + 4)) {
                    let day = day as u8;
                    if (1..=super::calendar::days_in_month(year, month)).contains(&day) {
                        return Some((
                            i + 5,
                            calendar(point(Some(year), Some(month), Some(day)), None, None),
                        ));
                    }
                }
                return None;
            }
            // (A season or a financial year across two years, the second in two digits: "the
            // 2003-04 season", not April 2003.)
            let next_year = (year + 1) % 100 == i32::from(month)
                && self.tokens[i + 2].end - self.tokens[i + 2].start == 2;
            if !next_year {
                return Some((
                    i + 3,
                    calendar(point(Some(year), Some(month), None), None, None),
                ));
            }
        }

        // Year first, with slashes, as East Asian agencies write it: "2011/12/19".
        if self.tok(i + 1) == Some("/")
            && let Some(year) = self.year(i)
            && self.tok(i + 3) == Some("/")
            && (1..=4).all(|k| self.glued(i + k))
            && let Some(month) = self.number(i + 2).filter(|m| (1..=12).contains(m))
            && let Some(day) = self.number(i + 4)
            && self.tokens[i + 4].end - self.tokens[i + 4].start <= 2
            && valid_day(Some(year), month as u8, day as u8)
        {
            return Some((
                i + 5,
                calendar(
                    point(Some(year), Some(month as u8), Some(day as u8)),
                    None,
                    None,
                ),
            ));
        }

        // A stamp with a two-digit year on its own line or after a label: "02-26-86" under a
        // wire story, "Last Updated: 11/06/09 3:04pm". Day and month are told apart as below;
        // the century is the one that puts the year nearest the latest year the article
        // names in full (else 1950–2049).
        if let Some(found) = self.short_year_stamp(i) {
            return Some(found);
        }

        // All in numbers with a four-digit year: "20/03/2024", "20.03.2024" (day first, as in
        // most of the world), "3/20/2024" (month first, as in the US). Only when the numbers
        // or the separator say which is the day: "03/04/2024" could be either, and is left
        // alone; "03.04.2024" is day first (the US writes no periods there).
        if let Some(a) = self.number(i)
            && let Some(sep) = self.tok(i + 1).filter(|t| matches!(*t, "/" | "."))
            && (1..=4).all(|k| self.glued(i + k))
            && let Some(b) = self.number(i + 2)
            && self.tok(i + 3) == Some(sep)
            && self.tok(i + 4).is_some_and(|t| t.len() == 4)
            && let Some(year) = self.year(i + 4)
        {
            let (day, month) = match (a, b) {
                (13..=31, 1..=12) => (a, b),
                (1..=12, 13..=31) => (b, a),
                _ if a == b && a <= 12 => (a, b),
                (1..=12, 1..=12) if sep == "." => (a, b),
                // ("08/05/2017" on a page that speaks of "May 14" and not of August: the 8th
                // of May. A reader settles it by the months the article names in words.)
                (1..=12, 1..=12) => self.day_and_month(a, b, i + 5)?,
                _ => return None,
            };
            let (day, month) = (day as u8, month as u8);
            if valid_day(Some(year), month, day) {
                return Some((
                    i + 5,
                    calendar(point(Some(year), Some(month), Some(day)), None, None),
                ));
            }
            return None;
        }

        // Centuries: "the 12th century", "the 21st century" (after "the": "a 19th-century
        // church" says what kind of church; "15th century" alone may be a count).
        if let Some(n) = self.number(i).filter(|n| (1..=21).contains(n))
            && i > 0
            && self.is(i - 1, "the")
            && self.glued(i + 1)
            && self.is_any(i + 1, &["st", "nd", "rd", "th"])
            && self.is(i + 2, "century")
            // (Not a name that goes on: "the 20th Century Fox film studio".)
            && !(self.capitalized(i + 2) && self.capitalized(i + 3))
            // (Nor a century before Christ: "the 3rd century BC".)
            && !self.is_any(i + 3, ERA_BEFORE)
        {
            return Some((i + 3, Expr::Century((n as i32 - 1) * 100)));
        }
        // … spelled out: "the seventh century" (not before an era's letters: "the second
        // century BC", whose years this calendar does not count).
        if self.is(i + 1, "century")
            && i > 0
            && self.is(i - 1, "the")
            && let Some(n) = self
                .word(i)
                .and_then(|w| spelled_ordinal(Lower::new(w).as_str()))
            && !(self.capitalized(i + 1) && self.capitalized(i + 2))
            && !self.is_any(i + 2, ERA_BEFORE)
        {
            return Some((i + 2, Expr::Century((n - 1) * 100)));
        }
        // Day first: "22 Jun 2023", "25–27 May", "4th of July".
        if let Some((day, next)) = self.day(i) {
            let (end_day, next) = match (self.is_any(next, DASHES), self.day(next + 1)) {
                (true, Some((d, n))) if d > day => (Some(d), n),
                _ => (None, next),
            };
            let next = if self.is(next, "of") { next + 1 } else { next };
            if let Some((month, after)) = self.month(next) {
                let (year, after) = self.trailing_year(after);
                if valid_day(year, month, end_day.unwrap_or(day)) {
                    let start = point(year, Some(month), Some(day));
                    let end = end_day.map(|d| point(year, Some(month), Some(d)));
                    return Some((after, calendar(start, end, None)));
                }
            }
            // ("3 days ago", "30 minutes ago": a count in figures, not a day.)
            return self.offset(i);
        }

        // Quarters, halves, and the first months of a year: "the third quarter", "Q3 2024",
        // "the first half of 2023", "the first nine months of the year".
        if let Some(found) = self.year_division(i) {
            return Some(found);
        }

        // (The first word lower-cased once, for the patterns below that open with a word.)
        let first_lower = Lower::new(first);
        let lower = first_lower.as_str();

        // Part of a month: "early May", "late May, 2015", "mid-June", "the end of April".
        let part = match lower {
            "early" | "beginning" | "start" => Some((Part::Early, i + 1)),
            "mid" | "middle" => Some((Part::Mid, i + 1)),
            "late" => Some((Part::Late, i + 1)),
            "end" => Some((Part::End, i + 1)),
            _ => None,
        };
        if let Some((part, mut next)) = part {
            // "mid-June", "the end of April"
            if self.is_any(next, DASHES) || self.is(next, "of") {
                next += 1;
            }
            if let Some((month, after)) = self.month(next) {
                let (year, after) = self.trailing_year(after);
                let start = point(year, Some(month), None);
                return Some((after, calendar(start, None, Some(part))));
            }
            // "the early 1960s": the decade (its part is not told more precisely than that).
            if let Some(year) = self.year(next).filter(|y| y % 10 == 0)
                && self.glued(next + 1)
                && self.is(next + 1, "s")
            {
                return Some((next + 2, Expr::Decade(year)));
            }
            // "early 2023", "late 2015": a third of that year.
            if let Some(year) = self.year(next) {
                return Some((next + 1, Expr::YearThird { year, part }));
            }
            // "the end of the year", "early next year"
            let (offset, at) = match self.word(next).map(Lower::new).as_ref().map(Lower::as_str) {
                Some("the" | "this") => (0, next + 1),
                Some("next") => (1, next + 1),
                Some("last") => (-1, next + 1),
                _ => (0, usize::MAX),
            };
            if at != usize::MAX && self.is(at, "year") {
                let beside = false;
                return Some((
                    at + 1,
                    Expr::YearPart {
                        offset,
                        part,
                        beside,
                    },
                ));
            }
            // "early the following year", "late the previous year": a part of the year after or
            // before the one written before it.
            if self.is(next, "the")
                && let Some(offset) = match self.word(next + 1) {
                    Some("following") => Some(1),
                    Some("previous") => Some(-1),
                    _ => None,
                }
                && self.is(next + 2, "year")
            {
                let beside = true;
                return Some((
                    next + 3,
                    Expr::YearPart {
                        offset,
                        part,
                        beside,
                    },
                ));
            }
            // "the end of the month", "early next month": the month itself (a part of a month
            // not named is not told more precisely).
            if at != usize::MAX && self.is(at, "month") {
                let unit = Unit::Month;
                let approximate = false;
                return Some((
                    at + 1,
                    Expr::Period {
                        unit,
                        offset,
                        approximate,
                    },
                ));
            }
        }

        // Month first: "April 20", "Oct. 2–4", "May 25-27, 2015", "October 2015", "in May".
        if let Some((month, next)) = self.month(i) {
            // "April's end", "April’s beginning"
            if self.is_any(next, &["'", "’"]) && self.is(next + 1, "s") {
                let part = match self
                    .word(next + 2)
                    .map(Lower::new)
                    .as_ref()
                    .map(Lower::as_str)
                {
                    Some("end") => Some(Part::Late),
                    Some("beginning" | "start") => Some(Part::Early),
                    Some("middle") => Some(Part::Mid),
                    _ => None,
                };
                if let Some(part) = part {
                    return Some((
                        next + 3,
                        calendar(point(None, Some(month), None), None, Some(part)),
                    ));
                }
            }
            if let Some((day, after)) = self.day(next) {
                // A range: "2–4", "2 to 4", "30 – June 2", "between May 2 and 4" (without
                // "between", two days: "strikes on December 2 and December 16").
                let mut end = None;
                let mut after = after;
                let between = i >= 1 && self.is(i - 1, "between");
                if self.is_any(after, DASHES)
                    || self.is(after, "to")
                    || (self.is(after, "and") && between)
                {
                    if let Some((other_month, n)) = self.month(after + 1) {
                        if let Some((d, n)) = self.day(n) {
                            end = Some((other_month, d));
                            after = n;
                        }
                    } else if let Some((d, n)) = self.day(after + 1)
                        && d > day
                    {
                        end = Some((month, d));
                        after = n;
                    }
                }
                // "May 2015" read as day 20 + "15"? day() rejects 4-digit tokens, so no.
                let (mut year, after) = self.trailing_year(after);
                // "on December 2 and December 16, 2024": the year written once serves both.
                if year.is_none()
                    && end.is_none()
                    && self.is(after, "and")
                    && let Some((other, n)) = self.month(after + 1)
                    && let Some((_, n)) = self.day(n)
                    && let (Some(other_year), _) = self.trailing_year(n)
                {
                    year = Some(if other < month {
                        other_year - 1
                    } else {
                        other_year
                    });
                }
                if year.is_none()
                    && end.is_none()
                    && let Some((years, after)) = self.relative_year(after)
                    && valid_day(None, month, day)
                {
                    let day = Some(day);
                    return Some((after, Expr::MonthInYear { month, day, years }));
                }
                if valid_day(year, month, day) && end.is_none_or(|(m, d)| valid_day(year, m, d)) {
                    let start = point(year, Some(month), Some(day));
                    let end = end.map(|(m, d)| point(year, Some(m), Some(d)));
                    return Some((after, calendar(start, end, None)));
                }
                return None;
            }
            // A quarter named by its last month, as Australian statistics name them: "the
            // December quarter", "the June-quarter figures".
            let quarter_at = if self.is_any(next, DASHES) && self.glued(next) {
                next + 1
            } else {
                next
            };
            if month % 3 == 0 && self.is(quarter_at, "quarter") && i > 0 && self.is(i - 1, "the") {
                let (year, after) = match self.year(quarter_at + 2) {
                    Some(y) if self.is(quarter_at + 1, "of") => (Some(y), quarter_at + 3),
                    _ => (None, quarter_at + 1),
                };
                let division = Expr::YearDivision {
                    code: 32 + month / 3,
                    year,
                    relative: None,
                };
                return Some((after, division));
            }
            // A range of months joined by a dash: "October-December 2023", "the July–September
            // quarter" (without a year, only where the context makes it a date).
            if self.is_any(next, DASHES)
                && self.glued(next)
                && let Some((other, n)) = self.month(next + 1)
                && other != month
            {
                let (year, after) = self.trailing_year(n);
                let dated = year.is_some()
                    || self.is(after, "quarter")
                    || (i > 0
                        && self.word(i - 1).is_some_and(|w| {
                            w.eq_ignore_ascii_case("the") || lexicon::is_temporal_preposition(w)
                        }));
                if dated && !self.inside_name(i, after) {
                    let first_year = year.map(|y| if other < month { y - 1 } else { y });
                    let start = point(first_year, Some(month), None);
                    let end = point(year, Some(other), None);
                    return Some((after, calendar(start, Some(end), None)));
                }
            }
            let (year, after) = self.trailing_year(next);
            if let Some(year) = year {
                return Some((
                    after,
                    calendar(point(Some(year), Some(month), None), None, None),
                ));
            }
            if let Some((years, after)) = self.relative_year(next) {
                let day = None;
                return Some((after, Expr::MonthInYear { month, day, years }));
            }
            // "between March and June 2023": the year written once serves both months.
            if (self.is_any(next, DASHES) || self.is_any(next, &["and", "to", "or", "through"]))
                && let Some((other, n)) = self.month(next + 1)
                && let (Some(year), _) = self.trailing_year(n)
            {
                let year = if other < month { year - 1 } else { year };
                return Some((
                    next,
                    calendar(point(Some(year), Some(month), None), None, None),
                ));
            }
            // ("a tour planned for October", "elections set for March", "tickets had been sold
            // out for July".)
            let set_for = i >= 2
                && self.is(i - 1, "for")
                && self
                    .word(i - 2)
                    .is_some_and(|w| lexicon::is_setting_verb(w) || matches!(w, "planned" | "out"));
            let after_preposition = set_for
                || i > 0
                    && self
                        .word(i - 1)
                        .is_some_and(lexicon::is_temporal_preposition);
            // "as early as April", "as soon as March", "as recently as September" (not
            // "known as April").
            let as_early_as = i >= 3
                && self.is(i - 1, "as")
                && self.is(i - 3, "as")
                && self
                    .word(i - 2)
                    .is_some_and(|w| matches!(w, "early" | "late" | "soon" | "recently"));
            // "was granted candidate status that June.": the month of a year named before,
            // which resolution finds (not "said that March was the wettest").
            let that_month = i > 0
                && self.is(i - 1, "that")
                && (self.is_any(next, &[",", ".", ";", ")"])
                    || self.is_any(next, &["and", "when", "after", "before", "while", "as"]));
            // ("In June BMW cancelled the order": a sentence opening with the preposition and
            // the month puts the subject's name right after it.)
            // (Mid-sentence, a verb in the past after one capitalised word tells that word is
            // the subject: "and in June BMW cancelled".)
            let opening = i > 0
                && (self
                    .word(i - 1)
                    .is_some_and(|w| matches!(w, "In" | "Since" | "Until" | "By"))
                    || (after_preposition
                        && self.word(next + 1).is_some_and(|w| {
                            w.starts_with(|c: char| c.is_ascii_lowercase())
                                && lexicon::is_past_verb(w)
                        })));
            // "a surprise July general election", "the March vote": the month of a vote (not
            // "the first July election since 1945", a month of any year).
            let vote = |k: usize| {
                self.word(k).is_some_and(|w| {
                    matches!(
                        w,
                        "election" | "elections" | "vote" | "poll" | "polls" | "referendum"
                    )
                })
            };
            let adjective = |k: usize| {
                self.word(k).is_some_and(|w| {
                    matches!(
                        w,
                        "general" | "presidential" | "parliamentary" | "local" | "snap"
                    )
                })
            };
            let of_a_vote = (vote(next) || (adjective(next) && vote(next + 1)))
                && i > 0
                && !self.word(i - 1).is_some_and(|w| {
                    matches!(w, "first" | "last" | "every" | "each") || w.ends_with("th")
                })
                && month != 5;
            // "the December collapse of Enron", "its March offering": the month of an event
            // named right after it, behind a determiner.
            let of_an_event = i > 0
                && matches!(
                    self.word(i - 1),
                    Some("the" | "The" | "its" | "their" | "his" | "her")
                )
                && self.word(next).is_some_and(|w| {
                    matches!(
                        w,
                        "collapse"
                            | "attack"
                            | "attacks"
                            | "bombing"
                            | "bombings"
                            | "earthquake"
                            | "quake"
                            | "floods"
                            | "crash"
                            | "coup"
                            | "summit"
                            | "ruling"
                            | "verdict"
                            | "invasion"
                            | "uprising"
                            | "eruption"
                            | "explosion"
                            | "blast"
                            | "shooting"
                            | "massacre"
                            | "bankruptcy"
                            | "resignation"
                            | "takeover"
                            | "merger"
                            | "offering"
                            | "launch"
                            | "visit"
                            | "riots"
                            | "protests"
                    )
                })
                && month != 5;
            if (after_preposition || as_early_as || that_month || of_a_vote || of_an_event)
                && (opening || !self.inside_name(i, next))
            {
                return Some((next, calendar(point(None, Some(month), None), None, None)));
            }
            return None;
        }

        // Holidays: "New Year's Day", "Christmas Eve" (the longest name), "Black Friday".
        // ("a Christmas miracle", "a New Year's resolution": a kind of thing, no day.)
        let indefinite = i > 0 && matches!(self.word(i - 1), Some("a" | "an" | "A" | "An"));
        if self.capitalized(i)
            && !indefinite
            && matches!(
                first,
                "New"
                    | "Christmas"
                    | "Boxing"
                    | "Valentine"
                    | "Halloween"
                    | "Fourth"
                    | "Bastille"
                    | "Easter"
                    | "Good"
                    | "Thanksgiving"
                    | "Black"
                    | "Cyber"
                    | "Memorial"
                    | "Labor"
                    | "Labour"
            )
        {
            for n in (1..=5).rev() {
                let last = i + n - 1;
                if last >= self.tokens.len()
                    || (i + 1..=last).any(|k| {
                        self.tokens[k].space_before && !self.capitalized(k) && !self.is(k, "of")
                    })
                {
                    continue;
                }
                let name = &self.text[self.tokens[i].start..self.tokens[last].end];
                let movable = lexicon::movable_holiday(name);
                // ("Easter Island", "the Good Friday Agreement", "the Labor Day Classic": a
                // longer name.)
                if movable.is_some() && self.capitalized(last + 1) {
                    return None;
                }
                let fixed = lexicon::holiday(name);
                if movable.is_some() || fixed.is_some() {
                    // ("the Boxing Day Test", "the Christmas Day Parade": an event's name.)
                    if self.capitalized(last + 1)
                        && self
                            .word(last + 1)
                            .is_some_and(lexicon::is_event_after_holiday)
                    {
                        return None;
                    }
                    // ("New Year's revelers", "Christmas shoppers", "the Christmas season": the
                    // season's people and things, not a day; "on New Year's" is one.)
                    // ("Easter Sunday blasts": a day by its weekday is the day.)
                    let day_named = matches!(self.word(last), Some("Day" | "Eve"))
                        || self.word(last).and_then(lexicon::weekday).is_some();
                    let plural_after = self.word(last + 1).is_some_and(|w| {
                        w.starts_with(|c: char| c.is_ascii_lowercase())
                            && w.len() > 3
                            && w.ends_with('s')
                            && !w.ends_with("ss")
                    });
                    let before_noun = plural_after
                        || self.word(last + 1).is_some_and(|w| {
                            w.starts_with(|c: char| c.is_ascii_lowercase())
                                && matches!(
                                    w,
                                    "tree"
                                        | "shopping"
                                        | "season"
                                        | "market"
                                        | "holiday"
                                        | "party"
                                        | "dinner"
                                        | "lunch"
                                        | "card"
                                        | "gift"
                                        | "spirit"
                                        | "period"
                                        // ("his Easter address": what is said for it.)
                                        | "address"
                                        | "message"
                                        | "speech"
                                        | "homily"
                                        | "sermon"
                                )
                        });
                    let on = i > 0
                        && self.word(i - 1).is_some_and(|w| {
                            !matches!(w, "of" | "to" | "and" | "or")
                                && lexicon::is_temporal_preposition(w)
                        });
                    // ("during Halloween celebrations": the preposition is the people's or
                    // things'; "during the Christmas holiday" is a time.)
                    if !day_named && before_noun && (!on || plural_after) {
                        return None;
                    }
                    // ("over the Easter weekend", "the Easter long weekend": the days off
                    // around it.)
                    let weekend_end = match (self.word(last + 1), self.word(last + 2)) {
                        (Some("weekend"), _) => Some(last + 2),
                        (Some("long" | "holiday" | "bank"), Some("weekend")) => Some(last + 3),
                        _ => None,
                    }
                    .filter(|_| movable.is_some_and(lexicon::has_long_weekend));
                    if let (Some(holiday), Some(after)) = (movable, weekend_end) {
                        let expr = Expr::Movable {
                            holiday,
                            year: None,
                            weekend: true,
                        };
                        return Some((after, expr));
                    }
                    let (year, after) = self.trailing_year(last + 1);
                    return Some(match (fixed, movable) {
                        (Some((month, day)), _) => (
                            after,
                            calendar(point(year, Some(month), Some(day)), None, None),
                        ),
                        (None, Some(holiday)) => (
                            after,
                            Expr::Movable {
                                holiday,
                                year,
                                weekend: false,
                            },
                        ),
                        (None, None) => return None,
                    });
                }
            }
        }

        // Seasons: "spring 2015", "this spring", "earlier this spring", "the spring of 2015".
        if let Some(expr) = self.season(i) {
            return Some(expr);
        }

        // Weekdays: "on Thursday" (not before the date it names: "Sunday, 29 September 2024"
        // and "Thursday 22 December 1988" are that date, which follows).
        if self.capitalized(i)
            && let Some(day) = self.word(i).and_then(lexicon::weekday)
        {
            // ("Thursday 22 December 1988": with no comma too.)
            let date_at = if self.is_any(i + 1, &[","]) {
                i + 2
            } else {
                i + 1
            };
            // (A number or a month must come next: most weekdays stand alone.)
            let dated = self.tokens.get(date_at).is_some_and(|t| {
                !t.line_break_before
                    && (t.kind == TokenKind::Number
                        || self.word(date_at).and_then(lexicon::month).is_some())
            }) && matches!(
                self.at(date_at),
                Some((
                    _,
                    Expr::Calendar {
                        start: DatePoint { day: Some(_), .. },
                        ..
                    }
                ))
            );
            // ("the Good Friday Agreement", "Black Friday sales": a holiday's name, read
            // above where it names the day.)
            let in_holiday = i > 0
                && self.capitalized(i - 1)
                && lexicon::movable_holiday(
                    &self.text[self.tokens[i - 1].start..self.tokens[i].end],
                )
                .is_some()
                // ("the fires of Ash Wednesday", "Bloody Sunday", "Super Tuesday": a day
                // named for what befell it, or a feast, no day of the article's week.)
                || (i > 0
                    && self.capitalized(i - 1)
                    && matches!(
                        self.word(i - 1),
                        Some(
                            "Ash" | "Palm" | "Holy" | "Maundy" | "Shrove" | "Bloody" | "Black"
                                | "Super" | "Fat" | "Blue" | "Whit"
                        )
                    ));
            // ("every Sunday", "a Sunday newspaper", "the first Saturday sitting since 1956": a
            // day that recurs, or a weekday describing a noun, names no date.)
            let recurring = i > 0 && matches!(self.word(i - 1), Some("every" | "each"));
            let describing = i > 0
                && matches!(
                    self.word(i - 1),
                    Some("a" | "an" | "first" | "second" | "third" | "only" | "rare")
                )
                && self.tokens.get(i + 1).is_some_and(|t| {
                    t.kind == TokenKind::Word
                        && !t.line_break_before
                        && self.text.as_bytes()[t.start].is_ascii_lowercase()
                        && !self.word(i + 1).is_some_and(is_part_of_day)
                });
            // ("to broadcast Sunday Mass", "during Friday prayers": a day's service, which
            // recurs, unless "on" dates it: "on Sunday Mass was said in the square".)
            let service = matches!(
                self.word(i + 1),
                Some("Mass" | "mass" | "services" | "worship" | "prayers" | "sermon")
            ) && !(i > 0
                && self.word(i - 1).is_some_and(|w| {
                    matches!(Lower::new(w).as_str(), "on" | "last" | "next" | "this")
                }));
            // ("a Sunday school picnic", "the Sunday Times", "Sunday Gazette-Mail": a day's
            // school or a paper's name.)
            let institution = matches!(
                self.word(i + 1),
                Some(
                    "school"
                        | "schools"
                        | "School"
                        | "Times"
                        | "Telegraph"
                        | "Mirror"
                        | "Express"
                        | "Herald"
                        | "Post"
                        | "Mail"
                        | "Gazette"
                        | "Star"
                        | "Sun"
                        | "Observer"
                        | "Independent"
                        | "Tribune"
                        | "Age"
                )
            ) && !(i > 0
                && self.word(i - 1).is_some_and(|w| {
                    matches!(Lower::new(w).as_str(), "on" | "last" | "next" | "this")
                }));
            if dated || in_holiday || recurring || describing || service || institution {
                return None;
            }
            return Some((i + 1, Expr::Weekday(day)));
        }

        // "over the weekend", "at the weekend" (not a possessive, "the weekend's talks", nor
        // "a weekend of protests": no preposition and "the" before it).
        if lower == "weekend"
            && i >= 2
            && self.is(i - 1, "the")
            && matches!(self.word(i - 2), Some("over" | "at" | "during" | "on"))
            && !matches!(self.tok(i + 1), Some("'" | "’"))
        {
            return Some((
                i + 1,
                Expr::Weekend {
                    offset: 0,
                    nearest: true,
                },
            ));
        }

        // "the next day", "the following day", "the previous day": a day after or before the
        // date written before it (see `days_from_previous`), never counted from the article's.
        // (The span starts after "the": "the" is too common a word to try every pattern on.)
        if let Some(days) = match lower {
            "next" | "following" => Some(1),
            "previous" => Some(-1),
            _ => None,
        } && i > 0
            && self.is(i - 1, "the")
            // ("the following morning", "the previous evening": that day, a part of it.)
            && self.word(i + 1).is_some_and(is_part_of_day)
        {
            return Some((
                i + 2,
                Expr::Offset {
                    days,
                    approximate: false,
                },
            ));
        }
        // "later that month", "that year": the month or the year of the date written before it
        // (see `shifted_from_previous`; not "that year-long war", "that year's").
        let that_at = match lower {
            "later" | "earlier" if self.is(i + 1, "that") => Some(i + 1),
            "that" => Some(i),
            _ => None,
        };
        if let Some(that_at) = that_at
            && let Some(unit) = match self.word(that_at + 1) {
                Some("year") => Some(Unit::Year),
                Some("month") => Some(Unit::Month),
                _ => None,
            }
            && !matches!(self.tok(that_at + 2), Some("-" | "'" | "’"))
        {
            return Some((
                that_at + 2,
                Expr::Period {
                    unit,
                    offset: 0,
                    approximate: false,
                },
            ));
        }
        // "the following year", "the previous month": the year or month after or before the
        // one written before it (see `shifted_from_previous`); "the next year" is left alone,
        // as it may be the coming one.
        if let Some(offset) = match lower {
            "following" => Some(1),
            "previous" => Some(-1),
            _ => None,
        } && i > 0
            && self.is(i - 1, "the")
            && let Some(unit) = match self.word(i + 1) {
                Some("year") => Some(Unit::Year),
                Some("month") => Some(Unit::Month),
                _ => None,
            }
        {
            return Some((
                i + 2,
                Expr::Period {
                    unit,
                    offset,
                    approximate: false,
                },
            ));
        }

        // Deictic words, also in their older spelling: "to-morrow", "to-night", "to-day".
        // (Not inside a compound: "day-to-day control", "night-to-night".)
        if lower == "to"
            && self.tok(i + 1) == Some("-")
            && self.tokens.get(i + 2).is_some_and(|t| !t.space_before)
            && !(i >= 1 && self.tok(i - 1) == Some("-") && !self.tokens[i].space_before)
            && let Some(days) = match self.word(i + 2) {
                Some("day" | "night") => Some(0),
                Some("morrow") => Some(1),
                _ => None,
            }
        {
            return Some((
                i + 3,
                Expr::Offset {
                    days,
                    approximate: false,
                },
            ));
        }
        let offset = match lower {
            "today" | "tonight" => Some(0),
            "yesterday" => Some(-1),
            "tomorrow" => Some(1),
            _ => None,
        };
        // "that night", "that morning": the day written last before it (which resolution
        // finds), not one's own.
        if lower == "that" && self.word(i + 1).is_some_and(is_part_of_day) {
            return Some((
                i + 2,
                Expr::Offset {
                    days: 0,
                    approximate: false,
                },
            ));
        }
        // "this morning", "this evening": the day it is told.
        if lower == "this" && matches!(self.word(i + 1), Some("morning" | "afternoon" | "evening"))
        {
            return Some((
                i + 2,
                Expr::Offset {
                    days: 0,
                    approximate: false,
                },
            ));
        }
        // "last night", "last evening": the evening before the day it is told.
        if lower == "last" && matches!(self.word(i + 1), Some("night" | "evening")) {
            return Some((
                i + 2,
                Expr::Offset {
                    days: -1,
                    approximate: false,
                },
            ));
        }
        // ("today's artificial intelligence": the present age, not the day; "today's vote"
        // is the day.)
        let age = lower == "today"
            && matches!(self.tok(i + 1), Some("'" | "’"))
            && self.is(i + 2, "s")
            && !self.word(i + 3).is_some_and(lexicon::is_occasion)
            // ("today's treasonous events": an adjective between.)
            && !(self
                .word(i + 3)
                .is_some_and(|w| w.starts_with(char::is_lowercase))
                && self.word(i + 4).is_some_and(lexicon::is_occasion));
        // ("USA Today", "FLORIDA TODAY": a paper's name, after a capitalised word on its line.)
        let paper = first.starts_with(char::is_uppercase)
            && i > 0
            && self.capitalized(i - 1)
            && !self.tokens[i].line_break_before;
        // ("the BBC's Today programme", "the Today show": a programme's name, capitalised
        // before the word for it or after a possessive.)
        let programme = || {
            first.starts_with(char::is_uppercase)
                && i > 0
                && (matches!(
                    self.word(i + 1),
                    Some("programme" | "program" | "show" | "newspaper" | "podcast")
                ) || (self.is(i - 1, "s")
                    && matches!(self.tok(i.saturating_sub(2)), Some("'" | "’"))))
        };
        if let Some(days) = offset
            && self.tokens[i].kind == TokenKind::Word
            && !age
            && !paper
            && !programme()
            && self.tokens[i].kind == TokenKind::Word
            && !age
            && !paper
        {
            return Some((
                i + 1,
                Expr::Offset {
                    days,
                    approximate: false,
                },
            ));
        }

        // "last week", "next month", "this year", "earlier this year", "later in the week"
        if let Some((offset, next)) = match lower {
            "last" | "past" => Some((-1, i + 1)),
            "next" | "coming" => Some((1, i + 1)),
            "this" => Some((0, i + 1)),
            "earlier" | "later" if self.is(i + 1, "this") => Some((0, i + 2)),
            "earlier" | "later" if self.is(i + 1, "in") && self.is(i + 2, "the") => {
                Some((0, i + 3))
            }
            _ => None,
        } {
            if self.is(next, "weekend") {
                return Some((
                    next + 1,
                    Expr::Weekend {
                        offset,
                        nearest: false,
                    },
                ));
            }
            // "last December", "next March" (not "last May 5", not "this May 2024").
            if !matches!(lower, "earlier" | "later")
                && let Some((month, after)) = self.month(next)
                && self.day(after).is_none()
                && self.trailing_year(after).0.is_none()
                && self.capitalized(next)
            {
                return Some((after, Expr::NamedMonth { month, offset }));
            }
            // (Not "the past year", twelve months back from now: a span of time, no
            // calendar year.)
            // (Nor "over the next month", "within the next year": a span ahead, however long.)
            let span_ahead = lower == "next"
                && i >= 2
                && self.is(i - 1, "the")
                && self.word(i - 2).is_some_and(|w| {
                    matches!(
                        Lower::new(w).as_str(),
                        "over" | "within" | "during" | "throughout" | "for"
                    )
                });
            if let Some(unit) = self.word(next).and_then(lexicon::unit)
                && unit != Unit::Day
                && lower != "past"
                && !span_ahead
                && self.word(next).is_some_and(|w| !w.ends_with('s'))
            {
                return Some((
                    next + 1,
                    Expr::Period {
                        unit,
                        offset,
                        approximate: false,
                    },
                ));
            }
        }

        // "two weeks ago", "a few days prior", "3 days earlier"
        if let Some(expr) = self.offset(i) {
            return Some(expr);
        }

        // Decades: "the 1990s", "in the 2010s".
        if let Some(year) = self.year(i).filter(|y| y % 10 == 0)
            && self.glued(i + 1)
            && self.is(i + 1, "s")
        {
            return Some((i + 2, Expr::Decade(year)));
        }

        // Lone years and year ranges, only where the context makes them dates.
        if let Some(year) = self.year(i) {
            return self.lone_year(i, year);
        }
        None
    }

    fn season(&self, i: usize) -> Option<(usize, Expr)> {
        let nearest = i > 0 && self.is(i - 1, "the") && !self.capitalized(i);
        let (relative, next) = if self.is(i, "earlier") || self.is(i, "later") {
            if !self.is(i + 1, "this") {
                return None;
            }
            (Some(0), i + 2)
        } else if self.is(i, "this") {
            (Some(0), i + 1)
        } else if i > 1
            && self.is(i - 1, "the")
            && !self.capitalized(i)
            && self.word(i - 2).is_some_and(|w| {
                matches!(
                    crate::analysis::ascii::Lower::new(w).as_str(),
                    "in" | "during"
                        | "over"
                        | "until"
                        | "till"
                        | "through"
                        | "throughout"
                        | "by"
                        | "before"
                        | "after"
                        | "since"
                        | "for"
                        | "least"
                        | "into"
                        | "from"
                        | "across"
                        | "of"
                )
            })
            // ("For several nights after the fall", of a meteorite: a fall is an event too,
            // and only a preposition of time-within makes it the season.)
            && !(self.is(i, "fall")
                && self.word(i - 2).is_some_and(|w| {
                    matches!(
                        crate::analysis::ascii::Lower::new(w).as_str(),
                        "after" | "before" | "from" | "of"
                    )
                }))
        {
            // "until the autumn": the season of the article's year ("the Spring Festival" is a
            // name; "can survive the winter" is any winter).
            (Some(0), i)
        } else if self.is(i, "last") {
            (Some(-1), i + 1)
        } else if self.is(i, "next") {
            (Some(1), i + 1)
        } else {
            (None, i)
        };
        let season = self.word(next).and_then(lexicon::season)?;
        // "Arab Spring" and "Prague Spring" are names.
        if relative.is_none() && self.capitalized(next) && next > 0 && self.capitalized(next - 1) {
            return None;
        }
        let mut after = next + 1;
        if self.is(after, "of") {
            if self.year(after + 1).is_some() {
                after += 1;
            } else if nearest {
                // "the fall of communism", "the spring of discontent": no season.
                return None;
            }
        }
        if let Some(year) = self.year(after) {
            return Some((
                after + 1,
                Expr::Season {
                    season,
                    year: Some(year),
                    relative: 0,
                    nearest: false,
                },
            ));
        }
        let relative = relative?;
        Some((
            after,
            Expr::Season {
                season,
                year: None,
                relative,
                nearest,
            },
        ))
    }

    /// "of 2024", "of the year", "of this year", "of last year" after a division of a year:
    /// (explicit year, years relative to the reference, index after). `None` if absent.
    fn of_year(&self, i: usize) -> Option<(Option<i32>, Option<i32>, usize)> {
        if !self.is(i, "of") {
            return None;
        }
        if let Some(year) = self.year(i + 1) {
            return Some((Some(year), None, i + 2));
        }
        let relative = match self.word(i + 1).map(Lower::new).as_ref().map(Lower::as_str) {
            Some("the" | "this") => 0,
            Some("last") => -1,
            Some("next") => 1,
            _ => return None,
        };
        self.is(i + 2, "year")
            .then_some((None, Some(relative), i + 3))
    }

    /// See [`Expr::YearDivision`]. A quarter needs a year after it, the "Q3" spelling, a
    /// hyphenated adjective ("third-quarter profit") or a word of business in its sentence
    /// (sport has quarters too); a half always needs its year ("the second half" of a match).
    fn year_division(&self, i: usize) -> Option<(usize, Expr)> {
        let division = |code, year, relative| Expr::YearDivision {
            code,
            year,
            relative,
        };
        // "Q3", "Q3 2024"
        if let Some(q) = self
            .word(i)
            .and_then(|w| w.strip_prefix('Q'))
            .and_then(|q| q.parse::<u8>().ok())
            .filter(|q| (1..=4).contains(q))
        {
            let year = self.year(i + 1);
            let after = if year.is_some() { i + 2 } else { i + 1 };
            return Some((after, division(32 + q, year, None)));
        }
        let ordinal: u8 = match Lower::new(self.word(i)?).as_str() {
            "first" => 1,
            "second" => 2,
            "third" => 3,
            "fourth" => 4,
            _ => return None,
        };
        // (A fiscal quarter or half is the firm's own, whose year starts when it says: "in
        // its fiscal first quarter".)
        if i > 0 && self.is(i - 1, "fiscal") {
            return None;
        }
        let hyphen = self.is_any(i + 1, DASHES) && self.glued(i + 1) && self.glued(i + 2);
        let noun = if hyphen { i + 2 } else { i + 1 };
        match Lower::new(self.word(noun)?).as_str() {
            "quarter" => {
                let code = 32 + ordinal;
                if let Some((year, relative, after)) = self.of_year(noun + 1) {
                    return Some((after, division(code, year, relative)));
                }
                let business = hyphen
                    || self.tokens.iter().any(|t| {
                        t.kind == TokenKind::Word && lexicon::is_business_word(t.text(self.text))
                    });
                business.then_some((noun + 1, division(code, None, None)))
            }
            "half" if ordinal <= 2 => {
                let (year, relative, after) = self.of_year(noun + 1)?;
                Some((after, division(39 + ordinal, year, relative)))
            }
            _ if ordinal == 1 => {
                // "the first nine months of the year"
                let months = self.number(noun).or_else(|| {
                    let n = self.word(noun).and_then(lexicon::number_word)?;
                    u32::try_from(n).ok()
                })?;
                if !(2..=11).contains(&months) || !self.is(noun + 1, "months") {
                    return None;
                }
                let (year, relative, after) = self.of_year(noun + 2)?;
                if relative.is_some_and(|r| r != 0) {
                    return None;
                }
                let point = |month| DatePoint {
                    year,
                    month: Some(month),
                    day: None,
                };
                Some((
                    after,
                    Expr::Calendar {
                        start: point(1),
                        end: Some(point(months as u8)),
                        part: None,
                    },
                ))
            }
            _ => None,
        }
    }

    fn offset(&self, i: usize) -> Option<(usize, Expr)> {
        // "the night before", "the day before" (ending the clause: "the day before the vote"
        // counts from the vote), "the day after".
        if self.is(i, "the") {
            let days = match (self.word(i + 1)?, self.word(i + 2)) {
                ("day" | "night" | "evening", Some("before"))
                    if self
                        .tokens
                        .get(i + 3)
                        .is_none_or(|t| t.kind == TokenKind::Punct) =>
                {
                    -1
                }
                ("day", Some("after"))
                    if self
                        .tokens
                        .get(i + 3)
                        .is_none_or(|t| t.kind == TokenKind::Punct) =>
                {
                    1
                }
                _ => return None,
            };
            let expr = Expr::Offset {
                days,
                approximate: false,
            };
            return Some((i + 3, expr));
        }
        let mut next = i;
        let mut approximate = false;
        // ("in about 10 days", "in around three weeks": a hedged count ahead.)
        let hedged = i > 0 && self.is(i - 1, "in") && self.word(i).is_some_and(is_hedge);
        if hedged {
            next += 1;
            approximate = true;
        }
        let i = if hedged { i + 1 } else { i };
        if self.is(next, "a") && (self.is(next + 1, "few") || self.is(next + 1, "couple")) {
            next += 1;
            approximate = true;
        }
        // (Not the tail of a longer number: "4,200 years ago", "2.5 years ago".)
        let tail = next >= 2
            && !self.tokens[next].space_before
            && self.tokens[next - 2].kind == TokenKind::Number
            && matches!(self.tokens[next - 1].text(self.text), "," | ".");
        if tail {
            return None;
        }
        let count = if let Some(n) = self
            .number(next)
            .filter(|_| self.tokens[next].end - self.tokens[next].start <= 3)
        {
            i64::from(n)
        } else {
            let word = self.word(next)?;
            if word.eq_ignore_ascii_case("several") || word.eq_ignore_ascii_case("few") {
                approximate = true;
            }
            lexicon::number_word(word)?
        };
        next += 1;
        if self.is(next, "of") {
            next += 1; // "a couple of days"
        }
        // "Updated 2 hours ago": the article's own day (hours back from its time, which is
        // rarely written; a day is as precise as a date goes here).
        let hours = self.word(next).is_some_and(|w| {
            matches!(
                Lower::new(w).as_str(),
                "hour" | "hours" | "minute" | "minutes"
            )
        });
        if hours
            && count < 60
            && self
                .word(next + 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("ago"))
        {
            let expr = Expr::Offset {
                days: 0,
                approximate,
            };
            return Some((next + 2, expr));
        }
        let unit = self.word(next).and_then(lexicon::unit)?;
        // "will host the next summit in six months": ahead of the article, where the sentence
        // says so before it (not "prices fell 20% in six months", a duration).
        let in_future = i > 0
            && (self.is(i - 1, "in") || (hedged && self.is(i - 2, "in")))
            && self.tokens[..i - 1]
                .iter()
                .rev()
                .map(|t| t.text(self.text))
                .take_while(|t| !matches!(*t, ";" | ":" | "—" | "–"))
                .any(|t| {
                    matches!(
                        t,
                        "will" | "would" | "shall" | "expected" | "due" | "scheduled" | "planned"
                    )
                })
            // ("the first pope to step down in nearly 600 years", "the worst floods in 20
            // years": a span looked back over, after a superlative.)
            && !self.tokens[i.saturating_sub(10)..i]
                .iter()
                .any(|t| {
                    matches!(
                        t.text(self.text),
                        "first"
                            | "worst"
                            | "biggest"
                            | "largest"
                            | "highest"
                            | "lowest"
                            | "longest"
                            | "best"
                    )
                });
        // (After "in", the expression ends at the unit: no "ago" or "later" to take.)
        let (direction, after) = match self
            .word(next + 1)
            .map(Lower::new)
            .as_ref()
            .map(Lower::as_str)
        {
            Some("ago" | "earlier" | "prior" | "before" | "previously") => (-1, next + 2),
            Some("later" | "after" | "hence") => (1, next + 2),
            _ if in_future => (1, next + 1),
            _ => return None,
        };
        // "five months after it was founded", "two days before the vote": counted from another
        // happening, not from the article's date; a duration, then.
        let from_another = self
            .word(next + 1)
            .is_some_and(|w| w.eq_ignore_ascii_case("after") || w.eq_ignore_ascii_case("before"))
            && self.word(next + 2).is_some();
        if from_another {
            return None;
        }
        // Months and years back are as precise as their unit: "two months ago" is a month,
        // about ("six months" back from mid-November may still be May), "three years ago" a
        // year (about only for a vague count: "a few years ago").
        if matches!(unit, Unit::Month | Unit::Year) {
            let offset = i32::try_from(direction * count).ok()?;
            return Some((
                after,
                Expr::Period {
                    unit,
                    offset,
                    approximate: approximate || unit == Unit::Month,
                },
            ));
        }
        let days = if unit == Unit::Week { count * 7 } else { count };
        let approximate = approximate || unit == Unit::Week || after == next + 1;
        Some((
            after,
            Expr::Offset {
                days: direction * days,
                approximate,
            },
        ))
    }

    fn lone_year(&self, i: usize, year: i32) -> Option<(usize, Expr)> {
        let point = |y| DatePoint {
            year: Some(y),
            month: None,
            day: None,
        };
        // A range: "2015–2016", "2015-16".
        let mut last = i + 1;
        let mut end = None;
        let joins = (self.is_any(last, DASHES) && self.glued(last))
            || self.is(last, "to")
            || (self.is(last, "and") && i > 0 && matches!(self.word(i - 1), Some("between" | "Between")))
            // ("won every election from 2005 until 2020".)
            || (matches!(self.word(last), Some("until" | "till" | "through"))
                && i > 0
                && self.is(i - 1, "from"));
        if joins && let Some(other) = self.year(last + 1).filter(|y| *y > year) {
            end = Some(other);
            last += 2;
        } else if self.is_any(last, DASHES)
            && self.glued(last)
            && self.glued(last + 1)
            && let Some(later) = self.tokens.get(last + 1).and_then(|t| {
                // "2029-30", a fiscal year; "the 1992-95 war": a later year of the same
                // century by its last two digits.
                let two = t.kind == TokenKind::Number && t.end - t.start == 2;
                let n = t.text(self.text).parse::<i32>().ok().filter(|_| two)?;
                (n > year % 100).then(|| year - year % 100 + n)
            })
        {
            end = Some(later);
            last += 2;
        }
        let before = i
            .checked_sub(1)
            .and_then(|p| self.word(p))
            .map(str::to_lowercase);
        // ("a loss for 2022", "the forecast for 2025": a year only, not a month's name: "called
        // for May to resign".)
        // ("until at least 2027", "since at least 2019": a bound hedged, still a year.)
        let hedged = (before.as_deref() == Some("least")
            && i >= 3
            && self.is(i - 2, "at")
            && self
                .word(i - 3)
                .is_some_and(lexicon::is_temporal_preposition))
            // ("made since about 2018", "in around 2010".)
            || (matches!(before.as_deref(), Some("about" | "around" | "circa"))
                && i >= 2
                && self
                    .word(i - 2)
                    .is_some_and(lexicon::is_temporal_preposition))
            // ("as recently as 2009", "as early as 1990", "as far back as 1970".)
            || (before.as_deref() == Some("as")
                && i >= 3
                && ((self.is(i - 3, "as")
                    && self
                        .word(i - 2)
                        .is_some_and(|w| matches!(w, "recently" | "early" | "late")))
                    || (i >= 4
                        && self.is(i - 4, "as")
                        && self.is(i - 3, "far")
                        && self.is(i - 2, "back"))));
        let preposition = hedged
            || before
                .as_deref()
                .is_some_and(|w| lexicon::is_temporal_preposition(w) || w == "for");
        // "the 2015 elections", "his 1895 will", "a 2019 study": a year used as a modifier of
        // a lower-case noun after a determiner (after "a", not a round number: "a 2000 seat
        // majority" counts).
        let modifier = before.as_deref().is_some_and(|w| {
            matches!(
                w,
                "the" | "his" | "her" | "its" | "their" | "our" | "whose" | "my"
            ) || (w == "a" && (1900..2100).contains(&year) && year % 100 != 0)
                // (After a possessive too: "the country's 1971 war".)
                || (w == "s" && i >= 2 && self.glued(i - 1) && self.is_any(i - 2, &["'", "’"]))
        }) && self
            .word(last)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
            && self.word(last).is_none_or(|w| lexicon::unit(w).is_none());
        // …also after a compound adjective ("the pandemic-shortened 2020 season"), and the
        // second of two such years ("the 2003 and 2004 seasons").
        let determiner_at = |k: usize| {
            self.word(k)
                .is_some_and(|w| matches!(w, "the" | "his" | "her" | "its" | "their" | "our"))
        };
        let noun_after = self
            .word(last)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
            && self.word(last).is_none_or(|w| lexicon::unit(w).is_none());
        let compound = i >= 4
            && self.glued(i - 1)
            && self.is_any(i - 2, &["-"])
            && self.glued(i - 2)
            && self.word(i - 1).is_some()
            && determiner_at(i - 4);
        let second = matches!(before.as_deref(), Some("and" | "or"))
            && i >= 3
            && self.year(i - 2).is_some()
            && determiner_at(i - 3);
        // …and after an adjective of its own: "the disputed 2007 election" (not a count
        // after a word of quantity: "the remaining 2000 seats").
        let qualified = i >= 2
            && determiner_at(i - 2)
            && (1950..2100).contains(&year)
            && year % 100 != 0
            && before.as_deref().is_some_and(|w| {
                w.ends_with("ed")
                    && w.chars().all(|c| c.is_ascii_lowercase())
                    && !matches!(w, "estimated" | "expected" | "projected" | "needed")
            })
            && self.word(last).is_some_and(|w| !w.ends_with('s'));
        let modifier = modifier || ((compound || second || qualified) && noun_after);
        // A year in a list of years after a comma, the list's first year after a preposition:
        // "in 2008, 2012 and 2021" (not "the years 2019, 2020 and 2021").
        let mut head = i;
        while head >= 2 && self.is_any(head - 1, &[","]) && self.year(head - 2).is_some() {
            head -= 2;
        }
        let listed = head < i
            && head
                .checked_sub(1)
                .and_then(|p| self.word(p))
                .is_some_and(lexicon::is_temporal_preposition)
            && (self.is_any(last, &[","]) || self.is(last, "and") || self.is(last, "or"));
        // A year in parentheses, as after a work's title: "\"Thriller\" (1982)".
        let parenthesised = i > 0
            && self.is_any(i - 1, &["("])
            && self.is_any(last, &[")"])
            && (1800..=2100).contains(&year);
        // A range of two years of this age or the last ("the period 2008 to 2012", "Between
        // 2008 and 2012"): dates by their pairing (a count of things is caught below).
        let ranged = end.is_some_and(|e| e < 2100)
            && (1900..2100).contains(&year)
            && self.word(last).is_none_or(|w| {
                !w.starts_with(|c: char| c.is_ascii_lowercase())
                    || matches!(
                        w,
                        "and" | "or" | "but" | "when" | "while" | "as" | "after" | "before"
                    )
            });
        // …and before a name that itself qualifies a lower-case noun: "the 2014 Ebola
        // outbreak", "the 2016 US election" (not "the 2045 Global Strategic Initiative", a
        // name whose capitals run on to its end).
        let before_named_noun = end.is_none()
            && before
                .as_deref()
                .is_some_and(|w| matches!(w, "the" | "his" | "her" | "its" | "their"))
            && (1900..2100).contains(&year)
            && (1..=4).any(|n| {
                // (Not an edition of a recurring event, whose name takes its year: "the
                // 2023 World Cup final", "the 1935 Labor Day hurricane".)
                // (A name of three or four words may hold "of" between capitals: "the 1961
                // Bay of Pigs invasion".)
                (n <= 2 || (last + 1..last + n - 1).any(|k| self.is(k, "of")))
                    && (last..last + n).all(|k| {
                        (n > 2 && k > last && k + 1 < last + n && self.is(k, "of"))
                            || self.capitalized(k)
                                && !self.is_month_or_day(k)
                                && !matches!(
                                    self.word(k),
                                    Some(
                                        "Cup"
                                            | "Day"
                                            | "Games"
                                            | "Olympics"
                                            | "Open"
                                            | "Championship"
                                            | "Championships"
                                            | "Series"
                                            | "Prix"
                                            | "Bowl"
                                            | "Festival"
                                    )
                                )
                    })
                    && self.word(last + n).is_some_and(|w| {
                        w.len() > 3
                            && w.starts_with(|c: char| c.is_ascii_lowercase())
                            && !matches!(
                                w,
                                "that"
                                    | "which"
                                    | "with"
                                    | "from"
                                    | "were"
                                    | "have"
                                    | "said"
                                    | "says"
                                    | "will"
                                    | "would"
                            )
                            && !w.ends_with("ed")
                    })
            });
        if before_named_noun {
            return Some((
                last,
                Expr::Calendar {
                    start: point(year),
                    end: None,
                    part: None,
                },
            ));
        }
        if !(preposition || modifier || listed || parenthesised || ranged)
            || self.inside_name(i, last)
        {
            return None;
        }
        // Counts: "by 2015 votes", "of 2000 people" — a plural noun after the number (not a
        // word that only ends like one: "in 2027 unless a buyer is found", "in 2019 perhaps").
        if !modifier
            && let Some(w) = self.word(last)
            && w.chars().next().is_some_and(char::is_lowercase)
            && ((w.len() > 3 && w.ends_with('s') && !w.ends_with("ss"))
                // (Plurals without an "s": "between 1500 and 2000 people".)
                || matches!(w, "people" | "men" | "women" | "children" | "staff" | "personnel"))
            && !matches!(
                w,
                "perhaps"
                    | "always"
                    | "whereas"
                    | "besides"
                    | "afterwards"
                    | "towards"
                    | "thus"
                    | "plus"
                    | "minus"
                    | "versus"
            )
        {
            return None;
        }
        let expr = Expr::Calendar {
            start: point(year),
            end: end.map(point),
            part: None,
        };
        Some((last, expr))
    }
}

/// Whether a word names a part of a day or the day itself ("night", "morning", "day").
pub(super) fn is_part_of_day(word: &str) -> bool {
    matches!(word, "day" | "night" | "morning" | "afternoon" | "evening")
}

fn valid_day(year: Option<i32>, month: u8, day: u8) -> bool {
    day >= 1 && day <= super::calendar::days_in_month(year.unwrap_or(2000), month)
}

/// Words that hedge a count: "in about 10 days", "in around three weeks".
fn is_hedge(word: &str) -> bool {
    matches!(
        word,
        "about" | "around" | "roughly" | "nearly" | "almost" | "some"
    )
}

/// The letters of the era before Christ, after a century ("the second century BC", "B.C."):
/// years this calendar does not count.
const ERA_BEFORE: &[&str] = &["BC", "BCE", "B"];

/// The number an ordinal spelled out in one word stands for, "first" to "twentieth" (the
/// centuries news writes so).
fn spelled_ordinal(word: &str) -> Option<i32> {
    const ORDINALS: [&str; 20] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
    ];
    ORDINALS
        .iter()
        .position(|&o| o == word)
        .map(|k| k as i32 + 1)
}
