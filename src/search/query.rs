//! The search box's language: words (the last one a prefix while typing), `"exact phrases"`,
//! `-excluded` words or phrases, and operators over the analysis: `person:`, `org:`, `place:`,
//! `other:`, `source:`, `after:`, `before:`. Parsing never fails: what cannot be understood is
//! searched as plain text or dropped, and described in [`SearchQuery::problems`].

use super::days::parse_day_range;
use super::words::{fold_word, words};
use crate::corpus::MarkKind;

/// One thing the text must (or must not) contain, in folded words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    /// A whole word.
    Word(String),
    /// Any word starting with this (the word being typed).
    Prefix(String),
    /// Consecutive words.
    Phrase(Vec<String>),
}

/// An operator naming an entity: `person:Kassis` is `{ kind: Some(Person), name: ["kassis"] }`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntityFilter {
    /// The kind the entity must have (`None` for any kind).
    pub kind: Option<MarkKind>,
    /// Folded words that must each begin a word of the entity's name or of one of its aliases.
    pub name: Vec<String>,
}

/// A parsed search box.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SearchQuery {
    /// Terms every result contains (ranked by BM25).
    pub required: Vec<Term>,
    /// Terms no result contains.
    pub excluded: Vec<Term>,
    /// Entities every result mentions (one of the matching entities per filter).
    pub entities: Vec<EntityFilter>,
    /// Folded texts every result's source contains.
    pub sources: Vec<String>,
    /// Results have a date on or after this day (`after:`).
    pub after: Option<i32>,
    /// Results have a date before this day (`before:`).
    pub before: Option<i32>,
    /// What was not understood, for a short message under the box.
    pub problems: Vec<String>,
}

/// The operators, for messages.
const OPERATORS: &str = "person:, org:, place:, other:, entity:, source:, after:, before:";

impl SearchQuery {
    /// Parses what the user typed. The last word is a prefix unless the text ends in a space.
    ///
    /// ```
    /// use dossier::search::{SearchQuery, Term};
    /// let q = SearchQuery::parse("“Astana format” -Geneva person:Kassis talk");
    /// assert_eq!(q.required, [Term::Phrase(vec!["astana".into(), "format".into()]), Term::Prefix("talk".into())]);
    /// assert_eq!(q.excluded, [Term::Word("geneva".into())]);
    /// assert_eq!(q.entities[0].name, ["kassis"]);
    /// assert!(SearchQuery::parse("colour:red \"open").problems.len() == 2);
    /// ```
    pub fn parse(text: &str) -> SearchQuery {
        let mut query = SearchQuery::default();
        let chunks = split(text, &mut query.problems);
        let typing_last = !text.ends_with(char::is_whitespace);
        let last = chunks.len().saturating_sub(1);
        for (i, chunk) in chunks.into_iter().enumerate() {
            query.add(chunk, typing_last && i == last);
        }
        query
    }

    /// Whether the query asks for anything at all.
    pub fn is_empty(&self) -> bool {
        self.required.is_empty()
            && self.excluded.is_empty()
            && self.entities.is_empty()
            && self.sources.is_empty()
            && self.after.is_none()
            && self.before.is_none()
    }

    fn add(&mut self, chunk: Chunk, last: bool) {
        if let Some((op, value)) = chunk.operator() {
            self.add_operator(op, value, chunk.negated);
            return;
        }
        let Some(term) = text_term(&chunk.text, last && !chunk.quoted) else {
            return;
        };
        if chunk.negated {
            self.excluded.push(term);
        } else {
            self.required.push(term);
        }
    }

    fn add_operator(&mut self, op: &str, value: &str, negated: bool) {
        let kind = match op {
            "person" | "people" => Some(Some(MarkKind::Person)),
            "org" | "organization" | "organisation" => Some(Some(MarkKind::Organization)),
            "place" => Some(Some(MarkKind::Place)),
            "other" => Some(Some(MarkKind::Other)),
            "entity" => Some(None),
            _ => None,
        };
        if negated {
            self.problems.push(format!(
                "“-{op}:” is not supported; the operator was ignored."
            ));
            return;
        }
        if value.is_empty() {
            self.problems.push(format!(
                "“{op}:” needs a value, as in {op}:{}.",
                example(op)
            ));
            return;
        }
        if let Some(kind) = kind {
            let mut name = Vec::new();
            words(value, 0..value.len(), |_, w| name.push(w.to_string()));
            if !name.is_empty() {
                self.entities.push(EntityFilter { kind, name });
            }
            return;
        }
        match op {
            "source" => self.sources.push(fold_word(value.trim())),
            "after" | "before" => match parse_day_range(value) {
                Some((first, _)) if op == "after" => {
                    self.after = Some(self.after.map_or(first, |a| a.max(first)))
                }
                Some((first, _)) => {
                    self.before = Some(self.before.map_or(first, |b| b.min(first)))
                }
                None => self.problems.push(format!(
                    "“{op}:{value}” is not a date; use a year, year-month or year-month-day, as in {op}:2015-05."
                )),
            },
            _ => unreachable!("operator() only returns known operators"),
        }
    }
}

