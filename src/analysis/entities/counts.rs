//! What one article says about its capitalised words, counted in one pass: how often each
//! occurs, alone and next to another (whether the first word of a name is used on its own
//! elsewhere: "Berlinale … Berlinale Palast"), whether it spells out an acronym in lower case;
//! and, in a pass of its own, which capitalised words it places ("in Nusantara", "the
//! Escondida mine").

use std::cell::RefCell;

use super::words;
use crate::analysis::fast_hash::{FxHashMap, FxHashSet};
use crate::analysis::tokens::{Token, TokenKind};

/// Counts of the capitalised words of one article, and of adjacent pairs of them.
#[derive(Debug, Default)]
pub struct WordCounts<'a> {
    words: FxHashMap<&'a str, u32>,
    pairs: FxHashMap<(&'a str, &'a str), u32>,
    /// Words that open a company's name ending in a word like "Holdings" ("Novo Holdings").
    firms: FxHashSet<&'a str>,
    /// Words written next to a word for a kind of place ("Everest" of "Mount Everest").
    headed: FxHashSet<&'a str>,
    spelled_out: RefCell<FxHashMap<String, bool>>,
}

impl<'a> WordCounts<'a> {
    /// Counts the capitalised word tokens of `text`; a pair is two of them with only a space
    /// between them (not a line break: a headline's last word and a dateline are no pair).
    pub fn new(text: &'a str, tokens: &[Token]) -> WordCounts<'a> {
        let mut counts = WordCounts::default();
        // (About one token in six is capitalised: room for them saves growing the maps.)
        counts.words.reserve(tokens.len() / 6);
        counts.pairs.reserve(tokens.len() / 12);
        let mut previous: Option<&'a str> = None;
        for t in tokens {
            let word = t.text(text);
            if t.kind != TokenKind::Word || !word.starts_with(char::is_uppercase) {
                previous = None;
                continue;
            }
            *counts.words.entry(word).or_default() += 1;
            if let Some(before) = previous.filter(|_| t.space_before && !t.line_break_before) {
                *counts.pairs.entry((before, word)).or_default() += 1;
                if words::is_company_word(word) {
                    counts.firms.insert(before);
                }
                let place_head = |w: &str| words::is_place_head(w) && !words::is_org_head(w);
                if place_head(word) {
                    counts.headed.insert(before);
                }
                if place_head(before) {
                    counts.headed.insert(word);
                }
            }
            previous = Some(word);
        }
        counts
    }

    /// How many times the capitalised `word` occurs, exactly as written.
    pub fn word(&self, word: &str) -> u32 {
        self.words.get(word).copied().unwrap_or(0)
    }

    /// Whether the article names a company by `word` and a word like "Holdings" or "Group"
    /// ("Novo Holdings"): another name opening with it is likely the company's sibling ("Novo
    /// Nordisk"), not a person.
    pub fn opens_firm_name(&self, word: &str) -> bool {
        self.firms.contains(word)
    }

    /// Whether `tokens` (the article these counts were made from) write the acronym's words
    /// out in lower case ("artificial intelligence … AI"): then it abbreviates a common noun,
    /// not a name. Remembered per acronym.
    pub fn spelled_out(&self, text: &str, tokens: &[Token], acronym: &str) -> bool {
        if let Some(&known) = self.spelled_out.borrow().get(acronym) {
            return known;
        }
        let found = spelled_out_in(text, tokens, acronym);
        self.spelled_out
            .borrow_mut()
            .insert(acronym.to_string(), found);
        found
    }

    /// The capitalised words the article writes directly before `second` (a scan of all
    /// pairs: for rare questions only).
    pub fn words_before<'s>(&'s self, second: &'s str) -> impl Iterator<Item = &'a str> + 's {
        self.pairs
            .keys()
            .filter(move |(_, s)| *s == second)
            .map(|&(f, _)| f)
    }

    /// The capitalised words the article writes directly after `first` (a scan of all pairs:
    /// for rare questions only).
    pub fn words_after<'s>(&'s self, first: &'s str) -> impl Iterator<Item = &'a str> + 's {
        self.pairs
            .keys()
            .filter(move |(f, _)| *f == first)
            .map(|&(_, s)| s)
    }

    /// Whether the article writes `word` with a word for a kind of place right before or
    /// after it ("Mount Everest", "Lake Kivu", "the Congo River").
    pub fn named_with_place_head(&self, word: &str) -> bool {
        self.headed.contains(word)
    }

    /// How many times the capitalised `first` is directly followed by `second`.
    pub fn pair(&self, first: &str, second: &str) -> u32 {
        self.pairs.get(&(first, second)).copied().unwrap_or(0)
    }
}

