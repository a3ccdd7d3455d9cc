//! Proposing entity mentions in one article.

use std::ops::Range;

use super::EntityKind;
use super::words;
use crate::analysis::gazetteer::gazetteer;
use crate::analysis::tokens::{Token, TokenKind, sentences, tokenize};

/// Why a mention was given its kind (or why it is still undecided).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// The name is in the place gazetteer.
    Gazetteer,
    /// The name starts with a known given name.
    GivenName,
    /// A title or role comes before it ("President", "Minister").
    Title(String),
    /// Its head noun names an organisation ("Ministry", "League").
    OrgHead(String),
    /// Its head noun names an event, document or initiative ("Conference", "Initiative").
    OtherHead(String),
    /// A name with a particle ("al-", "bin", "von").
    Particle,
    /// An all-capitals abbreviation.
    Acronym,
    /// Defined in the text as the abbreviation of the name before it ("… Red Cross (ICRC)").
    AcronymOf(String),
    /// Undecided: a capitalised word or phrase with no evidence yet (a lone surname, say).
    Undecided,
    /// Undecided, but the subject of a verb of saying ("Tengrinews reports").
    Speaker,
}

/// A proposed mention: byte range, kind if known, and the evidence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// The kind, if the evidence settles it.
    pub kind: Option<EntityKind>,
    /// Why.
    pub evidence: Evidence,
}

/// Proposes the entity mentions of `text[body]`, skipping `excluded` ranges (boilerplate) and
/// leaving `headlines` (title lines, where capitals say nothing) to the corpus pass.
pub fn extract(
    text: &str,
    body: Range<usize>,
    excluded: &[Range<usize>],
    headlines: &[Range<usize>],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for sentence in sentences(text, body) {
        let skip = |r: &Range<usize>| r.start <= sentence.start && sentence.end <= r.end;
        if excluded.iter().any(skip) || headlines.iter().any(skip) {
            continue;
        }
        let tokens = tokenize(text, sentence);
        Sentence {
            text,
            tokens: &tokens,
        }
        .candidates(&mut out);
    }
    out
}

struct Sentence<'a> {
    text: &'a str,
    tokens: &'a [Token],
}