fn example(op: &str) -> &'static str {
    match op {
        "person" | "people" => "Kassis",
        "place" => "Geneva",
        "source" => "Reuters",
        "after" | "before" => "2015-05",
        _ => "UN",
    }
}

/// A plain or quoted part of the query as a term: one word, a phrase if it holds several
/// words ("al-Assad"), a prefix if it is the word being typed.
fn text_term(text: &str, prefix: bool) -> Option<Term> {
    let mut folded = Vec::new();
    words(text, 0..text.len(), |_, w| folded.push(w.to_string()));
    match folded.len() {
        0 => None,
        1 if prefix => folded.pop().map(Term::Prefix),
        1 => folded.pop().map(Term::Word),
        _ => Some(Term::Phrase(folded)),
    }
}

/// A whitespace-separated part of the query, or a quoted phrase.
struct Chunk {
    text: String,
    quoted: bool,
    negated: bool,
}

impl Chunk {
    /// `(operator, value)` if this is `name:value` with a known operator name.
    fn operator(&self) -> Option<(&str, &str)> {
        let (name, value) = self.text.split_once(':')?;
        let known = [
            "person",
            "people",
            "org",
            "organization",
            "organisation",
            "place",
            "other",
            "entity",
            "source",
            "after",
            "before",
        ];
        let name_lower = name.to_ascii_lowercase();
        known
            .iter()
            .find(|k| **k == name_lower)
            .map(|k| (*k, value.trim_matches(is_quote)))
    }
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

/// Splits the query into chunks: words, `-word`, `"phrase"`, `-"phrase"`, `op:word`,
/// `op:"quoted value"`. Unknown `name:` prefixes and unbalanced quotes are reported.
fn split(text: &str, problems: &mut Vec<String>) -> Vec<Chunk> {
    let mut chunks = Vec::new();
    let mut rest = text;
    let mut unbalanced = false;
    loop {
        rest = rest.trim_start();
        let Some(first) = rest.chars().next() else {
            break;
        };
        let negated = first == '-' && rest.len() > 1;
        let body = if negated { &rest[1..] } else { rest };
        // `op:"value with spaces"` and `"phrase"` both end at the closing quote.
        let quote_at = (!unbalanced)
            .then(|| body.char_indices())
            .into_iter()
            .flatten()
            .take_while(|&(_, c)| !c.is_whitespace())
            .find(|&(_, c)| is_quote(c))
            .map(|(i, _)| i);
        let (raw, quoted, next) = match quote_at {
            Some(open) => {
                let after_open = open + body[open..].chars().next().map_or(1, char::len_utf8);
                let Some(close) = body[after_open..].find(is_quote) else {
                    problems.push(
                        "A quotation mark is not closed; the words after it were searched one by one."
                            .to_string(),
                    );
                    unbalanced = true;
                    continue;
                };
                let close = after_open + close;
                let close_len = body[close..].chars().next().map_or(1, char::len_utf8);
                let prefix = &body[..open];
                let inner = &body[after_open..close];
                (
                    format!("{prefix}{inner}"),
                    prefix.is_empty(),
                    &body[close + close_len..],
                )
            }
            None => {
                let end = body.find(char::is_whitespace).unwrap_or(body.len());
                (body[..end].to_string(), false, &body[end..])
            }
        };
        let chunk = Chunk {
            text: raw,
            quoted,
            negated,
        };
        let unknown = (!quoted && chunk.operator().is_none())
            .then(|| chunk.text.split_once(':'))
            .flatten()
            .map(|(name, _)| name)
            .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_alphabetic()));
        if let Some(name) = unknown {
            problems.push(format!(
                "“{name}:” is not an operator (try {OPERATORS}); searched it as text."
            ));
        }
        chunks.push(chunk);
        rest = next;
    }
    chunks
}