/// The capitalised words an article places (see [`placed_words`]).
#[derive(Default)]
pub struct PlacedWords<'a> {
    /// Every word placed.
    pub words: FxHashSet<&'a str>,
    /// Those placed after "the" ("across the Amazon"), as a company's name seldom is.
    pub after_the: FxHashSet<&'a str>,
}

/// The capitalised words that the article places somewhere: right after "in", "near",
/// "outside", "into", "across", "through", "along", "past", "toward", "beside" or "next to",
/// with or without "the"
/// (not "a stake in X"), after "at" that follows a match or an arrival ("won at Headingley"), after "down the" or "up the", after "to" that ends a journey ("flew
/// to", "a mission to"), or
/// right before a lower-case noun for a site ("the Escondida mine"). One pass that looks only
/// around those words.
pub fn placed_words<'a>(text: &'a str, tokens: &[Token]) -> PlacedWords<'a> {
    let bytes = text.as_bytes();
    let mut placed = PlacedWords::default();
    // Cheap tests on bytes first: most tokens are neither a preposition nor after a name.
    let capitalised = |t: &Token| {
        t.kind == TokenKind::Word
            && bytes
                .get(t.start)
                .is_some_and(|&b| b.is_ascii_uppercase() || !b.is_ascii())
            && text[t.start..t.end].starts_with(char::is_uppercase)
    };
    for (i, t) in tokens.iter().enumerate() {
        let b = &bytes[t.start..t.end];
        // ("In Tefe, about 520 kilometers west": a preposition opening its sentence too.)
        if t.kind != TokenKind::Word || !(b[0].is_ascii_lowercase() || b == b"In") {
            continue;
        }
        // A name before "in", a compass word and a known place is a place in it: "trains at
        // Warrnambool in western Victoria".
        if b == b"in"
            && i >= 1
            && t.space_before
            && capitalised(&tokens[i - 1])
            && tokens
                .get(i + 1)
                .is_some_and(|n| words::is_compass_adjective(n.text(text)))
            && tokens.get(i + 2).is_some_and(|n| {
                capitalised(n)
                    && crate::analysis::gazetteer::gazetteer()
                        .place(n.text(text))
                        .is_some()
            })
        {
            placed.words.insert(tokens[i - 1].text(text));
        }
        // A name set off before a compass word and "of" is placed by it: "the foothills above
        // Altadena, north of Pasadena".
        if matches!(
            b,
            b"north"
                | b"south"
                | b"east"
                | b"west"
                | b"northeast"
                | b"northwest"
                | b"southeast"
                | b"southwest"
        ) && i >= 2
            && tokens[i - 1].text(text) == ","
            && capitalised(&tokens[i - 2])
            && tokens.get(i + 1).is_some_and(|n| n.text(text) == "of")
        {
            placed.words.insert(tokens[i - 2].text(text));
        }
        // A name right after a lower-case compass adjective, or after a verb of conquest, is
        // placed by it: "across much of central Luzon", "moved to annex Crimea" (one name,
        // not the first word of a longer one).
        // (Bytes first: this runs on every lower-case word.)
        let compass = b.len() >= 7
            && matches!(b[0], b'n' | b's' | b'e' | b'w' | b'c')
            && words::is_compass_adjective(t.text(text));
        if (compass
            || matches!(
                b,
                b"annex" | b"annexed" | b"annexing" | b"invade" | b"invaded" | b"invading"
            ))
            && let Some(next) = tokens
                .get(i + 1)
                .filter(|n| n.space_before && capitalised(n))
            && tokens
                .get(i + 2)
                .is_none_or(|n| !(n.space_before && !n.line_break_before && capitalised(n)))
        {
            placed.words.insert(next.text(text));
        }
        // Prepositions of place and of motion ("along the Seine", "fly past Europa"); "down"
        // and "up" only before "the" ("down the Seine", not "stepped down Monday"); "to" only
        // after a word for a journey ("a journey to Jupiter", "flew to Hanoi", not "said to").
        let the_next = || tokens.get(i + 1).is_some_and(|n| n.text(text) == "the");
        let journey_before =
            || i >= 1 && words::is_journey_word(&text[tokens[i - 1].start..tokens[i - 1].end]);
        if matches!(
            b,
            b"in"
                | b"near"
                | b"outside"
                | b"into"
                | b"across"
                | b"through"
                | b"along"
                | b"past"
                | b"toward"
                | b"towards"
                | b"beside"
                | b"In"
                // ("The hurricane crossed the Everglades".)
                | b"crossed"
                | b"crossing"
        ) || (matches!(b, b"down" | b"up") && the_next())
            // ("set next to Auschwitz".)
            || (b == b"to" && i >= 1 && &bytes[tokens[i - 1].start..tokens[i - 1].end] == b"next")
            || (b == b"to" && journey_before())
            // ("now Duke of Cornwall": a peer's title names a place.)
            || (b == b"of"
                && i >= 1
                && matches!(
                    &bytes[tokens[i - 1].start..tokens[i - 1].end],
                    b"Duke" | b"Duchess" | b"Earl" | b"Countess" | b"Marquess" | b"Prince" | b"Princess"
                ))
            // ("the Liberal Democrat MP for Witney": a member's seat.)
            || (b == b"for"
                && i >= 1
                && matches!(
                    &bytes[tokens[i - 1].start..tokens[i - 1].end],
                    b"MP" | b"MSP" | b"MEP" | b"MLA" | b"Parliament"
                ))
            // "at" after a match or an arrival ("won at Headingley", "the final at Valhalla",
            // "landed at Dulles"), not after a job ("analysts at Jefferies", "cuts at X").
            || (b == b"at" && i >= 1 && words::before_venue(text, &tokens[i - 1]))
            // "from" after a withdrawal or a flight ("troops from Chechnya", "fled from
            // Kabul"), not after a sender ("a letter from Hamas", "a call from Merkel").
            || (b == b"from"
                && i >= 1
                && matches!(
                    &bytes[tokens[i - 1].start..tokens[i - 1].end],
                    b"troops"
                        | b"withdrawal"
                        | b"withdraw"
                        | b"withdrew"
                        | b"withdrawn"
                        | b"fled"
                        | b"flee"
                        | b"fleeing"
                        | b"evacuated"
                        | b"expelled"
                        | b"deported"
                        | b"refugees"
                ))
            // ("walked for hours to reach Lindos", not "could not reach Xylo for comment".)
            || (matches!(b, b"reach" | b"reached" | b"reaching")
                && tokens.get(i + 2).is_none_or(|n| n.text(text) != "for"))
        {
            // ("Shares in Maersk rose": at a sentence's start too.)
            let after_stake = i >= 1
                && matches!(
                    crate::analysis::ascii::Lower::new(
                        &text[tokens[i - 1].start..tokens[i - 1].end]
                    )
                    .as_str(),
                    "stake"
                        | "stakes"
                        | "shares"
                        | "invest"
                        | "invested"
                        | "investment"
                        | "investments"
                        | "interest"
                        | "role"
                        | "job"
                        | "jobs"
                        | "work"
                        | "worked"
                        | "career"
                        | "vote"
                        | "trust"
                        | "confidence"
                );
            // "in Nusantara", "in the Zócalo" (not "in the Berlinale competition": there the
            // name only qualifies a noun).
            let the = tokens.get(i + 1).is_some_and(|n| n.text(text) == "the");
            let at = if the { i + 2 } else { i + 1 };
            // ("across the Amazon without food": a grammar word after it qualifies nothing.)
            let qualifies = the
                && tokens.get(at + 1).is_some_and(|n| {
                    n.kind == TokenKind::Word
                        && bytes[n.start].is_ascii_lowercase()
                        && !words::is_function_word(n.text(text))
                });
            // (The first word of a longer name is not placed alone: "in the Berlinale Palast";
            // a headline ending in a name is followed by the next line, not by more name.)
            let longer = tokens
                .get(at + 1)
                .is_some_and(|n| n.space_before && !n.line_break_before && capitalised(n));
            // "in the Brazilian Amazon": past a demonym, the one name after it is placed.
            let demonym_first = the
                && longer
                && tokens.get(at).is_some_and(|n| {
                    capitalised(n) && crate::analysis::gazetteer::gazetteer().is_adjective(n.text(text))
                })
                && tokens
                    .get(at + 2)
                    .is_none_or(|n| !(n.space_before && capitalised(n)))
                // (Not a head noun: "the European Union", "the Australian Open".)
                && tokens.get(at + 1).is_some_and(|n| {
                    let w = n.text(text);
                    !words::is_org_head(w) && !words::is_other_head(w) && !words::is_place_head(w)
                });
            let (at, longer) = if demonym_first {
                (at + 1, false)
            } else {
                (at, longer)
            };
            if let Some(next) = tokens.get(at).filter(|n| capitalised(n))
                && !after_stake
                && !qualifies
                && !longer
            {
                placed.words.insert(next.text(text));
                if the {
                    placed.after_the.insert(next.text(text));
                }
                // "in Reykjanesbaer and Sudurnes": a second place joined to the first.
                let joined = tokens
                    .get(at + 1)
                    .is_some_and(|n| matches!(n.text(text), "and" | "or"));
                let alone = |k: usize| {
                    tokens
                        .get(k)
                        .is_none_or(|n| !(n.space_before && !n.line_break_before && capitalised(n)))
                };
                if let Some(second) = tokens.get(at + 2).filter(|n| capitalised(n))
                    && joined
                    && alone(at + 3)
                {
                    placed.words.insert(second.text(text));
                }
            }
        } else if i >= 1
            && t.space_before
            && capitalised(&tokens[i - 1])
            && (words::is_site_noun_after(t.text(text))
                || tokens
                    .get(i + 1)
                    .is_some_and(|n| words::is_site_compound(t.text(text), n.text(text))))
        {
            placed.words.insert(tokens[i - 1].text(text));
        }
    }
    placed
}