impl<'a> Sentence<'a> {
    fn word(&self, i: usize) -> Option<&'a str> {
        let t = self.tokens.get(i)?;
        (t.kind == TokenKind::Word).then(|| t.text(self.text))
    }

    fn tok(&self, i: usize) -> Option<&'a str> {
        self.tokens.get(i).map(|t| t.text(self.text))
    }

    fn glued(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    fn is_cap(&self, i: usize) -> bool {
        self.word(i)
            .and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    }

    fn is_acronym(&self, i: usize) -> bool {
        self.word(i).is_some_and(|w| {
            let n = w.chars().count();
            (2..=6).contains(&n) && w.chars().all(|c| c.is_uppercase())
        })
    }

    /// Whether `i` starts its sentence or line (so its capital says nothing).
    fn at_start(&self, i: usize) -> bool {
        i == 0
            || self.tokens[i].line_break_before
            || self
                .tok(i - 1)
                .is_some_and(|t| matches!(t, "“" | "\"" | "‘" | "(" | ":" | "—" | "–"))
    }

    fn candidates(&self, out: &mut Vec<Candidate>) {
        let mut i = 0;
        while i < self.tokens.len() {
            if !self.is_cap(i) {
                i += 1;
                continue;
            }
            let end = self.chunk_end(i);
            self.classify_chunk(i, end, out);
            i = end.max(i + 1);
        }
    }

    /// Extends a capitalised phrase from `first`; returns the index after its last token.
    fn chunk_end(&self, first: usize) -> usize {
        let mut end = first + 1;
        let mut has_head = self
            .word(first)
            .is_some_and(|w| words::is_org_head(w) || words::is_other_head(w) || words::is_role(w));
        let mut has_connector = false;
        loop {
            let Some(t) = self.tokens.get(end) else { break };
            if t.line_break_before {
                break;
            }
            // "U.S." style: a glued period between single capitals.
            if self.tok(end) == Some(".")
                && self.glued(end)
                && self.word(end - 1).is_some_and(|w| w.chars().count() == 1)
                && self.is_cap(end + 1)
                && self.glued(end + 1)
            {
                end += 2;
                continue;
            }
            if self.tok(end) == Some(".")
                && self.glued(end)
                && self
                    .word(end - 1)
                    .is_some_and(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                && end >= 2
                && self.tok(end - 2) == Some(".")
            {
                end += 1; // the final period of "U.S."
                continue;
            }
            // Glued hyphen: "al-Assad", "Astana-2", "Al-Jazeera".
            if matches!(self.tok(end), Some("-" | "‐")) && self.glued(end) && self.glued(end + 1)
            {
                let next = self.tokens.get(end + 1);
                if next.is_some_and(|n| n.kind != TokenKind::Punct) {
                    end += 2;
                    continue;
                }
            }
            if self.is_cap(end) {
                let w = self.word(end).unwrap_or("");
                has_head |= words::is_org_head(w) || words::is_other_head(w) || words::is_role(w);
                end += 1;
                continue;
            }
            // Roman numerals and numbers glued into names: "Geneva II" is caught above (caps).
            if let Some(w) = self.word(end) {
                if words::is_name_particle(w)
                    && (self.is_cap(end + 1)
                        || (self.glued(end + 1) && self.tok(end + 1) == Some("-")))
                {
                    end += 1;
                    continue;
                }
                if words::is_name_connector(w) && (has_head || has_connector) {
                    let mut next = end + 1;
                    if self.word(next) == Some("the") {
                        next += 1;
                    }
                    let and_ok = w != "and" || has_connector;
                    if and_ok && self.is_cap(next) && !self.at_start(next) {
                        has_connector |= w != "the";
                        end = next;
                        continue;
                    }
                }
            }
            break;
        }
        end
    }

    fn span(&self, first: usize, end: usize) -> (usize, usize) {
        (self.tokens[first].start, self.tokens[end - 1].end)
    }

    fn push(
        &self,
        out: &mut Vec<Candidate>,
        first: usize,
        end: usize,
        kind: Option<EntityKind>,
        evidence: Evidence,
    ) {
        if first < end {
            let (start, end) = self.span(first, end);
            out.push(Candidate {
                start,
                end,
                kind,
                evidence,
            });
        }
    }

    /// Words of the chunk (not punctuation), as (index, text).
    fn words_in(&self, first: usize, end: usize) -> Vec<(usize, &'a str)> {
        (first..end)
            .filter_map(|i| self.word(i).map(|w| (i, w)))
            .collect()
    }

    fn classify_chunk(&self, first: usize, end: usize, out: &mut Vec<Candidate>) {
        // Leading function words ("The", "According") and trailing connectors go.
        let mut first = first;
        while first < end
            && self
                .word(first)
                .is_some_and(|w| words::is_function_word(w) && !self.is_acronym(first))
        {
            first += 1;
            while first < end && !self.is_cap(first) {
                first += 1;
            }
        }
        let mut end = end;
        while end > first
            && self
                .word(end - 1)
                .is_some_and(|w| words::is_name_connector(w) || words::is_name_particle(w))
        {
            end -= 1;
        }
        if first >= end {
            return;
        }

        // A person's name at the end, after titles: "Deputy Foreign Minister Askar Mussinov".
        if let Some((name_first, evidence)) = self.person_suffix(first, end) {
            self.push(out, name_first, end, Some(EntityKind::Person), evidence);
            self.classify_prefix(first, name_first, out);
            return;
        }
        self.classify_plain(first, end, out);
    }

    /// Finds a personal name ending the chunk: starting with a given name, or right after a
    /// title. Returns its first token and the evidence.
    fn person_suffix(&self, first: usize, end: usize) -> Option<(usize, Evidence)> {
        let g = gazetteer();
        let words = self.words_in(first, end);
        let last = words.last()?;
        if words::is_org_head(last.1)
            || words::is_other_head(last.1)
            || words::is_role(last.1)
            || g.is_adjective(last.1)
        {
            return None;
        }
        // Try name lengths 2..=4 words (particles count), longest first, then a lone surname
        // after a title.
        for (k, &(i, w)) in words.iter().enumerate() {
            let tail = &words[k..];
            if tail.len() > 4 || !self.is_cap(i) {
                continue;
            }
            let clean = tail.iter().all(|(j, t)| {
                (self.is_cap(*j) || words::is_name_particle(t))
                    && !words::is_org_head(t)
                    && !words::is_role(t)
                    && !words::is_function_word(t)
                    && g.place(t).is_none_or(|_| g.is_given_name(t))
            });
            if !clean {
                continue;
            }
            // "… of the Red Cross": a name after a connector belongs to the phrase before it.
            if k > 0
                && (words::is_name_connector(words[k - 1].1)
                    || words::is_function_word(words[k - 1].1))
            {
                continue;
            }
            let titled = k > 0 && words::is_person_title(words[k - 1].1);
            if tail.len() >= 2 && g.is_given_name(w) && !self.is_acronym(i) {
                return Some((i, Evidence::GivenName));
            }
            if tail.len() >= 2 && tail.iter().any(|(_, t)| words::is_name_particle(t)) {
                return Some((i, Evidence::Particle));
            }
            if titled && (1..=3).contains(&tail.len()) && !self.is_acronym(i) {
                return Some((i, Evidence::Title(words[k - 1].1.to_string())));
            }
        }
        None
    }

    /// What comes before a person's name in a chunk: titles (dropped), and possibly a place
    /// or an organisation ("Secretary of State of Kazakhstan …", "Director of the X Centre …").
    fn classify_prefix(&self, first: usize, end: usize, out: &mut Vec<Candidate>) {
        let g = gazetteer();
        let mut first = first;
        while first < end {
            let Some(w) = self.word(first) else {
                first += 1;
                continue;
            };
            let adjective_before_role = g.is_adjective(w)
                && self
                    .words_in(first + 1, end)
                    .first()
                    .is_some_and(|(_, n)| words::is_role(n));
            if words::is_role(w)
                || adjective_before_role
                || words::is_name_connector(w)
                || words::is_function_word(w)
            {
                first += 1;
            } else {
                break;
            }
        }
        let mut end = end;
        while end > first
            && self
                .word(end - 1)
                .is_some_and(|w| words::is_name_connector(w))
        {
            end -= 1;
        }
        if first < end {
            self.classify_plain(first, end, out);
        }
    }

    /// Classifies a phrase that holds no personal name at its end.
    fn classify_plain(&self, first: usize, end: usize, out: &mut Vec<Candidate>) {
        let g = gazetteer();
        let words = self.words_in(first, end);
        let Some(&(_, last_word)) = words.last() else {
            return;
        };
        let (start, stop) = self.span(first, end);
        let phrase = &self.text[start..stop];

        // An acronym defined right here: "International Committee of the Red Cross (ICRC)".
        if self.tok(end) == Some("(")
            && self.is_acronym(end + 1)
            && self.tok(end + 2) == Some(")")
            && words.len() >= 2
        {
            let expansion = phrase.to_string();
            self.push(out, end + 1, end + 2, None, Evidence::AcronymOf(expansion));
        }

        if g.place(phrase).is_some() {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::Gazetteer,
            );
            return;
        }
        if words.len() == 1 && self.is_acronym(first) {
            if g.place(phrase).is_some() {
                self.push(
                    out,
                    first,
                    end,
                    Some(EntityKind::Place),
                    Evidence::Gazetteer,
                );
            } else if self.at_start(first)
                && self
                    .tokens
                    .get(end)
                    .is_some_and(|t| matches!(t.text(self.text), "," | "." | "–" | "—" | "-"))
                && g.place_any_case(phrase).is_some()
            {
                // A dateline: "ASTANA, December 30."
                self.push(
                    out,
                    first,
                    end,
                    Some(EntityKind::Place),
                    Evidence::Gazetteer,
                );
            } else if !(end < self.tokens.len()
                && self.tok(end) == Some(")")
                && first > 0
                && self.tok(first - 1) == Some("("))
            {
                self.push(
                    out,
                    first,
                    end,
                    Some(EntityKind::Organization),
                    Evidence::Acronym,
                );
            }
            return;
        }
        // Dateline place in capitals of more than six letters: "MOSCOW," handled above when short.
        if words.len() == 1 && phrase.chars().all(|c| c.is_uppercase()) && self.at_start(first) {
            if g.place_any_case(phrase).is_some() {
                self.push(
                    out,
                    first,
                    end,
                    Some(EntityKind::Place),
                    Evidence::Gazetteer,
                );
            }
            return;
        }
        // A leading demonym before a role-like word: "Kazakh Foreign Ministry" → "Foreign
        // Ministry"; but "Arab League" and "French Centre for …" keep it.
        if words.len() >= 3 && g.is_adjective(words[0].1) && words::is_role(words[1].1) {
            return self.classify_plain(words[1].0, end, out);
        }
        if words.len() == 1
            && (g.is_adjective(last_word)
                || words::is_function_word(last_word)
                || words::is_role(last_word))
        {
            return;
        }
        if words::is_other_head(last_word) && words.len() >= 2 {
            // A year before a named initiative belongs to its name: "2045 Global Strategic Initiative".
            let first = if first > 0
                && self.tokens[first - 1].kind == TokenKind::Number
                && !self.at_start(first - 1)
            {
                first - 1
            } else {
                first
            };
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Other),
                Evidence::OtherHead(last_word.to_string()),
            );
            return;
        }
        if let Some(&(_, head)) = words.iter().find(|(_, w)| words::is_org_head(w)) {
            if words.len() >= 2 || !words::is_org_head(phrase) {
                self.push(
                    out,
                    first,
                    end,
                    Some(EntityKind::Organization),
                    Evidence::OrgHead(head.to_string()),
                );
            }
            return;
        }
        // A name glued to a number: "Astana-2" (a round, an edition).
        if words.len() == 1 && (first + 1..end).any(|i| self.tokens[i].kind == TokenKind::Number) {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Other),
                Evidence::Undecided,
            );
            return;
        }
        // A place inside a longer phrase ("Central Downtown Astana"): keep the known place.
        if words.len() >= 2 {
            if let Some(&(i, _)) = words.iter().rev().find(|(_, w)| g.place(w).is_some()) {
                if words
                    .iter()
                    .all(|(_, w)| !g.is_given_name(w) || g.place(w).is_some())
                {
                    self.push(out, i, i + 1, Some(EntityKind::Place), Evidence::Gazetteer);
                    return;
                }
            }
        }
        // A news agency credited in a dateline: "June 22 (Interfax) -".
        if words.len() == 1
            && first >= 2
            && self.tok(first - 1) == Some("(")
            && self.tokens[first - 2].kind == TokenKind::Number
            && self.tok(end) == Some(")")
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Organization),
                Evidence::Speaker,
            );
            return;
        }
        let speaker = self.word(end).is_some_and(words::is_reporting_verb);
        let evidence = if speaker {
            Evidence::Speaker
        } else {
            Evidence::Undecided
        };
        // A lone capitalised word at the start of a sentence is only kept if the corpus pass
        // can tie it to a known name (it may be an ordinary word).
        self.push(out, first, end, None, evidence);
    }
}