/// Whether some run of lower-case words in `tokens` has the acronym's letters as initials,
/// with hyphens allowed between them ("long-term", "e-commerce").
fn spelled_out_in(text: &str, tokens: &[Token], acronym: &str) -> bool {
    let letters: Vec<char> = acronym.chars().map(|c| c.to_ascii_lowercase()).collect();
    if !(2..=5).contains(&letters.len()) || !letters.iter().all(char::is_ascii_lowercase) {
        return false;
    }
    let bytes = text.as_bytes();
    // Content words only, of three letters or more: "and in" does not spell "AI", "under new"
    // does not spell "UN".
    let lower_word = |i: usize, letter: char| {
        tokens.get(i).is_some_and(|t| {
            // (The first byte first: most words fail there.)
            bytes.get(t.start) == Some(&(letter as u8))
                && t.kind == TokenKind::Word
                && t.end - t.start >= 3
                && bytes[t.start..t.end].iter().all(u8::is_ascii_lowercase)
                && !words::is_function_word(t.text(text))
        })
    };
    (0..tokens.len()).any(|i| {
        let mut at = i;
        letters.iter().enumerate().all(|(k, &letter)| {
            if k > 0 {
                at += 1;
                if tokens.get(at).is_some_and(|t| t.text(text) == "-") {
                    at += 1;
                }
            }
            lower_word(at, letter)
        })
    })
}

/// Pairs of capitalised words an article joins by "and" before a noun for a party ("the ruling
/// Law and Justice party", "the Freedom and Direct Democracy party"): its name for one party,
/// wherever the two words meet again.
#[derive(Default)]
pub struct PartyNames<'a> {
    pairs: FxHashSet<(&'a str, &'a str)>,
}

impl PartyNames<'_> {
    /// Whether the article names a party "`first` and `second`".
    pub fn contains(&self, first: &str, second: &str) -> bool {
        self.pairs.contains(&(first, second))
    }
}

/// Finds the [`PartyNames`] of an article in one pass over its tokens.
pub fn party_names<'a>(text: &'a str, tokens: &[Token]) -> PartyNames<'a> {
    let mut names = PartyNames::default();
    let capitalised =
        |t: &Token| t.kind == TokenKind::Word && t.text(text).starts_with(char::is_uppercase);
    for (i, w) in tokens.windows(4).enumerate() {
        let [a, and, b, noun] = w else { continue };
        if and.text(text) != "and" {
            continue;
        }
        // (Or with a second word after "and": "the Freedom and Direct Democracy party".)
        let noun = if capitalised(noun) {
            match tokens.get(i + 4) {
                Some(n) => n,
                None => continue,
            }
        } else {
            noun
        };
        if capitalised(a) && capitalised(b) && words::is_party_noun(noun.text(text)) {
            names.pairs.insert((a.text(text), b.text(text)));
        }
    }
    names
}
