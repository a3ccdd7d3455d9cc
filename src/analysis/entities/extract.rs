//! Proposing entity mentions in one article.

use std::cell::OnceCell;
use std::ops::Range;

use super::EntityKind;
use super::counts::{PartyNames, PlacedWords, WordCounts, party_names, placed_words};
use super::words;
use crate::analysis::dates;
use crate::analysis::gazetteer::gazetteer;
use crate::analysis::tokens::{Token, TokenKind, sentence_spans, tokenize};

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
    /// An all-capitals abbreviation.
    Acronym,
    /// Defined in the text as the abbreviation of the name before it ("… Red Cross (ICRC)").
    AcronymOf(String),
    /// Listed with names of one kind ("Nvidia, Samsung and Salesforce"): one of them.
    ListedWith(String),
    /// Written as a personal name: two or three capitalised words, none of them an English
    /// word or a known place, role or head noun ("Virat Kohli", "Huo Meng").
    NameShape,
    /// Undecided, but right before a lower-case role and a name, as an employer is ("Huawei
    /// founder Ren Zhengfei"), or before a word for its fighters, staff or shares ("Hezbollah
    /// fighters"): an organisation unless it is a known name.
    Employer,
    /// Undecided, but described as a person ("Ajei Gopal, who has led …", "Kroos, 34,"): a
    /// known name (a surname of a full name) if there is one, else a person.
    PersonCue,
    /// A nickname set off after a person's name ("Jimmy Cherizier, known as Barbecue,"):
    /// another name of that person.
    NicknameOf(String),
    /// Undecided, but a word that is no English word and recurs in the article in the middle
    /// of sentences ("… and Hezbollah … on behalf of Hezbollah"): a known name if there is
    /// one, else an organisation (most such names are; people get a full name first).
    Recurring,
    /// A title of a work in quotation marks, every word capitalised ("The Blue Trail").
    QuotedTitle,
    /// A word that is no English word, found in the article after "in" or "near" or before a
    /// lower-case noun for a site ("in Nusantara", "the Escondida mine"): a known name if there
    /// is one, else a place. Also a name before ", where" ("Paiporta, where …"), and one read
    /// as a person's but after "at the" or "in the": a venue ("at the Santiago Bernabéu").
    Located,
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
    let tokens = tokenize(text, body);
    let spans = sentence_spans(text, &tokens);
    extract_in(text, &tokens, &spans, excluded, headlines)
}

/// [`extract`] over text already split into tokens and sentences (token index ranges).
pub fn extract_in(
    text: &str,
    tokens: &[Token],
    spans: &[Range<usize>],
    excluded: &[Range<usize>],
    headlines: &[Range<usize>],
) -> Vec<Candidate> {
    let mut out = Vec::new();
    let counts = OnceCell::new();
    let placed = OnceCell::new();
    let parties = OnceCell::new();
    let trains = OnceCell::new();
    for span in spans {
        let sentence_tokens = &tokens[span.clone()];
        let sentence = sentence_tokens[0].start..sentence_tokens[sentence_tokens.len() - 1].end;
        let skip = |r: &Range<usize>| r.start <= sentence.start && sentence.end <= r.end;
        if excluded.iter().any(skip) || headlines.iter().any(skip) {
            continue;
        }
        let from = out.len();
        Sentence {
            text,
            tokens: sentence_tokens,
            article: tokens,
            counts: &counts,
            placed: &placed,
            parties: &parties,
            trains: &trains,
        }
        .candidates(&mut out);
        join_partners(text, &mut out, from);
        decide_by_list(text, &mut out[from..]);
        decide_by_kind_after_list(text, &mut out[from..]);
    }
    decide_by_context(text, &mut out);
    out
}

/// Joins partners' surnames set off by commas before a firm's "A & B" into its name:
/// "Skidmore, Owings & Merrill", "Wachtell, Lipton, Rosen & Katz" (one word each, no known
/// place, firm or English word, as the firm's own are). Looks at `candidates[from..]`.
fn join_partners(text: &str, candidates: &mut Vec<Candidate>, from: usize) {
    let g = gazetteer();
    let mut i = from;
    while i < candidates.len() {
        let c = &candidates[i];
        let pair = &text[c.start..c.end];
        let firm = matches!(&c.evidence, Evidence::OrgHead(h) if h == "&")
            && pair.split(' ').count() == 3
            && pair.split(' ').nth(1) == Some("&");
        if !firm {
            i += 1;
            continue;
        }
        let mut j = i;
        while j > from {
            let p = &candidates[j - 1];
            let word = &text[p.start..p.end];
            let partner = text[p.end..candidates[j].start] == *", "
                && !word.contains(' ')
                && g.place(word).is_none()
                && !g.is_company(word)
                && !g.is_common_word(word);
            if !partner {
                break;
            }
            j -= 1;
        }
        if j < i {
            candidates[i].start = candidates[j].start;
            candidates.drain(j..i);
            i = j;
        }
        i += 1;
    }
}

/// A name that its context makes something other than its last word says takes that kind
/// wherever the article writes it: "the Champions League final" is a competition, so "win
/// first Champions League" is too ("League" alone would make it an organisation).
fn decide_by_context(text: &str, candidates: &mut [Candidate]) {
    // "Red Lobster, the seafood chain, …": a body by its context, so "Red Lobster grew" is no
    // person, whose given name and an English word read as a name.
    // (Each with whether a lower-case noun for its kind named it: "a law firm".)
    let named_bodies: Vec<(&str, bool)> = candidates
        .iter()
        .filter_map(|c| match &c.evidence {
            Evidence::OrgHead(head) if c.kind == Some(EntityKind::Organization) => {
                Some((&text[c.start..c.end], head.starts_with(char::is_lowercase)))
            }
            _ => None,
        })
        .collect();
    let teams: Vec<&str> = candidates
        .iter()
        .filter(|c| matches!(&c.evidence, Evidence::OrgHead(h) if h == "team"))
        .map(|c| &text[c.start..c.end])
        .collect();
    let bodies: Vec<&str> = named_bodies
        .iter()
        .map(|&(name, _)| name)
        .filter(|name| {
            name.rsplit(' ')
                .next()
                .is_some_and(|last| gazetteer().is_common_word(last))
        })
        .collect();
    // ("Mossack Fonseca, a law firm … Mossack Fonseca said": a body by the noun for its kind
    // is no person where only the name's shape or a verb of saying says so.)
    let described: Vec<&str> = named_bodies
        .iter()
        .filter(|&&(_, described)| described)
        .map(|&(name, _)| name)
        .collect();
    // ("Knut, the polar bear … Knut was born": an animal by its context is no person
    // elsewhere.)
    let animals: Vec<&str> = candidates
        .iter()
        .filter(|c| matches!(&c.evidence, Evidence::OtherHead(h) if h == "animal"))
        .map(|c| &text[c.start..c.end])
        .collect();
    for c in candidates.iter_mut() {
        let name = &text[c.start..c.end];
        if !animals.is_empty()
            && c.kind != Some(EntityKind::Other)
            && c.kind != Some(EntityKind::Place)
            && animals.contains(&name)
        {
            c.kind = Some(EntityKind::Other);
            c.evidence = Evidence::OtherHead("animal".to_string());
        }
        if c.kind == Some(EntityKind::Person)
            && ((c.evidence == Evidence::GivenName && bodies.contains(&name))
                || (matches!(c.evidence, Evidence::NameShape | Evidence::Speaker)
                    && described.contains(&name)))
        {
            c.kind = Some(EntityKind::Organization);
            c.evidence = Evidence::OrgHead("body named so here".to_string());
        }
        // ("the Sea Shepherd Conservation Society … the founder of Sea Shepherd": the first
        // words of a body's name, a place only by the head word they open with, are the body
        // by its short name.)
        if c.kind == Some(EntityKind::Place)
            && matches!(&c.evidence, Evidence::OtherHead(h)
                if name.strip_prefix(h.as_str()).is_some_and(|rest| rest.starts_with(' ')))
            && gazetteer().place(name).is_none()
            // (Two words or more after it: "Greater Manchester Police" is the police of the
            // place.)
            && named_bodies.iter().any(|&(body, _)| {
                body.strip_prefix(name)
                    .and_then(|rest| rest.strip_prefix(' '))
                    .is_some_and(|rest| rest.contains(' '))
            })
        {
            c.kind = Some(EntityKind::Organization);
            c.evidence = Evidence::OrgHead("body named so here".to_string());
        }
        // ("the centrist D66 party … D66 had nine seats": capitals and digits, a model's
        // shape, name the party the article says it is.)
        if c.kind == Some(EntityKind::Other)
            && c.evidence == Evidence::Undecided
            && named_bodies.iter().any(|&(body, _)| body == name)
        {
            c.kind = Some(EntityKind::Organization);
            c.evidence = Evidence::OrgHead("body named so here".to_string());
        }
        // ("Crystal Palace win FA Cup … Crystal Palace won …, beating Manchester City 1-0": a
        // team by its match is one where only its head word made it a place.)
        if c.kind == Some(EntityKind::Place)
            && matches!(c.evidence, Evidence::OtherHead(_))
            && teams.contains(&name)
        {
            c.kind = Some(EntityKind::Organization);
            c.evidence = Evidence::OrgHead("team".to_string());
        }
    }
    // ("the Love Parade techno festival … Love Parade stampede": English words after "the"
    // name a thing, so a given name among them makes no person elsewhere either.)
    let given_named =
        |c: &Candidate| c.kind == Some(EntityKind::Person) && c.evidence == Evidence::GivenName;
    let things: Vec<&str> = if candidates.iter().any(given_named) {
        candidates
            .iter()
            .map(|c| &text[c.start..c.end])
            .zip(candidates.iter().map(|c| c.start))
            .filter(|&(name, start)| {
                name.contains(' ')
                    && after_the(text, start)
                    && name.split(' ').all(|w| gazetteer().is_common_word(w))
            })
            .map(|(name, _)| name)
            .collect()
    } else {
        Vec::new()
    };
    if !things.is_empty() {
        for c in candidates.iter_mut() {
            let name = &text[c.start..c.end];
            // (Or their plural: "no more Love Parades".)
            let singular = name.strip_suffix('s').unwrap_or(name);
            if given_named(c) && (things.contains(&name) || things.contains(&singular)) {
                c.kind = None;
                c.evidence = Evidence::Undecided;
            }
        }
    }
    // "the Republika Srpska region … Republika Srpska and …": a place by its context is no
    // person where only its shape says so.
    let placed: Vec<&str> = candidates
        .iter()
        .filter(|c| {
            c.kind == Some(EntityKind::Place)
                && matches!(c.evidence, Evidence::OtherHead(_) | Evidence::Located)
        })
        .map(|c| &text[c.start..c.end])
        .collect();
    if !placed.is_empty() {
        for c in candidates.iter_mut() {
            if c.kind == Some(EntityKind::Person)
                && c.evidence == Evidence::NameShape
                && placed.contains(&&text[c.start..c.end])
            {
                c.kind = Some(EntityKind::Place);
                c.evidence = Evidence::Located;
            }
        }
    }
    // "the space shuttle Columbia … "The Columbia is lost"", "the program AlphaGo … AlphaGo
    // won": a craft or a product named so by its noun is that wherever the article names it
    // alone, whatever place shares the name or its shape alone says.
    let crafts: Vec<(&str, Evidence)> = candidates
        .iter()
        .filter(|c| {
            matches!(&c.evidence, Evidence::OtherHead(h)
                if h == "craft" || h == "program" || words::is_product_noun_before(h)
                    || matches!(h.as_str(), "epidemic" | "outbreak" | "pandemic"))
        })
        .map(|c| (&text[c.start..c.end], c.evidence.clone()))
        .collect();
    if !crafts.is_empty() {
        for c in candidates.iter_mut() {
            // (A known place's name stays the place but after "the": "the ferry Estonia …
            // sailing from Estonia to Sweden".)
            let weak = match &c.evidence {
                Evidence::Gazetteer => after_the(text, c.start),
                Evidence::Undecided
                | Evidence::NameShape
                | Evidence::GivenName
                | Evidence::Acronym
                | Evidence::Recurring => true,
                Evidence::OrgHead(h) => h == "camel case",
                _ => false,
            };
            if c.kind != Some(EntityKind::Other)
                && weak
                && let Some((_, evidence)) = crafts
                    .iter()
                    .find(|(name, _)| *name == &text[c.start..c.end])
            {
                c.kind = Some(EntityKind::Other);
                c.evidence = evidence.clone();
            }
        }
    }
    let overridden: Vec<&str> = candidates
        .iter()
        .filter(|c| {
            c.kind == Some(EntityKind::Other) && matches!(c.evidence, Evidence::OtherHead(_))
        })
        .map(|c| &text[c.start..c.end])
        .filter(|name| name.rsplit(' ').next().is_some_and(words::is_org_head))
        .collect();
    if overridden.is_empty() {
        return;
    }
    for c in candidates.iter_mut() {
        if c.kind == Some(EntityKind::Organization)
            && matches!(c.evidence, Evidence::OrgHead(_))
            && overridden.contains(&&text[c.start..c.end])
        {
            c.kind = Some(EntityKind::Other);
        }
    }
}

/// Whether the word right before byte `start` is "the".
fn after_the(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    let Some(at) = before.len().checked_sub(3) else {
        return false;
    };
    matches!(before.get(at..), Some("the" | "The"))
        && !before[..at].ends_with(|ch: char| ch.is_alphanumeric())
}

/// Names in a list closed by "and other" and the plural of a kind are of that kind: "backed by
/// Sinn Féin, the Labour Party, the Social Democrats and other left-wing parties" (whatever
/// their shape alone said: "Sinn Féin" reads as a person's name); so are names in a list right
/// before the plural noun for models ("the Jetta, Golf, Beetle and Passat models"). Names
/// before "and other languages" are tongues, no entities ("in Twi, Ewe and other languages").
/// `candidates` are one sentence's, in text order.
fn decide_by_kind_after_list(text: &str, candidates: &mut [Candidate]) {
    for k in 0..candidates.len() {
        let tail = &text[candidates[k].end..];
        // ("the affected Jetta, Golf, Beetle and Passat models": a list right before
        // "models"; not "the maker of Jeep and Fiat cars", brands.)
        let models = tail
            .strip_prefix(" models")
            .is_some_and(|t| !t.starts_with(char::is_alphanumeric));
        // (So is one right before the plural of a feature: "the East Lyn and West Lyn
        // rivers".)
        let features = ["rivers", "lakes", "islands", "mountains", "valleys"]
            .into_iter()
            .filter(|_| tail.as_bytes().get(1).is_some_and(|b| b"rlimv".contains(b)))
            .find(|noun| {
                tail.strip_prefix(' ')
                    .and_then(|t| t.strip_prefix(noun))
                    .is_some_and(|t| !t.starts_with(char::is_alphanumeric))
            });
        let rest = if models {
            Some("models")
        } else if let Some(noun) = features {
            Some(noun)
        } else {
            tail.strip_prefix(" and other ")
                .or_else(|| tail.strip_prefix(", and other "))
        };
        let Some(rest) = rest else {
            continue;
        };
        // The plural ends the run of lower-case words after "other": "left-wing parties".
        let noun =
            rest.split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .take(4)
                .take_while(|w| w.starts_with(|c: char| c.is_lowercase()))
                .find_map(|w| match w {
                    "parties" | "groups" | "organisations" | "organizations" | "companies"
                    | "firms" | "banks" | "unions" | "clubs" | "teams" | "agencies"
                    | "airlines" | "broadcasters" | "newspapers" | "carmakers" | "automakers"
                    | "insurers" => Some(Some(EntityKind::Organization)),
                    "countries" | "nations" | "states" | "cities" | "towns" | "provinces"
                    | "regions" | "rivers" | "lakes" | "islands" | "mountains" | "valleys" => {
                        Some(Some(EntityKind::Place))
                    }
                    "models" => Some(Some(EntityKind::Other)),
                    // ("jingles in Twi, Ewe and other local languages": tongues, no entities.)
                    "languages" | "dialects" => Some(None),
                    _ => None,
                });
        let Some(kind) = noun else { continue };
        // Back over the members, joined by commas, "and" or "the".
        let mut first = k;
        while first > 0 {
            let between = text
                .get(candidates[first - 1].end..candidates[first].start)
                .map(str::trim);
            if !between
                .is_some_and(|b| matches!(b, "," | ", the" | "and" | "and the" | ", and the"))
            {
                break;
            }
            first -= 1;
        }
        if first == k && kind.is_some() {
            continue;
        }
        for c in &mut candidates[first..=k] {
            let Some(kind) = kind else {
                if c.evidence != Evidence::Gazetteer {
                    c.kind = None;
                    c.evidence = Evidence::Undecided;
                }
                continue;
            };
            let weak = matches!(
                c.evidence,
                Evidence::NameShape
                    | Evidence::GivenName
                    | Evidence::Undecided
                    | Evidence::Recurring
                    | Evidence::Speaker
            );
            if c.kind != Some(kind) && (c.kind.is_none() || weak) {
                c.kind = Some(kind);
                c.evidence = Evidence::ListedWith(format!("other {kind:?}"));
            }
        }
    }
}

/// Names in one list take the kind the others have: in "Nvidia, Samsung and Salesforce" or
/// "Kenya, Rwanda and Uganda", an undecided member gets the kind that every decided member
/// shares. `candidates` are one sentence's, in text order.
fn decide_by_list(text: &str, candidates: &mut [Candidate]) {
    let mut start = 0;
    while start < candidates.len() {
        // The run of candidates joined only by commas, "and" or "or".
        // (A run of commas alone is no list: "raised in Casper, Wyoming, Cheney dropped out".)
        let mut end = start + 1;
        let mut conjoined = false;
        while end < candidates.len() {
            let between = text
                .get(candidates[end - 1].end..candidates[end].start)
                .map(str::trim);
            let joined =
                between.is_some_and(|b| matches!(b, "," | "and" | "or" | ", and" | ", or"));
            if !joined {
                break;
            }
            conjoined |= between != Some(",");
            end += 1;
        }
        let list = &mut candidates[start..end];
        let mut kinds = list.iter().filter_map(|c| c.kind);
        let shared = kinds.next().filter(|&k| kinds.all(|other| other == k));
        // Two names are a list for companies only, beside a listed one, when the undecided one
        // is a single word that is no English word: "factories of Samsung and Foxconn" (a
        // place or a person beside an undecided name is too often its counterpart: "Israel
        // and Hezbollah", later decided by the whole article).
        // (Joined by "and" or "or": after a comma, a name is as often in apposition, "Larry
        // Bird of the Boston Celtics, Johnson's great rival".)
        let pair_of_companies = list.len() == 2
            && conjoined
            && shared == Some(EntityKind::Organization)
            && list.iter().all(|c| {
                let w = &text[c.start..c.end];
                match c.kind {
                    Some(_) => gazetteer().is_company(w),
                    None => !w.contains(' ') && !gazetteer().is_common_word(w),
                }
            });
        // …or for works, after the plural noun for them: "the albums Paranoid and Master of
        // Reality"; or for products, after their maker: "the maker of Juicy Fruit and
        // Doublemint".
        let pair_of_works = list.len() == 2
            && shared == Some(EntityKind::Other)
            && matches!(&list[0].evidence, Evidence::OtherHead(noun)
                if (noun.ends_with('s') && words::is_product_noun_before(noun))
                    || noun == "maker")
            // (Not a title cut short before "of": "Master of Reality".)
            && !text[list[1].end..].starts_with(" of ");
        // …or for places, after a preposition of place, when the undecided one is a single word
        // no dictionary knows: "the crossings at Torkham and Chaman".
        let pair_of_places = list.len() == 2
            && conjoined
            && shared == Some(EntityKind::Place)
            && text[..list[0].start].ends_with(|c: char| c == ' ')
            && text[..list[0].start]
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| {
                    matches!(w, "at" | "in" | "near" | "including" | "across" | "from" | "between")
                })
            // (Beside a town: a country beside an undecided name is too often its
            // counterpart, "Israel and Hezbollah".)
            && list.iter().all(|c| {
                let w = &text[c.start..c.end];
                (c.kind.is_some()
                    && gazetteer()
                        .place(w)
                        .is_none_or(|(_, p)| p.kind != "country" && p.group.is_empty()))
                    || (!w.contains(' ')
                        && !gazetteer().is_common_word(w)
                        && !gazetteer().is_given_name(w))
            });
        // …or for people, both written in full, when the undecided one's words are no places
        // and the first no English word: "the deaths of Ayrton Senna and Roland Ratzenberger";
        // or the undecided one a given name alone that is no English word or place: "Prince
        // Harry and Meghan".
        let pair_of_people =
            list.len() == 2 && conjoined && shared == Some(EntityKind::Person) && {
                let g = gazetteer();
                let given_alone = |c: &Candidate| {
                    let w = &text[c.start..c.end];
                    c.kind.is_none()
                        && !w.contains(' ')
                        && g.is_given_name(w)
                        && !g.is_common_word(w)
                        && g.place(w).is_none()
                        && !g.is_company(w)
                };
                let full_name = |c: &Candidate| {
                    let w = &text[c.start..c.end];
                    (2..=3).contains(&w.split(' ').count())
                        && (c.kind.is_some()
                            || (g.place(w).is_none()
                                && !g.is_company(w)
                                && w.split(' ').enumerate().all(|(k, part)| {
                                    part.starts_with(char::is_uppercase)
                                        && (k > 0 || !g.is_common_word(part))
                                        && g.place(part).is_none()
                                })))
                };
                list.iter().all(full_name) || list.iter().any(given_alone)
            };
        if let Some(kind) = shared
            && ((list.len() >= 3 && conjoined)
                || pair_of_people
                || pair_of_companies
                || pair_of_works
                || pair_of_places)
        {
            let named = list
                .iter()
                .find(|c| c.kind.is_some())
                .map(|c| text[c.start..c.end].to_string())
                .unwrap_or_default();
            let dated =
                |c: &Candidate| crate::analysis::dates::is_month_or_weekday(&text[c.start..c.end]);
            for c in list.iter_mut().filter(|c| c.kind.is_none() && !dated(c)) {
                c.kind = Some(kind);
                c.evidence = Evidence::ListedWith(named.clone());
            }
        }
        start = end;
    }
}

struct Sentence<'a, 's> {
    text: &'a str,
    tokens: &'a [Token],
    /// The whole article's tokens, and their counts once a rule asks for them.
    article: &'a [Token],
    counts: &'s OnceCell<WordCounts<'a>>,
    /// The capitalised words the article places somewhere, once a rule asks.
    placed: &'s OnceCell<PlacedWords<'a>>,
    /// The parties the article names with "and", once a rule asks.
    parties: &'s OnceCell<PartyNames<'a>>,
    /// Whether the article is about trains, once a rule asks (see `about_trains`).
    trains: &'s OnceCell<bool>,
}

impl<'a> Sentence<'a, '_> {
    fn counts(&self) -> &WordCounts<'a> {
        self.counts
            .get_or_init(|| WordCounts::new(self.text, self.article))
    }

    /// Whether the article writes `word` right after "Mr.", "Mrs." or "Ms." (with or without
    /// the point): a surname there, whatever English word it also is ("Mr. Gates").
    fn follows_honorific(&self, word: &str) -> bool {
        let honorific = |t: &Token| matches!(t.text(self.text), "Mr" | "Mrs" | "Ms");
        self.article.windows(3).any(|w| {
            honorific(&w[0])
                && ((w[1].text(self.text) == "." && w[2].text(self.text) == word)
                    || w[1].text(self.text) == word)
        })
    }

    /// Whether the article writes `word` right after a given name, on one line: the surname of
    /// a person it names in full ("Theresa May", "Bradley Manning").
    fn follows_given_name(&self, word: &str) -> bool {
        self.article.windows(2).any(|pair| {
            pair[1].text(self.text) == word
                && !pair[1].line_break_before
                && gazetteer().is_given_name(pair[0].text(self.text))
        })
    }

    /// Whether the chunk names a horse by its place in a race's report: "beat Magic Of Light
    /// by two lengths", "with Rathvinden third", "the first horse since Red Rum", "The
    /// favourite, Vauban,", "won the race with Rule The World", "1. Tiger Roll (Davy Russell)
    /// 4-1"; in an article that speaks of jockeys, riders or trainers.
    fn racehorse(&self, first: usize, end: usize) -> bool {
        // (Every context opens with one of these words before the name, or a comma or a
        // bracket after it: a cheap test first, as most names have none.)
        let opening = matches!(
            first.checked_sub(1).and_then(|i| self.tok(i)),
            Some("beat" | "beating" | "beats" | "pipped" | "with" | "and" | "since" | ",")
        ) || matches!(self.tok(end), Some("," | "("));
        if !opening {
            return false;
        }
        let before = |k: usize| first.checked_sub(k).and_then(|i| self.word(i));
        let ordinal = |w: &str| matches!(w, "second" | "third" | "fourth" | "fifth" | "sixth");
        let beaten = matches!(before(1), Some("beat" | "beating" | "beats" | "pipped"))
            && matches!(self.word(end), Some("by" | "into"));
        let placed = matches!(before(1), Some("with" | "and"))
            && self.word(end).is_some_and(ordinal)
            && self
                .tokens
                .get(end + 1)
                .is_none_or(|t| t.kind == TokenKind::Punct || t.text(self.text) == "and");
        let since = before(1) == Some("since") && matches!(before(2), Some("horse" | "winner"));
        let favourite = first >= 1
            && self.tok(first - 1) == Some(",")
            && matches!(before(2), Some("favourite" | "favorite"))
            && self.tok(end) == Some(",");
        let ridden = self.tok(end) == Some(",")
            && matches!(self.word(end + 1), Some("ridden" | "trained"))
            && self.word(end + 2) == Some("by");
        let rode = before(1) == Some("with")
            && (2..=4).any(|k| matches!(before(k), Some("won" | "win" | "race")));
        // (A result's line: the rider in brackets, then the odds.)
        let result = self.tok(end) == Some("(")
            && self.is_cap(end + 1)
            && (end + 2..end + 6).any(|k| {
                self.tok(k) == Some(")")
                    && self
                        .tokens
                        .get(k + 1)
                        .is_some_and(|t| t.kind == TokenKind::Number)
            });
        (beaten || placed || since || favourite || ridden || rode || result)
            && self.article.iter().any(|t| {
                matches!(
                    t.text(self.text),
                    "jockey" | "jockeys" | "ridden" | "trainer" | "trained"
                )
            })
    }

    /// Whether the chunk is a listed company's one-word name and a word that names no
    /// organisation, place or role: its product (see `classify_chunk`).
    fn maker_and_product(&self, first: usize, end: usize, all: &[(usize, &str)]) -> bool {
        let g = gazetteer();
        let [(_, maker), (_, product)] = all[..] else {
            return false;
        };
        let (start, stop) = self.span(first, end);
        g.is_company(maker)
            // ("City Hall": a word for a kind of place makes nothing.)
            && !words::is_place_tail(maker)
            && !g.is_company(&self.text[start..stop])
            && !g.is_company(product)
            && (!self.at_start(first) || !g.is_common_word(maker))
            // ("a Stellantis Jeep factory": a maker's brand, where its plants are.)
            && !self.word(end).is_some_and(|w| {
                matches!(w, "factory" | "factories" | "plant" | "plants" | "brand" | "brands"
                    | "dealers" | "dealership" | "workers" | "employees" | "unit" | "division")
            })
            // (A device or service may end like an organisation: "Apple Watch", "Apple TV".)
            && (!words::is_org_head(product) || matches!(product, "Watch" | "TV"))
            && !words::is_company_word(product)
            && !words::is_role(product)
            && !words::is_person_title(product)
            && !words::is_other_head(product)
            // (A venue named for its sponsor is a place: "Allianz Stadium", "Crypto.com Arena".)
            && !words::is_place_head(product)
            && g.place(product).is_none()
            && !g.is_adjective(product)
    }

    /// Whether a town's name at `first..end` names its club, by a match around it: "beating
    /// Tottenham 5-1", "Leeds are champions" (a plural verb after a town's name),
    /// "Chelsea manager Enzo Maresca". A country's team stays a place, as the annotations have
    /// it ("Spain beat England").
    fn team_by_context(&self, first: usize, end: usize) -> bool {
        let (start, stop) = self.span(first, end);
        let name = &self.text[start..stop];
        if gazetteer()
            .place(name)
            .is_none_or(|(_, p)| p.kind != "city")
        {
            return false;
        }
        let score_at = |i: usize| self.score_at(i);
        if score_at(end) {
            return true;
        }
        // The subject of a result, with a few words for how it came: "Tottenham could only
        // draw 2-2", "Leeds eventually won 3-1".
        let mut k = end;
        while k < end + 3
            && self.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "could"
                        | "would"
                        | "only"
                        | "had"
                        | "to"
                        | "did"
                        | "still"
                        | "then"
                        | "eventually"
                        | "finally"
                        | "just"
                )
            })
        {
            k += 1;
        }
        if k > end
            && self.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "draw" | "drew" | "beat" | "win" | "won" | "lose" | "lost" | "held"
                )
            })
            && score_at(k + 1)
        {
            return true;
        }
        let after = self.word(end);
        if after.is_some_and(|w| w == "manager" || words::is_player_position(w)) {
            return true;
        }
        // A body's officer named after it: "Toyota chairman Akio Toyoda", "Barcelona president
        // Joan Laporta" (a town has a mayor).
        let officer_at = if after == Some("chief") && self.word(end + 1) == Some("executive") {
            end + 2
        } else {
            end + 1
        };
        if after.is_some_and(|w| {
            matches!(
                w,
                "chairman" | "chairwoman" | "president" | "owner" | "coach" | "CEO" | "chief"
            )
        }) && self.is_cap(officer_at)
            && self.is_cap(officer_at + 1)
        {
            return true;
        }
        // A club by its standing: "Premier League champions Liverpool", "Serie A side Como".
        if first >= 2
            && self.is_cap(first - 2)
            && self
                .word(first - 1)
                .is_some_and(|w| matches!(w, "champions" | "holders" | "leaders" | "side"))
        {
            return true;
        }
        // A player's position or rank between the club and the player's name: "Liverpool
        // forward Diogo Jota", "Liverpool and Portugal captain X" (the country, its national
        // team, stays a place); its squad after its possessive: "Liverpool's players".
        let role_at = if after == Some("and") && self.is_cap(end + 1) && !self.is_cap(end + 2) {
            end + 2
        } else {
            end
        };
        if self
            .word(role_at)
            .is_some_and(|w| matches!(w, "forward" | "captain" | "full-back" | "fullback"))
            && ((self.is_cap(role_at + 1) && self.is_cap(role_at + 2))
                // ("the Liverpool forward who died": after "the", no name needed.)
                || (first > 0 && self.word(first - 1) == Some("the")))
        {
            return true;
        }
        if matches!(self.tok(end), Some("'" | "’"))
            && self.word(end + 1) == Some("s")
            && self.word(end + 2).is_some_and(|w| {
                matches!(
                    w,
                    "players" | "squad" | "manager" | "striker" | "midfielder" | "defender"
                )
            })
        {
            return true;
        }
        // ("Manchester and Liverpool are cities": a list's verb is plural anyway; "voters in
        // Oakland have": so is its subject's.)
        // (Nor "physicists near Geneva have found".)
        let governed = first > 0
            && (matches!(self.tok(first - 1), Some(","))
                || self.word(first - 1).is_some_and(|w| {
                    words::is_function_word(w)
                        || matches!(w, "near" | "outside" | "around" | "across" | "throughout")
                }));
        if matches!(after, Some("are" | "have" | "were")) && !governed {
            return true;
        }
        // (Or after a rout of it: "a 5-1 demolition of Tottenham".)
        let routed = first >= 2
            && self.word(first - 1) == Some("of")
            && self.word(first - 2).is_some_and(|w| {
                matches!(
                    w,
                    "demolition" | "rout" | "thrashing" | "hammering" | "drubbing" | "victory"
                )
            });
        let opposed = first > 0 && self.word(first - 1).is_some_and(words::opposes_a_team);
        if (opposed || routed) && (0..self.tokens.len()).any(score_at) {
            return true;
        }
        // A goal given to it: "gave Tottenham the lead".
        if after == Some("the") && self.word(end + 1) == Some("lead") {
            return true;
        }
        // A player joins from a club: "who joined from Barcelona in 2023".
        if first >= 2
            && self.word(first - 1) == Some("from")
            && self
                .word(first - 2)
                .is_some_and(|w| matches!(w, "joined" | "signed" | "transferred" | "loan"))
        {
            return true;
        }
        // A town that wins or loses a final or a title: "despite Barcelona losing the
        // Champions League final" (not a bid or a vote: "Paris won the right to host").
        if after.is_some_and(|w| {
            matches!(
                w,
                "lost" | "losing" | "won" | "winning" | "drew" | "drawing"
            )
        }) {
            let ahead: Vec<&str> = (end + 1..(end + 7).min(self.tokens.len()))
                .filter_map(|i| self.word(i))
                .collect();
            let stake = ahead.iter().position(|w| {
                matches!(
                    crate::analysis::ascii::Lower::new(w).as_str(),
                    "final" | "semi" | "semifinal" | "match" | "derby" | "title" | "treble"
                )
            });
            if stake.is_some_and(|k| {
                !ahead[..k]
                    .iter()
                    .any(|w| matches!(*w, "right" | "bid" | "vote" | "election" | "race"))
            }) {
                return true;
            }
        }
        // Trophies won with a town are won with its club: "two titles with Barcelona", "won
        // the trophy with Barcelona in 2015".
        first >= 2
            && self.word(first - 1) == Some("with")
            && self.tokens[first.saturating_sub(5)..first - 1]
                .iter()
                .any(|t| {
                    matches!(
                        t.text(self.text),
                        "title"
                            | "titles"
                            | "trophy"
                            | "trophies"
                            | "cup"
                            | "championship"
                            | "league"
                    )
                })
    }

    /// Whether a political position stands right before `first`: "far-right", "centre-left",
    /// "right-wing".
    fn political_position_before(&self, first: usize) -> bool {
        first >= 3
            && self.tok(first - 2) == Some("-")
            && match self.word(first - 1) {
                Some("right" | "left") => matches!(
                    self.word(first - 3),
                    Some("far" | "centre" | "center" | "hard" | "extreme")
                ),
                Some("wing") => matches!(self.word(first - 3), Some("right" | "left")),
                _ => false,
            }
    }

    /// Whether a match's score opens at token `i`: "2-1", "15–13".
    fn score_at(&self, i: usize) -> bool {
        let number = |i: usize| {
            self.tokens
                .get(i)
                .is_some_and(|t| t.kind == TokenKind::Number)
        };
        number(i)
            && matches!(self.tok(i + 1), Some("-" | "–"))
            && self.glued(i + 1)
            && self.glued(i + 2)
            && number(i + 2)
    }

    /// Whether a name that is no known place, holds no given name and follows none in the
    /// article is a team by the match it plays, with a score in the sentence: "Spurs lost to
    /// Feyenoord 1-0", "beat the White Sox 4-3", "drew 2-2 with Everton" (not "Alcaraz beat
    /// Sinner 6-4" after "Jannik Sinner": a surname).
    fn unknown_team_by_match(&self, first: usize, end: usize) -> bool {
        let score_at = |i: usize| self.score_at(i);
        // The match around the name first (cheap, and rarely there).
        // (Skipping "the" before it: "beat the White Sox".)
        let before = if first >= 1 && self.word(first - 1) == Some("the") {
            first - 1
        } else {
            first
        };
        let word_before = |k: usize| before.checked_sub(k).and_then(|i| self.word(i));
        let opposed = word_before(1).is_some_and(words::opposes_a_team)
            || (matches!(word_before(1), Some("to" | "with" | "over" | "by"))
                && (word_before(2).is_some_and(words::plays_a_team)
                    // ("drew 2-2 with Everton".)
                    || (before >= 4 && score_at(before - 4))));
        // ("Arsenal, who beat Everton 2-1, finished second": the match in a relative clause.)
        let who_plays = self.tok(end) == Some(",")
            && self.word(end + 1) == Some("who")
            && self
                .word(end + 2)
                .is_some_and(|w| words::opposes_a_team(w) || words::plays_a_team(w));
        let plays = self.word(end).is_some_and(words::opposes_a_team)
            || self.word(end).is_some_and(words::plays_a_team)
            || score_at(end)
            || who_plays;
        if !(opposed || plays) {
            return false;
        }
        // (A word for the state of the match opening the sentence names no team: "Down 8-1 a
        // week ago, the crew won eight races".)
        if end == first + 1
            && self.at_start(first)
            && matches!(
                self.word(first),
                Some("Down" | "Up" | "Ahead" | "Behind" | "Level" | "Trailing" | "Leading")
            )
        {
            return false;
        }
        // (A match named as such needs no score: "the home game against Everton".)
        let fixture = word_before(1) == Some("against")
            && word_before(2).is_some_and(|w| {
                matches!(
                    w,
                    "game"
                        | "match"
                        | "fixture"
                        | "clash"
                        | "tie"
                        | "derby"
                        | "friendly"
                        | "final"
                        | "semifinal"
                        | "quarterfinal"
                        | "playoff"
                )
            });
        // A match's score in the sentence: not a tennis set among others ("6-3, 2-6, 7-5":
        // players) nor a price's odds ("at 90-1": a horse).
        let set_or_odds = |i: usize| {
            (self.tok(i + 3) == Some(",") && score_at(i + 4))
                || (i >= 4 && self.tok(i - 1) == Some(",") && score_at(i - 4))
                || (i >= 1 && self.word(i - 1) == Some("at"))
        };
        let mut scores = (0..self.tokens.len()).filter(|&i| score_at(i)).peekable();
        if !fixture && (scores.peek().is_none() || scores.any(set_or_odds)) {
            return false;
        }
        let g = gazetteer();
        let (start, stop) = self.span(first, end);
        let all = self.words_in(first, end);
        let hyphens = (first..end).filter(|&i| self.tok(i) == Some("-")).count();
        // (A match counted in a series is no team: "won the first Test 27-19".)
        let counted = first >= 1
            && self.word(first - 1).is_some_and(|w| {
                matches!(
                    w,
                    "first" | "second" | "third" | "fourth" | "fifth" | "final" | "deciding"
                )
            });
        !(end - first > 5
            || counted
            || all.len() + hyphens != end - first
            || g.place_any_case(&self.text[start..stop]).is_some()
            // (A given name alone that the article never writes before a surname is a club's:
            // "Chelsea beat Paris Saint-Germain 3-0".)
            // (Not before a place's head, as no one's surname is: "Crystal Palace won".)
            || all.iter().any(|&(_, w)| {
                (g.is_given_name(w)
                    && (all.len() > 1 || self.counts().words_after(w).next().is_some())
                    && !all.last().is_some_and(|&(_, last)| words::is_place_head(last)))
                    || crate::analysis::dates::is_month_or_weekday(w)
                    || g.is_adjective(w)
                    || words::is_role(&w.to_lowercase())
            })
            // (Two or three words none of which is English read as a person: "Aryna
            // Sabalenka".)
            || (all.len() >= 2 && all.iter().all(|&(_, w)| !g.is_common_word(w)))
            || self
                .counts()
                .words_before(all[0].1)
                .any(|w| g.is_given_name(w) || words::is_person_title(&w.to_lowercase())))
    }

    /// Whether the phrase is one capitalised English noun in the plural after "the", as teams
    /// and parties are nicknamed ("the Wallabies lead", "the Lions won", "the Lionesses flew
    /// home"): no place, people, faith or event ("the Games", "the Highlands", "the Swiss").
    fn plural_nickname(&self, first: usize, end: usize) -> bool {
        if end != first + 1
            || first == 0
            || !self
                .word(first - 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
        {
            return false;
        }
        let Some(w) = self.word(first) else {
            return false;
        };
        let g = gazetteer();
        let lower = crate::analysis::ascii::Lower::new(w);
        let lower = lower.as_str();
        let singular = lower.strip_suffix('s').unwrap_or(lower);
        // (Not inside a longer name: "the Medicines and Healthcare products Regulatory
        // Agency", "the Master of the Rolls".)
        let inside_name = (matches!(self.tok(end), Some("and" | "&" | "of" | "for"))
            && self.is_cap(end + 1))
            || (first >= 3 && self.word(first - 2) == Some("of") && self.is_cap(first - 3));
        w.len() >= 5
            && !inside_name
            && !lower.ends_with("ous")
            && lower.ends_with('s')
            && !lower.ends_with("ss")
            && w.chars().skip(1).all(char::is_lowercase)
            && !matches!(self.tok(end), Some("-"))
            && g.is_common_word(w)
            && g.place(w).is_none()
            && !g.is_adjective(w)
            && !g.is_adjective(&w[..w.len() - 1])
            && !words::is_faith_word(lower)
            && !words::is_place_head(lower)
            && !words::is_place_tail(lower)
            && !words::is_place_head(singular)
            && !words::is_other_head(lower)
            && !words::is_other_head(singular)
            && !words::is_org_head(lower)
            && !words::is_role(singular)
            && !matches!(
                lower,
                "games"
                    | "olympics"
                    | "masters"
                    | "championships"
                    | "ashes"
                    | "lowlands"
                    | "midlands"
                    | "troubles"
                    | "allies"
                    | "gospels"
                    | "psalms"
                    | "heavens"
            )
            // (A short form of a longer name in the article is that name's: "the Comets"
            // after "the Lyon Comets".)
            && !self
                .counts()
                .words_before(w)
                .any(|f| !f.eq_ignore_ascii_case("the"))
            // (Nor a place the article places: "crossed the Everglades".)
            && !self.located_in_article(w)
    }

    /// The plural noun for organisations that introduces a list the phrase at `first` is in,
    /// with "such as", "including" or "like": back over capitalised words, commas and "and".
    fn listed_as_organisation(&self, first: usize) -> Option<&'a str> {
        let i = self.before_list(first)?;
        let t = self.tok(i)?;
        let noun_at = match t {
            // ("parties, including Fine Gael and Labour": a comma may set the list off.)
            "including" if i >= 2 && self.tok(i - 1) == Some(",") => Some(i - 2),
            "including" | "like" => i.checked_sub(1),
            "as" if i >= 1 && self.tok(i - 1) == Some("such") => i.checked_sub(2),
            // "at group companies Daihatsu and Hino Motors" (not a country: "rivals
            // Argentina and Brazil" are teams named by their countries).
            // (Not across a comma after it: "merging the two brands, Chairman X said"; unless
            // a list of two or more is set off there: "his former clubs, Argentinos Juniors
            // and Boca Juniors, and".)
            _ if words::is_org_plural(t)
                && (self.tok(i + 1) != Some(",") || self.list_set_off(i + 2)) =>
            {
                // (The whole word after it, "U.S." with its periods.)
                let mut last = i + 1;
                while last + 1 < self.tokens.len() && self.glued(last + 1) {
                    last += 1;
                }
                let (start, stop) = self.span(i + 1, last + 1);
                let country = gazetteer()
                    .place(&self.text[start..stop])
                    .is_some_and(|(_, p)| !p.group.is_empty());
                return (!country).then_some(t);
            }
            _ => return None,
        };
        noun_at
            .and_then(|n| self.word(n))
            .filter(|w| words::is_org_plural(w))
    }

    /// The plural noun for places that introduces a list the phrase at `first` is in, with
    /// "such as", "including" or "like": "villages such as Winterbourne Stoke", "airports,
    /// including Frankfurt and Paris's Charles de Gaulle" (back over capitalised words, commas,
    /// "and" and possessives).
    fn listed_as_place(&self, first: usize) -> Option<&'a str> {
        // (The cheap test first: the word before opens or continues a list.)
        if !matches!(
            self.tok(first.checked_sub(1)?),
            Some("as" | "including" | "like" | "," | "and" | "s")
        ) {
            return None;
        }
        let i = (first.saturating_sub(14)..first).rev().find(|&i| {
            !(matches!(self.tok(i), Some("," | "and"))
                || self.is_cap(i)
                || (self.glued(i) && matches!(self.tok(i), Some("'" | "’")))
                || (i >= 1 && self.tok(i) == Some("s") && self.glued_possessive(i - 1)))
        })?;
        let noun_at = match self.tok(i)? {
            "including" if i >= 2 && self.tok(i - 1) == Some(",") => i - 2,
            "including" | "like" => i.checked_sub(1)?,
            "as" if i >= 2 && self.tok(i - 1) == Some("such") => i - 2,
            _ => return None,
        };
        self.word(noun_at).filter(|w| {
            matches!(
                *w,
                "villages"
                    | "towns"
                    | "cities"
                    | "hamlets"
                    | "suburbs"
                    | "resorts"
                    | "airports"
                    | "ports"
                    | "harbours"
                    | "harbors"
                    | "islands"
                    | "capitals"
                    | "stadiums"
                    | "venues"
                    | "neighbourhoods"
                    | "neighborhoods"
            )
        })
    }

    /// Whether a list of names joined by "and" starts at `first` and is set off by a comma
    /// after its last name ("clubs, Argentinos Juniors and Boca Juniors, and").
    fn list_set_off(&self, first: usize) -> bool {
        let Some(next) = (first..(first + 16).min(self.tokens.len())).find(|&k| {
            self.word(k)
                .is_some_and(|w| w.starts_with(char::is_lowercase) && !matches!(w, "and" | "or"))
        }) else {
            return false;
        };
        let Some(last) = (first..next).rev().find(|&k| self.is_cap(k)) else {
            return false;
        };
        // (People may be set off there too: "several construction firms, Curlee and Sarah
        // Discaya, have".)
        self.tok(last + 1) == Some(",")
            && (first..last).any(|k| self.word(k) == Some("and"))
            && !(first..=last).any(|k| self.word(k).is_some_and(|w| gazetteer().is_given_name(w)))
    }

    /// The token before the list of names the phrase at `first` is in: back over capitalised
    /// words, commas and "and" (up to twelve tokens); `None` at the text's start or past that.
    fn before_list(&self, first: usize) -> Option<usize> {
        (first.saturating_sub(12)..first).rev().find(|&i| {
            !(self.tok(i) == Some(",")
                || self.tok(i) == Some("and")
                || self.is_cap(i)
                // (A brand in lower case first may be listed: "including easyJet and".)
                || self.word(i).is_some_and(is_small_prefix_brand))
        })
    }

    /// The noun for a ship heading a description set off by the comma at `comma`: "flagship"
    /// in ", the flagship of Henry VIII" (after "the" and a name, the name is the ship's).
    fn ship_set_off(&self, comma: usize) -> Option<&'a str> {
        let k = self.noun_after_article(comma, |w| {
            words::is_vessel_noun(w) || matches!(w, "flagship" | "wreck")
        })?;
        self.word(k)
    }

    /// Whether a description set off by the comma at `comma` is headed by a noun for a site or
    /// a settlement, the noun ending the phrase before a preposition or punctuation: ", a henge
    /// about two miles from", ", a village of 300 people," (not ", a village elder,").
    fn site_set_off(&self, comma: usize) -> bool {
        if self.tok(comma) != Some(",") {
            return false;
        }
        let site = |w: &str| {
            words::is_site_noun_after(w)
                || matches!(
                    w,
                    "henge"
                        | "hillfort"
                        | "fort"
                        | "castle"
                        | "monument"
                        | "landmark"
                        | "hamlet"
                        | "city"
                        | "suburb"
                        | "park"
                        | "square"
                )
        };
        self.noun_after_article(comma, site).is_some_and(|k| {
            self.tok(k + 1).is_none_or(|t| {
                matches!(
                    t,
                    "," | "."
                        | ";"
                        | "about"
                        | "near"
                        | "in"
                        | "on"
                        | "outside"
                        | "of"
                        | "from"
                        | "at"
                        | "where"
                        | "which"
                        | "that"
                        | "built"
                        | "north"
                        | "south"
                        | "east"
                        | "west"
                        | "just"
                        | "some"
                )
            })
        })
    }

    /// Whether the phrase at `first` is in a list of names right after a title in the plural
    /// ("Presidents Nixon, Ford and Carter"): back over commas, "and" and capitalised words.
    fn listed_after_plural_title(&self, first: usize) -> Option<&'a str> {
        for i in (first.saturating_sub(12)..first).rev() {
            // (Or a plural noun for people, in lower case: "the French aviators Nungesser and
            // Coli".)
            let title = self.word(i).filter(|w| {
                w.ends_with('s')
                    && (crate::analysis::ascii::with_lowercase(w, words::is_plural_person_title)
                        .unwrap_or(false)
                        || (w.starts_with(char::is_lowercase)
                            && words::is_plural_people_noun(w)
                            && self.is_cap(i + 1)))
            });
            if title.is_some() {
                return title;
            }
            if !(matches!(self.tok(i), Some("," | "and")) || self.is_cap(i)) {
                return None;
            }
        }
        None
    }

    /// Whether the phrase at `first` is in a list of brands: "whose brands include Nescafé and
    /// KitKat", "brands such as Dove", "its brands Lipton and Knorr".
    fn listed_as_brand(&self, first: usize) -> bool {
        let Some(i) = self.before_list(first) else {
            return false;
        };
        let noun_at = match self.tok(i) {
            Some("include" | "includes" | "including" | "like") => i.checked_sub(1),
            Some("as") if i >= 1 && self.tok(i - 1) == Some("such") => i.checked_sub(2),
            // (Not across a comma: "merging the two brands, Chairman X said".)
            Some("brands" | "brand") if self.tok(i + 1) != Some(",") => Some(i),
            _ => None,
        };
        noun_at.is_some_and(|n| matches!(self.word(n), Some("brands" | "brand")))
    }

    /// The plural noun for organisations after a list of names joined by "and" that the
    /// phrase ending at `end` is in: "the Jaish-e-Mohammed and Lashkar-e-Taiba groups", "the
    /// Hamas and Hezbollah militant groups" (one lower-case word may come before the noun).
    fn listed_before_organisations(&self, first: usize, end: usize) -> Option<&'a str> {
        let mut i = end;
        // (The last of the list: "… and Lashkar-e-Taiba groups".)
        let mut joined = first > 1 && self.tok(first - 1) == Some("and") && self.is_cap(first - 2);
        for _ in 0..12 {
            let t = self.tok(i)?;
            if t == "and" || t == "," {
                joined |= t == "and" && self.is_cap(i + 1);
                i += 1;
                continue;
            }
            if self.is_cap(i) || (t == "-" && self.glued(i)) || (self.glued(i) && joined) {
                i += 1;
                continue;
            }
            break;
        }
        if !joined {
            return None;
        }
        let noun = if self.word(i).is_some_and(|w| words::is_org_plural(w)) {
            i
        } else {
            i + 1
        };
        let lower = |k: usize| {
            self.word(k)
                .is_some_and(|w| w.starts_with(char::is_lowercase))
        };
        let noun = self
            .word(noun)
            .filter(|w| words::is_org_plural(w) && !matches!(*w, "rivals" | "teams" | "clubs"))
            .filter(|_| joined && lower(i))?;
        // (Not a country or a demonym: "U.S. and Chinese companies".)
        let (start, stop) = self.span(first, end);
        let g = gazetteer();
        let named = &self.text[start..stop];
        let known = g.place(named).is_some()
            || g.is_adjective(named)
            || g.is_common_word(named)
            || words::is_common_acronym(&named.to_lowercase());
        (!known).then_some(noun)
    }

    /// The end of a party's adjective opening the chunk, before a role or what the party
    /// forms: "Liberal Democrat" in "the Liberal Democrat MP", "Conservative" in "Conservative
    /// Leader Pierre Poilievre" or "the previous Conservative government", "a Republican
    /// senator", "the Democratic primary", "Republican Curtis Sliwa".
    fn party_before_role(&self, first: usize, end: usize) -> Option<usize> {
        let party = |w: &str| {
            matches!(
                w,
                "Liberal"
                    | "Conservative"
                    | "Labour"
                    | "Labor"
                    | "Republican"
                    | "Democrat"
                    | "Democratic"
                    | "Tory"
                    | "Socialist"
                    | "Communist"
            )
        };
        let mut k = first;
        while k < end && k < first + 2 && self.word(k).is_some_and(party) {
            k += 1;
        }
        let role = |i: usize| {
            self.word(i).is_some_and(|w| {
                let lower = crate::analysis::ascii::Lower::new(w);
                matches!(
                    lower.as_str(),
                    "mp" | "mps"
                        | "leader"
                        | "lawmaker"
                        | "lawmakers"
                        | "senator"
                        | "senators"
                        | "candidate"
                        | "nominee"
                        | "congressman"
                        | "congresswoman"
                        | "governor"
                        | "politician"
                        | "presidential"
                        | "rep"
                        | "representative"
                        | "chairman"
                        | "chairwoman"
                        | "deputy"
                        | "minister"
                        | "spokesman"
                        | "spokeswoman"
                        | "spokesperson"
                        // What a party forms or fields: "the previous Conservative government",
                        // "the last Labour budget".
                        | "government"
                        | "governments"
                        | "administration"
                        | "budget"
                        | "manifesto"
                        | "voters"
                        | "supporters"
                        | "majority"
                        | "primary"
                        | "primaries"
                        | "nomination"
                        | "caucus"
                        | "members"
                        | "leadership"
                        | "convention"
                        | "ticket"
                )
            })
        };
        // (Or right before a person's name: "and Republican Curtis Sliwa".)
        let named = |i: usize| {
            i + 1 < end
                && self.word(i).is_some_and(|w| gazetteer().is_given_name(w))
                && self.is_cap(i + 1)
        };
        let portfolio = k > first && self.labour_portfolio(k - 1);
        // (Or a portfolio in lower case before the role: "The Conservative transport
        // spokeswoman".)
        let shadow = |i: usize| {
            self.word(i)
                .is_some_and(|w| w.starts_with(char::is_lowercase))
                && matches!(
                    self.word(i + 1),
                    Some("spokesman" | "spokeswoman" | "spokesperson" | "minister" | "secretary")
                )
        };
        (k > first && !portfolio && (role(k) || named(k) || shadow(k))).then_some(k)
    }

    /// Whether the word at `i` names the labour portfolio before a title, not the party:
    /// "Labour Minister Steven MacKinnon", "Labor Secretary Julie Su" (news writes the party's
    /// minister "a Labour minister").
    fn labour_portfolio(&self, i: usize) -> bool {
        matches!(self.word(i), Some("Labour" | "Labor"))
            && matches!(self.word(i + 1), Some("Minister" | "Secretary"))
    }

    /// The plural noun for settlements whose list, after "of", the phrase at `first` is a
    /// later member of: "the provinces of Quang Ninh and Hai Phong" (back over capitalised
    /// words, commas and "and"; the first member is named by `named_by_context` directly).
    fn listed_as_settlement(&self, first: usize) -> Option<&'a str> {
        self.listed_after_of(first)
            .filter(|w| words::is_settlement_plural(&w.to_lowercase()))
    }

    /// The word before the "of" that opens a list the phrase at `first` is a later member of:
    /// "provinces" in "the provinces of Quang Ninh and Hai Phong", "universities" in "the
    /// universities of St Andrews and Bradford".
    fn listed_after_of(&self, first: usize) -> Option<&'a str> {
        // (The cheap test first: a later member follows a comma or "and".)
        if !matches!(self.tok(first.checked_sub(1)?), Some("," | "and")) {
            return None;
        }
        let mut i = first;
        let mut joined = false;
        for _ in 0..12 {
            i = i.checked_sub(1)?;
            let t = self.tok(i)?;
            if t == "," || t == "and" {
                joined = true;
                continue;
            }
            if self.is_cap(i) {
                continue;
            }
            return (t == "of" && joined)
                .then(|| i.checked_sub(1).and_then(|n| self.word(n)))
                .flatten();
        }
        None
    }

    /// Whether the article places the capitalised `word` somewhere (see
    /// [`placed_words`]).
    fn located_in_article(&self, word: &str) -> bool {
        self.placed_words().words.contains(word)
    }

    fn placed_words(&self) -> &PlacedWords<'a> {
        self.placed
            .get_or_init(|| placed_words(self.text, self.article))
    }

    /// The index of a noun of the given class among the first four lower-case words after
    /// "a", "an" or "the" that follow the comma at `comma` ("Gavi, the vaccine alliance").
    fn noun_after_article(&self, comma: usize, class: fn(&str) -> bool) -> Option<usize> {
        self.word(comma + 1)
            .filter(|w| matches!(*w, "a" | "an" | "the"))?;
        // (The head comes before a preposition: "Hugo Eckener, the builder of the ship" is
        // no ship.)
        // (A measure may come first, and counts for no word: "the Bowbelle, a 1,880-ton
        // dredger".)
        let measure = (comma + 2..self.tokens.len().min(comma + 7))
            .take_while(|&k| {
                self.tokens[k].kind == TokenKind::Number
                    || (k > comma + 2
                        && matches!(self.tok(k), Some("," | "-" | "."))
                        && self.glued(k)
                        && self.glued(k + 1))
            })
            .count();
        let from = comma + 2 + measure;
        (from..from + 4)
            .take_while(|&k| {
                self.word(k).is_some_and(|w| {
                    w.starts_with(char::is_lowercase)
                        && !matches!(w, "of" | "for" | "in" | "with" | "from" | "by" | "at")
                })
            })
            .find(|&k| self.word(k).is_some_and(class))
    }

    /// Whether the token at `i` is a capitalised word that could name a committee's field
    /// ("Energy", "Commerce"): no acronym, place, given name or company.
    fn field_word(&self, i: usize) -> bool {
        let g = gazetteer();
        self.is_cap(i)
            && !self.is_acronym(i)
            && self
                .word(i)
                .is_some_and(|w| g.place(w).is_none() && !g.is_given_name(w) && !g.is_company(w))
    }

    /// Whether the phrase is one to three words, none of them an acronym, a known place,
    /// company or demonym, or a word for a body, a company or a role: a name that only the
    /// words around it can give a kind ("the wreck of the Titanic", "won the Ballon d'Or").
    fn names_nothing_known(&self, first: usize, end: usize) -> bool {
        let g = gazetteer();
        let named = self.words_in(first, end);
        (1..=3).contains(&named.len())
            && named.iter().all(|&(j, w)| {
                !self.is_acronym(j)
                    && g.place(w).is_none()
                    && !g.is_company(w)
                    && !g.is_adjective(w)
                    && !words::is_org_head(w)
                    && !words::is_role(w)
                    && !words::is_company_word(w)
            })
    }

    /// A run of capitalised words in the article (with "of", "for", "and" or "the" between)
    /// whose initials spell `word` in capitals: "European Space Agency" for "Esa".
    fn expansion_in_article(&self, word: &str) -> Option<&'a str> {
        let letters = word.to_ascii_uppercase();
        let letters = letters.as_bytes();
        let cap = |t: &Token| {
            t.kind == TokenKind::Word && t.text(self.text).starts_with(char::is_uppercase)
        };
        let mut k = 0;
        while k < self.article.len() {
            let t = &self.article[k];
            if !cap(t) || t.text(self.text).as_bytes()[0] != letters[0] {
                k += 1;
                continue;
            }
            // Follow the run from here while its initials keep spelling the word, small
            // words skipped, or counted as some abbreviations count them ("Ecowas" for the
            // "Economic Community of West African States").
            // (The second way only when the first met a small word.)
            let mut small_seen = false;
            for small_counts in [false, true] {
                if small_counts && !small_seen {
                    break;
                }
                let (mut matched, mut j, mut last) = (0, k, k);
                while j < self.article.len() && matched < letters.len() {
                    let u = &self.article[j];
                    let small = u.kind == TokenKind::Word
                        && matches!(u.text(self.text), "of" | "for" | "and" | "the")
                        && matched > 0;
                    small_seen |= small;
                    if cap(u) && u.text(self.text).as_bytes()[0] == letters[matched] {
                        matched += 1;
                        last = j;
                    } else if small
                        && small_counts
                        && u.text(self.text).as_bytes()[0].to_ascii_uppercase() == letters[matched]
                    {
                        matched += 1;
                    } else if matched > 0
                        && u.text(self.text) == "-"
                        && u.start == self.article[j - 1].end
                    {
                        // (A hyphen inside the name: "Wada" for the "World Anti-Doping Agency".)
                    } else if !small {
                        break;
                    }
                    j += 1;
                }
                let ends = self.article.get(last + 1).is_none_or(|n| !cap(n));
                if matched == letters.len() && matched >= 2 && last > k && ends {
                    return Some(&self.text[t.start..self.article[last].end]);
                }
            }
            k += 1;
        }
        None
    }

    /// Whether token `at` is an apostrophe glued to the word before it and to an "s" after
    /// it: the possessive of "Sotheby's", "the People's Party".
    fn glued_possessive(&self, at: usize) -> bool {
        matches!(self.tok(at), Some("'" | "’"))
            && self.glued(at)
            && self.tok(at + 1) == Some("s")
            && self.glued(at + 1)
    }

    /// Whether the article writes an English word capitalised three times or more and never
    /// in lower case, as a name: "Yahoo said … Yahoo's core business … Yahoo users".
    fn written_as_name(&self, word: &str) -> bool {
        self.counts().word(word) >= 3 && {
            let lower = word.to_lowercase();
            !self
                .article
                .iter()
                .any(|t| t.kind == TokenKind::Word && t.text(self.text) == lower)
        }
    }

    /// Whether the article also writes the phrase's initials as one word: "Silicon Valley
    /// Bank … SVB" (then the whole phrase is the name).
    fn abbreviated_in_article(&self, first: usize, end: usize) -> bool {
        let initials: String = self
            .words_in(first, end)
            .iter()
            .filter_map(|(_, w)| w.chars().next())
            .collect();
        initials.chars().count() >= 2 && self.counts().word(&initials) > 0
    }

    /// Whether the article writes the acronym's words out in lower case (see
    /// [`WordCounts::spelled_out`]).
    fn spelled_out_in_lower_case(&self, acronym: &str) -> bool {
        self.counts().spelled_out(self.text, self.article, acronym)
    }

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
            (2..=8).contains(&n) && w.chars().all(|c| c.is_uppercase())
        })
    }

    /// Whether `i` starts its sentence or line (so its capital says nothing).
    fn at_start(&self, i: usize) -> bool {
        i == 0
            || self.tokens[i].line_break_before
            || self
                .tok(i - 1)
                .is_some_and(|t| matches!(t, "“" | "\"" | "‘" | "(" | ":" | "—" | "–"))
            // ("LIBREVILLE, Aug 30 (AFP) - Army officers said": a hyphen set off by spaces is
            // a dash.)
            || (self.tok(i - 1) == Some("-")
                && self.tokens[i - 1].space_before
                && self.tokens[i].space_before)
    }

    /// Whether `i` is a capitalised "The" inside a sentence, after a lower-case word or a
    /// comma and before a capitalised word: a title's own article ("including The Count of
    /// Monte Cristo", "and The Sims", "told The Athletic").
    fn the_inside_sentence(&self, i: usize) -> bool {
        self.word(i) == Some("The")
            && !self.at_start(i)
            && self.is_cap(i + 1)
            && !self.tokens[i + 1].line_break_before
            && (self.tok(i - 1) == Some(",")
                || self
                    .word(i - 1)
                    .is_some_and(|w| w.starts_with(char::is_lowercase)))
    }

    fn candidates(&self, out: &mut Vec<Candidate>) {
        let mut i = 0;
        while i < self.tokens.len() {
            if let Some((title_end, close)) = self.quoted_title(i) {
                self.push(
                    out,
                    i + 1,
                    title_end,
                    Some(EntityKind::Other),
                    Evidence::QuotedTitle,
                );
                i = close + 1;
                continue;
            }
            // A product written with a small "i" or "e" before its capital: "iPhone 16", "iOS".
            // (Not the second word of a name in a Bantu language: "uMkhonto weSizwe".)
            if self.word(i).is_some_and(is_small_prefix_brand)
                && !self.glued(i)
                && !(i > 0
                    && self.word(i - 1).is_some_and(|w| {
                        w.starts_with(|c: char| c.is_lowercase())
                            && w.chars().skip(1).any(char::is_uppercase)
                    }))
            {
                let numbered = self.tokens.get(i + 1).is_some_and(|t| {
                    t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 3
                });
                // (With a letter glued to the number: "iPhone 4S", "iPhone 15 Pro" aside.)
                let lettered = numbered
                    && self.glued(i + 2)
                    && self
                        .word(i + 2)
                        .is_some_and(|w| w.len() <= 2 && w.chars().all(|c| c.is_ascii_uppercase()));
                let end = if lettered {
                    i + 3
                } else if numbered {
                    i + 2
                } else {
                    i + 1
                };
                let word = self.word(i).unwrap_or_default();
                // (Lists may write the brand with a capital: "EasyJet".)
                let upper_first = word[..1].to_ascii_uppercase() + &word[1..];
                // (Or a list of bodies may hold it: "airlines including flyBrisk and".)
                let kind = if gazetteer().is_company(word)
                    || gazetteer().is_company(&upper_first)
                    || self.listed_as_organisation(i).is_some()
                {
                    EntityKind::Organization
                } else {
                    EntityKind::Other
                };
                self.push(out, i, end, Some(kind), Evidence::NameShape);
                i = end;
                continue;
            }
            // A lawmaker's party and state in brackets: "(R-S.D.)", "(D-Ariz.)".
            if let Some(end) = self.state_after_party(i) {
                let kind = Some(EntityKind::Place);
                self.push(out, i + 3, end, kind, Evidence::Gazetteer);
                i = end;
                continue;
            }
            // A team named by a number: "the 49ers", "the 76ers".
            if self.numbered_team(i) {
                let kind = Some(EntityKind::Organization);
                self.push(out, i, i + 2, kind, Evidence::NameShape);
                i += 2;
                continue;
            }
            if !self.is_cap(i) {
                i += 1;
                continue;
            }
            let end = self.chunk_end(i);
            // A currency's prefix names no body: "HK$30 million", "NZ$5".
            if end == i + 1 && self.tok(end) == Some("$") && self.glued(end) {
                i = end + 1;
                continue;
            }
            // …nor does a currency's abbreviation before its amount: "Rs 500", "Rp 10,000",
            // "KSh 50" (rupees, rupiah, shillings).
            if end == i + 1
                && matches!(
                    self.tok(i),
                    Some("Rs" | "Rp" | "KSh" | "Ksh" | "Tk" | "Dh" | "Dhs")
                )
                && self
                    .tokens
                    .get(end)
                    .is_some_and(|t| t.kind == TokenKind::Number)
            {
                i = end + 1;
                continue;
            }
            // …nor a place's name that makes a currency's: "10,000 Singapore dollars", "43 US
            // cents", "one new Ghana cedi" (a unit, as "Swiss francs" is).
            let unit_of_place = || {
                let first = if self.tok(i) == Some("The") { i + 1 } else { i };
                let (start, stop) = self.span(first, end);
                first < end && gazetteer().place(&self.text[start..stop]).is_some()
            };
            if self.word(end).is_some_and(words::is_currency) && unit_of_place() {
                i = end + 1;
                continue;
            }
            // A country named by two names joined by "and": "Trinidad and Tobago", "Antigua
            // and Barbuda".
            if self.tok(end) == Some("and")
                && self.is_cap(end + 1)
                && gazetteer().opens_joined_country({
                    let (start, stop) = self.span(i, end);
                    &self.text[start..stop]
                })
            {
                let joined = self.chunk_end(end + 1);
                let (start, stop) = self.span(i, joined);
                if gazetteer()
                    .place(&self.text[start..stop])
                    .is_some_and(|(_, p)| p.kind == "country")
                {
                    let kind = Some(EntityKind::Place);
                    self.push(out, i, joined, kind, Evidence::Gazetteer);
                    i = joined;
                    continue;
                }
            }
            // "the pro-Russian Party of Socialists": a demonym after a prefix and its hyphen
            // qualifies the name after it.
            let prefixed = i >= 2
                && self.tok(i - 1) == Some("-")
                && self.glued(i)
                && self.glued(i - 1)
                && matches!(
                    self.word(i - 2),
                    Some("pro" | "anti" | "non" | "post" | "pre")
                )
                && end - i >= 2
                && self.word(i).is_some_and(|w| gazetteer().is_adjective(w));
            if prefixed {
                i += 1;
                continue;
            }
            // A streaming service or a network named with a plus: "Disney+", "Apple TV+".
            let plus = self.tok(end) == Some("+")
                && self.glued(end)
                && self
                    .tokens
                    .get(end + 1)
                    .is_none_or(|t| t.space_before || t.kind == TokenKind::Punct);
            if plus && end - i <= 3 {
                self.push(
                    out,
                    i,
                    end + 1,
                    Some(EntityKind::Other),
                    Evidence::NameShape,
                );
                i = end + 1;
                continue;
            }
            // A work's title with small words in it, set off after the noun for its kind:
            // "Her second album, Back to Black, won" (the title ends at the comma).
            if let Some(title_end) = self.titled_work_after_comma(i) {
                let evidence =
                    Evidence::OtherHead(self.word(i - 2).unwrap_or_default().to_string());
                self.push(out, i, title_end, Some(EntityKind::Other), evidence);
                i = title_end;
                continue;
            }
            let before = out.len();
            self.classify_chunk(i, end, out);
            // A surname's particle before it, in lower case: "bin Laden", "de Klerk",
            // "al-Qaeda".
            for c in &mut out[before..] {
                let Some(k) = (i..end).find(|&k| self.tokens[k].start == c.start) else {
                    continue;
                };
                if end - k <= 2
                    && c.kind != Some(EntityKind::Place)
                    && let Some(p) = self.particle_before(k)
                {
                    c.start = self.tokens[p].start;
                    // (Undecided, it has the shape of a name glued to "al-": see the linker.)
                    if c.kind.is_none()
                        && c.evidence == Evidence::Undecided
                        && self.tok(p + 1) == Some("-")
                    {
                        c.evidence = Evidence::NameShape;
                    }
                }
            }
            // An ordinal number opening a street's, a unit's or an amendment's name: "the 17th
            // Street Canal", "42nd Street", "the 82nd Airborne Division", "the 25th Amendment".
            if i >= 2
                && matches!(self.tok(i - 1), Some("st" | "nd" | "rd" | "th"))
                && self.glued(i - 1)
                && self.tokens[i - 2].kind == TokenKind::Number
                && self.tokens[i].space_before
                && self.word(i).is_some_and(|w| {
                    matches!(
                        w,
                        "Street" | "Avenue" | "Airborne" | "Amendment" | "Division" | "Precinct"
                    )
                })
            {
                let start = self.tokens[i].start;
                let kind = match self.word(i) {
                    Some("Street" | "Avenue" | "Precinct") => EntityKind::Place,
                    Some("Amendment") => EntityKind::Other,
                    _ => EntityKind::Organization,
                };
                // (With its side of town: "East 64th Street", taken from the word alone.)
                let side = i >= 3
                    && matches!(self.word(i), Some("Street" | "Avenue"))
                    && self.tokens[i - 2].space_before
                    && self
                        .word(i - 3)
                        .is_some_and(|w| matches!(w, "East" | "West" | "North" | "South"));
                let from = if side { i - 3 } else { i - 2 };
                if side {
                    let (side_start, side_end) = (self.tokens[i - 3].start, self.tokens[i - 3].end);
                    out.retain(|c| !(c.start == side_start && c.end == side_end));
                }
                // (What this name pushed comes last: the side's word, if dropped, came before.)
                if let Some(c) = out
                    .iter_mut()
                    .rev()
                    .take_while(|c| c.start >= start)
                    .find(|c| c.start == start)
                {
                    c.start = self.tokens[from].start;
                    c.kind = c.kind.or(Some(kind));
                } else {
                    self.push(out, from, end, Some(kind), Evidence::NameShape);
                }
            }
            // (A name glued to "al-" that nothing took is still one: "al-Qaeda".)
            if out.len() == before
                && end - i <= 2
                && let Some(p) = self.particle_before(i)
                && self.tok(p + 1) == Some("-")
            {
                self.push(out, p, end, None, Evidence::NameShape);
            }
            let end = self.country_after(end, before, out).unwrap_or(end);
            self.acronym_after(end, before, out);
            i = end.max(i + 1);
        }
    }

    /// Whether a market's word stands before the role at `k`: "the market leader", "the
    /// industry leader" (a firm, not a person).
    fn market_before(&self, k: usize) -> bool {
        k >= 1
            && self
                .word(k - 1)
                .is_some_and(|w| matches!(w, "market" | "industry" | "sector"))
    }

    /// The lower-case particle opening the surname that starts at `i`, where the words before
    /// are not part of the name: "bin" in "officials said bin Laden", "al" in "al-Qaeda" (not
    /// "a van" or "the van").
    fn particle_before(&self, i: usize) -> Option<usize> {
        let outside = |k: usize| {
            k == 0
                || !self.is_cap(k - 1)
                || self.tokens[k].line_break_before
                || self.word(k - 1).is_some_and(words::is_function_word)
        };
        if i >= 2
            && self.tok(i - 1) == Some("-")
            && self.glued(i)
            && self.glued(i - 1)
            && matches!(self.tok(i - 2), Some("al" | "el"))
            && outside(i - 2)
        {
            return Some(i - 2);
        }
        let p = i.checked_sub(1)?;
        let particle = self.tok(p)?;
        let known = matches!(
            particle,
            "bin" | "ibn" | "bint" | "abu" | "van" | "von" | "de" | "da" | "di" | "dos" | "del"
        );
        (known
            && self.tokens[i].space_before
            && outside(p)
            && !(particle == "van"
                && p > 0
                && matches!(self.tok(p - 1), Some("a" | "an" | "the" | "The" | "A"))))
        .then_some(p)
    }

    /// The end of a state abbreviated after a party's letter in brackets, the bracket at `at`:
    /// "(R-S.D.)", "(D-Ariz.)", "(R-Texas)" (a state or its abbreviation, then the closing
    /// bracket).
    fn state_after_party(&self, at: usize) -> Option<usize> {
        if self.tok(at) != Some("(")
            || !matches!(self.word(at + 1), Some("R" | "D" | "I"))
            || self.tok(at + 2) != Some("-")
            || !(at + 1..at + 4).all(|k| self.glued(k))
        {
            return None;
        }
        let close = (at + 4..(at + 9).min(self.tokens.len()))
            .take_while(|&k| self.glued(k))
            .find(|&k| self.tok(k) == Some(")"))?;
        let (start, stop) = self.span(at + 3, close);
        gazetteer()
            .place(&self.text[start..stop])
            .is_some_and(|(_, p)| !p.alias_of.is_empty() || p.kind == "region")
            .then_some(close)
    }

    /// The end of an organisation the chunk just decided that goes on with "of" and a country,
    /// the chunk having stopped at the country's name: "the PGA of America", "the Democratic
    /// Socialists of America" (not before more of a name, "the Bank of England Museum", nor
    /// after a listed company's one word: "Toyota of Japan").
    fn country_after(&self, end: usize, before: usize, out: &mut [Candidate]) -> Option<usize> {
        let decided = out.len() > before;
        let last = out.last_mut()?;
        if !decided
            || end == 0
            || last.kind != Some(EntityKind::Organization)
            || last.end != self.tokens[end - 1].end
            || self.tok(end) != Some("of")
            || !self.is_cap(end + 1)
        {
            return None;
        }
        // (A listed company's one word stays apart from its home: "Toyota of Japan".)
        let name = &self.text[last.start..last.end];
        if !name.contains(' ') && gazetteer().is_company(name) {
            return None;
        }
        let country_end = self.chunk_end(end + 1);
        let (start, stop) = self.span(end + 1, country_end);
        let country = gazetteer()
            .place(&self.text[start..stop])
            .is_some_and(|(_, p)| p.kind == "country");
        if !country || self.is_cap(country_end) {
            return None;
        }
        last.end = stop;
        Some(country_end)
    }

    /// The end of a work's title at `first` that has lower-case small words in it, set off by
    /// commas after the noun for its kind: "album, Back to Black," (two to six words, the first
    /// and the last capitalised).
    fn titled_work_after_comma(&self, first: usize) -> Option<usize> {
        if first < 2
            || self.tok(first - 1) != Some(",")
            || !self.word(first - 2).is_some_and(words::is_work_noun)
        {
            return None;
        }
        let mut k = first;
        let mut small = false;
        while k < first + 6 && self.tok(k) != Some(",") {
            let w = self.word(k)?;
            if self.tokens[k].line_break_before && k > first {
                return None;
            }
            if !self.is_cap(k) {
                if !matches!(
                    w,
                    "to" | "of" | "the" | "a" | "an" | "in" | "on" | "and" | "for" | "with"
                ) {
                    return None;
                }
                small = true;
            }
            k += 1;
        }
        (small && self.tok(k) == Some(",") && self.is_cap(k - 1)).then_some(k)
    }

    /// The noun for a kind of body after the acronym in brackets at `end`: "party" in "the
    /// Chama Cha Mapinduzi (CCM) party".
    fn noun_after_acronym(&self, end: usize) -> Option<&'a str> {
        (self.tok(end) == Some("(") && self.is_acronym(end + 1) && self.tok(end + 2) == Some(")"))
            .then(|| self.word(end + 3))
            .flatten()
            .filter(|w| words::is_org_noun_after(w) && w.starts_with(char::is_lowercase))
    }

    /// The acronym in brackets right after a name the chunk just decided (rules that decide a
    /// name by its head return before `classify_plain` sees the bracket): "the conservative
    /// People Power Party (PPP)".
    fn acronym_after(&self, end: usize, before: usize, out: &mut Vec<Candidate>) {
        let Some(last) = out.last() else {
            return;
        };
        if out.len() == before
            || end == 0
            || last.end != self.tokens[end - 1].end
            || last.kind == Some(EntityKind::Person)
            || self.tok(end) != Some("(")
            || !self.is_acronym(end + 1)
            || self.tok(end + 2) != Some(")")
        {
            return;
        }
        let name = &self.text[last.start..last.end];
        if !name.contains(' ') {
            return;
        }
        let evidence = Evidence::AcronymOf(name.to_string());
        self.push(out, end + 1, end + 2, None, evidence);
    }

    /// A title in quotation marks opening at `open`: "The Blue Trail", “If I Had Legs I'd
    /// Kick You”. Every word is capitalised except short grammar words inside it (speech has
    /// lower-case words); no sentence punctuation, except a comma or a stop that American
    /// style puts inside the closing mark ("Poor Things," won) and a question or exclamation
    /// mark ending the title ("What Was I Made For?", "Jimmy Kimmel Live!"). One word is a
    /// title only if it is no English word or given name, and a comma follows it inside the
    /// marks ("Oppenheimer," a drama about…).
    /// Returns the index after the title's last token and the index of the closing mark.
    /// (One word is a title too after the noun for a work, "the album \"Smile\"", or beside
    /// a longer title in the same sentence: "opened with \"Hello\" and closed with \"Champagne
    /// Supernova\"".)
    fn quoted_title(&self, open: usize) -> Option<(usize, usize)> {
        self.quoted_title_with(open, true)
    }

    /// Whether another title of two words or more stands in quotation marks in the sentence.
    fn longer_title_beside(&self, open: usize) -> bool {
        (0..self.tokens.len())
            .filter(|&o| o != open && matches!(self.tok(o), Some("“" | "\"")))
            .filter_map(|o| self.quoted_title_with(o, false).map(|(end, _)| (o, end)))
            .any(|(o, end)| self.words_in(o + 1, end).len() >= 2)
    }

    fn quoted_title_with(&self, open: usize, beside: bool) -> Option<(usize, usize)> {
        // (Single marks too, as headlines write titles: "star of 'Top Gun' and 'The Doors'";
        // an apostrophe opens none, glued to the word before, nor closes one inside a word:
        // "Don't".)
        let mark = self.tokens.get(open)?;
        if mark.kind != TokenKind::Punct {
            return None;
        }
        let closing = match mark.text(self.text) {
            "“" => "”",
            "\"" => "\"",
            "‘" => "’",
            "'" if !self.glued(open) && self.glued(open + 1) => "'",
            _ => return None,
        };
        let single = matches!(closing, "’" | "'");
        if self.glued(open + 1) && !self.is_cap(open + 1) {
            return None;
        }
        // (Words quoted after a speaker and a colon are said, as headlines quote them: "Mr.
        // Churchill: "Wars Are Not Won by Evacuations"".)
        if open >= 1 && self.tok(open - 1) == Some(":") {
            return None;
        }
        // (A nickname in single marks is no title: "the 'Queen of Rock 'n' Roll'", "'Prince
        // of Darkness'".)
        if single
            && self.word(open + 1).is_some_and(|w| {
                matches!(
                    w,
                    "King"
                        | "Queen"
                        | "Prince"
                        | "Princess"
                        | "Godfather"
                        | "Godmother"
                        | "Father"
                        | "Mother"
                        | "Lady"
                        | "Emperor"
                        | "Empress"
                )
            })
            && self.word(open + 2) == Some("of")
        {
            return None;
        }
        let closes_at = |i: usize| {
            self.tok(i) == Some(closing)
                && self.glued(i)
                && !(single
                    && self.glued(i + 1)
                    && self
                        .tokens
                        .get(i + 1)
                        .is_some_and(|t| t.kind == TokenKind::Word))
        };
        let mut words = 0;
        for i in open + 1..(open + 16).min(self.tokens.len()) {
            let t = self.tok(i)?;
            let closes_next = closes_at(i + 1);
            let inside_stop = matches!(t, "," | ".") && self.glued(i) && closes_next;
            if closes_at(i) || inside_stop {
                let close = if inside_stop { i + 1 } else { i };
                let one_word = words == 1
                    && inside_stop
                    && t == ","
                    && self.word(open + 1).is_some_and(|w| {
                        let g = gazetteer();
                        !g.is_common_word(w) && !g.is_given_name(w) && g.place(w).is_none()
                    });
                // ("\"Thriller\" (1982)": a year in parentheses dates a work.)
                let dated = words == 1
                    && self.tok(close + 1) == Some("(")
                    && self
                        .tokens
                        .get(close + 2)
                        .is_some_and(|t| t.kind == TokenKind::Number && t.end - t.start == 4)
                    && self.tok(close + 3) == Some(")");
                // ("\"Val\", a documentary assembled from home videos": the apposition says
                // what the work is.)
                let comma = if t == "," {
                    Some(i)
                } else {
                    (self.tok(close + 1) == Some(",")).then_some(close + 1)
                };
                let described = words == 1
                    && comma.is_some_and(|c| {
                        let c = if c == i { close } else { c };
                        self.noun_after_article(c, words::is_product_noun_before)
                            .is_some()
                    });
                let cued = words == 1
                    && self.is_cap(open + 1)
                    && ((open > 0
                        && self
                            .word(open - 1)
                            .is_some_and(words::is_product_noun_before))
                        || (beside && self.longer_title_beside(open)));
                return (words >= 2 || one_word || dated || described || cued)
                    .then_some((i, close));
            }
            match self.tokens[i].kind {
                TokenKind::Word => {
                    let small = i > open + 1 && words::is_title_small_word(t);
                    let after_apostrophe =
                        self.glued(i) && matches!(self.tok(i - 1), Some("'" | "’")) && t.len() <= 2;
                    if !(self.is_cap(i) || small || after_apostrophe) {
                        return None;
                    }
                    words += 1;
                }
                TokenKind::Number => {}
                TokenKind::Punct if matches!(t, "(" | ")" | "'" | "’" | "-" | "–" | "&" | ":") =>
                    {}
                TokenKind::Punct
                    if matches!(t, "?" | "!") && self.glued(i) && closes_next && words >= 2 => {}
                TokenKind::Punct => return None,
            }
        }
        None
    }

    /// Whether a team's name by a number starts at token `i`: "49ers", "76ers".
    fn numbered_team(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number && t.end - t.start == 2)
            && self.tok(i + 1) == Some("ers")
            && self.glued(i + 1)
            && !self.glued(i)
    }

    /// Extends a capitalised phrase from `first`; returns the index after its last token.
    fn chunk_end(&self, first: usize) -> usize {
        // Only head nouns open a phrase to "of", "for", "and": roles do not, so "President X
        // of Uzbekistan and President Y" stays apart.
        // (Not a squad, a unit of a body: "the Recce Squad of the General Service Unit".)
        let opens = |w: &str| {
            (words::is_org_head(w) && w != "Squad")
                || words::is_other_head(w)
                // (Not a site's head that also names a trade or a sort: "Mine Safety and Health
                // Administration", "Range Rover".)
                || (words::is_place_head(w)
                    && !matches!(w, "Mine" | "Colliery" | "Range" | "Junction" | "Armory"))
                || matches!(w, "Republic" | "Kingdom" | "House" | "Chamber")
        };
        // ("District Attorney Pamela Price of Alameda County": a head noun inside a title
        // opens nothing.)
        // (Nor does the Virgin's title: "Our Lady of the Angels School", "Our Lady of Lourdes
        // Hospital".)
        let mut has_head = (self.word(first).is_some_and(opens)
            && !self.word(first + 1).is_some_and(words::is_role))
            || self.the_inside_sentence(first)
            || (self.word(first) == Some("Our") && self.word(first + 1) == Some("Lady"))
            // (A peer's title names a place after "of": "Lord Smith of Kelvin"; not "Lord
            // Mayor of London".)
            || (matches!(self.word(first), Some("Lord" | "Baroness" | "Baron"))
                && self.is_cap(first + 1)
                && !self.word(first + 1).is_some_and(words::is_role)
                && self.word(first + 2) == Some("of"));
        let mut has_connector = false;
        let mut end = first + 1;
        while let Some(t) = self.tokens.get(end) {
            if t.line_break_before {
                break;
            }
            // "the San Francisco 49ers"
            if self.numbered_team(end) {
                end += 2;
                break;
            }
            // A day of the week names no one: "approved on Wednesday Lufthansa's plan" (but
            // opens a paper's name: "the Sunday Times", "Sunday Gazette-Mail").
            // (The run of capitalised words from `k`, hyphens and all, ends in a paper's
            // word: "the Sunday Clarion-Mail".)
            let paper = |k: usize| {
                let mut last = k;
                while last + 2 < self.tokens.len().min(k + 6)
                    && self.tok(last + 1) == Some("-")
                    && self.glued(last + 1)
                    && self.glued(last + 2)
                    && self.is_cap(last + 2)
                {
                    last += 2;
                }
                self.is_cap(k)
                    && self.word(last).is_some_and(|w| {
                        crate::analysis::ascii::with_lowercase(w, |l| {
                            words::is_paper_word(l) || words::is_masthead_word(l)
                        })
                        .unwrap_or(false)
                    })
            };
            if (self
                .word(end - 1)
                .is_some_and(crate::analysis::dates::is_weekday_name)
                && !(end - 1 == first && paper(end)))
                || (self
                    .word(end)
                    .is_some_and(crate::analysis::dates::is_weekday_name)
                    && !paper(end + 1))
            {
                break;
            }
            // Nor does a month after a preposition of time, at the phrase's start or before
            // it: "In June BMW cancelled", "in June BMW cancelled".
            let month_at = end - 1;
            if month_at <= first + 1
                && month_at >= 1
                && self.word(month_at - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "in" | "In" | "since" | "Since" | "until" | "Until" | "by" | "By"
                    )
                })
                && self
                    .word(month_at)
                    .is_some_and(|w| w.len() >= 3 && crate::analysis::dates::is_month_or_weekday(w))
                // (Not a byline's given name: "By Jan Lopatka".)
                && !(self.word(month_at - 1) == Some("By")
                    && (month_at == 1 || self.tokens[month_at - 1].line_break_before)
                    && self.is_cap(month_at + 1))
            {
                break;
            }
            // "U.S." style: glued periods between single capitals.
            let single_cap = |i: usize| {
                self.word(i)
                    .is_some_and(|w| w.chars().count() == 1 && w.chars().all(char::is_uppercase))
            };
            // An initial: "S. Somanath", "George W. Bush" (not a sentence ending in a letter:
            // "… on X. NASA said", "… Plan B. The").
            // (In capitals after a given name: "EDWIN M. STANTON".)
            let caps_given = || {
                end >= first + 2
                    && self.is_acronym(end - 2)
                    && self
                        .word(end - 2)
                        .is_some_and(|w| w.len() >= 3 && gazetteer().is_given_name(&capitalized(w)))
            };
            if self.tok(end) == Some(".")
                && self.glued(end)
                && single_cap(end - 1)
                && self.is_cap(end + 1)
                && !self.glued(end + 1)
                && (!self.is_acronym(end + 1) || caps_given())
                && !self.word(end + 1).is_some_and(words::is_function_word)
                // (A letter alone after "and", "on" or "to" is a name ending the sentence:
                // "on TikTok and X. Opposition leader …".)
                && !(end - 1 == first
                    && first > 0
                    // ("and N. R. Kleinfield": another initial follows.)
                    && !(single_cap(end + 1) && self.tok(end + 2) == Some("."))
                    && self.word(first - 1).is_some_and(|w| {
                        matches!(w, "and" | "or" | "on" | "to" | "of" | "in" | "at" | "from")
                    }))
            {
                // ("U.S. Department of Justice": the word after the periods may be a head.)
                has_head |= self.word(end + 1).is_some_and(opens);
                end += 2;
                continue;
            }
            // An apostrophe inside a word: "O'Brien", "Wetang'ula", "Ma'ruf" (not a clitic:
            // "Kenya's", "Ruto'll").
            if matches!(self.tok(end), Some("'" | "’"))
                && self.glued(end)
                && self.glued(end + 1)
                && self
                    .word(end + 1)
                    .is_some_and(|w| !matches!(w, "s" | "t" | "re" | "ve" | "ll" | "d" | "m" | "S"))
            {
                end += 2;
                continue;
            }
            // A nickname in quotation marks between a given name and a surname: "Jose "Pepe"
            // Mujica".
            // (Or in brackets: "George (Bugs) Moran".)
            let closing = match self.tok(end) {
                Some("\"" | "“") => &["\"", "”"][..],
                Some("(") => &[")"][..],
                _ => &[][..],
            };
            if !closing.is_empty()
                && self.glued(end + 1)
                && self.is_cap(end + 1)
                && self.tok(end + 2).is_some_and(|t| closing.contains(&t))
                && self.glued(end + 2)
                && self.is_cap(end + 3)
                && !self.glued(end + 3)
                && !self.tokens[end + 3].line_break_before
                && self
                    .word(end - 1)
                    .is_some_and(|w| gazetteer().is_given_name(w))
                // (A bracketed nickname is a plain word after a given name alone, not an
                // agency's credit after a city: "New York (CNNMoney) Bitcoin".)
                && (self.tok(end) != Some("(")
                    || (end == first + 1
                        && self.word(end + 1).is_some_and(|w| {
                            w.chars().skip(1).all(char::is_lowercase)
                        })))
            {
                end += 4;
                continue;
            }
            // An Irish county's abbreviation goes on to its name: "Cork, Co. Cork".
            if end == first + 1
                && self.word(first) == Some("Co")
                && self.tok(end) == Some(".")
                && self.glued(end)
                && first >= 1
                && self.tok(first - 1) == Some(",")
                && self.is_cap(end + 1)
                && !self.is_acronym(end + 1)
                && !self.tokens[end + 1].line_break_before
            {
                end += 2;
                break;
            }
            // A saint's abbreviated title goes on to the saint's name, and past its possessive
            // to what is named for the saint: "St. Peter's Basilica", "St. Mark's Square"; or
            // where the possessive ends a known place's name: "St. George's", Grenada's capital.
            if self.tok(end) == Some(".")
                && matches!(self.word(end - 1), Some("St" | "Ste" | "ST" | "STE"))
                && self.glued(end)
                && self.is_cap(end + 1)
                && !self.tokens[end + 1].line_break_before
            {
                end += 2;
                if self.glued_possessive(end) {
                    let named = self.tokens[end - 3].start..self.tokens[end + 1].end;
                    // (Or the name of a church or a school, by its saint alone: "Pastor Haas
                    // of St. Mark's was rescued"; not a town's possessive, "St. Louis's".)
                    let saint = self.tokens[end - 3].start..self.tokens[end - 1].end;
                    let g = gazetteer();
                    if self.is_cap(end + 2) && !self.glued(end + 2) {
                        end += 3;
                    } else if g.place(&self.text[named]).is_some()
                        || (g.place(&self.text[saint]).is_none()
                            && self.word(end - 1).is_some_and(|w| g.is_given_name(w)))
                    {
                        end += 2;
                    }
                }
                continue;
            }
            // …also written without the period: "St Peter's Basilica", "Saint Paul's
            // Cathedral".
            if matches!(self.word(end - 1), Some("St" | "Saint"))
                && self.is_cap(end)
                && !self.tokens[end].line_break_before
                && matches!(self.tok(end + 1), Some("'" | "’"))
                && self.glued(end + 1)
                && self.tok(end + 2) == Some("s")
                && self.glued(end + 2)
                && self.is_cap(end + 3)
                && !self.glued(end + 3)
                && !self.tokens[end + 3].line_break_before
            {
                end += 4;
                continue;
            }
            // A committee of two fields: "the House Energy and Commerce Committee", "the
            // Foreign Affairs and Trade Committee" (capitalised words on both sides of "and"
            // that name no place, person or company, up to the body's head).
            if self.word(end) == Some("and")
                && end > first
                && (end + 1..end + 4)
                    .take_while(|&k| self.is_cap(k))
                    .last()
                    .is_some_and(|k| {
                        matches!(
                            self.word(k),
                            Some("Committee" | "Commission" | "Subcommittee" | "Council")
                        ) && (end + 1..k).all(|j| self.field_word(j))
                    })
                && (matches!(self.word(first), Some("House" | "Senate" | "The"))
                    || (first >= 1 && matches!(self.word(first - 1), Some("the" | "The"))))
                && (first..end).all(|j| {
                    self.field_word(j) || matches!(self.word(j), Some("House" | "Senate" | "The"))
                })
            {
                end += 1;
                while self.is_cap(end)
                    && !matches!(
                        self.word(end - 1),
                        Some("Committee" | "Commission" | "Subcommittee" | "Council")
                    )
                {
                    end += 1;
                }
                continue;
            }
            // A web address as a company's name: "Booking.com".
            if self.tok(end) == Some(".")
                && self.glued(end)
                && self.glued(end + 1)
                && matches!(
                    self.tok(end + 1),
                    Some("com" | "org" | "net" | "io" | "us" | "co" | "ai")
                )
                && self
                    .tokens
                    .get(end + 2)
                    .is_none_or(|t| !t.kind.eq(&TokenKind::Word) || !self.glued(end + 2))
            {
                end += 2;
                continue;
            }
            // "Warner Bros. Discovery", "Mt. Everest": the abbreviation's period goes on to the
            // next word.
            if self.tok(end) == Some(".")
                && matches!(self.word(end - 1), Some("Bros" | "Mt"))
                && self.glued(end)
                && self.is_cap(end + 1)
                && !self.tokens[end + 1].line_break_before
            {
                end += 2;
                continue;
            }
            // A legal form's period belongs to the name inside a sentence: "the Walt Disney
            // Co.-owned network", "Acme Corp., which", "Acme Corp.'s" (not at a sentence's end:
            // "bought Acme Co. The deal").
            // (So does a street's abbreviated kind: "2600 Virginia Ave. NW".)
            if self.tok(end) == Some(".")
                && end >= first + 2
                && matches!(self.word(end - 1), Some("Ave" | "Blvd"))
                && self.glued(end)
            {
                end += 1;
                break;
            }
            if self.tok(end) == Some(".")
                && matches!(self.word(end - 1), Some("Co" | "Corp" | "Inc" | "Ltd"))
                && self.glued(end)
                && (matches!(self.tok(end + 1), Some("," | ";" | ")"))
                    || (self.tok(end + 1) == Some("-") && self.glued(end + 1))
                    // ("Alibaba Group Holding Ltd.'s listing": before the possessive too.)
                    || (matches!(self.tok(end + 1), Some("'" | "’"))
                        && self.glued(end + 1)
                        && self.tok(end + 2) == Some("s"))
                    || self
                        .word(end + 1)
                        .is_some_and(|w| w.starts_with(char::is_lowercase)))
            {
                end += 1;
                break;
            }
            // "the Women's World Cup", "the People's Party", "Covenant Children's Hospital",
            // "the Alzheimer's Association", "the Pretoria Magistrate's Court": a possessive
            // inside the name.
            if matches!(self.tok(end), Some("'" | "’"))
                && self.word(end - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "Women" | "Men" | "Girls" | "Boys" | "People" | "Children" | "Magistrate"
                    ) || is_eponymous_disease(w)
                })
                && self.glued(end)
                && self.tok(end + 1) == Some("s")
                && self.glued(end + 1)
                && self.is_cap(end + 2)
            {
                end += 2;
                continue;
            }
            // A company whose name is a possessive: "McDonald's and Burger King said" (one the
            // gazetteer lists so).
            if self.glued_possessive(end)
                && let (start, _) = self.span(first, end)
                && let name = &self.text[start..self.tokens[end + 1].end]
                && (if name.is_ascii() {
                    gazetteer().is_company(name)
                } else {
                    gazetteer().is_company(&name.replace('’', "'"))
                })
            {
                end += 2;
                continue;
            }
            // A firm whose name is a possessive, where no possessive can stand: "Sotheby's
            // said", "at Christie's in New York", "sold at Sotheby's." (one word that is no
            // known place).
            // (Elsewhere too, where the article once wrote it so: "Christie's pointed to",
            // "at Christie's, who took the bid" after "at Christie's in New York".)
            if end == first + 1
                && self.glued_possessive(end)
                && (self.no_possessive_after(end + 2)
                    || ((self.tok(end + 2) == Some(",")
                        || self.word(end + 2).is_some_and(|w| {
                            w.starts_with(char::is_lowercase)
                                && crate::analysis::dates::is_past_verb(w)
                        }))
                        && self.firm_possessive_elsewhere(first)))
                && self
                    .word(first)
                    .is_some_and(|w| gazetteer().place(w).is_none())
            {
                end += 2;
                break;
            }
            // A trophy named for its first giver or holder, a place's name too: "the America's
            // Cup", "the King's Cup", "the Queen's Plate" (one word, then the trophy's word and
            // nothing capitalised after it).
            if end == first + 1
                && self.glued_possessive(end)
                && matches!(
                    self.word(end + 2),
                    Some("Cup" | "Trophy" | "Shield" | "Plate" | "Stakes")
                )
                && !self.glued(end + 2)
                && !self.is_cap(end + 3)
                // (After "the", or ending the clause: not "Britain's Cup hopes".)
                && (matches!(self.word(first.wrapping_sub(1)), Some("the" | "The"))
                    || self.tokens.get(end + 3).is_none_or(|t| {
                        t.line_break_before || matches!(t.text(self.text), "," | "." | ";" | ":")
                    }))
            {
                end += 3;
                break;
            }
            // A place named for someone's: "Rae's Creek", "Martha's Vineyard" (one word
            // before the possessive, that names no place itself: not "Kenya's Rift Valley");
            // a building too, even for a firm's name: "Ford's Theatre", "Guy's Hospital".
            let building = |w: &str| {
                matches!(
                    w,
                    "Theatre"
                        | "Theater"
                        | "Hospital"
                        | "Cathedral"
                        | "Church"
                        | "Chapel"
                        | "Tavern"
                )
            };
            if end == first + 1
                && self.glued_possessive(end)
                && self.is_cap(end + 2)
                && !self.glued(end + 2)
                && self
                    .word(end + 2)
                    .is_some_and(|w| words::is_place_head(w) || building(w))
                && !self.is_cap(end + 3)
                && self.word(first).is_some_and(|w| {
                    let g = gazetteer();
                    g.place(w).is_none()
                        && (!g.is_company(w) || self.word(end + 2).is_some_and(building))
                        && !g.is_adjective(w)
                })
            {
                end += 3;
                continue;
            }
            // A plural's possessive before an organisation's head: "the Citizens' Movement",
            // "the Workers' Party" (not "the Lakers' LeBron James").
            if matches!(self.tok(end), Some("'" | "’"))
                && self.glued(end)
                && self
                    .word(end - 1)
                    .is_some_and(|w| w.len() > 3 && w.ends_with('s'))
                && self.is_cap(end + 1)
                && !self.glued(end + 1)
                && self.word(end + 1).is_some_and(words::is_org_head)
            {
                end += 1;
                continue;
            }
            // A station's number is part of its name: "BBC Radio 4", "Channel 4 News".
            if self.tokens[end].kind == TokenKind::Number
                && self.tokens[end].end - self.tokens[end].start <= 2
                && self.tokens[end].space_before
                && matches!(self.word(end - 1), Some("Radio" | "Channel"))
            {
                end += 1;
                continue;
            }
            // A group of countries named by their number: "the Group of 20", "Group of Seven".
            if self.tok(end) == Some("of")
                && self.word(end - 1) == Some("Group")
                && self.tokens.get(end + 1).is_some_and(|t| {
                    (t.kind == TokenKind::Number && t.end - t.start <= 3)
                        || words::is_number_word(t.text(self.text))
                        || t.text(self.text) == "Twenty"
                })
            {
                end += 2;
                break;
            }
            // "Solaris Bus & Coach", "Procter & Gamble" (not two people's full names: "By
            // Paul Kirby & Jaroslav Lukiv").
            let two_people = || {
                let g = gazetteer();
                // (In a byline, whatever the given names: "By Remya Nair & Asit Ranjan Mishra".)
                let byline = self.word(first) == Some("By")
                    && self.at_start(first)
                    && (first + 1..end).all(|k| self.is_cap(k));
                end >= first + 2
                    && (byline
                        || (self.word(end - 2).is_some_and(|w| g.is_given_name(w))
                            && self.word(end + 1).is_some_and(|w| g.is_given_name(w))))
                    && self.is_cap(end + 2)
                    && !self.glued(end + 2)
            };
            // (A partner's particle too: "Herzog & de Meuron".)
            if self.tok(end) == Some("&")
                && self.word(end + 1).is_some_and(words::is_name_particle)
                && self.is_cap(end + 2)
                && !self.glued(end + 2)
            {
                end += 3;
                continue;
            }
            if self.tok(end) == Some("&") && self.is_cap(end + 1) && !two_people() {
                end += 2;
                // A shop named for two people keeps its possessive: "Ben & Jerry's", "Dave &
                // Buster's".
                let g = gazetteer();
                if self.glued_possessive(end)
                    && [end - 3, end - 1]
                        .iter()
                        .all(|&k| self.word(k).is_some_and(|w| g.is_given_name(w)))
                {
                    end += 2;
                    break;
                }
                continue;
            }
            if self.tok(end) == Some(".") && self.glued(end) && single_cap(end - 1) {
                if self.is_cap(end + 1) && self.glued(end + 1) {
                    end += 2;
                    continue;
                }
                if end >= 2 && self.tok(end - 2) == Some(".") {
                    end += 1;
                    continue;
                }
            }
            // A town on its river, or a name joined by a particle: "Rostov-on-Don",
            // "Tehreek-e-Insaf".
            if matches!(self.tok(end), Some("-" | "‐"))
                && (1..=3).all(|k| self.glued(end + k))
                && self.word(end + 1).is_some_and(words::is_hyphen_link)
                && matches!(self.tok(end + 2), Some("-" | "‐"))
                && self.is_cap(end + 3)
            {
                end += 4;
                continue;
            }
            // A glued hyphen before a lower-case word ends the name: "UN-led", "Kremlin-backed";
            // not the second syllable of a Korean given name: "Han Duck-soo".
            if matches!(self.tok(end), Some("-" | "‐"))
                && self.glued(end + 1)
                && self
                    .word(end + 1)
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
                && !self.word(end + 1).is_some_and(words::is_name_particle)
                && !self.given_name_syllable(first, end)
            {
                break;
            }
            // Glued hyphen: "al-Assad", "Astana-2", "Al-Jazeera".
            if matches!(self.tok(end), Some("-" | "‐"))
                && self.glued(end)
                && self.glued(end + 1)
                && self
                    .tokens
                    .get(end + 1)
                    .is_some_and(|n| n.kind != TokenKind::Punct)
            {
                end += 2;
                continue;
            }
            // A page's stamp ends the name before it: "CBC News Posted: Jul 07, 2013".
            if matches!(
                self.word(end),
                Some("Posted" | "Updated" | "Published" | "Filed" | "Modified")
            ) && self.tok(end + 1) == Some(":")
            {
                break;
            }
            if self.is_cap(end) {
                has_head |= self.word(end).is_some_and(opens);
                end += 1;
                continue;
            }
            // A court case: "Obergefell v. Hodges" (not a match: "England v Australia").
            if self.word(end) == Some("v") && self.tok(end + 1) == Some(".") && self.glued(end + 1)
            {
                let after = end + 2;
                if self.is_cap(after)
                    && !self.tokens[after].line_break_before
                    && !self.glued(after)
                    && self
                        .word(after)
                        .is_some_and(|w| !words::is_function_word(w))
                {
                    end = after + 1;
                    continue;
                }
            }
            // An elided particle: "Ballon d'Or", "Giscard d'Estaing", "Val d'Isère".
            if matches!(self.word(end), Some("d" | "l" | "dell"))
                && matches!(self.tok(end + 1), Some("'" | "’"))
                && self.glued(end + 1)
                && self.glued(end + 2)
                && self.is_cap(end + 2)
            {
                end += 3;
                continue;
            }
            // A race "around" a country, in the languages that name it so: "Vuelta a España",
            // "Volta a Catalunya" (a word no English dictionary has, then the place).
            if self.word(end) == Some("a")
                && (end == first + 1 || (end == first + 2 && self.word(first) == Some("The")))
                && self.is_cap(end + 1)
                && !self.tokens[end + 1].line_break_before
                && self
                    .word(end - 1)
                    .is_some_and(|w| !gazetteer().is_common_word(w))
                && self
                    .word(end + 1)
                    .is_some_and(|w| gazetteer().place(w).is_some())
            {
                end += 2;
                continue;
            }
            if let Some(w) = self.word(end) {
                // A small word inside a place the gazetteer knows: "Dar es Salaam", also
                // after "The": "The Isle of Man Government".
                let from = first + usize::from(self.word(first) == Some("The") && end > first + 1);
                if w.len() <= 3
                    && w.starts_with(|c: char| c.is_ascii_lowercase())
                    && self.is_cap(end + 1)
                    && gazetteer()
                        .place(&self.text[self.tokens[from].start..self.tokens[end + 1].end])
                        .is_some()
                {
                    end += 2;
                    continue;
                }
                let glued_hyphen = self.glued(end + 1) && self.tok(end + 1) == Some("-");
                // ("Luis de la Fuente", "Ursula von der Leyen": two particles in a row.)
                let particles =
                    self.word(end + 1).is_some_and(words::is_name_particle) && self.is_cap(end + 2);
                if words::is_name_particle(w) && (self.is_cap(end + 1) || glued_hyphen || particles)
                {
                    end += 1;
                    continue;
                }
                // "Food and Drug Administration": an "and" between capitalised words whose run
                // ends in a head noun joins them, even before any head.
                // (English words on both sides, as in "Trade and Industry": "Daihatsu and Hino
                // Motors", "Alaska Airlines and United Airlines" are two names.)
                let common = |k: usize| self.word(k).is_some_and(|p| gazetteer().is_common_word(p));
                // (A place's head before the "and" may still be a word of the body's name:
                // "China Road and Bridge Corporation".)
                // (So may two places, after "the": "the England and Wales Cricket Board".)
                let place = |k: usize| self.word(k).is_some_and(|p| gazetteer().place(p).is_some());
                let places = w == "and"
                    && end >= 2
                    && end <= first + 2
                    && self
                        .tok(end - 2)
                        .is_some_and(|t| t.eq_ignore_ascii_case("the"))
                    && place(end - 1)
                    && place(end + 1)
                    && self.is_cap(end + 2);
                // (So do two areas before a police or fire service: "Avon and Somerset Police".)
                let force = w == "and"
                    && end == first + 1
                    && !common(end - 1)
                    && !common(end + 1)
                    && matches!(self.word(end + 2), Some("Police" | "Constabulary" | "Fire"));
                // (Past a plural's possessive: "the Transport and General Workers' Union".)
                let run_last = (w == "and")
                    .then(|| {
                        (end + 1..end + 4)
                            .take_while(|&k| self.is_cap(k) && !self.tokens[k].line_break_before)
                            .last()
                    })
                    .flatten()
                    .map(|k| {
                        let possessive = matches!(self.tok(k + 1), Some("'" | "’"))
                            && self.glued(k + 1)
                            && self.word(k).is_some_and(|w| w.ends_with('s'))
                            && self.is_cap(k + 2)
                            && !self.glued(k + 2);
                        if possessive { k + 2 } else { k }
                    });
                // (Or an event's or a document's head: "the Convention and Exhibition Centre",
                // "the Human Fertilisation and Embryology Act".)
                // (Not between two firms the gazetteer lists: "Visa and General Motors".)
                let act = run_last.is_some_and(|k| k > end + 1 && self.word(k) == Some("Act"));
                // ("the Macworld Conference and Expo": an event's two heads.)
                let two_heads = run_last == Some(end + 1)
                    && self.word(end - 1).is_some_and(words::is_other_head)
                    && self.word(end + 1).is_some_and(words::is_other_head);
                let firm_after = run_last.is_some_and(|k| {
                    gazetteer()
                        .is_company(&self.text[self.tokens[end + 1].start..self.tokens[k].end])
                });
                // (A head alone before the "and" names nothing yet: "the Securities and
                // Exchange Commission".)
                // (Nor after a country's name: "the U.S. Securities and Exchange Commission";
                // not its adjective: "the European Union and International Monetary Fund".)
                let country_before = || {
                    let from = first + usize::from(self.word(first) == Some("The"));
                    from + 1 < end && {
                        let country = &self.text[self.tokens[from].start..self.tokens[end - 2].end];
                        gazetteer()
                            .place(country)
                            .is_some_and(|(_, p)| !p.group.is_empty())
                    }
                };
                let lone = || {
                    end - 1 == first
                        || (end - 2 == first && self.word(first).is_some_and(|f| f == "The"))
                        || country_before()
                };
                // ("investors including Silver Lake and Sixth Street Partners": a name complete
                // with its place's head is no part of a body's after it.)
                let named_place_before = end - 1
                    > first + usize::from(matches!(self.word(first), Some("The" | "the")))
                    && self.word(end - 1).is_some_and(words::is_place_head)
                    // (Two heads joined are one name's: "China Road and Bridge Corporation".)
                    && !self.word(end + 1).is_some_and(words::is_place_head)
                    && run_last.is_some_and(|k| {
                        self.word(k)
                            .is_some_and(|l| words::is_org_head(l) && !words::is_place_head(l))
                    });
                let head_ahead = w == "and"
                    && self.is_cap(end - 1)
                    && !firm_after
                    && !named_place_before
                    && (!has_head
                        || lone()
                        || self
                            .word(end - 1)
                            .is_some_and(|p| words::is_place_head(p) || words::is_other_head(p)))
                    && ((common(end - 1) && (common(end + 1) || act || two_heads))
                        || places
                        || force)
                    && (act
                        || two_heads
                        // (Or an event's: "the Woodstock Music and Art Fair".)
                        // (Or a regulator's: "the Health and Safety Executive".)
                        || run_last.is_some_and(|k| {
                            self.word(k).is_some_and(|w| {
                                words::is_org_head(w) || words::is_other_head(w) || w == "Executive"
                            })
                        }));
                // (A place the gazetteer knows by the whole run: "the Andaman and Nicobar
                // Islands".)
                let listed_place = self.is_cap(end - 1)
                    && run_last.is_some_and(|k| {
                        k > end + 1
                            && gazetteer()
                                .place(&self.text[self.tokens[end - 1].start..self.tokens[k].end])
                                .is_some()
                    });
                let head_ahead = head_ahead || listed_place;
                // …and so does a run of English words that an abbreviation in brackets ends:
                // "the Freedom and Direct Democracy (SPD) party".
                let abbreviated = w == "and"
                    && !has_head
                    && common(end - 1)
                    && common(end + 1)
                    && (end + 1..end + 4)
                        .find(|&k| !self.is_cap(k) || self.tokens[k].line_break_before)
                        .is_some_and(|k| {
                            k > end + 1
                                && self.tok(k) == Some("(")
                                && self.is_acronym(k + 1)
                                && self.tok(k + 2) == Some(")")
                        });
                // …and so does one the article names a party by: "the ruling Law and Justice
                // party … Law and Justice, known as PiS".
                let party = w == "and"
                    && self.is_cap(end - 1)
                    && self.is_cap(end + 1)
                    && self
                        .word(end - 1)
                        .zip(self.word(end + 1))
                        .is_some_and(|(a, b)| {
                            self.parties
                                .get_or_init(|| party_names(self.text, self.article))
                                .contains(a, b)
                        });
                // A party named for what it stands for, after "for": "Independent Patriots for
                // Change", "Alliance for Democracy" (the last word of the run).
                let cause = w == "for"
                    && self.is_cap(end - 1)
                    && !self.is_cap(end + 2)
                    && self.word(end + 1).is_some_and(words::is_cause);
                // …or for its place, after the field it serves: "Transport for London" (not a
                // minister's portfolio: "Minister for Europe").
                let served = w == "for"
                    && end == first + 1
                    && self.is_cap(end - 1)
                    && common(end - 1)
                    && self.word(end - 1).is_some_and(|f| {
                        !words::is_role(f) && !words::is_person_title(f) && !words::is_org_head(f)
                    })
                    && !self.is_cap(end + 2)
                    && self
                        .word(end + 1)
                        .is_some_and(|p| gazetteer().place(p).is_some());
                // A body named for its purpose: "Committee to Protect Journalists", "International
                // Campaign to Abolish Nuclear Weapons" (a verb and its object, capitalised).
                let purpose = w == "to"
                    && has_head
                    && common(end + 1)
                    && self.is_cap(end + 1)
                    && self.is_cap(end + 2)
                    && !self.tokens[end + 1].line_break_before
                    && !self.tokens[end + 2].line_break_before
                    && self.word(end + 1).is_some_and(|v| {
                        !crate::analysis::dates::is_month_or_weekday(v)
                            && gazetteer().place(v).is_none()
                    });
                // A law named for what it does, before "Act": "the Defense of Marriage Act".
                let act = w == "of"
                    && self.is_cap(end - 1)
                    && (end + 1..end + 4)
                        .take_while(|&k| self.is_cap(k) && !self.tokens[k].line_break_before)
                        .last()
                        .is_some_and(|k| k > end + 1 && self.word(k) == Some("Act"));
                // A collection's two heads: "Birmingham Museum and Art Gallery", "the State
                // Library and Archives"; a firm's trade: "DEKA Research and Development".
                let collection = |k: usize| {
                    self.word(k).is_some_and(|w| {
                        matches!(
                            w,
                            "Museum" | "Museums" | "Gallery" | "Library" | "Archives" | "Gardens"
                        )
                    })
                };
                let two_collections = w == "and"
                    && end
                        > first + 1 + usize::from(matches!(self.word(first), Some("The" | "the")))
                    && collection(end - 1)
                    && run_last.is_some_and(|k| {
                        k <= end + 2
                            && collection(k)
                            && (end + 1..k).all(|j| self.word(j).is_some_and(|_| common(j)))
                    });
                let trade = w == "and"
                    && end >= first + 2
                    && self.word(end - 1) == Some("Research")
                    && self.word(end + 1) == Some("Development")
                    && run_last == Some(end + 1);
                // (Joining these two, the "and" opens the run to no further one: "the X
                // Museum and Art Gallery and Y Press" are two names.)
                if two_collections || trade {
                    end += 1;
                    continue;
                }
                if head_ahead || abbreviated || party || cause || served || purpose || act {
                    has_connector = true;
                    end += 1;
                    continue;
                }
                // ("the Palacio Quemado on Plaza Murillo": a place's name is not continued by
                // "on", as "Committee on Foreign Affairs" is.)
                // (Nor any name by a street's: "the Interior Ministry on Avenue Habib
                // Bourguiba", "offices on Rue de Rivoli".)
                // ("the Regis Hotel on Juarez Avenue", "Al Noor Mosque on Deans Ave": nor by
                // a street's name ending in its word, nor after a site's head.)
                // (Or a town's quarter: "the school on the West Side".)
                let street_after = || {
                    let from = end + 1 + usize::from(self.word(end + 1) == Some("the"));
                    (from..from + 4)
                        .take_while(|&k| self.is_cap(k) && !self.tokens[k].line_break_before)
                        .last()
                        .and_then(|k| self.word(k))
                        .is_some_and(|last| {
                            words::ends_street_name(last)
                                || matches!(last, "Ave" | "Boulevard" | "Blvd" | "Side")
                                // (Nor by an island's or any place's: "the Riverside
                                // Hospital on North Brother Island".)
                                || words::is_place_head(last)
                        })
                };
                if w == "on"
                    && (self.word(first).is_some_and(words::is_place_head)
                        || self.word(end + 1).is_some_and(words::opens_street_name)
                        || self.word(end - 1).is_some_and(words::is_place_head)
                        || street_after())
                {
                    break;
                }
                // ("told the House of Commons the Horizon scandal was": a bare "the" after a
                // body's name opens the next phrase.)
                if w == "the" {
                    break;
                }
                // ("PSA Airlines for American Eagle": a firm's legal or trading form ends its
                // name; "Bank for International Settlements" goes on.)
                let firm_ended = w == "for"
                    && self.word(end - 1).is_some_and(|p| {
                        matches!(
                            crate::analysis::ascii::Lower::new(p).as_str(),
                            "airlines"
                                | "airways"
                                | "inc"
                                | "corp"
                                | "ltd"
                                | "plc"
                                | "llc"
                                | "motors"
                                | "holdings"
                        )
                    })
                    // ("a place in the Champions League for Tottenham": a competition is for
                    // no town.)
                    || (w == "for"
                        && self
                            .word(end - 1)
                            .is_some_and(|p| matches!(p, "League" | "Cup" | "Championship"))
                        && self.word(end + 1).is_some_and(|n| {
                            gazetteer()
                                .place(n)
                                .is_some_and(|(_, p)| p.kind == "city")
                        }));
                // A body's reach by its region, after its purpose: "the Organization for
                // Security and Cooperation in Europe", "the International Criminal Tribunal for
                // the former Yugoslavia" (a place named once and the name ends).
                // (A continent after "in"; any country after "the former": not "the Ministry
                // of Health in Kenya".)
                let region_at = |k: usize, kinds: &[&str]| {
                    self.is_cap(k)
                        && !self.tokens[k].line_break_before
                        && !self.is_cap(k + 1)
                        && self.word(k).is_some_and(|p| {
                            gazetteer()
                                .place(p)
                                .is_some_and(|(_, p)| kinds.contains(&p.kind.as_ref()))
                        })
                };
                // ("the Secret Organization of al-Qaeda": a name glued to "al-" after a head's
                // "of" goes on with it.)
                if has_head
                    && w == "of"
                    && matches!(self.word(end + 1), Some("al" | "el"))
                    && self.tok(end + 2) == Some("-")
                    && self.glued(end + 2)
                    && self.glued(end + 3)
                    && self.is_cap(end + 3)
                {
                    has_connector = true;
                    end += 4;
                    continue;
                }
                if has_head
                    && w == "in"
                    && (first..end).any(|k| matches!(self.word(k), Some("for" | "on")))
                    && region_at(end + 1, &["region"])
                {
                    end += 2;
                    break;
                }
                if has_head
                    && w == "for"
                    && self.word(end + 1) == Some("the")
                    && self.word(end + 2) == Some("former")
                    && region_at(end + 3, &["country", "region"])
                {
                    end += 4;
                    break;
                }
                if words::is_name_connector(w) && (has_head || has_connector) && !firm_ended {
                    let mut next = end + 1;
                    if self.word(next) == Some("the") {
                        // "the Bank of England and the Federal Reserve": two names.
                        if w == "and" {
                            break;
                        }
                        next += 1;
                    }
                    let and_ok = w != "and" || has_connector;
                    // "the Supreme Court on Friday": a date is not part of a name.
                    let dated = self
                        .word(next)
                        .is_some_and(crate::analysis::dates::is_month_or_weekday);
                    // "the Samajwadi Party of Akhilesh Yadav": a person's name after "of" is
                    // the party's leader, not part of its name.
                    let person = w == "of"
                        && !self.the_inside_sentence(first)
                        && {
                            let g = gazetteer();
                            let name_like = |i: usize| {
                                self.word(i).is_some_and(|n| {
                                    self.is_cap(i)
                                        && !g.is_common_word(n)
                                        // ("University of St Andrews": a saint's town.)
                                        && !words::opens_places_only(n)
                                        && !matches!(n, "St" | "Saint" | "Ste" | "Sainte")
                                        && g.place(n).is_none()
                                        && !words::is_org_head(n)
                                        && !words::is_other_head(n)
                                })
                            };
                            // ("of Jean-Pierre Fabre": a hyphenated given name.)
                            let hyphenated = name_like(next)
                                && self.tok(next + 1) == Some("-")
                                && self.glued(next + 1)
                                && self.glued(next + 2)
                                && name_like(next + 2)
                                && name_like(next + 3)
                                && !self.glued(next + 3)
                                && !self.is_cap(next + 4);
                            hyphenated
                                || name_like(next)
                            && name_like(next + 1)
                            && !self.glued(next + 1)
                            && !self.is_cap(next + 2)
                            // ("University of Buenos Aires": a place of two words.)
                            && g.place(&self.text[self.tokens[next].start..self.tokens[next + 1].end])
                                .is_none()
                        };
                    if and_ok && self.is_cap(next) && !self.at_start(next) && !dated && !person {
                        has_connector |= w != "the";
                        end = next;
                        continue;
                    }
                }
            }
            break;
        }
        if let Some(longer) = self
            .spelled_by_acronym_after(first, end)
            .or_else(|| self.fields_listed_after(first, end))
            .or_else(|| self.spelled_by_acronym_in_article(first, end))
        {
            return longer;
        }
        // A prize's field after "in": "Nobel Prize in Physiology or Medicine", "Prize in
        // Economic Sciences" (capitalised common words, not a place: "won the prize in Oslo").
        if self
            .word(end - 1)
            .is_some_and(|w| matches!(w, "Prize" | "Prizes" | "Award" | "Medal"))
            && self.word(end) == Some("in")
        {
            let g = gazetteer();
            let field = |i: usize| {
                self.is_cap(i)
                    && !self.at_start(i)
                    && self
                        .word(i)
                        .is_some_and(|w| g.is_common_word(w) && g.place(w).is_none())
            };
            let mut last = end;
            while field(last + 1) {
                last += 1;
                if matches!(self.word(last + 1), Some("or" | "and")) && field(last + 2) {
                    last += 1;
                }
            }
            if last > end {
                return last + 1;
            }
        }
        // "Ferdinand Marcos Jr.": the abbreviation's period belongs to the name.
        if self.word(end - 1).is_some_and(|w| matches!(w, "Jr" | "Sr"))
            && self.tok(end) == Some(".")
            && self.glued(end)
        {
            return end + 1;
        }
        // A campus after a comma: "University of California, Irvine" (a city, not a country:
        // "University of Nairobi, Kenya" is two names).
        if self.word(first) == Some("University")
            && has_connector
            && self.tok(end) == Some(",")
            && self.is_cap(end + 1)
        {
            let mut last = end + 1;
            while self.is_cap(last + 1) && !self.glued(last + 1) && last < end + 3 {
                last += 1;
            }
            let campus = &self.text[self.tokens[end + 1].start..self.tokens[last].end];
            if gazetteer()
                .place(campus)
                .is_some_and(|(_, p)| p.kind == "city")
            {
                return last + 1;
            }
        }
        // "a U.S. Army Black Hawk helicopter", "a Delta Air Lines Airbus jet": before the
        // noun for a craft, the model named after its operator's name is a name of its own.
        // "a Malaysia Airlines Boeing 777": an airline's name ends before its craft's maker.
        if end - first >= 3
            && let Some(k) = (first + 1..end - 1).find(|&k| {
                matches!(self.word(k), Some("Airlines" | "Airways"))
                    && self.word(k + 1).is_some_and(|w| gazetteer().is_company(w))
            })
        {
            return k + 1;
        }
        // "an Air France Concorde": an airline named for its country ends there.
        let air = first + usize::from(matches!(self.word(first), Some("A" | "An" | "The")));
        if end - air >= 3
            && self.word(air) == Some("Air")
            && self.word(air + 1).is_some_and(|w| {
                gazetteer()
                    .place(w)
                    .is_some_and(|(_, p)| p.kind == "country")
            })
            && !self.word(air + 2).is_some_and(|w| {
                words::is_company_word(w) || matches!(w, "Express" | "Cargo" | "Force")
            })
        {
            return air + 2;
        }
        if end - first >= 3 && self.word(end).is_some_and(words::is_product_noun_after) {
            let operator = (first + 1..end - 1).rev().find(|&k| {
                self.word(k).is_some_and(|w| {
                    matches!(
                        w,
                        "Army"
                            | "Navy"
                            | "Force"
                            | "Airlines"
                            | "Airways"
                            | "Guard"
                            | "Corps"
                            | "Lines"
                    )
                })
            });
            if let Some(k) = operator {
                return k + 1;
            }
        }
        end
    }

    /// The end of a name that goes on past a connector the chunk stopped at, when the acronym
    /// in brackets right after spells the longer name: "Board of Control for Cricket in India
    /// (BCCI)", "International Campaign to Abolish Nuclear Weapons (ICAN)" (its first letters).
    /// Whether the phrase `first..end` stands between "the" (and maybe an adjective) and a
    /// lower-case noun for a site: "the Zachariae Isstrom glacier", "the disputed Ta Muen Thom
    /// temple".
    fn site_between_the_and_noun(&self, first: usize, end: usize) -> bool {
        let the_at = |k: usize| self.word(k).is_some_and(|w| w.eq_ignore_ascii_case("the"));
        // ("The eight-storey Rana Plaza building", "the 24-storey Grenfell Tower": or one
        // word joined by hyphens, from its first part.)
        let hyphenated = first >= 4 && {
            let mut k = first - 1;
            while k >= 2 && self.tok(k - 1) == Some("-") && self.glued(k) && self.glued(k - 1) {
                k -= 2;
            }
            k + 1 < first && k >= 1 && the_at(k - 1)
        };
        first > 0
            && (the_at(first - 1)
                || hyphenated
                || (first > 1
                    && the_at(first - 2)
                    && self
                        .word(first - 1)
                        .is_some_and(|w| w.starts_with(char::is_lowercase))))
            && self.site_noun_at(end)
    }

    /// Whether an age is set off after the token before `end`: "Kroos, 34, played".
    fn age_after(&self, end: usize) -> bool {
        self.tok(end) == Some(",") && self.years_at(end + 1, 10) && self.tok(end + 2) == Some(",")
    }

    /// Whether token `i` is a number of years a person may be, from `least` to 110.
    fn years_at(&self, i: usize, least: u32) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Number
                && t.text(self.text)
                    .parse::<u32>()
                    .is_ok_and(|n| (least..=110).contains(&n))
        })
    }

    /// Whether the article writes the word at `first` before another number than the one at
    /// `end` too, as versions of a product are: "Windows 10 … Windows 11" (not a counter:
    /// "Category 4 … Category 5", "Game 6").
    fn numbered_twice(&self, first: usize, end: usize) -> bool {
        let (Some(word), Some(number)) = (self.word(first), self.tokens.get(end)) else {
            return false;
        };
        if matches!(
            word,
            "Category"
                | "Level"
                | "Phase"
                | "Stage"
                | "Grade"
                | "Chapter"
                | "Section"
                | "Article"
                | "Gate"
                | "Terminal"
                | "Round"
                | "Week"
                | "Game"
                | "Group"
                | "Division"
                | "Tier"
                | "Zone"
                | "Platform"
                | "Day"
                | "Page"
                | "Room"
                | "Route"
                | "Highway"
                | "Interstate"
                | "Line"
                | "Act"
                | "Part"
                | "Volume"
                | "Season"
                | "Episode"
                | "Test"
                | "Match"
        ) {
            return false;
        }
        let number = number.text(self.text);
        self.article.windows(2).any(|pair| {
            pair[0].text(self.text) == word
                && pair[1].kind == TokenKind::Number
                && pair[1].space_before
                && pair[1].text(self.text) != number
        })
    }

    /// Whether token `i` is a number set off by a space: "Flight 2976", "Proposition 50".
    /// Whether the name ending before `end` is the subject of a verb whose clause goes on to
    /// "its": "is closing or selling all of its U.S. stores", "has cut its forecast" (no
    /// comma, no other pronoun between).
    fn its_own_after(&self, end: usize) -> bool {
        let Some(verb) = self.word(end) else {
            return false;
        };
        let verb_like = matches!(verb, "is" | "was" | "has" | "had" | "will" | "would")
            || (verb.len() > 3
                && verb.starts_with(|c: char| c.is_ascii_lowercase())
                && (verb.ends_with("ed") || verb.ends_with('s'))
                && !words::is_function_word(verb));
        if !verb_like {
            return false;
        }
        for k in end + 1..(end + 10).min(self.tokens.len()) {
            match self.tok(k) {
                Some("its") => return true,
                Some(
                    "," | "." | ";" | ":" | "\"" | "“" | "”" | "his" | "her" | "their" | "he"
                    | "she" | "they" | "who" | "which" | "that",
                ) => return false,
                _ if self.tokens[k].line_break_before => return false,
                _ => {}
            }
        }
        false
    }

    fn spaced_number_at(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number && t.space_before)
    }

    /// Whether a firm took over what is named at `first`: "Boeing, which took over McDonnell
    /// Douglas in 1997", "acquired Activision Blizzard" (a firm, not a person's name).
    fn acquired_at(&self, first: usize) -> bool {
        (first >= 1
            && self.word(first - 1).is_some_and(|w| {
                matches!(
                    w,
                    "acquired" | "acquire" | "acquiring" | "bought" | "buying"
                )
            }))
            || (first >= 2
                && self.word(first - 1) == Some("over")
                && self
                    .word(first - 2)
                    .is_some_and(|w| matches!(w, "took" | "take" | "taking" | "takes")))
    }

    /// Whether an age in words follows the name after a comma: "Affan Kurniawan, a
    /// 21-year-old motorcycle taxi driver" (not a thing's age: "a 120-year-old club").
    fn aged_apposition(&self, end: usize) -> bool {
        self.tok(end) == Some(",")
            && matches!(self.word(end + 1), Some("a" | "an"))
            && self.years_at(end + 2, 1)
            && self.tok(end + 3) == Some("-")
            && self.word(end + 4) == Some("year")
            && self.tok(end + 5) == Some("-")
            && self.word(end + 6) == Some("old")
            && !self.word(end + 7).is_some_and(|w| {
                words::is_org_kind(w)
                    || matches!(
                        w,
                        "building" | "bridge" | "tree" | "church" | "house" | "ship" | "record"
                    )
            })
    }

    /// Whether a person's title follows the name ending before `end`, set off by a comma:
    /// "Ayrton Senna, three times world champion and …", "X, the outgoing chancellor,"; the
    /// title the last word before a comma, "and", "who" or "of", after lower-case words (and
    /// demonyms) only.
    fn titled_apposition(&self, end: usize) -> bool {
        if self.tok(end) != Some(",") {
            return false;
        }
        let mut k = end + 1;
        if self
            .word(k)
            .is_some_and(|w| matches!(w, "the" | "a" | "an" | "twice"))
            || (self.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine"
                )
            }) && self.word(k + 1) == Some("times"))
        {
            k += if self.word(k + 1) == Some("times") {
                2
            } else {
                1
            };
        }
        // (A team is a champion too, "Paris Saint-Germain, the European champion,"; a person
        // is one so many times, "twice champion".)
        let counted = self.word(end + 1) == Some("twice") || self.word(end + 2) == Some("times");
        let limit = k + 4;
        while k < limit {
            let Some(w) = self.word(k) else {
                return false;
            };
            if words::is_person_title(w)
                && (w != "champion" || counted || k == end + 1)
                && w.starts_with(|c: char| c.is_ascii_lowercase())
                && (matches!(self.tok(k + 1), Some("," | "." | ";"))
                    || matches!(self.word(k + 1), Some("and" | "who" | "whose" | "of")))
            {
                return true;
            }
            let lower_word = w.starts_with(|c: char| c.is_ascii_lowercase())
                && !words::is_function_word(w)
                && !w.ends_with("ed");
            if !lower_word && !gazetteer().is_adjective(w) {
                return false;
            }
            k += 1;
        }
        false
    }

    /// Whether the phrase `first..end` is followed by its own initials in brackets: "Jaguar
    /// Land Rover (JLR)".
    fn initials_follow(&self, first: usize, end: usize) -> bool {
        if self.tok(end) != Some("(") || self.tok(end + 2) != Some(")") || !self.is_acronym(end + 1)
        {
            return false;
        }
        let initials: String = (first..end)
            .filter(|&k| self.is_cap(k))
            .filter_map(|k| self.word(k)?.chars().next())
            .collect();
        self.tok(end + 1) == Some(initials.as_str())
    }

    /// The end of a name that goes on past "of" when the article writes its initials as an
    /// acronym elsewhere: "the Liberation Tigers of Tamil Eelam … the LTTE" (the capitals'
    /// letters, four at least).
    fn spelled_by_acronym_in_article(&self, first: usize, end: usize) -> Option<usize> {
        if self.word(end) != Some("of") || !self.is_cap(end + 1) {
            return None;
        }
        let stop = (end + 1..end + 4)
            .take_while(|&k| self.is_cap(k) && !self.tokens[k].line_break_before)
            .last()?
            + 1;
        let initials: String = (first..stop)
            .filter(|&k| self.is_cap(k) && self.word(k) != Some("The"))
            .filter_map(|k| self.word(k)?.chars().next())
            .collect();
        (initials.len() >= 4 && self.counts().word(&initials) > 0).then_some(stop)
    }

    fn spelled_by_acronym_after(&self, first: usize, end: usize) -> Option<usize> {
        if !self
            .word(end)
            .is_some_and(|w| matches!(w, "in" | "to" | "for" | "of" | "on" | "and"))
        {
            return None;
        }
        // (Cheap first: most phrases have no bracket after them.)
        let last = (end + 9).min(self.tokens.len()) - 1;
        if end >= last
            || !self.text.as_bytes()[self.tokens[end].end..self.tokens[last].start].contains(&b'(')
        {
            return None;
        }
        let open = (end + 1..end + 9).find(|&k| self.tok(k) == Some("("))?;
        if !self.is_acronym(open + 1) || self.tok(open + 2) != Some(")") {
            return None;
        }
        let mut initials = String::new();
        // (Some acronyms keep a small word's letter: "United Nations Interim Force in Lebanon
        // (UNIFIL)".)
        let mut with_small = String::new();
        let (mut stop, mut before) = (end, 0);
        for k in first..open {
            if self.tokens[k].line_break_before && k > first {
                return None;
            }
            let w = self.word(k)?;
            if k == first && w == "The" {
                continue;
            }
            if self.is_cap(k) {
                initials.extend(w.chars().next());
                with_small.extend(w.chars().next());
                if k >= end {
                    stop = k + 1;
                } else {
                    before += 1;
                }
            } else if matches!(w, "in" | "to" | "for" | "of" | "on" | "and") {
                with_small.extend(w.chars().next().map(|c| c.to_ascii_uppercase()));
            } else if w != "the" {
                return None;
            }
        }
        let acronym = self.tok(open + 1)?;
        (stop == open
            && acronym.len() >= 3
            && (initials.starts_with(acronym) || with_small == acronym)
            && acronym.len() > before)
            .then_some(stop)
    }

    /// The end of a body's name that lists its fields with commas, as British ministries and
    /// committees do: "Department for Environment, Food and Rural Affairs", "the Environment,
    /// Food and Rural Affairs Committee" (English words only: "Ministry of Foreign Affairs,
    /// Kenya and Uganda" are three names).
    fn fields_listed_after(&self, first: usize, end: usize) -> Option<usize> {
        if self.tok(end) != Some(",") {
            return None;
        }
        let first = if self.word(first) == Some("The") {
            first + 1
        } else {
            first
        };
        // A ministry "for" or "of" its fields, or fields after "the" before a committee's head.
        let ministry = self.word(first).is_some_and(|w| {
            matches!(
                w,
                "Department"
                    | "Ministry"
                    | "Secretary"
                    | "Minister"
                    | "Office"
                    | "Bureau"
                    | "Agency"
                    | "Commission"
                    | "Committee"
            )
        }) && self
            .word(first + 1)
            .is_some_and(|w| matches!(w, "for" | "of"));
        let after_the = first > 0
            && self
                .word(first - 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let g = gazetteer();
        let field = |k: usize| {
            self.is_cap(k)
                && !self.tokens[k].line_break_before
                && self
                    .word(k)
                    .is_some_and(|w| g.is_common_word(w) && g.place(w).is_none())
        };
        if !(ministry || after_the) || !(first..end).all(|k| field(k) || !self.is_cap(k)) {
            return None;
        }
        // Runs of capitalised words after the comma, the last after "and".
        let mut k = end + 1;
        loop {
            let run = k;
            while field(k) && k < run + 3 {
                k += 1;
            }
            if k == run {
                return None;
            }
            match self.tok(k) {
                Some(",") => k += 1,
                Some("and") if field(k + 1) => {
                    k += 1;
                    let run = k;
                    while field(k) && k < run + 4 {
                        k += 1;
                    }
                    break;
                }
                _ => return None,
            }
        }
        if self.is_cap(k) {
            return None;
        }
        let committee = after_the && self.word(k - 1).is_some_and(words::is_org_head);
        (ministry || committee).then_some(k)
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

    /// The lower-case noun that ends a description set off by a comma after `end`, before the
    /// next comma or a relative pronoun: "exchange" in ", once the world's biggest bitcoin
    /// exchange,", "bear" in ", the polar bear whose …".
    fn set_off_noun(&self, end: usize) -> Option<&'a str> {
        if self.tok(end) != Some(",") {
            return None;
        }
        // (A noun phrase: an article, "one of" or "once", or a possessive name: ", Berlin's
        // celebrity polar bear,"; not a clause: "listed in London, hopes to … sheep that".)
        let phrase = match self.word(end + 1)? {
            "the" | "a" | "an" | "one" | "once" | "now" | "its" | "his" | "her" => true,
            _ => self.is_cap(end + 1) && self.glued_possessive(end + 2),
        };
        if !phrase
            || self
                .word(end.checked_sub(1)?)
                .is_some_and(crate::analysis::dates::is_month_or_weekday)
        {
            return None;
        }
        let close = (end + 2..(end + 14).min(self.tokens.len())).find(|&k| {
            matches!(
                self.tok(k),
                Some("," | "." | ";" | ")" | "who" | "whose" | "which" | "that")
            )
        })?;
        self.word(close - 1)
            .filter(|w| w.starts_with(char::is_lowercase))
    }

    /// Whether the description opening at `from` (after a comma) is a noun phrase for a thing
    /// made "by" a person named in full, in the same clause: "a 40-foot terrier made of
    /// flowering plants by the American artist Jeff Koons", "three steel walls by Richard
    /// Serra" (no role or title before "by": "a lawyer hired by Tom Reed" is a person).
    fn made_by_named_maker(&self, from: usize) -> bool {
        let g = gazetteer();
        let opens = self.word(from).is_some_and(|w| {
            matches!(
                w,
                "a" | "an" | "one" | "two" | "three" | "four" | "five" | "six"
            )
        }) || self
            .tokens
            .get(from)
            .is_some_and(|t| t.kind == TokenKind::Number);
        if !opens {
            return false;
        }
        let stop = (from + 1..(from + 16).min(self.tokens.len()))
            .find(|&k| {
                matches!(
                    self.tok(k),
                    Some("," | "." | ";" | ")" | "who" | "whose" | "which")
                ) || self.word(k) == Some("by")
            })
            .filter(|&k| self.word(k) == Some("by"));
        let Some(by) = stop else { return false };
        // (Made, or a thing's noun right before "by": not "a teacher shot by", "a man attacked
        // by", whatever noun the person has.)
        let made = self.word(by - 1).is_some_and(|w| {
            matches!(
                w,
                "made"
                    | "built"
                    | "designed"
                    | "painted"
                    | "sculpted"
                    | "carved"
                    | "created"
                    | "cast"
                    | "written"
                    | "composed"
            ) || !(crate::analysis::dates::is_past_verb(w) || w.ends_with("ed"))
        });
        // (Nor a body's noun: "Hlas, a party formed by Peter Pellegrini,".)
        if !made
            || (from..by).any(|k| {
                self.word(k).is_some_and(|w| {
                    words::is_role(w) || words::is_person_title(w) || words::is_org_kind(w)
                })
            })
        {
            return false;
        }
        // The maker: after "the" and a few words for what they are ("the American artist"),
        // a given name and a surname.
        let mut k = by + 1;
        if self.word(k) == Some("the") {
            k += 1;
        }
        for _ in 0..3 {
            if self.word(k).is_some_and(|w| {
                w.starts_with(char::is_lowercase) || (g.is_adjective(w) && !g.is_given_name(w))
            }) {
                k += 1;
            }
        }
        self.word(k).is_some_and(|w| g.is_given_name(w))
            && self.is_cap(k + 1)
            && !self.is_acronym(k + 1)
    }

    /// Whether the description set off after `end` names a maker, not a work: ", the author
    /// of three novels," (a maker's noun not followed by a possessive: "the artist's best-known
    /// images" describes a work).
    fn maker_set_off(&self, end: usize) -> bool {
        (end + 1..(end + 14).min(self.tokens.len()))
            .take_while(|&k| !matches!(self.tok(k), Some("," | "." | ";" | ")")))
            .any(|k| {
                self.word(k).is_some_and(|w| {
                    matches!(
                        w,
                        "author"
                            | "writer"
                            | "painter"
                            | "artist"
                            | "director"
                            | "composer"
                            | "singer"
                            | "creator"
                            | "maker"
                            | "star"
                            | "novelist"
                            | "poet"
                            | "sculptor"
                            | "photographer"
                    )
                }) && !matches!(self.tok(k + 1), Some("'" | "’"))
            })
    }

    /// The kind of what a word for naming ("called", "named", "known … as") before `first`
    /// names, told by its subject, a lower-case noun, back over auxiliaries, commas and a
    /// set-off name: a place for a site ("the tower, known until Monday as Burj Dubai, will
    /// be called …"), another thing for a product or a program ("the malicious software,
    /// known as WannaCry").
    fn named_before(&self, first: usize) -> Option<EntityKind> {
        // (The name may be quoted: "which researchers have named "Heartbleed"".)
        let quoted = matches!(
            self.tok(first.checked_sub(1)?),
            Some("\"" | "“" | "'" | "‘")
        );
        // (Or take "the": "a system called the X-Road".)
        let the = !quoted && first >= 2 && self.word(first - 1) == Some("the");
        let verb = first.checked_sub(1 + usize::from(quoted) + usize::from(the))?;
        // (A code name is a project's, a product's or an operation's: "the invention
        // code-named "Ginger"", "an offensive codenamed Overlord".)
        let code_named = self.word(verb) == Some("codenamed")
            || (self.word(verb) == Some("named")
                && verb >= 2
                && self.tok(verb - 1) == Some("-")
                && self.glued(verb)
                && self
                    .word(verb - 2)
                    .is_some_and(|w| w.eq_ignore_ascii_case("code")));
        if code_named && !self.tokens[first].line_break_before {
            return Some(EntityKind::Other);
        }
        let known = |k: usize| matches!(self.word(k), Some("known" | "dubbed" | "nicknamed"));
        let naming = match self.word(verb) {
            Some("called" | "named" | "renamed" | "dubbed") => true,
            Some("as") => (1..=3).any(|d| verb >= d && known(verb - d)),
            _ => false,
        };
        if !naming || self.tokens[first].line_break_before {
            return None;
        }
        let mut k = verb;
        for _ in 0..16 {
            let back = k.checked_sub(1)?;
            if self.tokens[k].line_break_before {
                return None;
            }
            k = back;
            let Some(w) = self.word(k) else {
                if self.tok(k) == Some(",") {
                    continue;
                }
                return None;
            };
            if w.starts_with(char::is_uppercase) {
                continue;
            }
            if words::is_site_noun_after(w) {
                return Some(EntityKind::Place);
            }
            // (A program, a flaw in one, a system, or an animal: "the bug, which researchers
            // have named "Heartbleed"", "an anti-stall system, known as MCAS", "The lamb,
            // named Dolly,".)
            let program = matches!(
                w,
                "software"
                    | "malware"
                    | "virus"
                    | "ransomware"
                    | "worm"
                    | "spyware"
                    | "code"
                    | "bug"
                    | "flaw"
                    | "vulnerability"
                    | "system"
                    | "invention"
                    | "scooter"
                    | "gadget"
                    | "robot"
                    // (A service or a scheme, or a change made by one: "The service, called
                    // M-Pesa", "The change, known as Dagen H".)
                    | "service"
                    | "app"
                    | "scheme"
                    | "programme"
                    | "initiative"
                    | "project"
                    | "change"
                    | "reform"
            );
            if program || words::is_product_noun_after(w) || words::is_animal_noun(w) {
                return Some(EntityKind::Other);
            }
            let passes = matches!(
                w,
                "will"
                    | "would"
                    | "be"
                    | "is"
                    | "was"
                    | "been"
                    | "being"
                    | "has"
                    | "have"
                    | "had"
                    | "now"
                    | "to"
                    | "which"
                    | "also"
                    | "officially"
                    | "formerly"
                    | "originally"
                    | "locally"
                    | "until"
                    | "since"
                    | "known"
                    | "as"
                    | "soon"
                    | "then"
                    | "later"
                    | "popularly"
                    | "widely"
                    | "commonly"
                    | "once"
                    | "still"
                    | "called"
                    | "named"
                    // (Who gave the name, after "which": "which researchers have named".)
                    | "researchers"
                    | "scientists"
                    | "experts"
                    | "engineers"
                    | "officials"
                    | "they"
            );
            if !passes {
                return None;
            }
        }
        None
    }

    /// Whether the hyphen at `hyphen` joins the two syllables of a given name written in the
    /// Korean way, after a surname: "Han Duck-soo", "Kim Jong-un" (the syllable after it is no
    /// English word, and a known given name or short; "Yoon-led", "Hong Kong-based" end there).
    fn given_name_syllable(&self, first: usize, hyphen: usize) -> bool {
        let g = gazetteer();
        hyphen >= first + 2
            && self.glued(hyphen)
            && self.is_cap(hyphen - 1)
            && self.is_cap(hyphen - 2)
            && self.word(hyphen - 1).is_some_and(|w| w.len() <= 6)
            && self.word(hyphen + 1).is_some_and(|w| {
                let mut chars = w.chars();
                let capitalised: String = chars
                    .next()
                    .map(|c| c.to_uppercase().chain(chars).collect())
                    .unwrap_or_default();
                // (Short English words too, "Ji-won", "Jae-in", but not a hyphen's suffix:
                // "Ford Motor-led".)
                let short = w.len() <= 3 && !words::is_hyphen_suffix(w);
                // ("Ban Ki-moon": two short syllables after a short surname, whatever
                // English word the second makes.)
                let korean = w.len() <= 4
                    && self.word(hyphen - 1).is_some_and(|p| p.len() <= 3)
                    && self.word(hyphen - 2).is_some_and(|p| p.len() <= 3)
                    && !words::is_hyphen_suffix(w);
                // ("Park Hee-young", "Yoon Suk-yeol": a longer second syllable after a first
                // that is no English word.)
                let korean_long = w.len() <= 5
                    && self.word(hyphen - 1).is_some_and(|p| {
                        p.len() <= 4
                            && crate::analysis::ascii::with_lowercase(p, |l| !g.is_common_word(l))
                                .unwrap_or(false)
                    })
                    && self.word(hyphen - 2).is_some_and(|p| p.len() <= 4)
                    && !words::is_hyphen_suffix(w)
                    // (Not an English word after a name, "Hong Kong-based", unless a given
                    // name too: "-young".)
                    && (!g.is_common_word(w) || g.is_given_name(&capitalised));
                // ("Carrie Lam Cheng Yuet-ngor": a short syllable that is no English word.)
                let syllable = w.len() <= 4 && !g.is_common_word(w) && !words::is_hyphen_suffix(w);
                w.len() <= 6
                    && (short
                        || korean
                        || korean_long
                        || syllable
                        || (!g.is_common_word(w) && g.is_given_name(&capitalised)))
            })
    }

    /// Whether the phrase at `first` follows a word that puts something in a place ("at",
    /// "in", "filled"; not "from", which may name a source), with "the" or a possessor
    /// between: "at the X", "filled the X", "at Temple University's X".
    fn locative_before(&self, first: usize) -> bool {
        let mut i = first;
        if i >= 2 && self.tok(i - 1) == Some("s") && matches!(self.tok(i - 2), Some("'" | "’")) {
            i -= 2;
            let mut names = 0;
            while names < 4 && i > 0 && self.is_cap(i - 1) {
                i -= 1;
                names += 1;
            }
        }
        if i > 0 && matches!(self.word(i - 1), Some("the")) {
            i -= 1;
        }
        i > 0
            && matches!(
                self.word(i - 1),
                Some("at" | "in" | "inside" | "outside" | "into" | "near" | "filled" | "packed")
            )
    }

    /// Words of the chunk (not punctuation), as (index, text).
    fn words_in(&self, first: usize, end: usize) -> Vec<(usize, &'a str)> {
        (first..end)
            // The rest of a word after an apostrophe ("Wetang'ula") or the lower-case syllable
            // after a hyphen ("Duck-soo") is part of that word.
            .filter(|&i| {
                !(i > first
                    && self.glued(i)
                    && (matches!(self.tok(i - 1), Some("'" | "’"))
                        || (matches!(self.tok(i - 1), Some("-" | "‐"))
                            && self
                                .word(i)
                                .is_some_and(|w| w.starts_with(char::is_lowercase)))))
            })
            .filter_map(|i| self.word(i).map(|w| (i, w)))
            .collect()
    }

    /// Where a newspaper's name starts in the chunk `first..end` when the chunk is one (see
    /// `classify_chunk` and [`words::names_a_paper`]), after any "The".
    fn paper_name(&self, first: usize, end: usize) -> Option<usize> {
        // (Most chunks are one word or end in no paper's word: cheap tests first.)
        if end < first + 2 {
            return None;
        }
        let last = self.word(end - 1)?;
        if !(3..=10).contains(&last.len())
            || !crate::analysis::ascii::with_lowercase(last, |l| {
                words::is_paper_word(l) || words::is_masthead_word(l)
            })
            .unwrap_or(false)
        {
            return None;
        }
        let first = first + usize::from(matches!(self.word(first), Some("The" | "THE")));
        if first >= end {
            return None;
        }
        let (start, stop) = self.span(first, end);
        let g = gazetteer();
        words::names_a_paper(&self.text[start..stop], |town| g.place(town).is_some())
            .then_some(first)
    }

    /// Where a paper's name starts when the chunk opens its dated foot line after "The": "THE
    /// TIMES, WEDNESDAY, JUNE 5, 1940", "The Times, London, Wednesday, August 29, 1883" (a
    /// comma, perhaps the paper's city, then only a date, with its year, to the line's end).
    fn masthead_line(&self, first: usize, end: usize) -> Option<usize> {
        if self.tok(end) != Some(",") {
            return None;
        }
        let the_at_line_start = |k: usize| {
            matches!(self.word(k), Some("The" | "THE"))
                && (k == 0 || self.tokens[k].line_break_before)
        };
        // (Without "The", a paper's name that says it is one: "Daily Trust, 17 April 2014".)
        let paper = || {
            (first == 0 || self.tokens[first].line_break_before)
                && end - first >= 2
                && (matches!(
                    self.word(first),
                    Some("Daily" | "Evening" | "Morning" | "Sunday" | "Weekly")
                ) || self.word(end - 1).is_some_and(words::is_masthead_word))
        };
        let from = if the_at_line_start(first) {
            first + 1
        } else if first >= 1 && the_at_line_start(first - 1) {
            first
        } else if paper() {
            first
        } else {
            return None;
        };
        if from >= end {
            return None;
        }
        let mut k = end + 1;
        if self.is_cap(k)
            && !self.word(k).is_some_and(dates::is_month_or_weekday)
            && self.tok(k + 1) == Some(",")
        {
            k += 2;
        }
        let mut year = false;
        let mut count = 0;
        while let Some(t) = self.tokens.get(k).filter(|t| !t.line_break_before) {
            let w = t.text(self.text);
            let dated = match t.kind {
                TokenKind::Number => {
                    year |= t.end - t.start == 4;
                    true
                }
                TokenKind::Punct => matches!(w, "," | "."),
                TokenKind::Word => {
                    dates::is_month_or_weekday(w) || matches!(w, "st" | "nd" | "rd" | "th")
                }
            };
            if !dated {
                return None;
            }
            k += 1;
            count += 1;
        }
        let name = &self.text[self.tokens[from].start..self.tokens[end - 1].end];
        // (With "The" before the name, or the name alone.)
        let whole_from = if from > first || (first >= 1 && the_at_line_start(first - 1)) {
            from - 1
        } else {
            from
        };
        let whole = &self.text[self.tokens[whole_from].start..self.tokens[end - 1].end];
        let g = gazetteer();
        (year
            && count >= 3
            && g.place_any_case(name).is_none()
            && g.place_any_case(whole).is_none())
        .then_some(from)
    }

    /// The noun only a ship is, right before `first`: "the liner", "the car ferry", "the
    /// destroyer escort", "the Navy transport", "the space station", "the torpedo boat" (not
    /// "ship" or "vessel", whose next capitalised word may be its port).
    fn ship_noun_before(&self, first: usize) -> Option<&'a str> {
        let noun = self.word(first.checked_sub(1)?)?;
        // (Most words before a name are short or capitalised: no lookup for them.)
        if noun.len() < 4 || !noun.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        let before = first.checked_sub(2).and_then(|k| self.word(k));
        let only_a_ship = words::names_only_a_ship(noun);
        let by_kind = match noun {
            "escort" => before == Some("destroyer"),
            "transport" => matches!(before, Some("Navy" | "naval" | "troop" | "Army")),
            "station" => before == Some("space"),
            "boat" => matches!(before, Some("torpedo" | "patrol" | "gun" | "mail")),
            // ("The Greenpeace flagship Rainbow Warrior".)
            "flagship" => true,
            _ => false,
        };
        (only_a_ship || by_kind).then_some(noun)
    }

    /// Whether the word at `i` opens a web address, its top-level domain glued after a period:
    /// "Booking.com", "Inside.com".
    fn web_address_at(&self, i: usize) -> bool {
        self.tok(i + 1) == Some(".")
            && self.glued(i + 1)
            && self.glued(i + 2)
            && matches!(self.tok(i + 2), Some("com" | "org" | "net" | "io"))
    }

    /// The word before the last phrase found and that phrase's kind, when the phrase ends
    /// just before the token at `joint` ("to", "and"): "from" of "from Leicester to", "in" of
    /// "in Pahoa and".
    fn before_last(
        &self,
        out: &[Candidate],
        joint: usize,
    ) -> Option<(&'a str, Option<EntityKind>)> {
        let c = out.last()?;
        if joint == 0 || c.end != self.tokens[joint - 1].end {
            return None;
        }
        let opening = self.tokens[..joint]
            .iter()
            .rposition(|t| t.start <= c.start)?;
        Some((self.word(opening.checked_sub(1)?)?, c.kind))
    }

    /// Whether the article is about trains: it names a train, a railway, a station or a metro.
    fn about_trains(&self) -> bool {
        *self.trains.get_or_init(|| {
            self.article.iter().any(|t| {
                matches!(
                    t.text(self.text),
                    "train"
                        | "trains"
                        | "railway"
                        | "railways"
                        | "station"
                        | "stations"
                        | "metro"
                        | "subway"
                        | "tram"
                        | "trams"
                )
            })
        })
    }

    /// Whether the phrase is a country's name and capitalised English words that name no
    /// kind of place, event or date, nor end in a role or a body's head: "China General
    /// Nuclear", "Australia Post".
    fn country_then_words(&self, first: usize, end: usize) -> bool {
        let g = gazetteer();
        // (The country first: most phrases are none, and need no list of words.)
        if !self
            .word(first)
            .is_some_and(|w| g.place(w).is_some_and(|(_, p)| p.kind == "country"))
        {
            return false;
        }
        let words = self.words_in(first, end);
        words.len() == end - first
            && words[1..].iter().all(|&(j, w)| {
                self.is_cap(j)
                    && !self.is_acronym(j)
                    && !self.tokens[j].line_break_before
                    && g.is_common_word(w)
                    && (!g.is_given_name(w) || words::is_role(w))
                    && !g.is_adjective(w)
                    && !words::is_place_head(w)
                    && !words::is_place_tail(w)
                    && !words::is_other_head(w)
                    // (A rank may open the words: "General".)
                    && !(words::is_role(w) && j == end - 1)
                    // (A body's head at the end leaves the name to the rules for heads:
                    // "Singapore General Hospital", a site.)
                    && !(words::is_org_head(w) && j == end - 1)
                    && !words::is_compass(w)
                    && !crate::analysis::dates::is_month_or_weekday(w)
                    && !matches!(w, "Women" | "Men" | "Under")
            })
    }

    fn classify_chunk(&self, first: usize, end: usize, out: &mut Vec<Candidate>) {
        // A newspaper by an edition's word or its town before its paper's word: "the Evening
        // Star", "Sunday Gazette-Mail", "the Kansas City Star" (not "Coromandel Express", a
        // train: the town alone names a paper only with a masthead's word or "Star", "Sun" …
        // that no train bears), or by two papers' words joined: "Post-Gazette".
        if let Some(from) = self.paper_name(first, end) {
            let evidence = Evidence::OrgHead("paper".to_string());
            self.push(out, from, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A common acronym ending a compound after a hyphen names nothing: "the pay-TV group".
        if end == first + 1
            && first >= 2
            && self.glued(first)
            && self.tok(first - 1) == Some("-")
            && self
                .word(first - 2)
                .is_some_and(|w| w.starts_with(char::is_lowercase))
            && self.is_acronym(first)
            && self.word(first).is_some_and(words::is_common_acronym)
        {
            return;
        }
        // An era's letters name no body: "the third millennium BC", "in 3300 BCE", "AD 79".
        if end == first + 1
            && self
                .word(first)
                .is_some_and(|w| matches!(w, "BC" | "BCE" | "AD" | "CE"))
            && ((first > 0
                && (self.tokens[first - 1].kind == TokenKind::Number
                    || self.word(first - 1).is_some_and(|w| {
                        matches!(w, "century" | "centuries" | "millennium" | "millennia")
                    })))
                || self
                    .tokens
                    .get(end)
                    .is_some_and(|t| t.kind == TokenKind::Number))
        {
            return;
        }
        // A railway or metro line by its name and the word in lower case, in a story about
        // trains: "the Elizabeth line", "London's Jubilee line" (not "the party line").
        let name_from = first + usize::from(self.word(first) == Some("The"));
        if end - name_from <= 2
            && end > name_from
            && self.word(end) == Some("line")
            && self.word(end + 1) != Some("of")
            && (name_from > first
                || (first >= 1 && matches!(self.tok(first - 1), Some("the" | "s"))))
            // (Not a party's or a firm's: "the Labour line".)
            && self.words_in(name_from, end).iter().all(|&(j, w)| {
                self.is_cap(j)
                    && !self.is_acronym(j)
                    && !gazetteer().is_adjective(w)
                    && !gazetteer().is_company(w)
                    && !words::is_party_word(&w.to_lowercase())
            })
            && self.about_trains()
        {
            let evidence = Evidence::OtherHead("line".to_string());
            self.push(out, name_from, end + 1, Some(EntityKind::Place), evidence);
            return;
        }
        // A body named by its field and the place it serves: "Transport for London" (joined
        // so by `chunk_end`).
        if end - first >= 3
            && self.word(first + 1) == Some("for")
            && let [(_, field), (_, "for"), ..] = self.words_in(first, end)[..]
            && gazetteer().is_common_word(field)
            && !words::is_role(field)
            && !words::is_person_title(field)
            && !words::is_org_head(field)
            && gazetteer()
                .place(&self.text[self.tokens[first + 2].start..self.tokens[end - 1].end])
                .is_some()
        {
            let evidence = Evidence::OrgHead("for".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A European body or firm named by a word joined to "Euro": "Eurotunnel", "Eurostat",
        // "Europol" (not the single currency's words, "Eurozone", "Eurobonds", nor the song
        // contest, nor a stance, "Eurosceptic").
        if end == first + 1 && self.word(first).is_some_and(is_euro_body) {
            let evidence = Evidence::OrgHead("Euro".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A body named by its country and English words: "from China General Nuclear",
        // "Japan Tobacco" (not a feature's or a site's, "the Taiwan Strait"; nor a side's,
        // "England Women"; nor a day or a compass point after the country).
        if (2..=4).contains(&(end - first)) && self.country_then_words(first, end) {
            let evidence = Evidence::OrgHead("country's name".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A ruler by one name and a regnal number, whatever the name ("Oba Ewuare II", "Ewuare
        // II said"): the person is the name and the number; a word before them is a title no
        // list knows.
        if (2..=3).contains(&(end - first))
            && self
                .word(end - 1)
                .is_some_and(|w| w.len() >= 2 && words::is_ordinal_numeral(w))
            && self.words_in(first, end).iter().all(|&(j, w)| {
                j == end - 1
                    || (self.is_cap(j)
                        && !self.is_acronym(j)
                        && !gazetteer().is_common_word(w)
                        && gazetteer().place(w).is_none()
                        && !gazetteer().is_company(w)
                        && !words::is_org_head(w)
                        && !words::is_other_head(w)
                        // (Not a surname's suffix after a given name: "Joe Manchin III".)
                        && (j == end - 2 || !gazetteer().is_given_name(w)))
            })
        {
            let evidence = Evidence::OtherHead("regnal number".to_string());
            self.push(out, end - 2, end, Some(EntityKind::Person), evidence);
            return;
        }
        // An animal by its name after the noun for its kind: "the polar bear Knut", "her
        // cocker spaniel, Tubby, was left" (set off by two commas, or by none).
        let kind_at = |k: usize| {
            self.word(k)
                .is_some_and(|w| w.starts_with(char::is_lowercase) && words::is_animal_noun(w))
        };
        let next_word = self.word(end);
        if end - first <= 2
            && first >= 1
            && (kind_at(first - 1)
                || (first >= 2
                    && self.tok(first - 1) == Some(",")
                    && kind_at(first - 2)
                    && self.tok(end) == Some(",")))
            && !next_word.is_some_and(words::is_reporting_verb)
            // (Not "the best horse I've trained".)
            && self.words_in(first, end).iter().all(|&(j, w)| {
                w.len() >= 2
                    && !self.is_acronym(j)
                    && !words::is_function_word(&w.to_lowercase())
                    && gazetteer().place(w).is_none()
                    && !gazetteer().is_company(w)
            })
        {
            let evidence = Evidence::OtherHead("animal".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // An animal by its name, set off before the noun for its kind: "Knut, the polar bear
        // whose …", "Knut, Berlin's celebrity polar bear," (whatever given name it is).
        let set_off = self.set_off_noun(end);
        // (After an article, its noun ends the phrase or comes before "of": "Lonesome George,
        // the last known giant tortoise of his subspecies,"; not "Smith, the owner of a
        // dog,".)
        let animal_before_of = || {
            self.tok(end) == Some(",")
                && matches!(self.word(end + 1), Some("the" | "a" | "an"))
                && (end + 2..(end + 8).min(self.tokens.len()))
                    .take_while(|&k| {
                        self.word(k)
                            .is_some_and(|w| w.starts_with(char::is_lowercase))
                    })
                    .take_while(|&k| self.word(k) != Some("of"))
                    .any(|k| {
                        self.word(k).is_some_and(words::is_animal_noun)
                            && matches!(self.tok(k + 1), Some("of" | "," | "." | "who" | "that"))
                    })
        };
        // (After an article, the noun must come before any "of": see above.)
        let animal_set_off = set_off.is_some_and(words::is_animal_noun)
            && !matches!(self.word(end + 1), Some("the" | "a" | "an"));
        if end - first <= 2 && (animal_set_off || animal_before_of()) {
            let evidence = Evidence::OtherHead("animal".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A work by its title, set off before the noun for its kind: "Girl With Balloon, one of
        // the artist's best-known images," (not its maker: "Jones, the author of three
        // novels,").
        if end - first <= 5
            && set_off.is_some_and(words::is_work_set_off)
            && !self.maker_set_off(end)
        {
            let evidence = Evidence::OtherHead("work".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // …or before a description of a thing made "by" someone named in full: "Puppy, a
        // 40-foot terrier made of flowering plants by the American artist Jeff Koons,";
        // "Snake, three steel walls by Richard Serra that curve" (no given name in the title;
        // not "Hale, a lawyer hired by Tom Reed,": no role or body in the description).
        if end - first <= 3
            && self.tok(end) == Some(",")
            && self.made_by_named_maker(end + 1)
            && self.words_in(first, end).iter().all(|&(j, w)| {
                !self.is_acronym(j)
                    && !gazetteer().is_given_name(w)
                    && gazetteer().place(w).is_none()
                    && !gazetteer().is_company(w)
            })
        {
            let evidence = Evidence::OtherHead("work".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A mountain by its abbreviated word, "Mt. Everest": a place, unless set off before
        // the noun for an organisation ("Mt. Gox, once the world's biggest bitcoin
        // exchange,"), and elsewhere the organisation the article names so.
        if end >= first + 3 && self.word(first) == Some("Mt") && self.tok(first + 1) == Some(".") {
            if set_off.is_some_and(words::is_org_kind) {
                let evidence = Evidence::OrgHead("apposition".to_string());
                self.push(out, first, end, Some(EntityKind::Organization), evidence);
            } else {
                self.push(out, first, end, None, Evidence::Located);
            }
            return;
        }
        // A name given to a site the sentence names by its noun: "the tower, known until
        // Monday as Burj Dubai, will be called Burj Khalifa", "a village called Dzhanga".
        // (Or to a thing or a body so named: "the malicious software, known as WannaCry,".)
        match self.named_before(first) {
            Some(EntityKind::Place) => {
                self.push(out, first, end, Some(EntityKind::Place), Evidence::Located);
                return;
            }
            Some(EntityKind::Other) => {
                let evidence = Evidence::OtherHead("named".to_string());
                self.push(out, first, end, Some(EntityKind::Other), evidence);
                return;
            }
            _ => {}
        }
        // A regulator named for its fields: "the Health and Safety Executive" (not a role).
        if end >= first + 4
            && self.word(end - 1) == Some("Executive")
            && (first + 1..end - 2).any(|k| self.word(k) == Some("and"))
        {
            let evidence = Evidence::OrgHead("Executive".to_string());
            let first = first + usize::from(matches!(self.word(first), Some("The" | "THE")));
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A rank's abbreviation ending the chunk is the title of the name after its point, no
        // part of the words before it: "Army Pfc. Bradley Manning" (the Army).
        if end >= first + 2
            && self.word(end - 1).is_some_and(words::is_abbreviated_title)
            && self.tok(end) == Some(".")
            && self.glued(end)
        {
            self.classify_chunk(first, end - 1, out);
            return;
        }
        // A paper's page is no name: "on page A1", "Page B3".
        if end == first + 1 && first >= 1 && matches!(self.word(first - 1), Some("page" | "Page")) {
            return;
        }
        // The people of a country whose name has two words, in the plural, are no name: "all of
        // them Sri Lankans", "New Zealanders", "South Africans" (demonyms are not marked).
        if end == first + 2
            && self
                .word(first + 1)
                .is_some_and(|w| w.ends_with("ns") || w.ends_with("ers"))
            && let (start, stop) = self.span(first, end)
            && let Some(plural) = self.text[start..stop].strip_suffix('s')
            && plural.contains(' ')
            && (gazetteer().is_adjective(plural)
                || plural
                    .strip_suffix('n')
                    .or_else(|| plural.strip_suffix("er"))
                    .is_some_and(|country| gazetteer().place(country).is_some()))
        {
            return;
        }
        // A block of flats named "Court", right after "at" (no "the", nor a word for a court of
        // law): "a fire at Wang Fuk Court" ("at Southwark Crown Court" is a court).
        if end >= first + 2
            && self.word(end - 1) == Some("Court")
            && first >= 1
            && matches!(self.word(first - 1), Some("at" | "At"))
            && (first..end - 1).all(|k| {
                self.word(k).is_some_and(|w| {
                    !words::is_org_head(w) && !words::is_role(w) && !words::is_law_court_word(w)
                })
            })
        {
            let evidence = Evidence::OtherHead("Court".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A seat of government as the place it is, after a preposition of place: "a ceremony
        // at the Kremlin", "three miles south-east of the Kremlin" (elsewhere, "the Kremlin
        // said", the government).
        if end == first + 1
            && matches!(self.word(first), Some("Kremlin" | "Elysee" | "Élysée"))
            && first >= 2
            && self.word(first - 1) == Some("the")
            && self.word(first - 2).is_some_and(|w| {
                matches!(
                    w,
                    "at" | "over" | "near" | "outside" | "inside" | "into" | "around" | "behind"
                ) || (w == "of"
                    && first >= 3
                    && self.word(first - 3).is_some_and(|c| {
                        c.ends_with("east") || c.ends_with("west") || matches!(c, "north" | "south")
                    }))
            })
        {
            let evidence = Evidence::OtherHead("seat".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A road, a pier or a berth named by its number: "Interstate 40", "Highway 1", "Route
        // 66", "landed at Pier 84".
        if end == first + 1
            && self
                .word(first)
                .is_some_and(|w| is_road_noun(w) || matches!(w, "Pier" | "Berth"))
            && self
                .tokens
                .get(end)
                .is_some_and(|t| t.kind == TokenKind::Number && t.space_before)
        {
            let evidence = Evidence::OtherHead(self.word(first).unwrap_or_default().to_string());
            self.push(out, first, end + 1, Some(EntityKind::Place), evidence);
            return;
        }
        if self.racehorse(first, end) {
            let evidence = Evidence::OtherHead("horse".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A stock market's index by its name, before the word in lower case: "the Hang Seng
        // index", "the Sensex index" (not a place's: "Taiwan's main index").
        if self.word(end) == Some("index")
            && (first..end).all(|k| {
                self.is_cap(k)
                    || self.tokens[k].kind == TokenKind::Number
                    || (k > first && self.tok(k) == Some("&"))
            })
            // (Not a paper's, in English words: "the Financial Times index".)
            && !(first..end).all(|k| {
                self.word(k)
                    .is_some_and(|w| matches!(w, "The" | "THE") || gazetteer().is_common_word(w))
            })
            && let (start, stop) = self.span(first, end)
            && gazetteer().place(&self.text[start..stop]).is_none()
        {
            let first = first + usize::from(matches!(self.word(first), Some("The" | "THE")));
            let evidence = Evidence::OtherHead("index".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A peer by the title's name and its place (see `chunk_end`): "Lord Smith of Kelvin",
        // the title outside.
        if (first + 4..=first + 5).contains(&end)
            && matches!(self.word(first), Some("Lord" | "Baroness" | "Baron"))
            && self.word(first + 2) == Some("of")
            && (first + 3..end).all(|k| self.is_cap(k))
        {
            let title = self.word(first).unwrap_or_default().to_string();
            self.push(
                out,
                first + 1,
                end,
                Some(EntityKind::Person),
                Evidence::Title(title),
            );
            return;
        }
        // Letters after a person's name are no part of it: "Mr Anthony Hidden QC", "Jane Roe
        // MP" (a given name and a surname before them).
        if end >= first + 3
            && matches!(
                self.word(end - 1),
                Some("QC" | "KC" | "MP" | "MEP" | "OBE" | "CBE" | "MBE")
            )
            && self.is_cap(end - 2)
            && self
                .word(end - 3)
                .is_some_and(|w| gazetteer().is_given_name(w))
        {
            self.classify_chunk(first, end - 1, out);
            return;
        }
        // A church, a school or a hospital by its saint alone, possessive and all (see
        // `chunk_end`): "Pastor Haas of St. Mark's", a body; "died at St. Luke's", a place.
        let dotted = usize::from(self.tok(first + 1) == Some("."));
        if end == first + 4 + dotted
            && matches!(self.word(first), Some("St" | "Saint" | "Ste"))
            && matches!(self.tok(end - 2), Some("'" | "’"))
            && self.tok(end - 1) == Some("s")
        {
            let placed = first >= 1 && self.word(first - 1).is_some_and(words::places_a_town);
            let kind = if placed {
                EntityKind::Place
            } else {
                EntityKind::Organization
            };
            let evidence = Evidence::OtherHead("saint".to_string());
            self.push(out, first, end, Some(kind), evidence);
            return;
        }
        // A paper's dated foot line: "THE TIMES, WEDNESDAY, JUNE 5, 1940".
        if let Some(from) = self.masthead_line(first, end) {
            let evidence = Evidence::OrgHead("masthead".to_string());
            self.push(out, from, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A paper's desk by its short name names no one: "TIMES STAFF WRITERS", as "Times
        // staff writer" does not (the paper's full name before it is one: "Washington Post
        // Staff Writer").
        if end - first == 3
            && self.word(end - 1).is_some_and(|w| {
                w.eq_ignore_ascii_case("writer") || w.eq_ignore_ascii_case("writers")
            })
            && self
                .word(end - 2)
                .is_some_and(|w| w.eq_ignore_ascii_case("staff"))
        {
            return;
        }
        // A wildfire named by where it began, "fire" and all: "the Camp fire", "the Woolsey
        // fire forced" (not a place's fire, "the California fire", nor a "fire sale").
        let fire_from = if self.word(first) == Some("The") {
            first + 1
        } else {
            first
        };
        if (1..=2).contains(&(end - fire_from))
            && (fire_from > first || (first >= 1 && self.word(first - 1) == Some("the")))
            && self.word(end) == Some("fire")
            && self.tokens.get(end + 1).is_none_or(|t| {
                t.kind == TokenKind::Punct
                    || self
                        .word(end + 1)
                        .is_some_and(|w| words::is_function_word(w) || dates::is_past_verb(w))
            })
            && {
                let (start, stop) = self.span(fire_from, end);
                let name = &self.text[start..stop];
                gazetteer().place(name).is_none()
                    && !gazetteer().is_company(name)
                    && !gazetteer().is_adjective(name)
            }
        {
            let evidence = Evidence::OtherHead("fire".to_string());
            self.push(out, fire_from, end + 1, Some(EntityKind::Other), evidence);
            return;
        }
        // A shipping line named by its nations: "the Italian Line", "the Swedish American
        // Line" (a demonym before "Line" draws no frontier).
        let line_from = first + usize::from(self.word(first) == Some("The"));
        if (2..=3).contains(&(end - line_from))
            && self.word(end - 1) == Some("Line")
            && (line_from..end - 1)
                .all(|k| self.word(k).is_some_and(|w| gazetteer().is_adjective(w)))
        {
            let evidence = Evidence::OrgHead("Line".to_string());
            self.push(
                out,
                line_from,
                end,
                Some(EntityKind::Organization),
                evidence,
            );
            return;
        }
        // An Irish county by the abbreviation before its name: "Omagh, Co Tyrone" (a firm's
        // "Co" comes after its name).
        let county_at = if self.tok(first + 1) == Some(".") {
            first + 2
        } else {
            first + 1
        };
        if end == county_at + 1
            && self.word(first) == Some("Co")
            && !self.is_acronym(county_at)
            && self
                .word(county_at)
                .is_some_and(|w| w.starts_with(char::is_uppercase) && !words::is_org_head(w))
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::OtherHead("Co".to_string()),
            );
            return;
        }
        // A country named by its regime's word, which qualifies it: "Nationalist China",
        // "Communist China" (the country is the name).
        if end - first == 2
            && matches!(self.word(first), Some("Nationalist" | "Communist"))
            && self
                .word(first + 1)
                .and_then(|w| gazetteer().place(w))
                .is_some_and(|(_, p)| p.kind == "country")
        {
            self.push(
                out,
                first + 1,
                end,
                Some(EntityKind::Place),
                Evidence::Gazetteer,
            );
            return;
        }
        // A place's middle part, named with it: "Mid-Ulster", "Mid-Wales".
        if end - first == 3
            && self.word(first) == Some("Mid")
            && self.tok(first + 1) == Some("-")
            && self.glued(first + 1)
            && self.glued(first + 2)
            && self
                .word(first + 2)
                .is_some_and(|w| gazetteer().place(w).is_some())
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::Gazetteer,
            );
            return;
        }
        // A byline's writer whose given name no list has, before the agency or the line's end:
        // "By Dasha Litvinova | AP".
        if self.word(first) == Some("By")
            && (first == 0 || self.tokens[first].line_break_before)
            && (3..=4).contains(&(end - first))
            && self.in_byline(first + 1, end)
            && self
                .tokens
                .get(end)
                .is_none_or(|t| t.line_break_before || matches!(t.text(self.text), "|" | "," | "&"))
            && self.words_in(first + 1, end).iter().all(|&(j, w)| {
                !self.is_acronym(j)
                    && !gazetteer().is_common_word(&w.to_lowercase())
                    && gazetteer().place(w).is_none_or(|(_, p)| p.kind == "city")
            })
        {
            self.push(
                out,
                first + 1,
                end,
                Some(EntityKind::Person),
                Evidence::NameShape,
            );
            return;
        }
        // A ship's name after the noun only a ship is, whatever the name looks like: "the
        // liner Ile de France", "the destroyer escort Edward H. Allen", "the car ferry Herald
        // of Free Enterprise" (not a day: "took the ferry Monday").
        if let Some(noun) = self.ship_noun_before(first)
            && end - first <= 5
            && !self
                .words_in(first, end)
                .iter()
                .any(|(_, w)| dates::is_month_or_weekday(w))
        {
            let evidence = Evidence::OtherHead(noun.to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A provision of a law or a treaty by its number: "Article 50", "Section 230" (not
        // "the rights group Article 19").
        if end - first == 1
            && matches!(self.word(first), Some("Article" | "Section"))
            && !(first >= 1
                && self
                    .word(first - 1)
                    .is_some_and(|w| words::is_org_kind(&w.to_lowercase())))
            && self.tokens.get(end).is_some_and(|t| {
                t.kind == TokenKind::Number && t.end - t.start <= 3 && t.space_before
            })
            && !(self.tok(end + 1) == Some("%") && self.glued(end + 1))
        {
            let evidence = Evidence::OtherHead(self.word(first).unwrap_or_default().to_lowercase());
            self.push(out, first, end + 1, Some(EntityKind::Other), evidence);
            return;
        }
        // An airport's or a port's building by its number: "Heathrow's new Terminal 5", "from
        // Terminal 1 and Terminal 4".
        if end - first == 1
            && self.word(first) == Some("Terminal")
            && self.tokens.get(end).is_some_and(|t| {
                t.kind == TokenKind::Number && t.end - t.start <= 2 && t.space_before
            })
        {
            let evidence = Evidence::OtherHead("Terminal".to_string());
            self.push(out, first, end + 1, Some(EntityKind::Place), evidence);
            return;
        }
        // A month's name that is the surname of a person the article names in full, before a
        // verb of saying: "May said" after "Theresa May", "August told" after "Ida August".
        if end - first == 1
            && self.word(end).is_some_and(|w| {
                matches!(
                    w,
                    "said" | "says" | "told" | "added" | "warned" | "wrote" | "insisted"
                )
            })
            && let Some(word) = self.word(first).filter(|w| {
                w.len() >= 3 && dates::is_month_or_weekday(w) && !dates::is_weekday_name(w)
            })
            && self.follows_given_name(word)
        {
            let evidence = Evidence::NameShape;
            self.push(out, first, end, Some(EntityKind::Person), evidence);
            return;
        }
        // An English word opening a sentence or a headline that is the surname of a person the
        // article names in full, before a verb: "Manning was also reduced in rank" and
        // "Manning sentenced to 35 years" after "Bradley Manning".
        if end - first == 1
            && self.at_start(first)
            && self.word(end).is_some_and(|w| {
                matches!(
                    w,
                    "said" | "says" | "told" | "added" | "was" | "is" | "has" | "had" | "will"
                ) || (w.len() > 4 && w.ends_with("ed") && gazetteer().is_common_word(w))
            })
            && let Some(word) = self
                .word(first)
                .filter(|w| w.len() >= 4 && gazetteer().is_common_word(w) && !words::breaks_name(w))
            && self.follows_given_name(word)
        {
            let evidence = Evidence::NameShape;
            self.push(out, first, end, Some(EntityKind::Person), evidence);
            return;
        }
        // The seat of a legislature, capitalised after "the": "Tours of the Capitol", "the
        // Capitol police" (a common noun in the dictionary, so no name on its own).
        if end - first == 1
            && self.word(first) == Some("Capitol")
            && first >= 1
            && matches!(self.word(first - 1), Some("the" | "The"))
        {
            let evidence = Evidence::OtherHead("capitol".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A body named by a date: "the 26th of July Movement", "the 14 March Alliance" (the
        // date recognizer leaves the date to the name).
        if end - first >= 2
            && first >= 1
            && (self.word(first - 1) == Some("of")
                || self.tokens[first - 1].kind == TokenKind::Number)
            && self.word(first).is_some_and(dates::is_month_or_weekday)
            && self.word(end - 1).is_some_and(|w| {
                crate::analysis::ascii::with_lowercase(w, words::is_org_head).unwrap_or(false)
            })
        {
            // Back over "26th of" or "14": the number opens the name.
            let before = &self.text[..self.tokens[first].start];
            let before = before
                .strip_suffix("of ")
                .unwrap_or(before)
                .trim_end_matches(' ');
            let number = before
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .trim_end_matches(|c: char| c.is_ascii_digit());
            let number_start = (number.len() < before.len()
                && before[number.len()..].starts_with(|c: char| c.is_ascii_digit())
                && !number.ends_with(|c: char| c.is_alphanumeric()))
            .then_some(number.len());
            let start = (first.saturating_sub(4)..first)
                .find(|&k| Some(self.tokens[k].start) == number_start)
                .unwrap_or(first);
            let head = self.word(end - 1).unwrap_or_default().to_string();
            let evidence = Evidence::OrgHead(head.to_lowercase());
            self.push(out, start, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A street or a precinct numbered in words: "on First Street", "the Third Precinct".
        if end - first == 2
            && matches!(
                self.word(first),
                Some(
                    "First"
                        | "Second"
                        | "Third"
                        | "Fourth"
                        | "Fifth"
                        | "Sixth"
                        | "Seventh"
                        | "Eighth"
                        | "Ninth"
                        | "Tenth"
                )
            )
            && self.word(first + 1).is_some_and(|w| {
                words::ends_street_name(w) || matches!(w, "Ave" | "Precinct" | "Ward")
            })
        {
            let head = self.word(first + 1).unwrap_or_default().to_string();
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::OtherHead(head),
            );
            return;
        }
        // A name in a credit line, after its task: "Writing by Paul Day; Editing by Andrew
        // Roche" (whatever its last word would head elsewhere: "Day").
        if (2..=3).contains(&(end - first))
            && first >= 2
            && self.word(first - 1) == Some("by")
            && self.word(first - 2).is_some_and(|w| {
                w.starts_with(char::is_uppercase) && w.len() > 4 && w.ends_with("ing")
            })
            && self
                .word(first)
                .is_some_and(|w| gazetteer().is_given_name(w))
            && (first + 1..end).all(|k| self.is_cap(k))
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Person),
                Evidence::NameShape,
            );
            return;
        }
        // A title alone that is the surname of a person the article has named: "Martin Luther
        // King Jr. … King had come to Memphis".
        if end - first == 1
            && let Some(word) = self.word(first).filter(|w| words::is_surname_title(w))
            && out.iter().any(|c| {
                let name = &self.text[c.start..c.end];
                let name = name
                    .strip_suffix(" Jr.")
                    .or_else(|| name.strip_suffix(" Sr."))
                    .unwrap_or(name);
                c.kind == Some(EntityKind::Person)
                    && name
                        .strip_suffix(word)
                        .is_some_and(|rest| rest.ends_with(' '))
            })
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Person),
                Evidence::PersonCue,
            );
            return;
        }
        // A count opening the sentence before a place: "Four Minneapolis officers fired" (not
        // a name's own number: "Three Gorges Dam", "Four Seasons").
        if end - first >= 2
            && self.at_start(first)
            && self
                .word(first)
                .is_some_and(crate::analysis::dates::is_number_word)
            && self
                .word(first + 1)
                .is_some_and(|w| gazetteer().place(w).is_some())
        {
            self.classify_chunk(first + 1, end, out);
            return;
        }
        // Where an analyst or an economist works is a firm, even one named for people: "an
        // analyst at Piper Jaffray", "economists at Morgan Stanley".
        if first >= 2
            && end - first <= 3
            && self.word(first - 1) == Some("at")
            && self.word(first - 2).is_some_and(|w| {
                matches!(
                    w,
                    "analyst"
                        | "analysts"
                        | "economist"
                        | "economists"
                        | "strategist"
                        | "strategists"
                        | "banker"
                        | "bankers"
                        | "trader"
                        | "traders"
                )
            })
            && (first..end).all(|k| self.is_cap(k) || matches!(self.tok(k), Some("&" | "-")))
        {
            let (start, stop) = self.span(first, end);
            if gazetteer().place(&self.text[start..stop]).is_none() {
                let evidence = Evidence::OrgHead("at".to_string());
                self.push(out, first, end, Some(EntityKind::Organization), evidence);
                return;
            }
        }
        // Where a body named just before stands: "the National Hurricane Center in Coral
        // Gables" (two or three words, in any case no person's: people are not "in").
        if first >= 2
            && (2..=3).contains(&(end - first))
            && self.word(first - 1) == Some("in")
            && self.word(first - 2).is_some_and(|w| {
                self.is_cap(first - 2)
                    && (words::is_org_head(w)
                        || words::is_place_head(&w.to_lowercase())
                        || gazetteer().is_company(w))
            })
            && !self.at_start(first - 2)
            && (first..end).all(|k| self.is_cap(k) && !self.is_acronym(k))
            && !matches!(self.tok(end), Some("'" | "’"))
            && self.words_in(first, end).iter().all(|&(_, w)| {
                !words::is_role(&w.to_lowercase())
                    && !words::is_org_head(w)
                    && !words::is_other_head(w)
            })
        {
            self.push(out, first, end, None, Evidence::Located);
            return;
        }
        // An address, its number with it: "at 1 Safdarjung Road", "10 Downing Street".
        if first >= 1
            && self.tokens[first - 1].kind == TokenKind::Number
            && end - first <= 3
            && self
                .word(end - 1)
                .is_some_and(|w| words::ends_street_name(w))
            && self.tok(first - 1).is_some_and(|t| t.len() <= 4)
            && self.tokens[first].space_before
            && (first == 1
                || self.tokens[first - 1].line_break_before
                || matches!(self.tok(first - 2), Some("." | "“" | "\""))
                || self.word(first - 2).is_some_and(|w| {
                    matches!(
                        w,
                        "at" | "At" | "on" | "to" | "from" | "near" | "outside" | "in" | "of"
                    )
                }))
            && (first..end).all(|k| self.is_cap(k))
        {
            let evidence = Evidence::OtherHead("address".to_string());
            self.push(out, first - 1, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A hashtag or a handle names no entity: "#RoomForManchester", "@BBCBreaking".
        if first >= 1 && matches!(self.tok(first - 1), Some("#" | "@")) && self.glued(first) {
            return;
        }
        // A demonym after a compass point's initial is no name: "N. Korean leader".
        if end == first + 3
            && self.tok(first + 1) == Some(".")
            && self
                .word(first)
                .is_some_and(|w| matches!(w, "N" | "S" | "E" | "W"))
            && self
                .word(first + 2)
                .is_some_and(|w| gazetteer().is_adjective(w))
        {
            return;
        }
        // A party's chamber before its leader: "Senate Republican leader Mitch McConnell"
        // (the chamber is named; the party's adjective is none).
        if end - first >= 2
            && self
                .word(end - 1)
                .is_some_and(|w| matches!(w, "Republican" | "Democratic" | "Democrat"))
            && self.word(end).is_some_and(|w| {
                w.starts_with(char::is_lowercase) && (words::is_role(w) || w == "leader")
            })
            && self.word(end - 2).is_some_and(|w| {
                crate::analysis::ascii::with_lowercase(w, words::is_institution).unwrap_or(false)
            })
        {
            self.classify_chunk(first, end - 1, out);
            return;
        }
        // A byline's last name run into its paper's: "By Paul Walsh Star Tribune" (a given
        // name, one or two more words, then a paper's name of two or three words).
        let named_from = first + usize::from(self.word(first) == Some("By"));
        if named_from < end
            && self.in_byline(named_from, end)
            && self
                .word(named_from)
                .is_some_and(|w| gazetteer().is_given_name(w))
            && self.word(end - 1).is_some_and(|w| {
                crate::analysis::ascii::with_lowercase(w, words::is_masthead_word).unwrap_or(false)
            })
        {
            let words = self.words_in(named_from, end);
            let paper_from = (2..=3)
                .rev()
                .filter(|&n| words.len() >= n + 2 && words.len() <= n + 3)
                .map(|n| words[words.len() - n].0)
                .next();
            if let Some(paper) = paper_from {
                let name = (named_from, paper);
                self.push(
                    out,
                    name.0,
                    name.1,
                    Some(EntityKind::Person),
                    Evidence::NameShape,
                );
                let evidence = Evidence::OrgHead("byline".to_string());
                self.push(out, paper, end, Some(EntityKind::Organization), evidence);
                return;
            }
        }
        // A paper's staff signing a byline: "By Jerusalem Post Staff", "By NATION Team".
        // What people ride in, after "aboard": "aboard Air Force One", "aboard the Titan"
        // (not a carrier's possessive: "aboard Boeing's Starliner").
        // ("on board the Falcon 50": the same, its model's number included.)
        let on_board = first >= 3
            && self.word(first - 1) == Some("the")
            && self.word(first - 2) == Some("board")
            && self.word(first - 3) == Some("on");
        let aboard = (first >= 1 && self.word(first - 1) == Some("aboard"))
            || (first >= 2
                && self.word(first - 1) == Some("the")
                && self.word(first - 2) == Some("aboard"))
            || on_board;
        let aboard_end = if aboard
            && self.tokens.get(end).is_some_and(|t| {
                t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 4
            }) {
            end + 1
        } else {
            end
        };
        // (A maker's nation before it is no part of the name: "aboard Russian Soyuz capsules".)
        let first_named = if aboard
            && end - first >= 2
            && self
                .word(first)
                .is_some_and(|w| gazetteer().is_adjective(w))
        {
            first + 1
        } else {
            first
        };
        if aboard && end - first <= 4 && !matches!(self.tok(end), Some("'" | "’")) && {
            let g = gazetteer();
            let (start, stop) = self.span(first_named, aboard_end);
            let phrase = &self.text[start..stop];
            g.place(phrase).is_none() && !g.is_company(phrase)
        } {
            let evidence = Evidence::OtherHead("craft".to_string());
            self.push(
                out,
                first_named,
                aboard_end,
                Some(EntityKind::Other),
                evidence,
            );
            return;
        }
        // A craft or its mission by the word for the craft in its name: "the Mars
        // Exploration Rover", "the Mars Orbiter Mission", "the Lunar Reconnaissance Orbiter".
        let named = first + usize::from(self.word(first) == Some("The"));
        if (2..=4).contains(&(end - named))
            && (named + 1..end).any(|k| {
                self.word(k).is_some_and(|w| {
                    matches!(w, "Orbiter" | "Rover" | "Lander" | "Probe")
                        && (k + 1 == end || matches!(self.word(end - 1), Some("Mission")))
                        // (Not a person's name: "Eric Lander".)
                        && !self.word(k - 1).is_some_and(|p| gazetteer().is_given_name(p))
                })
            })
            && (named..end).all(|k| self.is_cap(k) && !self.is_acronym(k))
            // (In an article about space: not "Jaguar Land Rover".)
            && self.about_space()
        {
            let evidence = Evidence::OtherHead("craft".to_string());
            self.push(out, named, end, Some(EntityKind::Other), evidence);
            return;
        }
        let signed = first + usize::from(self.word(first) == Some("By"));
        if end >= signed + 2
            && self.word(end - 1).is_some_and(|w| {
                matches!(
                    w,
                    "Staff" | "Team" | "Reporters" | "Correspondents" | "Desk"
                )
            })
            && self.tokens.get(end).is_none_or(|t| t.line_break_before)
            && self.in_byline(signed, end)
        {
            let evidence = Evidence::OrgHead("byline".to_string());
            self.push(
                out,
                signed,
                end - 1,
                Some(EntityKind::Organization),
                evidence,
            );
            return;
        }
        // A byline's desk after its employer: "Associated Press Writer", "AP Sports Writers".
        if end - first >= 2 && self.word(end - 1).is_some_and(words::is_desk) {
            // (A rank and a beat only: "Chief Sports Feature Writer", "Senior Political
            // Correspondent".)
            let g = gazetteer();
            let ranked = self.word(first).is_some_and(|w| {
                matches!(
                    w,
                    "Chief" | "Senior" | "Deputy" | "Assistant" | "Associate" | "Special"
                )
            }) && (first + 1..end - 1)
                .all(|k| !self.is_acronym(k) && self.word(k).is_some_and(|w| g.is_common_word(w)));
            if ranked {
                return;
            }
            // (An agency's acronym, then its beat: "AP Film Writer".)
            let end = if self.is_acronym(first) {
                first + 1
            } else {
                end - 1 - usize::from(matches!(self.word(end - 2), Some("Sports" | "Staff")))
            };
            // (A paper's one word alone names it only for its readers: "Times Staff Writer".)
            let masthead_alone = end == first + 1
                && self.word(first).is_some_and(|w| {
                    crate::analysis::ascii::with_lowercase(w, words::is_masthead_word)
                        .unwrap_or(false)
                });
            if end > first && !masthead_alone {
                self.classify_chunk(first, end, out);
            }
            return;
        }
        // A military unit or a court by its number: "the 27th Army", "the 82nd Airborne
        // Division", "the 9th U.S. Circuit Court of Appeals".
        if first >= 2
            && self.tokens[first - 2].kind == TokenKind::Number
            && self.glued(first - 1)
            && matches!(self.tok(first - 1), Some("st" | "nd" | "rd" | "th"))
            && ((first..end).any(|k| self.word(k) == Some("Circuit"))
                || self.word(end - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "Army"
                            | "Division"
                            | "Brigade"
                            | "Regiment"
                            | "Corps"
                            | "Fleet"
                            | "Battalion"
                            | "Squadron"
                            | "Airborne"
                            | "Infantry"
                            | "Cavalry"
                    )
                }))
        {
            let evidence = Evidence::OrgHead(self.word(end - 1).unwrap_or_default().to_string());
            self.push(
                out,
                first - 2,
                end,
                Some(EntityKind::Organization),
                evidence,
            );
            return;
        }
        // A state named for its city, after a preposition of place: "in New York State",
        // "across Washington State" (not "Ohio State beat Michigan", a university's team).
        if end - first >= 2
            && self.word(end - 1) == Some("State")
            && first > 0
            && self
                .word(first - 1)
                .is_some_and(|w| matches!(w, "in" | "of" | "across" | "throughout" | "upstate"))
            && !self.tokens.get(end).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && t.text(self.text).starts_with(char::is_uppercase)
                    && !t.line_break_before
            })
            && gazetteer()
                .place(&self.text[self.tokens[first].start..self.tokens[end - 2].end])
                .is_some()
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::Gazetteer,
            );
            return;
        }
        // A paper's name opening the line of its reporter's desk, under the byline: "Times
        // staff reporter", "Herald political correspondent".
        if self.tokens[first].line_break_before
            && self.word(end - 1).is_some_and(words::is_org_head)
            && !self
                .word(first)
                .is_some_and(|w| gazetteer().is_given_name(w))
        {
            let line_end = (end..(end + 4).min(self.tokens.len()))
                .find(|&k| self.tokens[k].line_break_before)
                .unwrap_or(self.tokens.len());
            if (end + 1..=end + 3).contains(&line_end)
                && (end..line_end).all(|k| {
                    self.word(k)
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
                })
                && self.word(line_end - 1).is_some_and(words::is_desk)
            {
                let evidence = Evidence::OrgHead("desk".to_string());
                self.push(out, first, end, Some(EntityKind::Organization), evidence);
                return;
            }
        }
        // A station in orbit: "the International Space Station", "Mir Space Station".
        if end - first >= 2
            && self.word(end - 1) == Some("Station")
            && self.word(end - 2) == Some("Space")
        {
            let evidence = Evidence::OtherHead("craft".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A vessel's name after its noun in a headline's capitals: "Shuttle Columbia breaks
        // apart", "Tanker Exxon Valdez runs aground".
        if (2..=3).contains(&(end - first))
            && matches!(
                self.word(first),
                Some("Shuttle" | "Tanker" | "Submarine" | "Orbiter")
            )
            && self.is_cap(first + 1)
        {
            let evidence = Evidence::OtherHead("craft".to_string());
            self.push(out, first + 1, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A paper's news service: "Washington Post Foreign Service", "Times News Service".
        if end - first >= 3
            && self.word(end - 1) == Some("Service")
            && matches!(self.word(end - 2), Some("Foreign" | "News"))
            && self.tokens[first].line_break_before
            && self.tokens.get(end).is_none_or(|t| t.line_break_before)
        {
            self.classify_chunk(first, end - 2, out);
            return;
        }
        // A court case by its parties: "Obergefell v. Hodges".
        if (first + 1..end).any(|k| self.word(k) == Some("v")) {
            let evidence = Evidence::OtherHead("v.".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A team of a town named by a number: "the San Francisco 49ers".
        if end - first >= 3 && self.numbered_team(end - 2) {
            let kind = Some(EntityKind::Organization);
            let first = if self.word(first) == Some("The") {
                first + 1
            } else {
                first
            };
            self.push(out, first, end, kind, Evidence::NameShape);
            return;
        }
        // A model by its maker and code: "a McDonnell Douglas MD-11", "Sukhoi Su-57" (no
        // one's name ends with digits).
        if end - first >= 4
            && !self
                .word(first)
                .is_some_and(|w| words::is_function_word(w) || gazetteer().is_adjective(w))
            && self.tokens[end - 1].kind == TokenKind::Number
            && self.tok(end - 2) == Some("-")
            && self.glued(end - 2)
            && self.glued(end - 1)
            && self.word(end - 3).is_some_and(|w| {
                (1..=3).contains(&w.len()) && w.starts_with(|c: char| c.is_ascii_uppercase())
            })
        {
            let evidence = Evidence::OtherHead("model".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A flight by its airline and number: "UPS Flight 2976", "Air India Flight 171".
        if end - first >= 2 && self.word(end - 1) == Some("Flight") && self.spaced_number_at(end) {
            let evidence = Evidence::OtherHead("Flight".to_string());
            self.push(out, first, end + 1, Some(EntityKind::Other), evidence);
            return;
        }
        // What a firm makes, after "the maker of": "the maker of the BlackBerry" (not a
        // name before its noun: "the maker of Tesla cars"), and the first of a list of them,
        // "the maker of Juicy Fruit and Doublemint" (not "of Jeep and Fiat cars").
        let the = usize::from(first >= 1 && self.word(first - 1) == Some("the"));
        let before_noun = |k: usize| {
            self.tok(k).is_some_and(|w| {
                (w.starts_with(char::is_lowercase) && !words::is_function_word(w))
                    || matches!(w, "'" | "’")
            })
        };
        let joined = matches!(self.tok(end), Some("and" | "or"))
            && self.is_cap(end + 1)
            && !before_noun(self.chunk_end(end + 1));
        if end - first <= 2
            && first >= 2 + the
            && self.word(first - 1 - the) == Some("of")
            && self
                .word(first - 2 - the)
                .is_some_and(|w| matches!(w, "maker" | "makers" | "manufacturer" | "manufacturers"))
            && !before_noun(end)
            && (joined || !matches!(self.tok(end), Some("and" | "or")))
            && !gazetteer()
                .is_company(&self.text[self.tokens[first].start..self.tokens[end - 1].end])
        {
            let evidence = Evidence::OtherHead("maker".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A flight by its number alone: "Flight 1549", "Flight MH370", "Flight 4U 9525".
        if end - first <= 2 && self.word(first) == Some("Flight") {
            let number = |k: usize| {
                self.tokens
                    .get(k)
                    .is_some_and(|t| t.kind == TokenKind::Number && !t.line_break_before)
            };
            let mut stop = first + 1;
            while stop < first + 5
                && (number(stop)
                    || (stop == first + 1
                        && self.word(stop).is_some_and(|w| {
                            w.len() <= 8 && w.contains(|c: char| c.is_ascii_digit())
                        }))
                    || (stop > first + 1 && self.glued(stop) && self.is_cap(stop))
                    || (self.is_acronym(stop) && self.glued(stop + 1) && number(stop + 1)))
            {
                stop += 1;
            }
            let digits = |k: usize| {
                self.tokens[k]
                    .text(self.text)
                    .contains(|c: char| c.is_ascii_digit())
            };
            if stop > first + 1 && (first + 1..stop).any(digits) {
                let evidence = Evidence::OtherHead("Flight".to_string());
                self.push(out, first, stop, Some(EntityKind::Other), evidence);
                return;
            }
        }
        // A chapter of America's bankruptcy code: "filed for Chapter 11 bankruptcy
        // protection", "Chapter 7 proceedings" (not a book's "Chapter 11 ends").
        if end - first == 1
            && self.word(first) == Some("Chapter")
            && self.spaced_number_at(end)
            && self.tokens[end].end - self.tokens[end].start <= 2
            && (self.word(end + 1).is_some_and(|w| {
                matches!(
                    w,
                    "bankruptcy" | "protection" | "filing" | "proceedings" | "petition" | "case"
                )
            }) || (first >= 2
                && matches!(self.word(first - 1), Some("for" | "from"))
                && self.word(first - 2).is_some_and(|w| {
                    matches!(w, "filed" | "files" | "file" | "filing" | "emerged")
                })))
        {
            let evidence = Evidence::OtherHead("Chapter".to_string());
            self.push(out, first, end + 1, Some(EntityKind::Other), evidence);
            return;
        }
        // (A book's or a law's chapter by number names nothing: "Chapter 11 ends".)
        if end - first == 1 && self.word(first) == Some("Chapter") && self.spaced_number_at(end) {
            return;
        }
        // An aircraft by its maker and a three-digit number: "a Boeing 777 carrying 239
        // people" (not a count: "Boeing 400 workers").
        let maker = first + usize::from(matches!(self.word(first), Some("A" | "The")));
        if end - maker == 1
            && self
                .tokens
                .get(end)
                .is_some_and(|t| t.kind == TokenKind::Number && t.space_before && t.end - t.start == 3)
            && self.word(maker).is_some_and(|w| gazetteer().is_company(w))
            // (A model's longer name goes on: "Boeing 737 MAX 9".)
            && !self.tokens.get(end + 1).is_some_and(|t| {
                let w = t.text(self.text);
                !t.space_before
                    || t.kind == TokenKind::Number
                    || w.starts_with(char::is_uppercase)
                    || (w.starts_with(char::is_lowercase)
                        && (w.ends_with('s') || matches!(w, "million" | "billion" | "people")))
            })
        {
            self.push(
                out,
                maker,
                end,
                Some(EntityKind::Organization),
                Evidence::Gazetteer,
            );
            let evidence = Evidence::OtherHead("maker".to_string());
            self.push(out, end, end + 1, Some(EntityKind::Other), evidence);
            return;
        }
        // A disease named for its discoverer: "Alzheimer's", "Parkinson's disease".
        if end - first == 1
            && matches!(self.tok(end), Some("'" | "’"))
            && self.tok(end + 1) == Some("s")
            && self.word(first).is_some_and(is_eponymous_disease)
        {
            return;
        }
        // A code glued to a number names nothing: "flight 7C2216".
        if first > 0 && self.glued(first) && self.tokens[first - 1].kind == TokenKind::Number {
            return;
        }
        // Alone, the plural of America's parties names the party, even opening a sentence:
        // "Democrats accused the company".
        if end - first == 1
            && let Some(party @ ("Democrats" | "Republicans")) = self.word(first)
        {
            let evidence = Evidence::OrgHead(party.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A party's member by its name: "a Christian Democrat lawmaker", "the Social
        // Democrats".
        if end - first >= 2 && matches!(self.word(end - 1), Some("Democrat" | "Democrats")) {
            let kind = Some(EntityKind::Organization);
            // (Not a count: "six Democrats".)
            let first =
                first
                    + usize::from(self.word(first).is_some_and(|w| {
                        matches!(w, "The" | "A" | "An") || words::is_number_word(w)
                    }));
            self.push(
                out,
                first,
                end,
                kind,
                Evidence::OrgHead("Democrat".to_string()),
            );
            return;
        }
        // A byline's name before its desk: "Sophie Tremblay Global health correspondent".
        // ("Global health correspondent": a lower-case word or two of the desk between.)
        let desk = |w: &str| {
            matches!(
                w,
                "correspondent" | "editor" | "reporter" | "writer" | "columnist" | "critic"
            )
        };
        // (Or after the name and a comma: "By Tupe Leausa, Pacific correspondent" names no
        // place.)
        if first >= 1
            && self.tok(first - 1) == Some(",")
            && self.word(end).is_some_and(desk)
            && (first.saturating_sub(8)..first)
                .rev()
                .find(|&k| self.tokens[k].line_break_before || k == 0)
                .is_some_and(|k| self.word(k) == Some("By"))
        {
            return;
        }
        if end - first >= 3
            && (end..end + 3)
                .map(|k| self.word(k))
                .take_while(|w| w.is_some_and(|w| w.starts_with(char::is_lowercase)))
                .any(|w| w.is_some_and(desk))
            && self.word(end - 1).is_some_and(|w| {
                w.starts_with(char::is_uppercase)
                    && gazetteer().is_common_word(w)
                    // (A paper's name ends so: "Wall Street Journal reporter".)
                    && !words::is_org_head(w)
            })
        {
            self.classify_chunk(first, end - 1, out);
            return;
        }
        // A part of a continent named by an adjective ("Latin" is one to the list): "Latin
        // America", "Central Asia", "Sub-Saharan Africa".
        // (The last word first: most chunks end in no continent.)
        let g = gazetteer();
        let continent_last = end - first <= 4
            && self.word(end - 1).is_some_and(|w| {
                w == "America" || g.place(w).is_some_and(|(_, p)| p.kind == "region")
            });
        let (start, stop) = self.span(first, end);
        if continent_last
            && let Some((part, continent)) = self.text[start..stop].split_once(' ')
            && (continent == "America"
                || g.place(continent).is_some_and(|(_, p)| p.kind == "region"))
            && (g.is_adjective(part) || matches!(part, "Central" | "Sub-Saharan"))
        {
            let evidence = Evidence::OtherHead(continent.to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A date stamp's weekday and month, abbreviated: "Mon Jul 21 2025" names no one.
        if end - first == 2
            && self.word(first).is_some_and(words::is_weekday_abbreviation)
            && self
                .word(first + 1)
                .is_some_and(crate::analysis::dates::is_month_or_weekday)
        {
            return;
        }
        // A ground or a shop named by a possessive alone: "at Lord's on Saturday", the
        // dateline "Lord's, 14 June" (not "Lord's Cricket Ground", nor "at Smith's house").
        if end - first == 1
            && self.glued_possessive(end)
            && !self
                .tokens
                .get(end + 2)
                .is_some_and(|t| self.glued(end + 2) && t.kind == TokenKind::Word)
            && {
                let after = self.tok(end + 2);
                let at = first > 0 && matches!(self.word(first - 1), Some("at" | "to" | "from"));
                let dateline = self.at_start(first)
                    && after == Some(",")
                    && self.tokens.get(end + 3).is_some_and(|t| {
                        t.kind == TokenKind::Number
                            || crate::analysis::dates::is_month_or_weekday(t.text(self.text))
                    });
                let ends = after.is_none_or(|a| {
                    matches!(
                        a,
                        "," | "." | ";" | ")" | "on" | "in" | "for" | "and" | "last" | "this"
                            // ("lost the final at Lord's by nine runs".)
                            | "by"
                    )
                });
                (at && ends && !self.role_before_at(first - 1)) || dateline
            }
            && self
                .word(first)
                .is_some_and(|w| !gazetteer().is_company(w) && gazetteer().place(w).is_none())
        {
            let evidence = Evidence::OtherHead("'s".to_string());
            self.push(out, first, end + 2, Some(EntityKind::Place), evidence);
            return;
        }
        // A byline's name runs into its desk: "Jonathan Aldane Science correspondent", "Tom
        // Espiner Business reporter".
        if self.at_start(first)
            && self.word(end).is_some_and(|w| {
                matches!(
                    w,
                    "correspondent" | "editor" | "reporter" | "writer" | "columnist"
                )
            })
        {
            let g = gazetteer();
            let words = self.words_in(first, end);
            if let [(_, given), .., (last, desk)] = words[..]
                && words.len() >= 3
                && g.is_given_name(given)
                && g.is_common_word(desk)
                && !g.is_given_name(desk)
            {
                return self.classify_chunk(first, last, out);
            }
        }
        // A title opening with its own "The" inside a sentence, which no place or listed body
        // has: a work ("including The Count of Monte Cristo"), or a publication after a verb
        // or preposition that takes one ("told The Athletic", "wrote in The Atlantic").
        if end - first >= 2 && self.the_inside_sentence(first) {
            let g = gazetteer();
            let (start, stop) = self.span(first, end);
            let rest = &self.text[self.tokens[first + 1].start..stop];
            let listed = |name: &str| g.place(name).is_some() || g.is_company(name);
            // ("down The Mall": a place's head after it is the place's, below.)
            let site = self.word(end - 1).is_some_and(words::is_place_head);
            if !listed(&self.text[start..stop]) && !listed(rest) && !site {
                let written = first >= 2
                    && self.word(first - 2).is_some_and(|w| {
                        matches!(
                            w,
                            "write" | "writes" | "wrote" | "writing" | "column" | "interview"
                        )
                    });
                // (A paper by the word its masthead ends with: "the print run of The Times".)
                let paper = self.word(end - 1).is_some_and(words::is_masthead_word);
                let press = paper
                    || match self.word(first - 1) {
                        Some("told" | "to" | "by") => true,
                        Some("for" | "in" | "with") => written,
                        _ => false,
                    };
                // (A work's title keeps its article; a body's name does not, as everywhere.)
                let (from, kind) = if press {
                    (first + 1, EntityKind::Organization)
                } else {
                    (first, EntityKind::Other)
                };
                self.push(
                    out,
                    from,
                    end,
                    Some(kind),
                    Evidence::OtherHead("The".into()),
                );
                return;
            }
        }
        // Leading function words ("The", "According") and trailing connectors go.
        let mut first = first;
        // After "the" in mid-sentence a capitalised grammar word is part of the name: "the All
        // England Club", "the All Progressives Congress".
        // (Also after "the" and a lower-case word: "the ruling All Progressives Congress".)
        let named_after_the = first > 0
            && !self.at_start(first)
            && (self.word(first - 1) == Some("the")
                || (first >= 2
                    && self.word(first - 2) == Some("the")
                    && self
                        .word(first - 1)
                        .is_some_and(|w| w.starts_with(char::is_lowercase))))
            && end - first >= 2;
        // So is a number word there: "restart Three Mile Island", "Seven Sisters".
        let numbered = !self.at_start(first)
            && end - first >= 2
            && self.word(first).is_some_and(words::is_number_word);
        // A modal verb in capitals inside a sentence is a given name: "the moon," Will Coogan
        // said" (after a quotation that closes, glued to its comma).
        let given_modal = end - first >= 2
            && self.word(first) == Some("Will")
            && first >= 2
            && matches!(self.tok(first - 1), Some("\"" | "”"))
            && self.glued(first - 1)
            && matches!(self.tok(first - 2), Some("," | "!" | "?"))
            && self
                .word(first + 1)
                .is_some_and(|w| !gazetteer().is_common_word(w));
        if given_modal && end - first == 2 {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Person),
                Evidence::GivenName,
            );
            return;
        }
        while first < end
            && !named_after_the
            && !numbered
            && !given_modal
            && self
                .word(first)
                .is_some_and(|w| words::is_function_word(w) && !self.is_acronym(first))
            // ("over All India Radio", "the All Progressives Congress": "All" capitalised
            // inside a sentence, before a name ending in a body's word, opens that name.)
            && !(self.word(first) == Some("All")
                && !self.at_start(first)
                && end - first >= 3
                && self.word(end - 1).is_some_and(|w| words::is_org_head(&w.to_lowercase())))
            // ("Our Lady of the Angels School": the Virgin's title opens the name.)
            && !(self.word(first) == Some("Our") && self.word(first + 1) == Some("Lady"))
            // ("the news site Inside.com": a web address, whatever its word.)
            && !self.web_address_at(first)
            // ("accused I.B.M. of", "I. M. Pei": a letter of dotted initials, not the
            // pronoun.)
            && !(self.tok(first + 1) == Some(".")
                && self.glued(first + 1)
                && self.is_cap(first + 2)
                && (self.glued(first + 2)
                    || (self.word(first + 2).is_some_and(|w| w.len() == 1)
                        && self.tok(first + 3) == Some("."))))
        {
            first += 1;
            while first < end && !self.is_cap(first) {
                first += 1;
            }
        }
        // The noun for a trade opening the sentence is the kind of the body after it: "Operator
        // SBB said" (read as "the operator SBB", from the noun before).
        if end - first >= 2
            && self.at_start(first)
            && self
                .word(first)
                .is_some_and(|w| words::trade_noun_opening(w).is_some())
        {
            first += 1;
        }
        // "Former" opening a sentence qualifies the role after the name: "Former Nvidia chief
        // John Smith".
        if end - first >= 2
            && self.at_start(first)
            && matches!(self.word(first), Some("Former" | "Then" | "Ex"))
        {
            first += 1;
        }
        // Initials with periods that name no place ("U.N.", not "U.S."): a body's acronym.
        let dotted = if first < end {
            let (start, stop) = self.span(first, end);
            &self.text[start..stop]
        } else {
            ""
        };
        if (4..=8).contains(&dotted.len())
            && dotted
                .as_bytes()
                .chunks(2)
                .all(|pair| matches!(pair, [letter, b'.'] if letter.is_ascii_uppercase()))
            && gazetteer().place(dotted).is_none()
            && !words::is_common_acronym(&dotted.replace('.', "").to_lowercase())
            // (Nor a title: "Bernadette Devlin, M.P. for Mid-Ulster".)
            && !words::is_person_title(&dotted.replace('.', "").to_lowercase())
        {
            // (A unit after its number names no body: "18,000 M.P.H.".)
            if first >= 1 && self.tokens[first - 1].kind == TokenKind::Number {
                return;
            }
            let kind = Some(EntityKind::Organization);
            self.push(out, first, end, kind, Evidence::Acronym);
            return;
        }
        // Acronyms joined by a hyphen: a body formed by a merger or a pact, "AFL-CIO", "ECOWAS-
        // ECCAS" (not a place's code, "US-UK", nor a model's letters and number).
        if end - first == 3
            && self.tok(first + 1) == Some("-")
            && self.glued(first + 1)
            && self.glued(first + 2)
            && self.is_acronym(first)
            && self.is_acronym(first + 2)
            && [first, first + 2].iter().all(|&k| {
                let w = self.word(k).unwrap_or_default();
                w.len() >= 3 && gazetteer().place(w).is_none()
            })
            // (Nor a dateline's place in capitals: "SAINT-DENIS, France".)
            && !self.tokens[first].line_break_before
            && gazetteer()
                .place_any_case(&self.text[self.span(first, end).0..self.span(first, end).1])
                .is_none()
        {
            let kind = Some(EntityKind::Organization);
            self.push(out, first, end, kind, Evidence::Acronym);
            return;
        }
        // A count opening a sentence before the plural of a party's or a people's member is no
        // part of the name: "Six Democrats joined" ("Four Seasons said" is a company).
        if end - first == 2
            && self.at_start(first)
            && self.word(first).is_some_and(words::is_number_word)
            && self
                .word(first + 1)
                .and_then(|w| w.strip_suffix('s'))
                .is_some_and(|one| {
                    gazetteer().is_adjective(one)
                        || matches!(
                            one,
                            "Democrat" | "Republican" | "Conservative" | "Liberal" | "Socialist"
                        )
                })
        {
            first += 1;
        }
        // A plural demonym before a name: "Americans Victor Ambros and Gary Ruvkun".
        if end - first >= 2
            && self.word(first).is_some_and(|w| {
                w.strip_suffix('s')
                    .is_some_and(|one| gazetteer().is_adjective(one))
            })
        {
            first += 1;
        }
        // A demonym before a name the article places: "in the Brazilian Amazon" (not a country
        // so named: "the Czech Republic").
        if end - first == 2
            && self
                .word(first)
                .is_some_and(|w| gazetteer().is_adjective(w))
            && self
                .word(first + 1)
                .is_some_and(|w| self.placed_words().after_the.contains(w))
            && gazetteer()
                .place(&self.text[self.tokens[first].start..self.tokens[first + 1].end])
                .is_none()
        {
            first += 1;
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
        // A venue named like a person, after a match: "the sixth man to win at Roland Garros",
        // "the final at Roland Garros"; a court played on: "on Centre Court".
        let at_venue = first >= 2
            && self.word(first - 1) == Some("at")
            && words::before_venue(self.text, &self.tokens[first - 2]);
        let on_court = first >= 1
            && self.word(first - 1) == Some("on")
            && end - first == 2
            && self.word(end - 1) == Some("Court");
        if (at_venue || on_court)
            && end - first <= 3
            && (first..end).all(|k| {
                self.word(k).is_some_and(|w| {
                    let g = gazetteer();
                    !self.is_acronym(k)
                        && !g.is_company(w)
                        && g.place(w).is_none()
                        && (on_court || !words::is_org_head(w))
                })
            })
            && !matches!(self.tok(end), Some("'" | "’"))
        {
            let evidence = Evidence::OtherHead(if on_court { "Court" } else { "at" }.into());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A court by its number, played on: "fell on his back on Court 18".
        if end - first == 1
            && first >= 1
            && self.word(first - 1) == Some("on")
            && self.word(first) == Some("Court")
            && self.spaced_number_at(end)
        {
            let evidence = Evidence::OtherHead("Court".into());
            self.push(out, first, end + 1, Some(EntityKind::Place), evidence);
            return;
        }
        // A market by its name, where people are: "traders at Makola Market", "in Camden
        // Market" (not a stock market nor a firm so named, "Whole Foods Market").
        if (2..=3).contains(&(end - first))
            && self
                .word(end - 1)
                .is_some_and(|w| matches!(w, "Market" | "Bazaar" | "Souk"))
            && first >= 1
            && self
                .word(first - 1)
                .is_some_and(|w| matches!(w, "at" | "in" | "near" | "outside" | "inside"))
            && (first..end - 1).all(|k| {
                self.word(k).is_some_and(|w| {
                    !matches!(w, "Stock" | "Single" | "Common" | "Money" | "Capital")
                        && !self.is_acronym(k)
                })
            })
            && !gazetteer()
                .is_company(&self.text[self.tokens[first].start..self.tokens[end - 1].end])
        {
            let evidence = Evidence::OtherHead("Market".into());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A town named like a person, with its state after a comma: "heading to Hilton Head,
        // South Carolina," (no one is "at John Smith, Texas"); after anything when the state
        // is abbreviated, as only places are: "the Clinton, Miss.-based company".
        if end - first <= 2
            && first > 0
            && self.tok(end) == Some(",")
            && let Some(state_end) = self.state_after_comma(end, |p| p.kind != "city")
            && (self
                .word(first - 1)
                .is_some_and(|w| matches!(w, "in" | "at" | "near" | "outside" | "to"))
                || self.tok(state_end - 1) == Some("."))
            && matches!(
                self.tok(state_end),
                None | Some("," | "." | ";" | ")" | "—" | "–" | "-")
            )
        {
            let evidence = Evidence::OtherHead(",".into());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A place whose name opens with "The": "in The Hague" (the article is dropped above
        // only for names that do without it).
        // (So does a place's head alone, in capitals after "The" mid-sentence: "down The
        // Mall".)
        if first > 0
            && self.word(first - 1) == Some("The")
            && let (start, stop) = self.span(first - 1, end)
            && (gazetteer().place(&self.text[start..stop]).is_some()
                || (end - first == 1
                    && first >= 2
                    && !self.at_start(first - 1)
                    && self
                        .word(first - 2)
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
                    && self.word(first).is_some_and(words::is_place_head)))
        {
            self.push(
                out,
                first - 1,
                end,
                Some(EntityKind::Place),
                Evidence::Gazetteer,
            );
            return;
        }
        // The Moon, the Earth and the planets, capitalised in the middle of a sentence
        // ("landed on the Moon", "back to Earth", "smaller than Jupiter"), are places; at its
        // start they may be any word.
        if end - first == 1
            && !self.at_start(first)
            && matches!(
                self.word(first),
                Some(
                    "Moon"
                        | "Earth"
                        | "Mercury"
                        | "Venus"
                        | "Mars"
                        | "Jupiter"
                        | "Saturn"
                        | "Uranus"
                        | "Neptune"
                        | "Pluto"
                )
            )
        {
            let evidence = Evidence::OtherHead("body".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // …and a world named after the word for it: "landed on the moon Titan", "Jupiter's
        // icy moon Europa", "the dwarf planet Ceres".
        if end - first <= 2
            && first >= 2
            && matches!(self.word(first - 1), Some("moon" | "planet" | "exoplanet"))
            && self.is_cap(first)
            && (first + 1..end).all(|k| self.is_cap(k))
        {
            let evidence = Evidence::OtherHead("body".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // So are the galaxy and the Sun, in an article that names the Earth or a planet ("the
        // Sun's gravity"; elsewhere "the Sun" may be the newspaper).
        let galaxy = end - first == 2
            && self.word(first) == Some("Milky")
            && self.word(first + 1) == Some("Way");
        let sun = end - first == 1
            && self.word(first) == Some("Sun")
            && first > 0
            && self.word(first - 1) == Some("the")
            && self.article.iter().any(|t| {
                matches!(
                    t.text(self.text),
                    "Earth" | "Mars" | "Venus" | "Jupiter" | "Saturn" | "Mercury" | "Moon"
                )
            });
        if (galaxy || sun) && !self.at_start(first) {
            let evidence = Evidence::OtherHead("body".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // Two names joined by an ampersand are a firm's: "Marks & Spencer", "Procter & Gamble"
        // (unless a known place: "Trinidad & Tobago").
        if (first + 1..end.saturating_sub(1)).any(|k| {
            // (Spaced: "S&P 500" is an index.)
            self.tok(k) == Some("&")
                && !self.glued(k)
                && !self.glued(k + 1)
                && self.is_cap(k - 1)
                && (self.is_cap(k + 1)
                    || (self.word(k + 1).is_some_and(words::is_name_particle)
                        && self.is_cap(k + 2)))
        }) && let (start, stop) = self.span(first, end)
            && gazetteer().place(&self.text[start..stop]).is_none()
        {
            let evidence = Evidence::OrgHead("&".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // An adjective made with a prefix names nothing: "Anti-Islam populist", "Pro-Kremlin".
        if end - first == 3
            && self.tok(first + 1) == Some("-")
            && matches!(
                self.word(first),
                Some("Anti" | "Pro" | "Non" | "Neo" | "Pan" | "Post" | "Pre")
            )
        {
            // (But the name in it is named: "Pro-Trump mob" where the article names Donald
            // Trump, "Pro-China camp".)
            let g = gazetteer();
            let named = self.word(first + 2).is_some_and(|w| {
                (g.place(w).is_some() && !g.is_adjective(w))
                    || self.counts().words_before(w).any(|p| g.is_given_name(p))
            });
            if named && matches!(self.word(first), Some("Anti" | "Pro")) {
                self.classify_chunk(first + 2, end, out);
            }
            return;
        }
        // A clock's "PM" after its hour, and its time zone: "at 5 PM", "3 PM Eastern".
        if matches!(self.word(first), Some("AM" | "PM"))
            && first >= 1
            && self.tokens[first - 1].kind == TokenKind::Number
        {
            if end - first > 3 {
                self.classify_chunk(first + 1, end, out);
            }
            return;
        }
        // The same in capitals with stops: "at 10 A.M. Wednesday".
        if matches!(self.word(first), Some("A" | "P"))
            && self.tok(first + 1) == Some(".")
            && self.word(first + 2) == Some("M")
            && self.tok(first + 3) == Some(".")
            && first >= 1
            && self.tokens[first - 1].kind == TokenKind::Number
        {
            let day_only = (first + 4..end).all(|k| {
                self.word(k)
                    .is_none_or(crate::analysis::dates::is_month_or_weekday)
            });
            if end - first > 4 && !day_only {
                self.classify_chunk(first + 4, end, out);
            }
            return;
        }
        // A time zone after a clock time names nothing.
        if end - first == 1 && self.is_acronym(first) && self.after_clock(first) {
            return;
        }
        // A time zone named for a place: "at 2:07 p.m. Beijing time", "10 a.m. Eastern time".
        if end - first <= 2 && self.word(end) == Some("time") && self.after_clock(first) {
            return;
        }
        // An English word opening the sentence before a known company or country: "Rival
        // Samsung launched", "Hosts Ivory Coast came from behind" (not before a city: "Real
        // Madrid" is a club; not before a company that is an English word: "Example News").
        if self.at_start(first) && end - first >= 2 && self.is_cap(first + 1) {
            let g = gazetteer();
            let (start, stop) = self.span(first, end);
            let (rest, _) = self.span(first + 1, end);
            let known = |name: &str| g.place(name).is_some() || g.is_company(name);
            let rest = &self.text[rest..stop];
            // (A country, or a place of two words or more: "Neighboring Santa Catarina".)
            let country = |name: &str| {
                g.place(name)
                    .is_some_and(|(_, p)| !p.group.is_empty() || name.contains(' '))
            };
            let firm = self
                .word(end - 1)
                .is_some_and(|w| words::is_company_word(w) && end - first >= 3);
            // (Or before a name that is no English word and that the article also writes after
            // another given name: "Outsider Milei wins … Javier Milei won".)
            // (Asked last: it counts the article's words.)
            let named_otherwise = || {
                end - first == 2
                    && self
                        .word(first)
                        .zip(self.word(first + 1))
                        .is_some_and(|(opening, name)| {
                            !g.is_common_word(name)
                                && g.place(name).is_none()
                                && self.counts().word(name) > self.counts().pair(opening, name)
                                // (A given name, or a word no list knows: "Leftist Orsi
                                // wins … Yamandu Orsi".)
                                && (self.counts().words_before(name).any(|w| {
                                    w != opening
                                        && (g.is_given_name(w)
                                            || (!g.is_common_word(w)
                                                && !g.is_adjective(w)
                                                && g.place(w).is_none()
                                                && !g.is_company(w)))
                                })
                                    // (Or a given name the article writes before a surname:
                                    // "Playing Carlos here … Carlos Alcaraz".)
                                    || (g.is_given_name(name)
                                        && self.counts().words_after(name).next().is_some()))
                        })
            };
            if let Some(w) = self.word(first)
                && g.is_common_word(w)
                && !words::is_agency_field(w)
                // ("Cricket Australia estimated": a sport's national body.)
                && !(words::is_sport(w) && country(rest))
                && !words::is_role(w)
                && !words::is_person_title(w)
                && !words::is_org_head(w)
                && !words::is_place_head(w)
                && !words::is_other_head(w)
                // ("East Germany opens the Wall": a compass word names part of the place.)
                && !is_compass_word(w)
                && !g.is_given_name(w)
                && !g.is_adjective(w)
                && !known(w)
                && !known(&self.text[start..stop])
                && !(end - first == 2 && g.is_common_word(rest))
                // (Or a participle before a body's name of two words or more: "Divided
                // Supreme Court halts recount"; "United Nations" is known.)
                && (g.is_company(rest)
                    || country(rest)
                    || firm
                    || (w.len() > 4
                        && w.ends_with("ed")
                        && end - first >= 3
                        && self.word(end - 1).is_some_and(words::is_org_head))
                    || named_otherwise())
                && !self.abbreviated_in_article(first, end)
            {
                first += 1;
            }
        }
        // A party named by its adjective before a role: "the Liberal Democrat MP for Witney",
        // "Conservative Leader Pierre Poilievre", "a Republican senator" (the role and any name
        // after it go on to be read alone).
        // (Opening a sentence, only before a capitalised role and a name.)
        // (Or before a lower-case role when the word has no other sense: "Democratic lawmakers
        // said", not "Conservative estimates".)
        if let Some(party_end) = self.party_before_role(first, end)
            && (!self.at_start(first)
                || (party_end + 1 < end && self.is_cap(party_end + 1))
                || self
                    .word(first)
                    .is_some_and(|w| matches!(w, "Democratic" | "Republican" | "Democrat")))
        {
            self.push(
                out,
                first,
                party_end,
                Some(EntityKind::Organization),
                Evidence::OrgHead("party".to_string()),
            );
            // (A role alone after it names nothing.)
            if end - party_end <= 1 {
                return;
            }
            first = party_end;
        }
        // A listed company of two words and one more word of its own: "Air India Express";
        // a company's web address: "Booking.com".
        let web = end - first >= 3 && self.web_address_at(end - 3);
        let extended = end - first == 3
            && self.is_cap(first + 1)
            && self.is_cap(first + 2)
            && self.word(first + 2).is_some_and(|w| {
                let g = gazetteer();
                (g.is_common_word(w) || words::is_company_word(w))
                    && !words::is_role(w)
                    && !w.strip_suffix('s').is_some_and(words::is_role)
            })
            && gazetteer()
                .is_company(&self.text[self.tokens[first].start..self.tokens[first + 1].end]);
        if web || extended {
            let evidence =
                Evidence::OrgHead(if web { "web address" } else { "company" }.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A ship, by the letters for its kind: "the MV Bahari", "the aircraft carrier HMS Ark
        // Royal"; or by its tonnage: "The 6,825-ton Sewol".
        let tonnage = first >= 3
            && matches!(
                self.word(first - 1),
                Some("ton" | "tonne" | "tons" | "tonnes")
            )
            && self.tok(first - 2) == Some("-")
            && self.tokens[first - 3].kind == TokenKind::Number;
        if (end - first >= 2 && self.word(first).is_some_and(is_vessel_prefix)) || tonnage {
            let evidence = Evidence::OtherHead(
                if tonnage {
                    "ton"
                } else {
                    self.word(first).unwrap_or_default()
                }
                .to_string(),
            );
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A royal's name and a number is a ship's: "the Queen Mary 2", "Queen Elizabeth 2"
        // (a king's number is Roman).
        if end == first + 2
            && matches!(
                self.word(first),
                Some("Queen" | "King" | "Prince" | "Princess" | "Empress" | "Emperor")
            )
            && self.is_cap(first + 1)
            && self.tokens.get(end).is_some_and(|t| {
                t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 2
            })
            && !matches!(self.tok(end + 1), Some(":" | "-" | "–" | "." | "/"))
            && !self
                .word(end + 1)
                .is_some_and(crate::analysis::dates::is_month_or_weekday)
        {
            let evidence = Evidence::OtherHead("ship".to_string());
            self.push(out, first, end + 1, Some(EntityKind::Other), evidence);
            return;
        }
        // A member of a list of places after their plural noun: "villages such as Winterbourne
        // Stoke", "airports including Paris's Charles de Gaulle" (an airport may bear a
        // person's name).
        if let Some(noun) = self.listed_as_place(first) {
            let evidence = Evidence::OtherHead(noun.to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A site by a name no list knows, set off before the noun for its kind: "Durrington
        // Walls, a henge about two miles from the stones".
        if self.site_set_off(end)
            && self.names_nothing_known(first, end)
            && self
                .word(first)
                .is_some_and(|w| !gazetteer().is_given_name(w))
        {
            let evidence = Evidence::OtherHead("site".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        if self.named_by_context(first, end, out) {
            return;
        }
        if self.numbered_model(first, end, out) {
            return;
        }
        // A generational suffix ends a person's name: "Robert Downey Jr.", "Martin Luther King
        // Jr." (a given name first).
        // (The last word looked at first: most phrases end otherwise.)
        let suffixed = (first..end)
            .rev()
            .find_map(|i| self.word(i))
            .is_some_and(|w| matches!(w, "Jr" | "Sr"));
        let named = if suffixed {
            self.words_in(first, end)
        } else {
            Vec::new()
        };
        if (3..=4).contains(&named.len())
            && matches!(named[named.len() - 1].1, "Jr" | "Sr")
            && gazetteer().is_given_name(named[0].1)
            && named[..named.len() - 1]
                .iter()
                .all(|&(j, w)| self.is_cap(j) && !words::is_role(w))
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Person),
                Evidence::GivenName,
            );
            return;
        }
        // A market index named by capitals and its number: "the S&P 500", "FTSE 100 fell" (not
        // "UPS 300 workers": a plural noun after it makes the number a count).
        let capitals = &self.text[self.tokens[first].start..self.tokens[end - 1].end];
        let counted = self
            .word(end + 1)
            .is_some_and(|w| w.starts_with(char::is_lowercase) && w.len() > 3 && w.ends_with('s'));
        // ("500%", "100,000": the number goes on.)
        let continues_number = self.glued(end + 1)
            && (self.tok(end + 1) == Some("%")
                || (matches!(self.tok(end + 1), Some("," | "."))
                    && self.glued(end + 2)
                    && self
                        .tokens
                        .get(end + 2)
                        .is_some_and(|t| t.kind == TokenKind::Number)));
        if (2..=6).contains(&capitals.len())
            && capitals
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b == b'&')
            && capitals.bytes().filter(u8::is_ascii_uppercase).count() >= 2
            && self.tokens.get(end).is_some_and(|t| {
                t.kind == TokenKind::Number
                    && t.space_before
                    && (2..=3).contains(&(t.end - t.start))
            })
            && !continues_number
            && !counted
            // (Not a month in a dateline's capitals: "BENGALURU, AUGUST 23, 2023".)
            && !crate::analysis::dates::is_month_or_weekday(capitals)
        {
            let evidence = Evidence::OtherHead(self.tok(end).unwrap_or_default().to_string());
            self.push(out, first, end + 1, Some(EntityKind::Other), evidence);
            return;
        }
        // The party or body a person just named belongs to: "Hou Yu-ih of the Kuomintang",
        // "Bola Tinubu of the ruling All Progressives Congress" (not a place: "of the
        // Netherlands").
        let the_at = match (
            first.checked_sub(1).and_then(|i| self.word(i)),
            first.checked_sub(2).and_then(|i| self.word(i)),
        ) {
            (Some("the"), _) => first.checked_sub(1),
            (Some(w), Some("the")) if w.starts_with(char::is_lowercase) => first.checked_sub(2),
            _ => None,
        };
        let member_of = the_at
            .filter(|&t| t >= 2 && self.word(t - 1) == Some("of"))
            .and_then(|t| out.last().filter(|c| c.end == self.tokens[t - 2].end))
            .is_some_and(|c| c.kind == Some(EntityKind::Person));
        let (start, stop) = self.span(first, end);
        if member_of
            && end - first <= 4
            && self.names_nothing_known(first, end)
            && gazetteer().place_any_case(&self.text[start..stop]).is_none()
            // (Not a plural's possessive opening a longer name, "the Citizens' Movement", nor
            // a name that goes on in brackets: "the Janata Dal (United)".)
            && !matches!(self.tok(end), Some("'" | "’" | "("))
        {
            let evidence = Evidence::OrgHead("member".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A short surname and a given name of two syllables joined by a hyphen, as Chinese and
        // Korean names are written: "Ko Wen-je", "Moon Jae-in".
        if end - first == 4
            && self.tok(first + 2) == Some("-")
            && self.given_name_syllable(first, first + 2)
            && self.word(first).is_some_and(|w| {
                let g = gazetteer();
                w.chars().count() <= 4
                    && g.place(w).is_none()
                    && !g.is_company(w)
                    && !words::is_function_word(w)
                    && !words::is_role(w)
            })
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Person),
                Evidence::NameShape,
            );
            return;
        }
        // A name in a list after a title in the plural: "Former Presidents Nixon, Ford and
        // Carter", "Senators Warren and Sanders" (each a person, a company's name or not).
        if let Some(title) = self
            .listed_after_plural_title(first)
            .filter(|_| end - first <= 3)
        {
            let evidence = Evidence::Title(title.to_string());
            self.push(out, first, end, Some(EntityKind::Person), evidence);
            return;
        }
        if self.listed_as_brand(first) && gazetteer().place(&self.text[start..stop]).is_none() {
            let evidence = Evidence::OtherHead("brand".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A name after a political position is a party's: "the centre-right Third Way", "the
        // far-right Alternative for Germany", "the left-wing Sumar" (not "the far-right Marine
        // Le Pen": a given name).
        if self.political_position_before(first)
            && end - first <= 4
            && gazetteer()
                .place_any_case(&self.text[start..stop])
                .is_none()
            && self.words_in(first, end).len() == end - first
            // (Nor "the centre-left Prime Minister Pedro Sanchez": a title, or a given name
            // first.)
            && self
                .word(first)
                .is_some_and(|w| !gazetteer().is_given_name(w))
            && self.words_in(first, end).iter().all(|&(_, w)| {
                let lower = w.to_lowercase();
                !words::is_role(&lower) && !words::is_person_title(&lower)
            })
        {
            let end = if matches!(self.tok(end), Some("for" | "of"))
                && end - first <= 2
                && self.is_cap(end + 1)
            {
                self.chunk_end(end + 1)
            } else {
                end
            };
            let evidence = Evidence::OrgHead("party".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A given name that shares the surname of the one after it: "Liam and Noel Gallagher".
        if end == first + 1
            && self.word(end) == Some("and")
            && self.is_cap(end + 1)
            && self.is_cap(end + 2)
            && !self.is_cap(end + 3)
            && self.tok(end + 3) != Some("-")
            && [first, end + 1]
                .iter()
                .all(|&i| gazetteer().is_given_name(self.tokens[i].text(self.text)))
            && gazetteer()
                .place(self.tokens[first].text(self.text))
                .is_none()
        {
            let evidence = Evidence::GivenName;
            self.push(out, first, end, Some(EntityKind::Person), evidence);
            return;
        }
        if self.team_by_context(first, end)
            || self.unknown_team_by_match(first, end)
            || self.plural_nickname(first, end)
        {
            let evidence = Evidence::OrgHead("team".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // In a list of organisations: "big companies such as Toyota, Sony and Hitachi" (even
        // names of towns).
        if let Some(noun) = self
            .listed_as_organisation(first)
            .or_else(|| self.listed_before_organisations(first, end))
        {
            let evidence = Evidence::OrgHead(noun.to_string());
            // (Two of the list's names that the head's "of" ran together: "banks including
            // Royal Bank of Scotland and Lloyds"; not "Health and Human Services".)
            if end >= first + 5
                && self.word(end - 2) == Some("and")
                && (first + 1..end - 3).any(|k| self.word(k) == Some("of"))
            {
                let kind = Some(EntityKind::Organization);
                self.push(out, first, end - 2, kind, evidence.clone());
                self.push(out, end - 1, end, kind, evidence);
                return;
            }
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A place of several words is a place, even if it starts like a name ("Sri Lanka",
        // "Abu Dhabi").
        let (start, stop) = self.span(first, end);
        let g = gazetteer();
        let all = self.words_in(first, end);
        let whole = &self.text[start..stop];
        // (Or a known town on its river: "Stratford-upon-Avon", "Frankfurt-am-Main".)
        let on_river = end - first == 5
            && self.tok(first + 1) == Some("-")
            && self.word(first + 2).is_some_and(words::is_hyphen_link)
            && self.tok(first + 3) == Some("-")
            && self.word(first).is_some_and(|w| g.place(w).is_some());
        // (Or a known place and the plural for its landform: "the Florida Keys"; not "Madison
        // Keys", a given name first.)
        let landform = matches!(all[..], [(_, place), (_, plural)]
            if is_landform_plural(plural) && g.place(place).is_some() && !g.is_given_name(place));
        // (Not a ship's name after its noun: "the recovery ship Iwo Jima".)
        let vessel = || first >= 1 && self.word(first - 1).is_some_and(words::is_vessel_noun);
        // (A seat of government that speaks is its staff: "The White House said".)
        let listed = all.len() >= 2 && g.place(whole).is_some();
        let seat_speaks = matches!(all.last(), Some((_, "House" | "Palace")))
            && self.word(end).is_some_and(words::is_reporting_verb);
        if listed && seat_speaks {
            let evidence = Evidence::OrgHead(all[all.len() - 1].1.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        if (listed || on_river || landform) && !vessel() {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::Gazetteer,
            );
            return;
        }
        // A comet, named with the word and its number: "Comet Shoemaker-Levy 9", "Comet
        // Hale-Bopp".
        if all.len() >= 2 && all[0].1 == "Comet" {
            let numbered = self.tokens.get(end).is_some_and(|t| {
                t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 3
            });
            let evidence = Evidence::OtherHead("Comet".to_string());
            let end = if numbered { end + 1 } else { end };
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A named storm: "Tropical Storm Trami", "Hurricane Milton" name the storm after the
        // words for its kind.
        let kind_words = all
            .iter()
            .take_while(|(_, w)| matches!(*w, "Tropical" | "Super") || is_storm_noun(w))
            .count();
        if all[..kind_words].iter().any(|(_, w)| is_storm_noun(w))
            && (1..=2).contains(&(all.len() - kind_words))
        {
            let evidence = Evidence::OtherHead(all[kind_words - 1].1.to_string());
            self.push(
                out,
                all[kind_words].0,
                end,
                Some(EntityKind::Other),
                evidence,
            );
            return;
        }
        // A model before the noun for its kind, after its maker: "a SpaceX Crew Dragon capsule"
        // (the maker, then the model), "NASA's Europa Clipper spacecraft".
        // (A model's number ends its name: "a SpaceX Falcon 9 rocket".)
        let small_number_at = |k: usize| {
            self.tokens.get(k).is_some_and(|t| {
                t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 3
            })
        };
        let numbered =
            small_number_at(end) && self.word(end + 1).is_some_and(words::is_product_noun_after);
        let model_end = if numbered { end + 1 } else { end };
        // (A word for its use may come between: "its Macintosh personal computer".)
        let noun_at = if matches!(
            self.word(model_end),
            Some("personal" | "home" | "portable" | "desktop" | "electric" | "hybrid")
        ) {
            model_end + 1
        } else {
            model_end
        };
        // A pipeline by its name, numbered or not, whoever built it: "the Nord Stream 1 and
        // Nord Stream 2 pipelines", "the Keystone XL pipeline" (not a company's or a place's).
        let pipe_end = if small_number_at(end) { end + 1 } else { end };
        let pipeline_at = if self.word(pipe_end) == Some("and")
            && (pipe_end + 1..pipe_end + 1 + (pipe_end - first))
                .zip(first..pipe_end)
                .all(|(k, j)| {
                    self.tok(k) == self.tok(j) || self.tokens[j].kind == TokenKind::Number
                }) {
            2 * pipe_end + 1 - first
        } else {
            pipe_end
        };
        // (Not the pipeline's company or terminal: "the Alyeska pipeline terminal".)
        if matches!(self.word(pipeline_at), Some("pipeline" | "pipelines"))
            && !matches!(
                self.word(pipeline_at + 1),
                Some("terminal" | "company" | "operator" | "consortium" | "firm" | "station")
            )
            && (1..=3).contains(&all.len())
            && !g.is_company(whole)
            && g.place(whole).is_none()
            && !g.is_adjective(whole)
            && all
                .iter()
                .all(|&(_, w)| !words::is_org_head(w) && !words::is_company_word(w))
        {
            let evidence = Evidence::OtherHead("pipeline".to_string());
            self.push(out, first, pipe_end, Some(EntityKind::Other), evidence);
            return;
        }
        if let Some(noun) = self
            .word(noun_at)
            .filter(|w| words::is_product_noun_after(w))
        {
            let maker = |i: usize, w: &str| {
                g.is_company(w) || is_camel_case(w) || (self.is_acronym(i) && !g.is_common_word(w))
            };
            // (A listed company may name the model after a maker's possessive only: "a Pfizer
            // BioNTech vaccine" names two makers.)
            let names_nothing = |ws: &[(usize, &str)], after_possessive: bool| {
                ws.iter().all(|&(_, w)| {
                    !words::is_org_head(w)
                        && !words::is_company_word(w)
                        && (after_possessive || !g.is_company(w))
                        && !words::is_role(w)
                        && !g.is_adjective(w)
                        && g.place(w).is_none()
                })
            };
            let evidence = || Evidence::OtherHead(noun.to_string());
            // (Or any name's, in the plural: "Intuitive Machines' Odysseus lander".)
            let after_maker = self.possessor(first).is_some_and(|(m, w)| maker(m, w))
                || (first >= 2
                    && self.is_cap(first - 2)
                    && self.plural_possessive_after(first - 1));
            // …or after "its": "the first stage of its Starship rocket".
            // (An adjective may come between: "its long-awaited Macintosh computer".)
            let after_its = (1..=4).any(|back| {
                first >= back
                    && matches!(self.word(first - back), Some("its" | "their"))
                    && (first - back + 1..first).all(|k| {
                        self.tok(k) == Some("-")
                            || self
                                .word(k)
                                .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                    })
            });
            // A programme owned by someone takes any name, a body's words too: "the agency's
            // Commercial Lunar Payload Services programme".
            if matches!(noun, "programme" | "program")
                && (after_its || (first >= 3 && self.possessor(first).is_some()))
                && all.len() >= 2
                && all
                    .iter()
                    .all(|&(j, w)| !self.is_acronym(j) && g.place(w).is_none())
            {
                self.push(out, first, model_end, Some(EntityKind::Other), evidence());
                return;
            }
            if (after_maker || after_its)
                && (1..=3).contains(&all.len())
                && names_nothing(&all, true)
                && !g.is_given_name(all[0].1)
            {
                self.push(out, first, model_end, Some(EntityKind::Other), evidence());
                return;
            }
            if (2..=4).contains(&all.len())
                && maker(all[0].0, all[0].1)
                && names_nothing(&all[1..], false)
                && !g.is_company(whole)
                && !g.is_product(whole)
            {
                let maker_evidence = if g.is_company(all[0].1) {
                    Evidence::Gazetteer
                } else {
                    Evidence::OrgHead("maker".to_string())
                };
                let kind = Some(EntityKind::Organization);
                self.push(out, first, all[1].0, kind, maker_evidence);
                self.push(
                    out,
                    all[1].0,
                    model_end,
                    Some(EntityKind::Other),
                    evidence(),
                );
                return;
            }
        }
        // A product named after its maker: listed ("Google Maps"), or a company's name and a
        // word that is not an organisation's ("Apple Intelligence", "Boeing Starliner"; not
        // "Apple Watch"'s kind of name, "Human Rights Watch", nor "Samsung Electronics").
        let maker_and_product = self.maker_and_product(first, end, &all);
        // (A model code names the model alone, its maker apart: "Airbus A350", as "Boeing 737
        // MAX 9".)
        if maker_and_product && all[1].1.contains(|c: char| c.is_ascii_digit()) {
            let kind = Some(EntityKind::Organization);
            self.push(out, first, all[1].0, kind, Evidence::Gazetteer);
            let evidence = Evidence::OtherHead("maker".to_string());
            self.push(out, all[1].0, end, Some(EntityKind::Other), evidence);
            return;
        }
        // (Not before the noun for a team: "Red Bull team mate", "the Red Bull team principal".)
        let team = self
            .word(end)
            .is_some_and(|w| matches!(w, "team" | "teams" | "squad" | "driver" | "drivers"));
        // (Nor a broadcaster's sports desk: "told BBC Sport".)
        // (Or its business or money desk, which bylines and datelines credit: "By Emily Tran,
        // CNN Business", "New York (CNN Business)".)
        let desk = matches!(
            all.last(),
            Some((_, "Sport" | "Sports" | "Business" | "Money" | "Politics"))
        ) && (maker_and_product || g.is_product(whole));
        // (Nor after the noun for a firm: "energy drink maker Red Bull".)
        let firm = first >= 1
            && self.word(first - 1).is_some_and(|w| {
                matches!(
                    w,
                    "maker" | "makers" | "company" | "firm" | "group" | "brand" | "owner"
                )
            });
        if all.len() >= 2 && (g.is_product(whole) && (team || firm) || desk) {
            let head = if team || desk {
                "team"
            } else {
                self.word(first - 1).unwrap_or_default()
            };
            let evidence = Evidence::OrgHead(head.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        if (all.len() >= 2 && g.is_product(whole)) || maker_and_product {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Other),
                Evidence::Gazetteer,
            );
            return;
        }
        // A facility named before the noun for it, even for a given name ("Milan Linate
        // airport", "the Oyu Tolgoi copper mine"): the name stands for the site.
        let compound = self
            .word(end)
            .zip(self.word(end + 1))
            .is_some_and(|(a, b)| words::is_site_compound(a, b));
        if (2..=3).contains(&all.len())
            && (compound
                || self.word(end).is_some_and(|w| {
                    matches!(
                        w,
                        "airport" | "stadium" | "arena" | "mine" | "refinery" | "dam" | "palace"
                    )
                }))
            && all.iter().all(|&(j, w)| {
                !self.is_acronym(j)
                    && !words::is_role(w)
                    && !words::is_org_head(w)
                    && !g.is_company(w)
                    && !g.is_adjective(w)
            })
        {
            let evidence = Evidence::OtherHead(self.word(end).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A party named by its members before the given-name rule can read a person: "Free
        // Democrats", "Christian Democrats", "Sweden Democrats"; alone in the middle of a
        // sentence too: "the opposition Conservatives".
        // So is the workers' party of Westminster systems, a common noun in capitals: "led
        // Labour to victory", "Labor's win" (not "Labor costs rose").
        let labour = all.len() == 1
            && matches!(all[0].1, "Labour" | "Labor")
            && (!self.at_start(first)
                || (matches!(self.tok(end), Some("'" | "’")) && self.tok(end + 1) == Some("s")));
        // …and a party's noun in capitals after "the": "the Coalition", "the Party".
        let party_noun = all.len() == 1
            && !self.at_start(first)
            && first > 0
            && self.tok(first - 1) == Some("the")
            && words::is_party_noun(all[0].1);
        if labour
            || party_noun
            || (words::is_party_plural(all[all.len() - 1].1)
                && (all.len() >= 2
                    || !self.at_start(first)
                    // ("Nationals leader David Littleproud")
                    || self.word(end).is_some_and(|w| {
                        w.starts_with(|c: char| c.is_ascii_lowercase()) && words::is_role(w)
                    })))
        {
            let evidence = Evidence::OrgHead(all[all.len() - 1].1.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A title's place, then the person who holds it: "Archbishop of Paris Laurent Ulrich",
        // "Governor of Texas Greg Abbott".
        if all.len() >= 3
            && first >= 2
            && self.word(first - 1) == Some("of")
            && self
                .word(first - 2)
                .is_some_and(|w| words::is_role(w) || words::is_person_title(w))
            && let Some(k) = (1..=2.min(all.len() - 2)).find(|&k| {
                let (start, stop) = self.span(first, all[k].0);
                g.place(&self.text[start..stop]).is_some()
                    && (g.is_given_name(all[k].1) || !g.is_common_word(all[k].1))
            })
        {
            self.push(
                out,
                first,
                all[k].0,
                Some(EntityKind::Place),
                Evidence::Gazetteer,
            );
            self.push(
                out,
                all[k].0,
                end,
                Some(EntityKind::Person),
                Evidence::GivenName,
            );
            return;
        }
        // Airlines, named for a place or a people: "Jeju Air", "Korean Air", "Air India" (not
        // "the Bel Air section of Los Angeles").
        if ((all.len() == 2 && (all[1].1 == "Air" || all[0].1 == "Air"))
            || (all.len() == 3 && all[1].1 == "Air" && g.is_adjective(all[0].1)))
            && !self
                .word(end)
                .is_some_and(|w| w == "section" || words::is_site_noun_after(w))
        {
            let evidence = Evidence::OrgHead("Air".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // …also for a place of several words, perhaps before its aircraft's model code: "an
        // Air New Zealand DC10" (the code is no name of its own here).
        let code = all.last().is_some_and(|&(_, w)| {
            w.bytes().any(|b| b.is_ascii_digit())
                && w.bytes()
                    .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        });
        let airline = &all[..all.len() - usize::from(code)];
        if airline.len() >= 3 && airline[0].1 == "Air" && {
            let (start, stop) = self.span(airline[1].0, airline[airline.len() - 1].0 + 1);
            g.place(&self.text[start..stop]).is_some()
        } {
            let evidence = Evidence::OrgHead("Air".to_string());
            let stop = airline[airline.len() - 1].0 + 1;
            self.push(out, first, stop, Some(EntityKind::Organization), evidence);
            return;
        }
        // Motor racing's classes: "Formula One", "Formula 1", "Formula E".
        if all.len() <= 2
            && all[0].1 == "Formula"
            && self
                .tok(first + 1)
                .is_some_and(|t| matches!(t, "One" | "Two" | "Three" | "1" | "2" | "3" | "E"))
        {
            let evidence = Evidence::OtherHead("Formula".to_string());
            self.push(out, first, first + 2, Some(EntityKind::Other), evidence);
            return;
        }
        // A listed company named after people ("Morgan Stanley") before the given-name rule
        // can read it as one; one-word names keep `classify_plain`'s check that the article
        // does not use them as common words ("Target").
        if all.len() >= 2 && g.is_company(whole) {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Organization),
                Evidence::Gazetteer,
            );
            return;
        }
        // A sibling of a company the article names by the same first word: "Novo Holdings …
        // Novo Nordisk", "Tata Sons … Tata Steel".
        if (2..=3).contains(&all.len())
            && self.is_cap(first)
            && !self.is_acronym(first)
            && !g.is_adjective(all[0].1)
            && g.place(all[0].1).is_none()
            && self.counts().opens_firm_name(all[0].1)
            // (Not the firm's name itself: "West Bank" is no sibling of itself; nor a venue
            // named for it: "the Amerant Bank Arena".)
            && !words::is_company_word(all[all.len() - 1].1)
            && !words::is_place_head(all[all.len() - 1].1)
            && !words::is_place_tail(all[all.len() - 1].1)
            // (Nor a hospital: "Alexian Brothers Hospital".)
            && !matches!(
                all[all.len() - 1].1,
                "Hospital" | "Clinic" | "Infirmary" | "Theatre" | "Theater"
            )
            && all[1..]
                .iter()
                .all(|(_, w)| !g.is_given_name(w) && !words::is_role(w))
            && g.place(whole).is_none()
        {
            let evidence = Evidence::OrgHead(all[0].1.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A name after "the" names no person ("at the Santiago Bernabéu", "the Roland Garros
        // final"; "the late Ana Ruiz" does): a venue after "at the" or "in the", else left to
        // the corpus pass.
        let after_the = first >= 1
            && !self.at_start(first)
            && self.word(first - 1) == Some("the")
            && all.len() >= 2
            && !self.is_acronym(first);
        // A town's club, where a player goes on loan: "before joining Lille on loan", "on
        // loan from Bordeaux".
        if let [(_, town)] = all[..]
            && ((self.word(end) == Some("on") && self.word(end + 1) == Some("loan"))
                || (first >= 2
                    && self.word(first - 2) == Some("loan")
                    && matches!(self.word(first - 1), Some("from" | "to" | "at"))))
            && g.place(town).is_some_and(|(_, p)| p.kind == "city")
        {
            let evidence = Evidence::OtherHead(town.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A football club by its town and a club word: "Swansea City", "Leeds United" (not a
        // city the gazetteer knows by that name: "Mexico City", "Kansas City").
        if let [
            (_, town),
            (_, "City" | "United" | "Rovers" | "Wanderers" | "Albion"),
        ] = all[..]
            && g.place(town).is_some_and(|(_, p)| p.kind == "city")
            && g.place(whole).is_none()
        {
            // (By its town, as the corpus pass reads a club's short names: "City's manager".)
            let evidence = Evidence::OtherHead(town.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A known place and then a listed company, two names without a comma between:
        // "and in London Microsoft paid" (no one's given name and surname).
        if let [(_, place), (j, company)] = all[..]
            && first >= 1
            && matches!(self.word(first - 1), Some("in" | "In" | "at" | "from"))
            && g.place(place).is_some()
            && g.is_company(company)
            && !g.is_company(whole)
            && g.place(whole).is_none()
        {
            self.push(out, first, j, Some(EntityKind::Place), Evidence::Gazetteer);
            self.push(
                out,
                j,
                end,
                Some(EntityKind::Organization),
                Evidence::Gazetteer,
            );
            return;
        }
        let person = self.person_suffix(first, end);
        // A national branch of a known body, whatever given name the country's is: "the Kenya
        // Red Cross", "the American Red Cross".
        if all.len() >= 3 {
            let g = gazetteer();
            let (start, stop) = self.span(first, end);
            let whole = &self.text[start..stop];
            if let Some(body) = g.branch_of(whole).filter(|body| body.contains(' '))
                && !g.is_company(whole)
            {
                let evidence = Evidence::OrgHead(body.to_string());
                self.push(out, first, end, Some(EntityKind::Organization), evidence);
                return;
            }
        }
        if after_the
            && person
                .as_ref()
                .is_some_and(|(name_first, _)| *name_first == first)
        {
            let venue = first >= 2 && matches!(self.word(first - 2), Some("at" | "in"));
            // (Not before a noun it qualifies: "at the Jackson Hole symposium"; "joining the
            // Los Angeles Dodgers on a deal" qualifies nothing.)
            let qualifies = self
                .word(end)
                .is_some_and(|w| w.starts_with(char::is_lowercase) && !words::is_function_word(w));
            let club = self
                .named_for_place(first, end, &all)
                .filter(|_| !qualifies);
            let (kind, evidence) = if let Some(place) = club {
                // ("beat the Dallas Mavericks": a club named for its city.)
                (
                    Some(EntityKind::Organization),
                    Evidence::OtherHead(place.to_string()),
                )
            } else if venue {
                (Some(EntityKind::Place), Evidence::Located)
            } else if let Some(noun) = self.ship_set_off(end) {
                (
                    Some(EntityKind::Other),
                    Evidence::OtherHead(noun.to_string()),
                )
            } else if let Some(noun) = self.noun_after_acronym(end) {
                (
                    Some(EntityKind::Organization),
                    Evidence::OrgHead(noun.to_string()),
                )
            } else {
                (None, Evidence::Undecided)
            };
            self.push(out, first, end, kind, evidence);
            return;
        }
        // (Whatever given names a site's name holds: "the disputed Wat Sen Khao temple".)
        // (Nor after a preposition, before a building's noun: "walked out of Victor Verster
        // prison", "flew into John Wayne airport".)
        let building_after = || {
            first > 0
                && matches!(
                    self.word(first - 1),
                    Some(
                        "of" | "at" | "in" | "into" | "to" | "from" | "outside" | "inside" | "near"
                    )
                )
                && matches!(
                    self.word(end),
                    Some("prison" | "jail" | "hospital" | "airport" | "stadium" | "arena")
                )
        };
        // (Nor at the end of a route from a known place: "carrying crude from Kuwait to
        // Milford Haven".)
        let route_end = || {
            first >= 3
                && self.word(first - 1) == Some("to")
                && (2..first.min(6)).any(|k| {
                    self.word(first - k) == Some("from") && {
                        let (start, stop) = self.span(first - k + 1, first - 1);
                        gazetteer().place(&self.text[start..stop]).is_some()
                    }
                })
        };
        if person.is_some() && (2..=3).contains(&all.len()) && route_end() {
            self.push(out, first, end, Some(EntityKind::Place), Evidence::Located);
            return;
        }
        if person.is_some()
            && (2..=3).contains(&all.len())
            && (self.site_between_the_and_noun(first, end) || building_after())
        {
            let evidence = Evidence::OtherHead(self.word(end).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A site named for a royal or a saint, after the title: "Prince Alfred Park", "King
        // George Square" (not "President Park", a person).
        if let Some((name_first, _)) = person
            && name_first > first
            && end - name_first >= 2
            && matches!(
                self.word(name_first - 1),
                Some("Prince" | "Princess" | "King" | "Queen" | "Saint" | "St")
            )
            && self.word(end - 1).is_some_and(|w| {
                crate::analysis::ascii::with_lowercase(w, |l| {
                    words::is_place_head(l) || words::is_place_tail(l)
                })
                .unwrap_or(false)
            })
        {
            let head = self.word(end - 1).unwrap_or_default().to_string();
            let first = name_first - 1;
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::OtherHead(head),
            );
            return;
        }
        // (A ship bearing a person's name opening the sentence: "The Mary Rose, the flagship
        // of Henry VIII, sank".)
        if person.as_ref().is_some_and(|(name_first, _)| {
            *name_first == first && first >= 1 && self.word(first - 1) == Some("The")
        }) && let Some(noun) = self.ship_set_off(end)
        {
            let evidence = Evidence::OtherHead(noun.to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A town the lists know, named like a person by a given name and an English word,
        // after a word that places it or "to": "brings Cubans to Key West", "in Long Branch"
        // (no one is "in Kitty Hawk").
        let town_like_person = || {
            let (start, stop) = self.span(first, end);
            let name = &self.text[start..stop];
            all.len() >= 2
                && first >= 1
                && self
                    .word(first - 1)
                    .is_some_and(|w| w == "to" || words::places_a_town(w))
                && all
                    .last()
                    .is_some_and(|&(_, w)| gazetteer().is_common_word(w))
                && gazetteer().is_town(name)
        };
        if person
            .as_ref()
            .is_some_and(|(name_first, _)| *name_first == first)
            && town_like_person()
        {
            self.push(out, first, end, Some(EntityKind::Place), Evidence::Located);
            return;
        }
        // A person's name at the end, after titles: "Deputy Foreign Minister Askar Mussinov".
        if let Some((name_first, evidence)) = person {
            self.push(out, name_first, end, Some(EntityKind::Person), evidence);
            self.classify_prefix(first, name_first, out);
            return;
        }
        // A role after a body's name, with no name after it: "the World Bank President said",
        // "The European Commission President, Jean-Claude Juncker," (the body stays; "Office
        // of the President" is a name).
        // (Not a word of a place joined by hyphens: "PORT-AU-PRINCE", "Sharm el-Sheikh".)
        // (Or a firm's officer in capitals after one word: "Toshiba CEO resigns".)
        let officer =
            all.len() == 2 && matches!(self.word(end - 1), Some("CEO" | "CFO" | "COO" | "CTO"));
        if (all.len() >= 3 || officer)
            && self.word(end - 1).is_some_and(words::is_role)
            && !self.glued(end - 1)
            && !all.iter().any(|(_, w)| words::is_name_connector(w))
        {
            self.classify_prefix(first, end, out);
            return;
        }
        self.classify_plain(first, end, out);
    }

    /// The place a club, a firm or a paper is named for, when the phrase is a place and a word
    /// or two that name nothing on their own: "Manchester City", "Boston Dynamics", "Los
    /// Angeles Lakers", "U.S. Steel". A place that is also a given name needs English words
    /// after it ("Dallas Mavericks", not "Jordan Peters").
    /// Whether the token at `k` is a capital letter alone before its point ("V" of "V. M.").
    fn initial_at(&self, k: usize) -> bool {
        self.word(k)
            .is_some_and(|w| w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase()))
            && self.tok(k + 1) == Some(".")
    }

    /// Whether the word at `k` follows a given name and an initial, as a surname does:
    /// "Arena" in "Dominick J. Arena" (not "U.S. Capitol": an initial before the initial).
    fn after_given_and_initial(&self, k: usize) -> bool {
        k >= 3
            && self.initial_at(k - 2)
            && !self.initial_at(k - 3)
            && self
                .word(k - 3)
                .is_some_and(|w| gazetteer().is_given_name(w))
    }

    /// Whether a person's title stands right before `first`: "President", "Mr", "Rev." (an
    /// abbreviated one with its point).
    fn after_person_title(&self, first: usize) -> bool {
        let title = |k: usize| self.word(k).is_some_and(words::is_person_title);
        let abbreviated = |k: usize| self.word(k).is_some_and(words::is_abbreviated_title);
        (first >= 1 && (title(first - 1) || abbreviated(first - 1)))
            || (first >= 2 && self.tok(first - 1) == Some(".") && abbreviated(first - 2))
    }

    fn named_for_place(
        &self,
        first: usize,
        end: usize,
        words: &[(usize, &str)],
    ) -> Option<&'a str> {
        let g = gazetteer();
        let (start, stop) = self.span(first, end);
        if !(2..=4).contains(&words.len()) || g.place(&self.text[start..stop]).is_some() {
            return None;
        }
        for p in 1..words.len().min(3) {
            let rest = &words[p..];
            let mut stop = self.tokens[words[p - 1].0].end;
            if self.tok(words[p - 1].0 + 1) == Some(".") && self.glued(words[p - 1].0 + 1) {
                stop += 1;
            }
            let prefix = &self.text[start..stop];
            let given = p == 1 && g.is_given_name(prefix);
            let english = |w: &str| {
                g.is_common_word(w) || w.strip_suffix('s').is_some_and(|one| g.is_common_word(one))
            };
            // (A team's plural of an English noun, even if a given name too: "Angels".)
            let plural = |w: &str| {
                w.strip_suffix('s')
                    .is_some_and(|one| one.len() >= 3 && g.is_common_word(one))
                    && g.place(w).is_none()
            };

            // (A province names its firm or club in English: "Pita Limjaroenrat" is a person.)
            // (A sea, a river or a region names one in English too: "Thames Water".)
            let region = g
                .place(prefix)
                .is_some_and(|(_, p)| p.is_province() || p.kind == "feature");
            // (Nor a party's adjective, before its primary or its leader: "the California
            // Democratic primary".)
            let party = |w: &str| {
                matches!(
                    w,
                    "Democratic" | "Republican" | "Liberal" | "Conservative" | "Socialist"
                )
            };
            if rest.len() <= 2
                && g.place(prefix).is_some()
                && rest.iter().all(|&(_, w)| (is_plain_noun(w) || plural(w)) && !party(w))
                // (Not a landform's: "the Florida Keys".)
                && !rest.iter().any(|&(_, w)| is_landform_plural(w))
                && (!(given || region) || rest.iter().all(|&(_, w)| english(w)))
            {
                return Some(prefix);
            }
        }
        None
    }

    /// Names whose kind the lower-case words around them give: "the carmaker Volkswagen",
    /// "the ruling Morena party" (organisations), "the village of Varnavas" (a place). Pushes
    /// the mention and returns true when they do.
    fn named_by_context(&self, first: usize, end: usize, out: &mut Vec<Candidate>) -> bool {
        let lower = |i: usize| {
            self.word(i)
                .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        };
        let before = first.checked_sub(1).and_then(lower);
        // ("the London start-up Sonantic": a noun joined by a hyphen; "the Los Angeles band the
        // Wondermints": a band's name may open with "the".)
        let before = match before {
            Some("up")
                if first >= 3
                    && self.tok(first - 2) == Some("-")
                    && self.glued(first - 1)
                    && self.word(first - 3) == Some("start") =>
            {
                Some("start-up")
            }
            Some("the") if first >= 2 && self.word(first - 2) == Some("band") => Some("band"),
            None if first >= 1 && self.at_start(first - 1) => {
                self.word(first - 1).and_then(words::trade_noun_opening)
            }
            other => other,
        };
        // A family by its surname: "the Walton family", "the Kennedy clan" (whatever else the
        // name is; not "the Royal family", nor "the Arab family" where the word opens other
        // names: "the Arab League").
        let opens_name = |w: &str| self.counts().words_after(w).next().is_some();
        if (1..=2).contains(&(end - first))
            && lower(end).is_some_and(|w| matches!(w, "family" | "families" | "clan" | "dynasty"))
            && (before == Some("the")
                || (first > 0 && self.word(first - 1) == Some("The") && self.at_start(first - 1)))
            && self.words_in(first, end).iter().all(|&(j, w)| {
                let g = gazetteer();
                !self.is_acronym(j)
                    && !g.is_common_word(w)
                    && !g.is_adjective(w)
                    && g.place(w).is_none_or(|(_, p)| p.group.is_empty())
                    && !words::is_role(w)
                    && !words::is_org_head(w)
            })
            && !opens_name(self.word(first).unwrap_or_default())
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Person),
                Evidence::PersonCue,
            );
            return true;
        }
        // A lone capitalised word at the start of a sentence may be any word ("Environmental
        // group Greenpeace").
        // ("the giant Oyu Tolgoi copper mine": before a noun for a site, "giant" is its size.)
        // ("the Portuguese second-tier side Penafiel": a team, after what it is; not "on the
        // other side Russia".)
        let side = before == Some("side")
            && first >= 2
            && self.word(first - 2).is_some_and(|w| {
                !matches!(
                    crate::analysis::ascii::Lower::new(w).as_str(),
                    "the"
                        | "a"
                        | "other"
                        | "one"
                        | "either"
                        | "each"
                        | "this"
                        | "that"
                        | "opposite"
                        | "wrong"
                        | "right"
                        | "far"
                        | "west"
                        | "east"
                        | "north"
                        | "south"
                        | "its"
                        | "their"
                        | "his"
                        | "her"
                        | "our"
                        | "my"
                        | "your"
                )
            });
        // ("the fashion house Alexander McQueen", "the auction house Christie's": a house of
        // a trade.)
        let trade_house = before == Some("house")
            && first >= 2
            && lower(first - 2)
                .is_some_and(|w| matches!(w, "fashion" | "auction" | "publishing" | "design"));
        let org_noun = before
            .filter(|w| words::is_org_noun_before(w) || side || trade_house)
            // ("the opposition Maurice Kamto": a person, named so.)
            .filter(|w| {
                *w != "opposition"
                    || !self
                        .word(first)
                        .is_some_and(|n| gazetteer().is_given_name(n))
            })
            .filter(|_| !self.site_noun_at(end))
            // ("the official Xinhua news agency": an agency by its trade.)
            .or_else(|| {
                (lower(end) == Some("news") && lower(end + 1) == Some("agency")).then_some("agency")
            })
            // (Or by its trade and the noun for a body: "the Nueva Mayoría research center",
            // "the Bruegel think tank", "the Ipsos polling firm".)
            .or_else(|| {
                let trade = matches!(
                    lower(end)?,
                    "research"
                        | "polling"
                        | "consulting"
                        | "consultancy"
                        | "advisory"
                        | "lobbying"
                        | "accounting"
                        | "law"
                        | "investment"
                        | "brokerage"
                ) && matches!(
                    lower(end + 1)?,
                    "center" | "centre" | "institute" | "firm" | "group" | "company"
                );
                // (Or a team by its sport: "the Torino soccer team", "the Leinster rugby
                // side".)
                let sport = matches!(
                    lower(end)?,
                    "soccer"
                        | "football"
                        | "rugby"
                        | "cricket"
                        | "basketball"
                        | "hockey"
                        | "baseball"
                        | "volleyball"
                        | "handball"
                        | "netball"
                ) && matches!(lower(end + 1)?, "team" | "club" | "side" | "squad")
                    // (A nation's team is the nation's: "the England football team".)
                    && self.word(first).is_none_or(|w| !words::is_home_nation(w));
                (trade || sport || (lower(end) == Some("think") && lower(end + 1) == Some("tank")))
                    .then(|| lower(end + 1))
                    .flatten()
            })
            .or_else(|| {
                lower(end)
                    .filter(|w| words::is_org_noun_after(w))
                    .filter(|_| end - first > 1 || !self.at_start(first))
                    // ("the Western alliance": a side of the world, no name.)
                    .filter(|_| {
                        end - first > 1
                            || !matches!(
                                self.word(first),
                                Some("Western" | "Eastern" | "Northern" | "Southern")
                            )
                    })
            });
        // (The noun may open the sentence: "Residents of Lorado, Lundale and Stowe said".)
        let settlement = first
            .checked_sub(2)
            .filter(|_| before == Some("of"))
            .and_then(|k| {
                lower(k).or_else(|| {
                    self.word(k)
                        .filter(|w| self.at_start(k) && matches!(*w, "Residents" | "Villagers"))
                })
            })
            .filter(|w| words::is_settlement_noun(&w.to_lowercase()));
        // A settlement named after the noun for it and a comma, ending the phrase: "from the
        // provincial capital, Wabag." (not "the town, Smith said").
        // (Or set off by a second comma, the sentence going on with a verb: "Its summit crater,
        // Halemaumau, lies inside the park"; not "the town, Smith, who", nor "Smith, 45,".)
        let set_off_by_two = || {
            self.tok(end) == Some(",")
                && self.word(end + 1).is_some_and(|w| {
                    w.starts_with(char::is_lowercase)
                        && !matches!(w, "a" | "an" | "the" | "who" | "whose" | "which" | "and")
                })
                && !self
                    .word(first)
                    .is_some_and(|w| gazetteer().is_given_name(w))
        };
        let settlement = settlement.or_else(|| {
            (first >= 2
                && self.tok(first - 1) == Some(",")
                && (matches!(self.tok(end), None | Some("." | ";" | ")")) || set_off_by_two()))
            .then(|| lower(first - 2))
            .flatten()
            .filter(|w| {
                matches!(
                    *w,
                    "capital" | "town" | "village" | "city" | "port" | "crater" | "volcano"
                )
            })
        });
        // An administrative area named before the noun for its kind, the sentence going on
        // with punctuation or a grammar word: "in Phu Tho province, sending" (not "the
        // Manhattan district attorney": there the noun qualifies the next one).
        let settlement = settlement.or_else(|| {
            lower(end)
                .filter(|w| {
                    matches!(
                        *w,
                        "province"
                            | "provinces"
                            | "region"
                            | "district"
                            | "county"
                            | "prefecture"
                            | "governorate"
                            | "oblast"
                            | "township"
                            | "municipality"
                    ) || (*w == "department"
                        && self
                            .word(end - 1)
                            .is_some_and(|n| !gazetteer().is_common_word(n)))
                })
                .filter(|_| {
                    self.tokens.get(end + 1).is_none_or(|t| {
                        t.kind == TokenKind::Punct || words::is_function_word(t.text(self.text))
                    })
                })
        });
        // A member of a list after a plural noun for settlements: "the coastal provinces of
        // Quang Ninh and Hai Phong".
        let settlement = settlement.or_else(|| self.listed_as_settlement(first));
        // What only a business undergoes or issues, before "of": "the acquisitions of Pixar,
        // Marvel and Lucasfilm", "shares of Disney", "a takeover of Activision".
        let org_noun = org_noun.or_else(|| {
            first
                .checked_sub(2)
                .filter(|_| before == Some("of"))
                .and_then(|i| self.word(i))
                .filter(|w| {
                    // (Opening the sentence too: "Shares of Disney jumped".)
                    matches!(
                        crate::analysis::ascii::Lower::new(w).as_str(),
                        "acquisition"
                            | "acquisitions"
                            | "takeover"
                            | "shares"
                            | "shareholders"
                            | "stock"
                            | "merger"
                            | "bankruptcy"
                            | "liquidation"
                    )
                })
        });
        // Universities by their towns, after the plural: "the universities of St Andrews and
        // Bradford" (the first named here, the others as later members of the list).
        let org_noun = org_noun.or_else(|| {
            let noun = if before == Some("of") {
                first.checked_sub(2).and_then(lower)
            } else {
                self.listed_after_of(first)
            };
            noun.filter(|w| matches!(*w, "universities" | "colleges"))
        });
        // "the Alberta Wildfire agency", "the failed Landsbanki bank" (not "a Paris agency": a
        // known place is named there).
        let org_noun = org_noun.or_else(|| {
            lower(end)
                .filter(|w| {
                    matches!(
                        *w,
                        "agency" | "authority" | "bank" | "lender" | "insurer" | "retailer"
                    )
                })
                // (A place's bank is a bank in it: "a Texas bank", "the Thames bank".)
                .filter(|w| {
                    matches!(*w, "agency" | "authority") || {
                        let name = &self.text[self.tokens[first].start..self.tokens[end - 1].end];
                        gazetteer().place(name).is_none() && !gazetteer().is_town(name)
                    }
                })
                .filter(|_| end - first > 1 || !self.at_start(first))
        });
        // A product after the noun for its kind, the sentence going on with a grammar word or
        // punctuation: "the weight-loss drug Wegovy and", "the chatbot Gemini," (not "the
        // treatment Biden received").
        // (Not a name's first part before "of": "the journal Proceedings of the National …".)
        // ("the program AlphaGo defeated": software by a name in camel case, which is no
        // one's.)
        // (Or a broadcast: "the evening news programme Vremya".)
        let camel_program = matches!(before, Some("program" | "programme"))
            && ((end == first + 1 && self.word(first).is_some_and(is_camel_case))
                || (first >= 2
                    && lower(first - 2)
                        .is_some_and(|w| matches!(w, "news" | "television" | "radio" | "talk"))));
        let product = before
            .filter(|w| words::is_product_noun_before(w) || camel_program)
            .filter(|_| self.word(end) != Some("of"))
            // (A fashion model is a person: "his girlfriend, model Reeva Steenkamp"; a car
            // model's name is one word or numbered.)
            .filter(|w| {
                *w != "model"
                    || end - first == 1
                    || (first..end).any(|k| self.tokens[k].kind == TokenKind::Number)
            })
            .filter(|w| {
                // (A ship's or a computer's name may come before any verb: "The ferry Valkyr
                // sank", "the computer Deep Blue unseated".)
                words::is_vessel_noun(w)
                    || matches!(*w, "computer" | "supercomputer")
                    || camel_program
                    || self
                        .tokens
                        .get(end)
                        .is_none_or(|t| t.kind == TokenKind::Punct)
                    || self.word(end).is_some_and(|w| {
                        words::is_function_word(w)
                            || words::is_name_connector(w)
                            || words::is_reporting_verb(w)
                            // ("the benchmark Nikkei share average".)
                            || (before == Some("benchmark")
                                && matches!(w, "index" | "share" | "stock" | "gauge"))
                    })
            });
        // A name given after the noun for its kind: "a mixed-reality headset called Vision
        // Pro", "a start-up named Anthropic", "a village called Lindos".
        // ("The implant, called Telepathy,": a comma may come between.)
        let called = before
            .filter(|w| matches!(*w, "called" | "named" | "dubbed"))
            .and_then(|_| first.checked_sub(2))
            .and_then(|k| {
                if self.tok(k) == Some(",") {
                    k.checked_sub(1)
                } else {
                    Some(k)
                }
            })
            .and_then(lower)
            .filter(|_| end - first <= 3);
        // What a maker makes, ending the clause: "whose subsidiary makes Tylenol," (a single
        // word no dictionary or gazetteer knows).
        let made = before
            .filter(|w| matches!(*w, "makes" | "manufactures" | "produces" | "markets"))
            .filter(|_| {
                let g = gazetteer();
                end == first + 1
                    && self.word(first).is_some_and(|w| {
                        !g.is_common_word(w) && !g.is_given_name(w) && g.place(w).is_none()
                    })
                    && self
                        .tokens
                        .get(end)
                        .is_none_or(|t| matches!(t.text(self.text), "," | "." | ";" | "and"))
            });
        let product =
            product.or(made).or(called
                .filter(|w| words::is_product_noun_before(w) || words::is_product_noun_after(w)));
        let org_noun = org_noun.or(called.filter(|w| words::is_org_kind(w)));
        let settlement = settlement.or(called.filter(|w| {
            matches!(
                *w,
                "village" | "town" | "city" | "island" | "port" | "district"
            )
        }));
        // A name that ends its sentence after a noun for its kind and a comma: "according to
        // the publisher's parent company, Penguin Random House."
        let org_noun = org_noun.or_else(|| {
            (first >= 2
                && self.tok(first - 1) == Some(",")
                && matches!(self.tok(end), Some("." | ";")))
            .then(|| lower(first - 2))
            .flatten()
            .filter(|w| words::is_org_kind(w))
        });
        // A name set off by commas after the noun for its kind: "its rover, Pragyan, will",
        // "The ship, the Dali, was", "her official residence, Ganabhaban, was".
        let comma_at = if first >= 1 && self.word(first - 1) == Some("the") {
            first.checked_sub(2)
        } else {
            first.checked_sub(1)
        };
        let set_off = comma_at
            .filter(|&c| self.tok(c) == Some(",") && c >= 1)
            .filter(|_| matches!(self.tok(end), Some("," | ".")))
            .and_then(|c| Some((c, lower(c - 1)?)))
            .and_then(|(c, noun)| match noun {
                "rover" | "lander" | "probe" | "spacecraft" | "satellite" | "telescope"
                | "mission" | "asteroid" | "comet" | "ship" | "vessel" | "tanker" | "freighter"
                | "ferry" | "yacht" | "submarine" | "balloon" | "airship" => {
                    Some((EntityKind::Other, noun))
                }
                "residence" | "palace" | "compound" | "stadium" | "airport" | "venue"
                | "headquarters" | "campus" => Some((EntityKind::Place, noun)),
                // A work: "Her most recent novel, We Do Not Part, looks at".
                _ if words::is_work_noun(noun) => Some((EntityKind::Other, noun)),
                // A body, even by a place's name, set off by two commas after the noun for its
                // kind and a possessive or its adjective: "Her British publisher, Bloomsbury,
                // printed" (not "the town, Bloomsbury,").
                // (Not a person set off after the body he serves: "the head of the police
                // union, Rainer Wendt,"; nor a project: "the consortium, the Human Genome
                // Project,".)
                _ if words::is_org_kind(noun)
                    && self.tok(end) == Some(",")
                    && (c.saturating_sub(5)..c).all(|k| self.word(k) != Some("of"))
                    && self
                        .word(first)
                        .is_some_and(|w| !gazetteer().is_given_name(w))
                    && self.word(end - 1).is_some_and(|w| !words::is_other_head(w)) =>
                {
                    Some((EntityKind::Organization, noun))
                }
                _ => None,
            });
        let (start, stop) = self.span(first, end);
        // (A known place set off after "ship" is more likely a port of call than its name.)
        // (A work's title may be a clause of a few words: "We Do Not Part".)
        let longest = match set_off {
            Some((EntityKind::Other, noun)) if !words::is_product_noun_after(noun) => 5,
            _ => 3,
        };
        if let Some((kind, noun)) = set_off
            && end - first <= longest
            && (kind != EntityKind::Other || gazetteer().place(&self.text[start..stop]).is_none())
        {
            let evidence = Evidence::OtherHead(noun.to_string());
            self.push(out, first, end, Some(kind), evidence);
            return true;
        }
        // A storm after the word for its kind: "super typhoon Haiyan", "tropical storm
        // Erin" (capitalised, "Hurricane Katrina", it is a name's head, read elsewhere).
        // (Not the verb: "gunmen storm Westgate mall".)
        let storm_noun = first >= 2
            && self.word(first - 1) == Some("storm")
            && matches!(
                self.word(first - 2),
                Some("tropical" | "winter" | "the" | "a")
            );
        if end - first <= 2
            && first >= 1
            && (matches!(
                self.word(first - 1),
                Some("typhoon" | "hurricane" | "cyclone")
            ) || storm_noun)
            && gazetteer().place(&self.text[start..stop]).is_none()
        {
            let evidence =
                Evidence::OtherHead(self.word(first - 1).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return true;
        }
        // A space station by its name before the words: "Russia's Mir space station" (not
        // its people's: "the American space station Skylab").
        if end - first <= 2
            && lower(end) == Some("space")
            && lower(end + 1) == Some("station")
            && gazetteer().place(&self.text[start..stop]).is_none()
            && !gazetteer().is_adjective(&self.text[start..stop])
            && !gazetteer().is_company(&self.text[start..stop])
        {
            let evidence = Evidence::OtherHead("station".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return true;
        }
        // A craft or a body of the solar system named after "the" and the noun for its kind
        // ("the asteroid Apophis", "the rover Perseverance"), or before a comma and that noun
        // ("Bennu, a carbon-rich asteroid").
        let craft = |w: &str| matches!(w, "asteroid" | "comet") || words::is_spacecraft_noun(w);
        // (Or a vessel after its noun and the word that makes it one: "the space shuttle
        // Challenger", "the U.S. aircraft carrier Ronald Reagan", "the tanker Exxon Valdez".)
        let vessel = |w: &str| words::is_vessel_noun(w) || matches!(w, "carrier" | "orbiter");
        // (An airline is a carrier too: "the carrier Ryanair"; a ship is an aircraft one.)
        let vessel_opener = |k: usize| {
            (matches!(self.word(k), Some("the" | "The" | "a" | "its"))
                && lower(k + 1) != Some("carrier"))
                || lower(k).is_some_and(|w| {
                    matches!(
                        w,
                        "space"
                            | "aircraft"
                            | "oil"
                            | "cargo"
                            | "cruise"
                            | "research"
                            | "container"
                    )
                })
        };
        // (A noun only a ship is needs no opener: "as ferry Estonia sinks", "the car ferry
        // Estonia", "the cutter Itasca"; "ship", "vessel" and "shuttle" do.)
        // (A ship named for an island or a sea needs none either: "the recovery ship Iwo
        // Jima"; a city after "ship" is more often its port.)
        let feature_named = || {
            gazetteer()
                .place(&self.text[start..stop])
                .is_some_and(|(_, p)| p.kind == "feature")
        };
        let after_noun = first >= 2
            && ((matches!(self.word(first - 2), Some("the" | "The"))
                && lower(first - 1).is_some_and(craft))
                || (lower(first - 1).is_some_and(vessel) && vessel_opener(first - 2))
                || lower(first - 1).is_some_and(words::names_only_a_ship)
                || (lower(first - 1).is_some_and(words::is_vessel_noun) && feature_named()));
        // (A ship named after its noun and a comma, "a sister ship, the Bob Barker", or by its
        // tonnage, "the 15,566-ton Estonia", may bear a place's name too.)
        let ship_apposed = (first >= 3
            && self.word(first - 1) == Some("the")
            && self.tok(first - 2) == Some(",")
            && lower(first - 3).is_some_and(words::is_vessel_noun))
            || (first >= 3
                && matches!(lower(first - 1), Some("ton" | "tonne"))
                && self.tok(first - 2) == Some("-")
                && self.tokens[first - 3].kind == TokenKind::Number);
        let after_noun = after_noun || ship_apposed;
        // ("The Space Launch System, the most powerful rocket NASA has ever built,": a rocket
        // too, after "the", when the noun heads the phrase; not "SpaceX, the rocket maker",
        // nor "Edward Weiler, the telescope's program scientist".)
        let head_at = |k: usize| {
            self.tokens.get(k + 1).is_none_or(|t| {
                let w = t.text(self.text);
                (t.kind != TokenKind::Word && !matches!(w, "'" | "’" | "-"))
                    || w.starts_with(char::is_uppercase)
                    || matches!(
                        w,
                        "that" | "which" | "ever" | "yet" | "to" | "in" | "on" | "of"
                    )
            })
        };
        let before_noun = self.tok(end) == Some(",")
            && match self.word(end + 1) {
                // ("The Ady Gil, a carbon-fibre trimaran that …", "Whale Wars, a reality
                // programme on …": a vessel or a work too, when the noun heads the phrase; not
                // "Cunard, a cruise ship operator", "Ava DuVernay, a film director".)
                Some("a" | "an") => (end + 2..end + 7)
                    .take_while(|&k| !matches!(self.tok(k), None | Some("," | "." | ";")))
                    .any(|k| {
                        self.word(k).is_some_and(|w| {
                            craft(w)
                                || ((words::is_vessel_noun(w)
                                    || words::is_work_noun(w)
                                    || matches!(w, "programme" | "show"))
                                    && head_at(k))
                        })
                    }),
                Some("the") => (end + 2..end + 7)
                    .take_while(|&k| !matches!(self.tok(k), None | Some("," | "." | ";")))
                    .any(|k| self.word(k).is_some_and(|w| craft(w) || w == "rocket") && head_at(k)),
                _ => false,
            };
        // A shipping line before the noun for its ship: "the Cunard liner Lusitania", "an Exxon
        // tanker", "the Townsend Thoresen car ferry" (not a place's ferry: "the Staten Island
        // ferry"; nor its people's: "the French liner").
        let ship_word = |w: &str| {
            matches!(
                w,
                "liner" | "ferry" | "tanker" | "freighter" | "steamer" | "trawler"
            )
        };
        if end - first <= 2
            && first >= 1
            && matches!(
                self.word(first - 1),
                Some("the" | "The" | "a" | "A" | "an" | "An")
            )
            && (lower(end).is_some_and(ship_word)
                || (matches!(
                    lower(end),
                    Some("car" | "passenger" | "cargo" | "oil" | "cruise")
                ) && lower(end + 1).is_some_and(ship_word)))
            && !gazetteer().is_adjective(&self.text[start..stop])
            && gazetteer().place(&self.text[start..stop]).is_none()
        {
            let evidence = Evidence::OrgHead(lower(end).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return true;
        }
        // (A vessel may bear a place's name: "the space shuttle Columbia".)
        let vessel_named = (first >= 1 && lower(first - 1).is_some_and(vessel)) || ship_apposed;
        if (after_noun || before_noun)
            && end - first <= if before_noun { 3 } else { 2 }
            && (vessel_named || gazetteer().place(&self.text[start..stop]).is_none())
        {
            let evidence = Evidence::OtherHead("craft".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return true;
        }
        // (A firm's own product, or a market's index, may bear a place's or a given name: "its
        // Edison device", "the blue-chip Dax index".)
        let owned = || {
            (matches!(before, Some("its" | "their"))
                || (lower(end) == Some("index") && before.is_some()))
                && lower(end).is_some_and(words::is_product_noun_after)
        };
        // A model or a programme named before the noun for its kind, mid-sentence: "the Super
        // Heavy booster", "the Artemis programme" (names that are no known place, company or
        // given name; a maker before it is read elsewhere).
        // ("Europe's Gaia space telescope": the noun after "space".)
        let noun_at = if lower(end) == Some("space")
            && lower(end + 1).is_some_and(words::is_product_noun_after)
        {
            end + 1
        } else {
            end
        };
        let product = product.or_else(|| {
            lower(noun_at)
                .filter(|w| words::is_product_noun_after(w))
                .filter(|_| {
                    let g = gazetteer();
                    let named = self.words_in(first, end);
                    // (Spacecraft bear given names: "the Galileo spacecraft", "the Juno
                    // probe".)
                    let craft = lower(noun_at).is_some_and(words::is_spacecraft_noun);
                    // (By initials too, before the word for a craft or a rocket: "the MAVEN
                    // probe", "a PSLV rocket"; not a known agency's: "a NASA probe".)
                    let carried = craft || matches!(lower(noun_at), Some("rocket" | "booster"));
                    // ("The Nikkei index fell": the sentence's "The" will do.)
                    // (Not where a preposition of place puts it: "killed in Calabasas
                    // helicopter crash" names the town.)
                    !self.at_start(first)
                        && (before.is_some() || (first > 0 && self.word(first - 1) == Some("The")))
                        && !matches!(before, Some("in" | "near" | "over" | "outside"))
                        && (1..=2).contains(&named.len())
                        && named.iter().all(|&(j, w)| {
                            (!self.is_acronym(j) || (carried && named.len() == 1))
                                && (owned()
                                    || (g.place(w).is_none() && (craft || !g.is_given_name(w))))
                                && !g.is_company(w)
                                && !g.is_adjective(w)
                                && !words::is_org_head(w)
                                && !words::is_company_word(w)
                                && !words::is_role(w)
                                && w != "Air"
                        })
                })
        });
        // A festival by its name before its genre: "the Love Parade techno festival" (names
        // of no known place or firm).
        let product = product.or_else(|| {
            if before != Some("the") || lower(end + 1) != Some("festival") {
                return None;
            }
            let genre = lower(end)?;
            let festival = !words::is_function_word(genre)
                && (1..=3).contains(&(end - first))
                && self.words_in(first, end).iter().all(|&(_, w)| {
                    let g = gazetteer();
                    g.place(w).is_none() && !g.is_company(w) && !g.is_adjective(w)
                });
            festival.then_some("festival")
        });
        // A ship by what befell it: "the wreck of the Titanic", "the sinking of the Lusitania".
        let product = product.or_else(|| {
            let noun = first.checked_sub(3).and_then(lower)?;
            let ship = before == Some("the")
                && self.word(first - 2) == Some("of")
                && matches!(noun, "wreck" | "wreckage" | "sinking" | "hull");
            if !ship {
                return None;
            }
            self.names_nothing_known(first, end).then_some(noun)
        });
        // A prize or a title won: "won the Ballon d'Or", "wins the Emmy" (words that name no
        // place, company, body or role: not "won the Senate").
        let product = product.or_else(|| {
            let verb = first.checked_sub(2).and_then(lower)?;
            let won = before == Some("the")
                && matches!(
                    verb,
                    "won" | "win" | "wins" | "winning" | "awarded" | "clinched" | "lifted"
                );
            if !won {
                return None;
            }
            // (Not before the noun it qualifies: "won the Olympic gold medal".)
            let ends = self.tokens.get(end).is_none_or(|t| {
                t.kind == TokenKind::Punct && !matches!(t.text(self.text), "'" | "’")
            }) || self.word(end).is_some_and(words::is_function_word);
            (ends && self.names_nothing_known(first, end)).then_some(verb)
        });
        // A tournament named before the match it stages: "the Wimbledon final", "the
        // Wimbledon singles title" (one word that names no team: not a company, person,
        // organisation or place, but a town, whose name a tournament may take; a city's is its
        // club's: "the Leeds final").
        let product = product.or_else(|| {
            lower(end)
                .filter(|w| {
                    words::is_match_stage(w) || matches!(*w, "tournament" | "title" | "singles")
                })
                .filter(|_| {
                    end - first == 1 && before == Some("the") && {
                        let g = gazetteer();
                        let w = self.word(first).unwrap_or_default();
                        !self.is_acronym(first)
                            && g.place(w).is_none_or(|(_, p)| p.kind == "town")
                            && !g.is_company(w)
                            && !g.is_given_name(w)
                            && !g.is_common_word(w)
                            && !g.is_adjective(w)
                            && !words::is_org_head(w)
                    }
                })
        });
        // A league that stages the match: "the Champions League final", "the Six Nations
        // final" is the competition, not the body that runs it.
        let stage = lower(end).filter(|w| words::is_match_stage(w));
        if let Some(noun) = stage
            && (2..=3).contains(&(end - first))
            && before == Some("the")
            && self
                .word(end - 1)
                .is_some_and(|w| matches!(w, "League" | "Nations"))
        {
            let evidence = Evidence::OtherHead(noun.to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return true;
        }
        if org_noun.is_none() && settlement.is_none() && product.is_none() {
            return self.named_by_apposition(first, end, out);
        }
        let g = gazetteer();
        let words = self.words_in(first, end);
        if words.is_empty() || words.len() > 4 {
            return false;
        }
        let phrase = &self.text[start..stop];
        let country = g.place(phrase).is_some_and(|(_, p)| !p.group.is_empty());
        if let Some(noun) = product
            && words.len() <= 3
            && (g.place(phrase).is_none() || owned())
            // (A computer's name is no one's: "the computer Deep Blue"; nor a spacecraft's:
            // "the Galileo spacecraft".)
            && (!g.is_given_name(words[0].1)
                || matches!(before, Some("computer" | "supercomputer"))
                || words::is_spacecraft_noun(noun)
                || noun == "festival"
                || owned())
            && !g.is_company(phrase)
            && !words.iter().any(|(_, w)| {
                words::is_role(w)
                    || words::is_org_head(w)
                    || crate::analysis::dates::is_month_or_weekday(w)
            })
        {
            let evidence = Evidence::OtherHead(noun.to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return true;
        }
        let unplaced = lower(end).is_some_and(|w| matches!(w, "agency" | "authority"))
            && before.is_none_or(|w| !words::is_org_noun_before(w));
        if unplaced && g.place(phrase).is_some() {
            return false;
        }
        // A city named once, before "club" or "side" after "the": where the club is from,
        // the club being named elsewhere ("leaving the London club three weeks of rest").
        if lower(end).is_some_and(|w| matches!(w, "club" | "side"))
            && before == Some("the")
            && words.len() == 1
            && self.counts().word(phrase) == 1
            && g.place(phrase).is_some_and(|(_, p)| p.kind == "city")
        {
            return false;
        }
        // ("the Islamic State group": "State" names no role there; nor does "Justice" after
        // "and": "the Law and Justice party".)
        // ("would resume service Wednesday": a date after the noun, no name.)
        if let Some(noun) = org_noun
            && !country
            && !g.is_adjective(phrase)
            // (Nor a creed's adjective in "-ist": "a local Islamist group", "a Maoist group".)
            && !(words.len() == 1 && phrase.len() > 5 && phrase.ends_with("ist"))
            && !(words.len() == 1 && crate::analysis::dates::is_month_or_weekday(phrase))
            && !words.iter().any(|&(j, w)| {
                words::is_role(w)
                    && w != "State"
                    && !(j > first && self.tok(j - 1) == Some("and"))
                    // ("the bank Credit Suisse First Boston": a word that qualifies a role
                    // is one only before one, as in "First Deputy".)
                    && (!words::is_role_qualifier(w)
                        || self.word(j + 1).is_some_and(words::is_role))
            })
        {
            // ("the rights group Article 19,", "broadcaster Channel 4 said": a number after a
            // one-word name the noun before introduces ends it.)
            let numbered = before == Some(noun)
                && words.len() == 1
                && self.tokens.get(end).is_some_and(|t| {
                    t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 3
                })
                && self.tokens.get(end + 1).is_none_or(|t| {
                    let w = t.text(self.text);
                    matches!(w, "," | "." | ";" | ")")
                        || words::is_function_word(w)
                        || words::is_reporting_verb(w)
                });
            // ("the law firm Slaughter and May,": a partnership's two names after a firm's
            // noun in the singular; "the firms X and Y" are two.)
            let partners = before == Some(noun)
                && matches!(noun, "firm" | "practice" | "partnership" | "consultancy")
                && words.len() == 1
                && self.word(end) == Some("and")
                && self.is_cap(end + 1)
                && !self.is_cap(end + 2)
                && self.tokens.get(end + 2).is_none_or(|t| {
                    let w = t.text(self.text);
                    t.kind == TokenKind::Punct
                        || words::is_function_word(w)
                        || words::is_reporting_verb(w)
                });
            // ("Berlusconi's People of Freedom party": a word and "of" before the name that
            // the noun after ends are the name's first words, "People" being no head.)
            let first = if lower(end) == Some(noun)
                && first >= 3
                && self.word(first - 1) == Some("of")
                && self.is_cap(first - 2)
                && !self.tokens[first - 2].line_break_before
                && self.word(first - 2).is_some_and(|w| {
                    g.place(w).is_none() && !words::is_role(w) && !g.is_given_name(w)
                })
                && (matches!(self.tok(first - 3), Some("s" | "the" | "The"))
                    || self.at_start(first - 2))
            {
                first - 2
            } else {
                first
            };
            // ("the Scottish National party": adjectives alone name no party; the noun, written
            // in lower case by some papers, is part of the name.)
            let adjectival = lower(end) == Some("party")
                && words.len() >= 2
                && words
                    .iter()
                    .all(|(_, w)| g.is_adjective(w) || is_party_adjective(w));
            let end = if numbered || adjectival {
                end + 1
            } else if partners {
                end + 2
            } else {
                end
            };
            let evidence = Evidence::OrgHead(noun.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return true;
        }
        // ("the government of Nursultan Nazarbayev" names a person; "the town of Jasper" names
        // no one, given name or not.)
        let town = settlement.is_some_and(|n| {
            matches!(
                n,
                "village"
                    | "town"
                    | "city"
                    | "municipality"
                    | "suburb"
                    | "state"
                    | "province"
                    | "region"
                    | "district"
                    | "county"
                    | "prefecture"
                    | "exclave"
                    | "enclave"
            ) || (words::is_settlement_plural(n) && !matches!(n, "states" | "islands"))
        }) || (settlement.is_some() && lower(end) == settlement);
        if let Some(noun) = settlement
            && !country
            && !words
                .iter()
                .any(|(_, w)| words::is_role(w) || words::is_org_head(w) || g.is_adjective(w))
            && (town
                || !words
                    .iter()
                    .any(|(_, w)| g.is_given_name(w) && g.place(w).is_none()))
        {
            let evidence = Evidence::OtherHead(noun.to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return true;
        }
        false
    }

    /// A name followed by a phrase that says what it is: "Mizuho, Japan's third-largest bank,"
    /// (an organisation), "Reschinsky, the union's negotiator," (a person). The phrase starts
    /// with "a", "an", "the" or a possessive and ends, before the next punctuation, with a
    /// lower-case noun for a kind of organisation or a role.
    fn named_by_apposition(&self, first: usize, end: usize, out: &mut Vec<Candidate>) -> bool {
        // A lone word opening a sentence may be any word ("Separately, the bank said"), unless
        // it is no English word ("Gavi, the vaccine alliance,").
        let lone_opening = self.at_start(first)
            && end - first == 1
            && self
                .word(first)
                .is_none_or(|w| gazetteer().is_common_word(w));
        if self.tok(end) != Some(",") || lone_opening {
            return false;
        }
        // "Stockton Rush, chief executive of OceanGate,": roles right after the comma, without
        // an article, then "of", "at" or "for": a person (a town's name may open it).
        let g = gazetteer();
        let roles_end = (end + 1..end + 5)
            .take_while(|&k| self.word(k).is_some_and(words::is_role))
            .last()
            .filter(|&k| {
                self.word(k).is_some_and(words::is_person_title)
                    && matches!(self.tok(k + 1), Some("of" | "at" | "for"))
            });
        let named = self.words_in(first, end);
        let (start, stop) = self.span(first, end);
        let phrase = &self.text[start..stop];
        if roles_end.is_some()
            && (1..=3).contains(&named.len())
            && g.place(phrase).is_none()
            && !g.is_company(phrase)
            && named
                .last()
                .is_some_and(|&(_, w)| g.place(w).is_none() && !g.is_company(w))
            && named.iter().all(|&(j, w)| {
                !self.is_acronym(j)
                    && !words::is_role(w)
                    && !words::is_org_head(w)
                    && !words::is_company_word(w)
                    && !g.is_adjective(w)
            })
        {
            let head = self.word(roles_end.unwrap_or(end)).unwrap_or_default();
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Person),
                Evidence::Title(head.to_string()),
            );
            return true;
        }
        let opens = self
            .word(end + 1)
            .is_some_and(|w| matches!(w, "a" | "an" | "the"))
            || (self.is_cap(end + 1) && matches!(self.tok(end + 2), Some("'" | "’")));
        if !opens {
            return false;
        }
        // "Suzu, a town of 13,000 at the tip": a place, by the noun for its kind.
        let settlement = (end + 2..end + 5)
            .take_while(|&k| {
                self.word(k)
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
            })
            .find(|&k| {
                self.word(k).is_some_and(|w| {
                    matches!(
                        w,
                        "town"
                            | "city"
                            | "village"
                            | "port"
                            | "suburb"
                            | "municipality"
                            | "island"
                            | "province"
                            | "region"
                            | "district"
                            | "country"
                            | "nation"
                            | "kingdom"
                            | "archipelago"
                            | "riding"
                            | "constituency"
                            | "basin"
                            | "crater"
                            | "valley"
                            | "lake"
                            | "river"
                            | "volcano"
                            | "plateau"
                            // ("Khreshchatyk, the main street,".)
                            | "street"
                            | "avenue"
                            | "boulevard"
                            | "square"
                    )
                }) && self.tokens.get(k + 1).is_some_and(|t| {
                    // (Not a possessive: "Rutte, the country's longest-serving leader".)
                    (t.kind == TokenKind::Punct && !matches!(t.text(self.text), "'" | "’"))
                        || matches!(
                            t.text(self.text),
                            "of" | "in"
                                | "on"
                                | "near"
                                | "that"
                                | "where"
                                | "which"
                                | "with"
                                | "inside"
                                | "within"
                                | "between"
                                | "along"
                                | "off"
                                // ("McLeod Ganj, the hill town above Dharamsala", "a town
                                // north of the capital", "a village 30 km from".)
                                | "above"
                                | "below"
                                | "beside"
                                | "outside"
                                | "overlooking"
                                | "north"
                                | "south"
                                | "east"
                                | "west"
                                | "northeast"
                                | "northwest"
                                | "southeast"
                                | "southwest"
                                | "across"
                                | "about"
                                | "some"
                                | "just"
                        )
                        || t.kind == TokenKind::Number
                })
            });
        // "Orbital, a short novel that follows", "Casgevy, the first treatment to use": a work
        // or a product, by the noun for its kind among the first words (not "Smith, a film
        // director": a noun after it is the head).
        // ("AlphaFold2, an artificial intelligence model presented in 2020": a participle may
        // follow the noun; "Naomi Campbell, a fashion model who": a person is no model here.)
        let work = self
            .noun_after_article(end, words::is_product_noun_before)
            .filter(|&k| {
                self.tokens.get(k + 1).is_some_and(|t| {
                    let w = t.text(self.text);
                    // (Not a possessive: "Edward Weiler, the telescope's program scientist".)
                    (t.kind == TokenKind::Punct && !matches!(w, "'" | "’"))
                        || words::is_function_word(w)
                        || (w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase))
                        || matches!(w, "built" | "made" | "sold" | "flown" | "known" | "written")
                })
            });
        // (A ship may bear a place's name: "the Costa Concordia, the luxury cruise liner that".)
        let vessel = work.is_some_and(|k| self.word(k).is_some_and(words::is_vessel_noun));
        if let Some(k) = work
            && !(self.word(k) == Some("model") && g.is_given_name(named[0].1))
            && (1..=3).contains(&named.len())
            && named.iter().all(|(_, w)| {
                !words::is_role(w)
                    && !words::is_org_head(w)
                    && !g.is_adjective(w)
                    && (vessel || g.place(w).is_none())
                    && !g.is_company(w)
            })
        {
            let evidence = Evidence::OtherHead(self.word(k).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return true;
        }
        if let Some(k) = settlement
            && (1..=3).contains(&named.len())
            && named
                .iter()
                .all(|(_, w)| !words::is_role(w) && !words::is_org_head(w) && !g.is_adjective(w))
        {
            let evidence = Evidence::OtherHead(self.word(k).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return true;
        }
        // "Abdul Muhari, a spokesman for the disaster agency,": a role among the first words
        // after the article, before any noun for a body, is the person's.
        // (The role heads its phrase: "the prime minister's residence" names no person.)
        let role = self
            .noun_after_article(end, words::is_person_title)
            .filter(|&k| {
                self.tokens.get(k + 1).is_some_and(|t| {
                    let w = t.text(self.text);
                    (t.kind == TokenKind::Punct && !matches!(w, "'" | "’" | "-"))
                        || words::is_function_word(w)
                })
            });
        let body = self.noun_after_article(end, words::is_org_kind);
        // ("Pellam Brothers, the market leader,": a firm leads a market.)
        let market = role.is_some_and(|k| self.market_before(k));
        if let Some(k) = role
            && !market
            && body.is_none_or(|b| k < b)
            && (2..=4).contains(&named.len())
            && g.place(phrase).is_none()
            && !g.is_company(phrase)
            && named.iter().all(|&(j, w)| {
                !self.is_acronym(j)
                    && g.place(w).is_none()
                    && !g.is_company(w)
                    && !words::is_org_head(w)
                    && !words::is_company_word(w)
                    && !words::is_role(w)
            })
        {
            let evidence = Evidence::Title(self.word(k).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Person), evidence);
            return true;
        }
        // "the White Helmets, a rescue group working in the northwest,": the noun for an
        // organisation among the first words, before a participle, "that", "based" or "of" and
        // its members.
        let org_first = self
            .noun_after_article(end, words::is_org_kind)
            // ("a group once linked to al-Qaida": an adverb may come first.)
            .map(|k| {
                let adverb = self
                    .word(k + 1)
                    .is_some_and(|w| matches!(w, "once" | "now" | "long" | "still" | "formerly"));
                if adverb { k + 1 } else { k }
            })
            .filter(|&k| {
                // (A noun only a business is: "Debswana, a joint venture between …"; not a
                // possessive: "Elon Musk, the company's founder".)
                !matches!(self.tok(k + 1), Some("'" | "’"))
                    && self.word(k).is_some_and(|n| {
                        matches!(
                            n,
                            "venture"
                                | "subsidiary"
                                | "firm"
                                | "company"
                                | "conglomerate"
                                | "startup"
                                | "start-up"
                                | "carmaker"
                                | "automaker"
                                | "chipmaker"
                                | "drugmaker"
                                | "lender"
                                | "insurer"
                                | "retailer"
                                | "miner"
                                // ("the Peoples Temple, an American religious sect,".)
                                | "sect"
                                | "cult"
                        )
                    })
                    || self.word(k + 1).is_some_and(|w| {
                        matches!(
                        w,
                        "that"
                            | "which"
                            | "based"
                            | "founded"
                            | "formed"
                            | "created"
                            | "launched"
                            | "led"
                            | "headed"
                            | "backed"
                            | "owned"
                            | "set"
                            | "run"
                            | "known"
                            | "linked"
                            | "allied"
                            | "affiliated"
                            | "aligned"
                            // (A relative clause without "that": "the group he placed in
                            // trust".)
                            | "he"
                            | "she"
                            | "they"
                            | "we"
                    ) || (w.len() > 5 && w.ends_with("ing"))
                        // "a group of researchers who …" (not "a group of islands").
                        || (w == "of"
                            && self.word(k + 2).is_some_and(|n| {
                                n.starts_with(char::is_lowercase)
                                    && n.len() > 3
                                    && n.ends_with('s')
                                    && !words::is_settlement_noun(n)
                                    && !words::is_settlement_plural(n)
                            }))
                    })
            });
        // (A given name and an English word may name a firm: "Red Lobster, the seafood chain
        // known for …".)
        let common_last = named.last().is_some_and(|&(_, w)| g.is_common_word(w));
        if org_first.is_some()
            && let Some(noun) = self.noun_after_article(end, words::is_org_kind)
            && (1..=4).contains(&named.len())
            && !named.iter().any(|&(_, w)| {
                words::is_role(w)
                    || g.place(w).is_some()
                    || (g.is_given_name(w) && !common_last)
                    // ("In January, the firm told regulators": a date before the clause.)
                    || dates::is_month_or_weekday(w)
            })
        {
            let evidence = Evidence::OrgHead(self.word(noun).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return true;
        }
        // (A relative pronoun ends the noun phrase too: "Catholics, a stunning decision that
        // makes him the first pope".)
        let mut i = end + 1;
        while i < end + 10
            && self.tokens.get(i).is_some_and(|t| {
                !matches!(
                    t.text(self.text),
                    "," | "." | ";" | ":" | ")" | "(" | "that" | "which" | "who"
                )
            })
        {
            i += 1;
        }
        if self.tokens.get(i).is_none() {
            return false;
        }
        // ("Freixe, a 39-year veteran of the company,": the noun before "of" heads it, unless
        // it names a part of what follows: "a unit of the company".)
        // (So does the noun before "at", "in" or "for": "Valerie Schafer, a historian at the
        // CNRS research agency who …".)
        let head_at = (end + 3..i)
            .find(|&k| matches!(self.word(k), Some("of" | "at" | "in" | "for")))
            .filter(|&k| {
                !self.word(k - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "unit" | "division" | "arm" | "branch" | "part" | "affiliate"
                    )
                })
            })
            .unwrap_or(i);
        let Some(head) = self
            .word(head_at - 1)
            .filter(|w| w.chars().all(char::is_lowercase))
        else {
            return false;
        };
        // ("Shahina Akter, a 26-year-old sewing machine operator,": bodies have no age a
        // person could have; "the 233-year-old merchant bank" is one.)
        let aged = (end + 2..i).any(|k| {
            self.word(k) == Some("old")
                && self.tok(k - 1) == Some("-")
                && !(k >= 4
                    && self
                        .tok(k - 4)
                        .and_then(|n| n.parse::<u32>().ok())
                        .is_some_and(|years| years > 120))
        });
        // ("Nokia, the market leader,": a leader of a market is a firm.)
        let market = head == "leader" && self.market_before(head_at - 1);
        // (Before "at", "in" or "for", a noun for a body tells nothing: "Richard Teng, a former
        // regulator in Abu Dhabi who …" is a person.)
        // (Nor does a person's after "the" or a place's name: "Sunisa Lee of the United
        // States, the champion in Tokyo".)
        let placed_head = head_at < i && self.word(head_at) != Some("of");
        if placed_head
            && (matches!(
                first.checked_sub(1).and_then(|k| self.word(k)),
                Some("the" | "The")
            ) || g
                .place(&self.text[self.tokens[first].start..self.tokens[end - 1].end])
                .is_some())
        {
            return false;
        }
        let kind = if (words::is_org_kind(head) || market) && !aged {
            if placed_head {
                return false;
            }
            EntityKind::Organization
        } else if words::is_person_title(head) || aged {
            EntityKind::Person
        } else {
            return false;
        };
        let words = self.words_in(first, end);
        // (Nor a day: "On Monday, a police officer, Jose Aguirre, was shot".)
        if words.len() > 4
            || words.iter().any(|(_, w)| {
                words::is_role(w)
                    || g.place(w).is_some()
                    || crate::analysis::dates::is_weekday_name(w)
            })
        {
            return false;
        }
        let evidence = match kind {
            EntityKind::Person => Evidence::Title(head.to_string()),
            _ => Evidence::OrgHead(head.to_string()),
        };
        self.push(out, first, end, Some(kind), evidence);
        true
    }

    /// Whether the token at `k`, after a name and its "'s", is one no possessive stands before:
    /// "Sotheby's said", "at Christie's in New York", "sold at Sotheby's."
    fn no_possessive_after(&self, k: usize) -> bool {
        no_possessive_before(self.tok(k), self.tok(k + 1))
    }

    /// Whether the article writes the word at `first` with "'s" somewhere else before a token
    /// no possessive stands before (see [`Self::no_possessive_after`]): a firm's name.
    fn firm_possessive_elsewhere(&self, first: usize) -> bool {
        let word = self.tokens[first].text(self.text);
        let base = self.tokens[first].start;
        self.article.iter().enumerate().any(|(i, t)| {
            t.start != base && t.text(self.text) == word && {
                let at = |k: usize| self.article.get(i + k).map(|t| t.text(self.text));
                matches!(at(1), Some("'" | "’"))
                    && at(2) == Some("s")
                    && no_possessive_before(at(3), at(4))
            }
        })
    }

    /// Whether a role is held "at" the token `at`, a few words before it in the clause: "a
    /// co-chairman of postwar and contemporary art at Christie's" (where one works, not a
    /// ground one plays at).
    fn role_before_at(&self, at: usize) -> bool {
        let mut words = 0;
        for k in (at.saturating_sub(12)..at).rev() {
            let t = &self.tokens[k];
            if t.kind == TokenKind::Word {
                if words::is_role(t.text(self.text)) {
                    return true;
                }
                words += 1;
                if words == 8 {
                    return false;
                }
            } else if t.text(self.text) != "-" {
                return false;
            }
        }
        false
    }

    /// Whether the article uses this word in lower case somewhere ("target" for "Target").
    fn used_in_lower_case(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        let text = self.text;
        text.match_indices(lower.as_str()).any(|(at, _)| {
            let before = text[..at].chars().next_back();
            let after = text[at + lower.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    }

    /// Whether the phrase reads as a personal name nothing else has claimed: two or three
    /// capitalised words, none of them an English word, a place, a demonym, a role or a head
    /// noun ("Virat Kohli", "Huo Meng"), and its first word never used on its own in the
    /// article ("Berlinale … Berlinale Palast" is named after something). "Golden Bear" (English
    /// words), "Al Jazeera" and "Casa da Música" (particles) are not names of this shape.
    fn reads_as_name(&self, first: usize, end: usize) -> bool {
        let g = gazetteer();
        let words = self.words_in(first, end);
        // Particles and hyphens join the words of places and foreign institutions as often
        // as those of people ("Casa da Música", "Kempir-Abad"): such names need other evidence,
        // except a hyphen in the surname after a first name ("Kwame Osei-Bonsu").
        let last_part = (first..end)
            .rev()
            .find(|&i| !self.glued(i))
            .unwrap_or(first);
        let hyphen = |i: usize| matches!(self.tok(i), Some("-" | "‐"));
        let apostrophe = (first..end).any(|i| matches!(self.tok(i), Some("'" | "’")));
        let spaced = (first..end)
            .filter(|&i| !self.glued(i) || i == first)
            .filter(|&i| !self.word(i).is_some_and(words::is_name_particle))
            .count();
        // (Dutch and German particles join people's names only: "Botic van de Zandschulp";
        // so do "arap" and "wa": "Bingu wa Mutharika".)
        let personal = |k: usize, w: &str| {
            matches!(w, "van" | "von" | "der" | "den" | "ter" | "arap" | "wa")
                || (w == "de" && k > 0 && words[k - 1].1 == "van")
        };
        let particles = || {
            words
                .iter()
                .enumerate()
                .filter(|(_, (_, w))| words::is_name_particle(w))
                .any(|(k, &(_, w))| !personal(k, w) || k == 0)
        };
        if words.len() < 2
            || particles()
            || apostrophe
            || (first..last_part).any(hyphen)
            || !(2..=3).contains(&spaced)
            || words.len() > 4
            || matches!(words[0].1, "Al" | "El" | "Le" | "La")
            || french_plural(words[0].1, words[1].1)
            // (No one's surname is a continent's name: "Greenpeace Africa" is a branch.)
            || matches!(
                words[words.len() - 1].1,
                "Africa" | "Asia" | "Europe" | "America" | "Americas" | "Oceania" | "Antarctica"
            )
        {
            return false;
        }
        // After a hyphen an English surname may follow ("Adeyemi-Brown").
        // (So may a word that is also a title, before the hyphen: "Anirban Sen-Gupta".)
        // (A surname of two letters first, as Chinese names are written, may be a word too:
        // "Xi Jinping".)
        let short_surname = |j: usize, w: &str| {
            j == first
                && w.len() == 2
                && !words::is_function_word(w)
                && words.len() == 2
                && !g.is_common_word(words[1].1)
        };
        let name_like = |&(j, w): &(usize, &str)| {
            self.is_cap(j)
                && (self.name_word(j, w) || (j > first && hyphen(j + 1) && self.glued(j + 1)))
                && (!g.is_common_word(w) || (j > first && hyphen(j - 1)) || short_surname(j, w))
                && !self.is_acronym(j)
                && w.chars().count() >= 2
                && w.chars().all(char::is_alphabetic)
        };
        if !words
            .iter()
            .filter(|(_, w)| !words::is_name_particle(w))
            .all(name_like)
        {
            return false;
        }
        // (After a country's possessive a person is named in full, whose first name may recur
        // alone: "India's Gukesh Dommaraju … Gukesh said".)
        let country_possessive = self
            .possessor(first)
            .and_then(|(_, c)| g.place(c))
            .is_some_and(|(_, p)| !p.group.is_empty());
        let counts = self.counts();
        // (A particle after the first word says it opens a name: "Botic van de Zandschulp".)
        country_possessive
            || words::is_name_particle(words[1].1)
            || counts.word(words[0].1) <= counts.pair(words[0].1, words[1].1)
    }

    /// The end of a state or country named after the comma at `comma` that `accept` takes:
    /// one capitalised word ("Ohio"), two ("South Carolina", not a city's) or an abbreviation
    /// in AP style ("S.C.", "Calif.").
    fn state_after_comma(
        &self,
        comma: usize,
        accept: impl Fn(&crate::analysis::gazetteer::Place) -> bool,
    ) -> Option<usize> {
        let g = gazetteer();
        let first = comma + 1;
        if !self.is_cap(first) {
            return None;
        }
        // The abbreviation: tokens glued to the first, up to a period.
        let mut k = first + 1;
        while k < self.tokens.len() && self.glued(k) {
            if self.tok(k) == Some(".")
                && g.place(&self.text[self.tokens[first].start..self.tokens[k].end])
                    .is_some_and(|(_, p)| !p.alias_of.is_empty() && accept(&p))
            {
                return Some(k + 1);
            }
            k += 1;
        }
        if self.is_cap(first + 1)
            && !self.glued(first + 1)
            && g.place(&self.text[self.tokens[first].start..self.tokens[first + 1].end])
                .is_some_and(|(_, p)| p.kind != "city" && accept(&p))
        {
            return Some(first + 2);
        }
        g.place(self.word(first)?)
            .filter(|(_, p)| accept(p))
            .map(|_| first + 1)
    }

    /// Whether a line opens with words in capitals and a dash, as a dateline without a state
    /// or an agency does ("BRIGHTWATER — Two days after…"), where the words are no English
    /// words or known company ("BREAKING —", "UPDATE —" are not places) and not short enough
    /// to be an acronym.
    fn bare_dateline(&self, first: usize, end: usize) -> bool {
        let g = gazetteer();
        let words = self.words_in(first, end);
        // (A hyphen set off by spaces is a dash too: "LITTLETON - Two students".)
        let spaced_hyphen = self.tok(end) == Some("-")
            && self.tokens[end].space_before
            && self.tokens.get(end + 1).is_some_and(|t| t.space_before);
        self.tokens[first].line_break_before
            && (matches!(self.tok(end), Some("—" | "–")) || spaced_hyphen)
            && self.is_cap(end + 1)
            && words.iter().map(|(_, w)| w.len()).sum::<usize>() >= 5
            && !words.iter().all(|(_, w)| g.is_common_word(w))
            && !g.is_company(&self.text[self.tokens[first].start..self.tokens[end - 1].end])
    }

    /// Whether what follows a line-opening word in capitals makes it a dateline, so a place
    /// even if no gazetteer knows it: an agency credit and a dash ("BRIGHTWATER (AP) —"), a
    /// comma and a month ("BRIGHTWATER, Sept. 18"), or a comma, a state and a dash or a date
    /// ("BRIGHTWATER, Ohio —", "BRIGHTWATER, Ohio, May 2").
    fn dateline_shape(&self, end: usize) -> bool {
        // (AP's old wire copy has an underscore for the dash: "MANILA (AP) _".)
        let dash = |i: usize| matches!(self.tok(i), Some("-" | "–" | "—" | "_"));
        let credit = self.tok(end) == Some("(")
            && self.is_cap(end + 1)
            && self.tok(end + 2) == Some(")")
            && dash(end + 3);
        // "MADRID (Sept 14, 2025) —": a date in brackets, then the dash.
        let bracketed_date = self.tok(end) == Some("(")
            && self
                .word(end + 1)
                .is_some_and(crate::analysis::dates::is_month_or_weekday)
            && (end + 2..end + 9).any(|i| self.tok(i) == Some(")") && dash(i + 1));
        // "PANAJI, Goa –": a region the lists do not know, then the dash.
        let regioned = self.tok(end) == Some(",")
            && self.is_cap(end + 1)
            && !self.is_acronym(end + 1)
            && dash(end + 2);
        let dated = self.tok(end) == Some(",")
            && self
                .word(end + 1)
                .is_some_and(crate::analysis::dates::is_month_or_weekday);
        // "VARNBY, Fellmark (AP) —": a capitalised word, then an agency's credit and the dash.
        let credited = self.tok(end) == Some(",")
            && self.is_cap(end + 1)
            && self.tok(end + 2) == Some("(")
            && self.is_acronym(end + 3)
            && self.tok(end + 4) == Some(")")
            && dash(end + 5);
        // "WENTZVILLE, Mo. —", "BOCA CHICA, Texas —": a state or country, then the dash (or
        // a typewriter's, "REDMOND, Wash. --").
        let g = gazetteer();
        let spaced_hyphen = |i: usize| {
            self.tok(i) == Some("-") && self.tokens.get(i).is_some_and(|t| t.space_before)
        };
        // ("KOUROU, French Guiana —": the state or country may take two words.)
        let two_words = self.tok(end) == Some(",")
            && self.is_cap(end + 1)
            && self.is_cap(end + 2)
            && !self.glued(end + 2)
            && matches!(self.tok(end + 3), Some("—" | "–" | "-" | "("))
            && g.place(&self.text[self.tokens[end + 1].start..self.tokens[end + 2].end])
                .is_some_and(|(_, p)| p.kind != "city");
        let state = self.tok(end) == Some(",")
            && self.word(end + 1).is_some_and(|w| {
                g.place(w).is_some_and(|(_, p)| p.kind != "city")
                    || g.place(&format!("{w}."))
                        .is_some_and(|(_, p)| !p.alias_of.is_empty())
            })
            && (end + 2..end + 4)
                .take_while(|&i| {
                    self.tok(i) == Some(".")
                        || !self.tokens[i].space_before
                        || matches!(self.tok(i), Some("—" | "–" | "("))
                        || spaced_hyphen(i)
                })
                .any(|i| matches!(self.tok(i), Some("—" | "–" | "(")) || spaced_hyphen(i));
        // "PUTRAJAYA, Malaysia, July 28, 2025 (AFP) -": a country or state, then the date
        // (of any kind: "MORWELL, Victoria, July 7" names a state that is a city's name too).
        let state_dated = self.tok(end) == Some(",")
            && self.word(end + 1).is_some_and(|w| g.place(w).is_some())
            && self.tok(end + 2) == Some(",")
            && self
                .word(end + 3)
                .is_some_and(crate::analysis::dates::is_month_or_weekday);
        // ("EAST RUTHERFORD, N.J. (AP) —": an abbreviation of several letters.)
        let abbreviated = || {
            self.tok(end) == Some(",")
                && self
                    .state_after_comma(end, |p| p.kind != "city")
                    .is_some_and(|after| {
                        matches!(self.tok(after), Some("—" | "–" | "("))
                            // ("CAPE CANAVERAL, Fla., June 26, 2025".)
                            || (self.tok(after) == Some(",")
                                && self
                                    .word(after + 1)
                                    .is_some_and(crate::analysis::dates::is_month_or_weekday))
                    })
        };
        credit
            || bracketed_date
            || regioned
            || credited
            || dated
            || state
            || two_words
            || state_dated
            || abbreviated()
    }

    /// A model named by a word and its number after its maker's possessive: "Meta's Quest 3",
    /// "Sony's PlayStation 5" (the number ending the phrase), or before the noun for its kind:
    /// "a Falcon 9 rocket". The maker, undecided so far, is an organisation. Pushes the model
    /// and returns true when it is one.
    fn numbered_model(&self, first: usize, end: usize, out: &mut Vec<Candidate>) -> bool {
        let g = gazetteer();
        // (Without its maker, the noun for its kind after the number says it: "atop a Falcon
        // 9 rocket", whatever else the word names.)
        let maker = self.possessor(first).map(|(maker, _)| maker);
        if maker.is_none()
            && !self
                .word(end + 1)
                .is_some_and(|w| words::is_product_noun_after(w) && w != "index")
        {
            return false;
        }
        let numbered = self
            .tokens
            .get(end)
            .is_some_and(|t| t.kind == TokenKind::Number && t.space_before && t.end - t.start <= 2);
        // (A comma, a bracket, a grammar word or the noun for the model's kind after it: not
        // a score or a count, "Salah 2.", "Arsenal 3-1".)
        let closes = self.tokens.get(end + 1).is_some_and(|t| {
            let w = t.text(self.text);
            matches!(w, "," | ")" | ";")
                || (t.kind == TokenKind::Word
                    && (words::is_function_word(w) || words::is_product_noun_after(w)))
        });
        if end - first != 1
            || !numbered
            || !closes
            || !self.is_cap(first)
            || self.is_acronym(first)
            || self.word(first).is_some_and(|w| {
                (g.place(w).is_some() && maker.is_some())
                    || g.is_given_name(w)
                    || words::is_role(w)
                    || words::is_org_head(w)
            })
        {
            return false;
        }
        let Some(maker) = maker else {
            let evidence = Evidence::OtherHead(self.word(end + 1).unwrap_or_default().to_string());
            self.push(out, first, end + 1, Some(EntityKind::Other), evidence);
            return true;
        };
        let maker_end = self.tokens[maker].end;
        if let Some(c) = out
            .iter_mut()
            .rev()
            .take(3)
            .find(|c| c.end == maker_end && c.kind.is_none())
        {
            c.kind = Some(EntityKind::Organization);
            c.evidence = Evidence::OrgHead("maker".to_string());
        }
        let evidence = Evidence::OtherHead("maker".to_string());
        self.push(out, first, end + 1, Some(EntityKind::Other), evidence);
        true
    }

    /// Whether the token at `first` follows a clock time, as a time zone does: "17:55 BST",
    /// "11:40 am MT", "9 a.m. EST", "0600 GMT".
    fn after_clock(&self, first: usize) -> bool {
        // ("9:36 p.m. Sunday ET": the day may stand between.)
        if first >= 1
            && self.word(first - 1).is_some_and(|w| {
                crate::analysis::dates::is_month_or_weekday(w) && w.ends_with("day")
            })
        {
            return self.after_clock(first - 1);
        }
        // ("shortly after midnight GMT": noon and midnight are clock times in words.)
        if first >= 1 && matches!(self.word(first - 1), Some("midnight" | "noon")) {
            return true;
        }
        // ("a.m." may end the sentence the time zone opens.)
        let before = self.text[..self.tokens[first].start].trim_end();
        if ["a.m.", "p.m.", "A.M.", "P.M."]
            .iter()
            .any(|m| before.ends_with(m))
        {
            return true;
        }
        first >= 2
            && (matches!(self.word(first - 1), Some("am" | "pm" | "AM" | "PM"))
                || (self.tokens[first - 1].kind == TokenKind::Number
                    && (self.tok(first - 2) == Some(":")
                        // ("13.52 CET": a stop between hours and minutes, as British and
                        // French papers write them.)
                        || (self.tok(first - 2) == Some(".")
                            && self.glued(first - 1)
                            && self.tok(first - 1).is_some_and(|t| t.len() == 2)
                            && first >= 3
                            && self.tokens[first - 3].kind == TokenKind::Number
                            && self.glued(first - 2))
                        || self.tok(first - 1).is_some_and(|t| {
                            t.len() == 4 && t.parse::<u32>().is_ok_and(|n| n % 100 < 60 && n < 2400)
                        })))
                || (self.tok(first - 1) == Some(".")
                    && matches!(self.word(first - 2), Some("m" | "M"))))
    }

    /// Whether lower-case words at `at` name a site, as after its name: "mine", "power plant",
    /// "nuclear power plant".
    fn site_noun_at(&self, at: usize) -> bool {
        let lower = |i: usize| self.word(i).filter(|w| w.starts_with(char::is_lowercase));
        let compound = |i: usize| {
            lower(i)
                .zip(lower(i + 1))
                .is_some_and(|(a, b)| words::is_site_compound(a, b))
        };
        lower(at).is_some_and(words::is_site_noun_after) || compound(at) || compound(at + 1)
    }

    /// Whether the word at `j` can be part of a personal name.
    fn name_word(&self, j: usize, t: &str) -> bool {
        let g = gazetteer();
        // An initial, whatever word the letter alone would be: "Juan A. Lozano".
        let initial = t.len() == 1 && self.tok(j + 1) == Some(".") && self.glued(j + 1);
        // An elided particle with the rest of the name: "Giscard d'Estaing".
        let elided = matches!(t, "d" | "l" | "dell")
            && matches!(self.tok(j + 1), Some("'" | "’"))
            && self.glued(j + 1)
            && self.glued(j + 2)
            && self.is_cap(j + 2);
        initial
            || elided
            || (self.is_cap(j) || words::is_name_particle(t))
                // ("Augusta National": an adjective no one has for a surname.)
                && !matches!(t, "National" | "International" | "Central" | "Federal")
                // (Nor a doctrine: "Tibetan Buddhism", "Marxism".)
                && !(t.len() >= 6 && t.ends_with("ism"))
                && (!words::breaks_name(t)
                    // ("Sally Field", "Peter Brook": a head that is also a surname, after a
                    // given name; not after a word that places it: "from Roosevelt Field".)
                    || ((words::is_surname_head(t) || words::is_surname_title(t))
                        && j > 0
                        && self.word(j - 1).is_some_and(|p| g.is_given_name(p))
                        && !(j >= 2 && self.word(j - 2).is_some_and(words::places_a_town))))
                && !g.is_adjective(t)
                && g.place(t).is_none_or(|(_, p)| {
                    g.is_given_name(t)
                        // (A city's name as a surname after an initial: "V. M. Molotov"; any
                        // place's after a given name and an initial: "Matthew D. Mann".)
                        || (j >= 2
                            && self.initial_at(j - 2)
                            && (p.kind == "city"
                                || (j >= 3 && self.word(j - 3).is_some_and(|w| g.is_given_name(w)))))
                })
    }

    /// Finds a personal name ending the chunk: starting with a given name, or right after a
    /// title. Returns its first token and the evidence.
    fn person_suffix(&self, first: usize, end: usize) -> Option<(usize, Evidence)> {
        let g = gazetteer();
        let words = self.words_in(first, end);
        // (A station or a street is no person: "Victoria Station", "Avenue Habib
        // Bourguiba".)
        if words.len() >= 2
            && (words.last().is_some_and(|&(_, w)| w == "Station")
                || words::opens_street_name(words[0].1))
        {
            return None;
        }
        // A role before initials is the title of the name they open: "Author J.K. Rowling",
        // "Author J. K. Rowling" (read as the name alone).
        if words.len() >= 3
            && words::is_role(&words[0].1.to_lowercase())
            && self.is_cap(words[0].0)
            && words[1].1.len() == 1
            && self.is_cap(words[1].0)
            && self.tok(words[1].0 + 1) == Some(".")
            && self.glued(words[1].0 + 1)
        {
            return self.person_suffix(words[1].0, end);
        }
        // Whether each word can be part of a name, and from where on all of them can.
        let mut nameable: Vec<bool> = words.iter().map(|&(j, t)| self.name_word(j, t)).collect();
        // A given name that is also a head noun, before a name: "Bill Russell"; before an
        // English word too after a title: "Microsoft chairman Bill Gates".
        for k in 0..words.len().saturating_sub(1) {
            let (j, w) = words[k];
            let titled = || {
                if k > 0 {
                    words::is_person_title(words[k - 1].1)
                } else {
                    first > 0 && self.word(first - 1).is_some_and(words::is_person_title)
                }
            };
            if !nameable[k]
                && nameable[k + 1]
                && self.is_cap(j)
                && words::is_other_head(w)
                && g.is_given_name(w)
                && (!g.is_common_word(words[k + 1].1)
                    || titled()
                    || self.follows_honorific(words[k + 1].1))
            {
                nameable[k] = true;
            }
        }
        // A word that opens places' names, inside a name after another word of it: "Aung San
        // Suu Kyi" (not "San Jose").
        for k in 1..words.len().saturating_sub(1) {
            if !nameable[k] && nameable[k - 1] && matches!(words[k].1, "San" | "Santa") {
                nameable[k] = true;
            }
        }
        // …or ending it after a given name: "Pablo Isla".
        if let [.., (_, given), (_, last)] = words[..]
            && !nameable[words.len() - 1]
            && nameable[words.len() - 2]
            && g.is_given_name(given)
            && words::opens_places_only(last)
        {
            nameable[words.len() - 1] = true;
        }
        // …or a place's after a particle that follows a given name: "Miguel de la Madrid",
        // "Juan de la Cruz".
        let n = words.len();
        if n >= 3
            && !nameable[n - 1]
            && g.place(words[n - 1].1).is_some()
            && (0..n - 2).rev().any(|k| {
                g.is_given_name(words[k].1)
                    && words[k + 1..n - 1]
                        .iter()
                        .all(|&(_, w)| words::is_name_particle(w))
            })
        {
            nameable[n - 1] = true;
        }
        // …or a head word's, after a given name and an initial: "Dominick J. Arena", "Edward
        // H. Field".
        let n = words.len();
        if n >= 3
            && !nameable[n - 1]
            && nameable[n - 3]
            && self.after_given_and_initial(words[n - 1].0)
            && self.is_cap(words[n - 1].0)
            && !self.is_acronym(words[n - 1].0)
            && !words::is_org_head(words[n - 1].1)
        {
            nameable[n - 1] = true;
        }
        // …or a month's (or a modal verb's, or a rank's, or a link's "Read"), after a given
        // name: "Theresa May", "Brian May", "John Major", "Rob Read"; not before a day:
        // "Sinner May 3".
        // (After "Mr." or "Mrs." too: "Mr. Major said".)
        // (Not a reading time: "5 Min Read".)
        if let [
            ..,
            (_, given),
            (j, last @ ("May" | "June" | "August" | "Major" | "Read")),
        ] = words[..]
            && !(last == "Read"
                && first
                    .checked_sub(1)
                    .is_some_and(|p| self.tokens[p].kind == TokenKind::Number))
            && !nameable[words.len() - 1]
            && (matches!(given, "Mr" | "Mrs" | "Ms")
                || (nameable[words.len() - 2] && g.is_given_name(given)))
            && self.is_cap(j)
            && self
                .tokens
                .get(end)
                .is_none_or(|t| t.kind != TokenKind::Number)
        {
            nameable[words.len() - 1] = true;
        }
        // A surname that is also a town's, after a given name or a title and a name: "Kazuo
        // Ueda", "Jack London", "Governor Haruto Ueda"; or a province's: "Tomas Herrera".
        let n = words.len();
        let titled = n >= 3 && words::is_person_title(words[n - 3].1);
        if let [.., (_, given), (j, last)] = words[..]
            && let [.., true, false] = nameable[..]
            && (g.is_given_name(given) || titled)
            && self.is_cap(j)
            // (A country's, after a title: "Prime Minister Luís Montenegro".)
            && g.place(last).is_some_and(|(_, p)| {
                p.kind == "city" || p.is_province() || (titled && p.kind == "country")
            })
        {
            nameable[n - 1] = true;
        }
        // Initials, each with its period and a space after, before a surname: "F. W. de
        // Klerk", "N. R. Kleinfield" (not "U.S. Navy", whose letters are glued).
        let initial = |j: usize| {
            self.word(j)
                .is_some_and(|w| w.len() == 1 && w.bytes().all(|b| b.is_ascii_uppercase()))
                && self.tok(j + 1) == Some(".")
                && self.glued(j + 1)
                && self.tokens.get(j + 2).is_some_and(|t| t.space_before)
        };
        // (Or a middle initial between two names: "Chesley B. Sullenberger III".)
        let suffix = |w: &str| matches!(w, "Jr" | "Sr" | "II" | "III" | "IV");
        let plain = |j: usize, t: &str| {
            self.is_cap(j)
                && !g.is_common_word(t)
                && g.place(t).is_none()
                && !words::is_org_head(t)
                && !words::is_company_word(t)
                && !self.is_acronym(j)
        };
        // (A surname that is an English word after a known given name: "Rodney G. King",
        // "George W. Bush"; or a city's name: "Lavrenti P. Beria", not a country's.)
        let no_country = |t: &str| g.place(t).is_none_or(|(_, p)| p.kind != "country");
        // (In capitals, a signature's or a byline's: "EDWIN M. STANTON".)
        if let [(j0, given), (i1, _), (j2, surname)] = words[..]
            && initial(i1)
            && self.is_acronym(j0)
            && self.is_acronym(j2)
            && given.len() >= 3
            && surname.len() >= 3
            && g.is_given_name(&capitalized(given))
            && !words::is_org_head(&surname.to_lowercase())
            && g.place_any_case(surname).is_none()
        {
            return Some((j0, Evidence::NameShape));
        }
        // (A surname with its particle, whatever its last word: "James A. Van Fleet".)
        if let [(j0, given), (i1, _), (_, particle), (j3, surname)] = words[..]
            && initial(i1)
            && words::is_name_particle(&particle.to_lowercase())
            && particle.starts_with(char::is_uppercase)
            && g.is_given_name(given)
            && self.is_cap(j0)
            && self.is_cap(j3)
            && !self.is_acronym(j3)
            && surname.len() >= 3
        {
            return Some((j0, Evidence::NameShape));
        }
        // (Not a country's initials before a title: "U.S. Sen. Amy Klobuchar".)
        if let [(j0, given), (i1, _), (j2, surname), ref rest @ ..] = words[..]
            && initial(i1)
            && !words::is_abbreviated_title(surname)
            && rest.len() <= 1
            && rest.iter().all(|&(_, w)| suffix(w))
            && plain(j0, given)
            && (plain(j2, surname)
                || (g.is_given_name(given)
                    && self.is_cap(j2)
                    && !self.is_acronym(j2)
                    && no_country(surname)
                    && !words::is_org_head(surname)
                    && !words::is_company_word(surname)))
            && !words::is_role(given)
        {
            return Some((j0, Evidence::NameShape));
        }
        if let [(i0, _), ..] = words[..]
            && initial(i0)
        {
            let rest: Vec<(usize, &str)> = words
                .iter()
                .copied()
                .skip_while(|&(j, _)| initial(j))
                .collect();
            // (Two initials make a person of an English word or a city's name too: "C. J.
            // Tan", "E. B. White", "V. M. Molotov"; not one, "J. Crew", "N. Korea".)
            let two = words.len() - rest.len() >= 2
                && rest.len() == 1
                && self.is_cap(rest[0].0)
                && !self.is_acronym(rest[0].0)
                && no_country(rest[0].1)
                && !words::is_org_head(rest[0].1)
                && !words::is_company_word(rest[0].1)
                && !words::is_role(rest[0].1);
            // (Not a demonym: "N. Korean leader".)
            if let [.., (_, last)] = rest[..]
                && rest.len() <= 3
                && !words::is_name_particle(last)
                && !g.is_adjective(last)
                && (two
                    || rest
                        .iter()
                        .all(|&(j, t)| words::is_name_particle(t) || plain(j, t)))
            {
                return Some((i0, Evidence::NameShape));
            }
        }
        let mut all_from = words.len();
        while all_from > 0 && nameable[all_from - 1] {
            all_from -= 1;
        }
        for (k, &(i, w)) in words.iter().enumerate() {
            let tail = &words[k..];
            let parts = tail
                .iter()
                .filter(|(_, t)| !words::is_name_particle(t))
                .count();
            // A surname with its particle after a title: "President de Gaulle", "Mr. van der
            // Merwe" (the particle opens the name).
            if k >= 1
                && k >= all_from
                && words::is_name_particle(w)
                && !self.is_cap(i)
                && words::is_person_title(words[k - 1].1)
                && tail.len() >= 2
                && tail.len() <= 3
                && tail[1..].iter().enumerate().all(|(n, &(j, t))| {
                    (self.is_cap(j) && n == tail.len() - 2) || words::is_name_particle(t)
                })
            {
                return Some((i, Evidence::Title(words[k - 1].1.to_string())));
            }
            if parts > 5 || !self.is_cap(i) || k < all_from {
                continue;
            }
            // "… of the Red Cross": a name after a connector belongs to the phrase before it;
            // so does a saint's after the word for saint: "Basilica of Santa Maria Maggiore".
            if k > 0
                && (words::is_name_connector(words[k - 1].1)
                    || words::is_function_word(words[k - 1].1)
                    || matches!(words[k - 1].1, "Santa" | "San" | "Saint" | "St" | "São"))
            {
                continue;
            }
            // A title just before: inside the phrase, or a lower-case one before it
            // ("former president Uhuru Kenyatta").
            // ("Anirban Sen-Gupta": a word joined to the name by a hyphen is half of a double
            // surname, not a title.)
            // ("Justice Luiz Fux": a judge's title where it opens the phrase; not in "Court of
            // Justice", "Law and Justice".)
            // ("Lord Justice Taylor", "Chief Justice Roberts": a judge's title after a rank.)
            let judge_rank = k >= 2
                && matches!(
                    words[k - 2].1,
                    "Lord" | "Lady" | "Chief" | "Mr" | "Mrs" | "Ms" | "Associate"
                );
            let title = if k > 0 {
                Some(words[k - 1].1)
                    .filter(|t| {
                        words::is_person_title(t) || ((k == 1 || judge_rank) && *t == "Justice")
                    })
                    .filter(|_| self.tok(i - 1) != Some("-"))
            } else {
                first
                    .checked_sub(1)
                    .and_then(|p| self.word(p))
                    .filter(|t| words::is_person_title(t))
                    // (A clock's "pm" is no prime minister: "at 10:32 pm Sunday".)
                    .filter(|t| {
                        !(matches!(*t, "pm" | "am")
                            && first >= 2
                            && self.tokens[first - 2].kind == TokenKind::Number)
                    })
            };
            // "the Red Cross": English words after "the" name a thing, not a person.
            let the_common = ((first > 0 && matches!(self.word(first - 1), Some("the" | "The")))
                || self.word(first) == Some("The"))
                && tail.iter().all(|(_, t)| g.is_common_word(t));
            // ("near the border with Jefferson Parish": Louisiana's county, not "Chairman Steve
            // Parish".)
            let parish = k == 0
                && tail.len() == 2
                && tail[1].1 == "Parish"
                && !self.word(end).is_some_and(words::is_reporting_verb)
                && !first
                    .checked_sub(1)
                    .and_then(|p| self.word(p))
                    .is_some_and(words::is_person_title);
            if tail.len() >= 2
                && g.is_given_name(w)
                && !parish
                && !self.is_acronym(i)
                && !words::is_company_word(tail[tail.len() - 1].1)
                && !words::is_place_tail(tail[tail.len() - 1].1)
                // ("Manna FoodBank": a last word in camel case is a brand's.)
                && !is_camel_case(tail[tail.len() - 1].1)
                // ("West Des Moines": a known place; "Red Lobster, the seafood chain": a body.)
                && g.place(&self.text[self.tokens[i].start..self.tokens[end - 1].end]).is_none()
                // ("Philippine Red Cross": a known body after a word that is also a given name.)
                && !(tail.len() >= 3
                    && g.is_company(&self.text[self.tokens[tail[1].0].start..self.tokens[end - 1].end]))
                // ("the New York Fed": the given name ends a place's name.)
                && !(k > 0
                    && g.place(&self.text[self.tokens[words[k - 1].0].start..self.tokens[i].end])
                        .is_some())
                // (Not "Elon Musk, the company's founder,": the noun must head the phrase.)
                && !(k == 0
                    && self.tok(end) == Some(",")
                    && self
                        .noun_after_article(end, words::is_org_kind)
                        .is_some_and(|n| !matches!(self.tok(n + 1), Some("'" | "’"))))
                && !the_common
                // "Paris Saint-Germain", "Paris St Germain": a saint's name makes a place's.
                && !tail[1..].iter().any(|(_, t)| matches!(*t, "Saint" | "Sainte" | "St"))
                && !french_plural(w, tail[1].1)
                // ("Christian Democratic Appeal": a party's creed is no one's surname.)
                && !tail.iter().any(|(_, t)| is_creed(t))
                // (A given name and a word joined by a hyphen alone, "Severo-Kurilsk", is a
                // place's or a double surname, never a person's full name.)
                && self.text[self.tokens[i].start..self.tokens[end - 1].end].contains(' ')
            {
                // Take in unknown given names before a known one ("Luiz Inácio Lula da Silva"),
                // when the whole phrase up to it reads as a name.
                // ("Rival Eli Lilly": not an English word.)
                // ("Whistleblower Howard Wilkinson": nor two English words written as one,
                // opening the sentence.)
                let all_names = words[..k].iter().zip(&nameable).all(|(&(j, w), &ok)| {
                    self.is_cap(j)
                        && ok
                        && !g.is_common_word(w)
                        && !(self.at_start(j) && g.is_closed_compound(w))
                });
                let start = if all_names && k <= 2 { 0 } else { k };
                return Some((words[start].0, Evidence::GivenName));
            }
            // (Particles do not count: "President Luiz Inacio Lula da Silva".)
            // ("Martin Luther King Jr.": a suffix after a title names no one.)
            // ("European champion Paris Saint-Germain": a saint's name joined by a hyphen
            // makes a place's or a club's.)
            // ("Vice President JD Vance": two initials written as capitals, before a surname.)
            let initials = w.len() == 2 && tail.len() == 2 && !self.is_acronym(tail[1].0);
            // ("the Chief Constable of Dumfries": English words after "the" and a title are
            // a rank.)
            if let Some(title) = title
                && !the_common
                && (1..=4).contains(&parts)
                && (!self.is_acronym(i) || initials)
                && !matches!(w, "Jr" | "Sr")
                && !tail[1..].iter().any(|&(j, t)| {
                    matches!(t, "Saint" | "Sainte" | "St") && self.tok(j + 1) == Some("-")
                })
                // ("from China General Nuclear": a title after a place's name, before English
                // words, is part of a body's name.)
                && !(k >= 2
                    && g.place(words[k - 2].1).is_some()
                    && tail.iter().all(|&(_, t)| g.is_common_word(t)))
                // ("Prince William Sound": a feature named for a prince.)
                && !(tail.len() >= 2
                    && matches!(
                        tail[tail.len() - 1].1,
                        "Sound" | "Slope" | "Crater" | "Tunnel" | "Falls" | "Gardens"
                    ))
            {
                return Some((i, Evidence::Title(title.to_string())));
            }
        }
        None
    }

    /// The word for a relative (or a friend) right before `first`, or before a comma there:
    /// "wife" in "his wife, Meredith," and "son" in "her son Tom"; "brothers" for both names
    /// in "his brothers Dennis and Carl".
    fn kin_before(&self, first: usize) -> Option<&'a str> {
        // ("his brothers Dennis and Carl": the second of two named after a plural.)
        if first >= 3
            && self.word(first - 1) == Some("and")
            && self.is_cap(first - 2)
            && let Some(kin) = self.kin_before(first - 2)
            && kin.ends_with('s')
        {
            return Some(kin);
        }
        let kin_at = if first >= 2 && self.tok(first - 1) == Some(",") {
            // ("His wife of 61 years, Lynne,".)
            let married = first >= 6
                && self.word(first - 2) == Some("years")
                && self
                    .tokens
                    .get(first - 3)
                    .is_some_and(|t| t.kind == TokenKind::Number)
                && self.word(first - 4) == Some("of");
            Some(if married { first - 5 } else { first - 2 })
        } else {
            first.checked_sub(1)
        };
        kin_at.and_then(|k| self.word(k)).filter(|w| {
            matches!(
                *w,
                "wife"
                    | "husband"
                    | "son"
                    | "daughter"
                    | "mother"
                    | "father"
                    | "brother"
                    | "sister"
                    | "partner"
                    | "widow"
                    | "widower"
                    | "fiancée"
                    | "fiance"
                    | "fiancé"
                    | "cousin"
                    | "friend"
                    | "nephew"
                    | "niece"
                    | "uncle"
                    | "aunt"
                    | "grandson"
                    | "granddaughter"
                    | "sons"
                    | "daughters"
                    | "brothers"
                    | "sisters"
            )
        })
    }

    /// The word whose possessive comes right before `at`, with its index: "Boeing" in
    /// "Boeing's Starliner", "India" in "India's Gukesh".
    fn possessor(&self, at: usize) -> Option<(usize, &'a str)> {
        (at >= 3 && self.word(at - 1) == Some("s") && matches!(self.tok(at - 2), Some("'" | "’")))
            .then(|| self.word(at - 3).map(|w| (at - 3, w)))
            .flatten()
    }

    /// Whether the words at `at` say what a business does, past an adverb: "Alphabet's Waymo
    /// already runs paid rides", "its unit said" (a company, where a product would not be
    /// the subject).
    fn acts_as_business(&self, at: usize) -> bool {
        let at = if self
            .word(at)
            .is_some_and(|w| matches!(w, "already" | "also" | "still" | "now") || w.ends_with("ly"))
        {
            at + 1
        } else {
            at
        };
        self.word(at).is_some_and(|w| {
            words::is_reporting_verb(w)
                || matches!(
                    w,
                    "runs"
                        | "operates"
                        | "owns"
                        | "employs"
                        | "hires"
                        | "sells"
                        | "offers"
                        | "plans"
                        | "makes"
                        | "builds"
                        | "charges"
                        | "serves"
                        | "bought"
                        | "acquired"
                        | "sold"
                        | "hired"
                        | "invested"
                        | "launched"
                        | "buys"
                        | "acquires"
                        | "invests"
                        | "launches"
                )
        })
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
                || self.labour_portfolio(first)
                || words::is_name_connector(w)
                || (words::is_function_word(w) && !self.is_acronym(first))
            {
                first += 1;
            } else {
                break;
            }
        }
        let mut end = end;
        while end > first && self.word(end - 1).is_some_and(words::is_name_connector) {
            end -= 1;
        }
        // Trailing roles go too ("EAC Secretary General" → "EAC"); what is left of a role phrase
        // counts only if it still names something ("Cabinet Secretary" → nothing).
        let whole = end;
        while end > first
            && (self
                .word(end - 1)
                .is_some_and(|w| words::is_role(w) || words::is_name_connector(w))
                // ("UN Secretary-General")
                || matches!(self.tok(end - 1), Some("-" | "‐"))
                // ("Cook County Medical Examiner")
                || (self.word(end - 1) == Some("Medical") && self.word(end) == Some("Examiner")))
        {
            end -= 1;
        }
        // A court's level before a judge's or a prosecutor's role belongs to the role: "U.S.
        // District Judge", "Manhattan District Attorney" (the place stays); so does a fire
        // service's word: "Los Angeles County Fire Chief".
        if end < whole
            && end > first
            && self.word(end - 1).is_some_and(|w| {
                matches!(
                    w,
                    "District" | "Circuit" | "Appeals" | "Bankruptcy" | "Fire" | "Cabinet"
                )
            })
        {
            end -= 1;
        }
        // So does a minister's portfolio, and India's word for the federal government before
        // it: "Union Home Minister Rajnath Singh" names no union.
        if end < whole
            && end > first
            && self.word(end - 1).is_some_and(|w| {
                matches!(
                    w,
                    "Home" | "Foreign" | "Finance" | "Defence" | "Defense" | "Interior" | "Health"
                )
            })
        {
            end -= 1;
            if end == first + 1 && self.word(first) == Some("Union") {
                end = first;
            }
        }
        // (An agency's acronym, then its beat, before a byline's desk: "AP Film Writer".)
        if end < whole && self.is_acronym(first) && self.word(whole - 1).is_some_and(words::is_desk)
        {
            end = first + 1;
        }
        let left = self.words_in(first, end);
        // A chamber's word is part of its leaders' titles: "House Speaker Paul Ryan", "Senate
        // Majority Leader Mitch McConnell".
        if let [(_, "House" | "Senate")] = left[..]
            && matches!(self.word(end), Some("Speaker" | "Majority" | "Minority"))
        {
            return;
        }
        // ("Stellantis Chief Executive Carlos Tavares": a word that is no English word, before
        // the roles, names the employer.)
        let names_something = end == whole
            || left.len() >= 2
            || (left.len() == 1
                && (self.is_acronym(first)
                    || g.place(left[0].1).is_some()
                    || words::is_institution(left[0].1)
                    || !(g.is_common_word(left[0].1) || g.is_adjective(left[0].1))));
        if first < end && names_something {
            self.classify_plain(first, end, out);
        } else if first < end && left.len() == 1 && end < whole {
            // ("Constellation Chief Executive Joe Dominguez": an English word before the roles
            // waits for the corpus pass, which knows it if the article names "Constellation
            // Energy".)
            self.push(out, first, end, None, Evidence::Undecided);
        }
    }

    /// Classifies a phrase that holds no personal name at its end.
    fn classify_plain(&self, first: usize, end: usize, out: &mut Vec<Candidate>) {
        let g = gazetteer();
        let words = self.words_in(first, end);
        let Some(&(_, last_word)) = words.last() else {
            return;
        };
        if let [(_, word)] = words[..]
            && words::is_faith_word(word)
        {
            return;
        }
        // A town's quarter by its compass point: "the North Side", "the lower East Side",
        // "the North End", "Manhattan's Upper West Side".
        if let [.., (_, compass), (_, "Side" | "End")] = words[..]
            && words::is_compass(compass)
            && words.len() <= 3
            && (words.len() == 2 || matches!(words[0].1, "Upper" | "Lower" | "Far"))
        {
            let evidence = Evidence::OtherHead(last_word.to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A place's government by the place's name is the place named: "the Isle of Man
        // Government's chief executive", "the United States Government" (a people's adjective
        // names the body: "the French Government").
        if let [.., (k, "Government")] = words[..]
            && k > first
            && {
                let (start, stop) = self.span(first, k);
                let place = &self.text[start..stop];
                g.place(place).is_some() && !g.is_adjective(place)
            }
        {
            self.classify_plain(first, k, out);
            return;
        }
        // People by their nation name no entity: "Israelis", "Eleven Israelis were killed".
        if last_word.len() > 4
            && last_word.ends_with('s')
            && g.is_adjective(&last_word[..last_word.len() - 1])
            && words[..words.len() - 1].iter().all(|&(_, w)| {
                crate::analysis::dates::is_number_word(w)
                    || matches!(
                        w,
                        "Dozens" | "Hundreds" | "Thousands" | "Many" | "Some" | "Most"
                    )
            })
        {
            return;
        }
        // A quadrant after a street names nothing of its own: "2600 Virginia Ave. NW"…
        if let [(_, "NW" | "NE" | "SW" | "SE")] = words[..]
            && first >= 2
            && self.tok(first - 1) == Some(".")
            && matches!(self.word(first - 2), Some("Ave" | "Blvd" | "St"))
        {
            return;
        }
        // …and is no part of the street's name: "1600 Pennsylvania Avenue NW".
        if let [.., (_, street), (_, "NW" | "NE" | "SW" | "SE")] = words[..]
            && words::ends_street_name(street)
        {
            self.classify_plain(first, end - 1, out);
            return;
        }
        // A creed named for its founder or its cause, as faiths are, names no entity: "the
        // Marxist government", "Islamists" (not "Lindqvist", a surname, nor "Christ").
        if let [(_, word)] = words[..]
            && word.len() >= 6
            && ["ist", "ists", "ism"].iter().any(|s| word.ends_with(s))
            && !["vist", "vists", "Christ"]
                .iter()
                .any(|s| word.ends_with(s))
            && !g.is_given_name(word)
            && g.place(word).is_none()
            && !g.is_company(word)
        {
            return;
        }
        // A firm named for its town, a word for a company and more: "Toyota Motor Sales
        // U.S.A." (the town is no place of its own there).
        if words.len() >= 3
            && let Some(&(_, second)) = words.get(1)
            && crate::analysis::ascii::with_lowercase(second, words::is_company_word)
                .unwrap_or(false)
            && g.place(words[0].1).is_some()
            && !words
                .iter()
                .any(|&(_, w)| words::is_role(&w.to_lowercase()))
        {
            let evidence = Evidence::OrgHead(second.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // An abbreviated title before a name is no name: "Lt. Gen. Fidel Ramos".
        if let [(_, word)] = words[..]
            && words::is_abbreviated_title(word)
            && self.tok(end) == Some(".")
            && self.glued(end)
        {
            return;
        }
        let (start, stop) = self.span(first, end);
        let phrase = &self.text[start..stop];
        let next_is = |options: &[&str]| self.tok(end).is_some_and(|t| options.contains(&t));
        // The Federal Reserve by its short name, alone or after a district's city: "the Fed",
        // "the New York Fed" (not "Fed up").
        if last_word == "Fed"
            && !next_is(&["up"])
            && (words.len() == 1
                || g.place(self.text[start..self.tokens[end - 1].start].trim_end())
                    .is_some())
        {
            let evidence = Evidence::OrgHead("Fed".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        if let [(_, _), (_, "Parish")] = words[..]
            && !self.word(end).is_some_and(words::is_reporting_verb)
        {
            let evidence = Evidence::OtherHead("Parish".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A building named by an English word and "House": "Government House", "State House",
        // "Opera House" (not a chamber after its state: "the Texas House"; not "Chatham
        // House", a name of its own).
        if let [(_, word), (_, "House")] = words[..]
            && g.is_common_word(word)
            && g.place(word).is_none()
            && !g.is_adjective(word)
            && !g.is_company(phrase)
            && !self.word(end).is_some_and(words::is_reporting_verb)
        {
            let evidence = Evidence::OtherHead("House".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // …and by a name, where one is or goes: "said at Bute House", "arrived at Birla
        // House" (a house that speaks is a body: "Chatham House said").
        if let [(_, _), (_, "House")] = words[..]
            && first >= 1
            && self
                .word(first - 1)
                .is_some_and(|w| matches!(w, "at" | "outside" | "inside" | "into" | "from"))
            && !g.is_company(phrase)
            && !self.word(end).is_some_and(words::is_reporting_verb)
        {
            let evidence = Evidence::OtherHead("House".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A newspaper by its masthead's word after "the", mid-sentence: "leaked to the
        // Guardian", "told the Times" (not "the Post Office": one word alone).
        if let [(j, word)] = words[..]
            && first >= 1
            && self.word(first - 1) == Some("the")
            && !self.at_start(first - 1)
            && self.is_cap(j)
            && !self.is_acronym(j)
            && crate::analysis::ascii::with_lowercase(word, words::is_masthead_word)
                .unwrap_or(false)
            && !self
                .word(end)
                .is_some_and(|w| w.starts_with(char::is_lowercase) && !words::is_function_word(w))
        {
            let evidence = Evidence::OrgHead(word.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A paper's name opening its publication line, before the date: "The Guardian, Monday
        // 5 July 1976".
        let dated_after = self.tok(end) == Some(",")
            && self.tokens.get(end + 1).is_some_and(|t| {
                t.kind == TokenKind::Number
                    || crate::analysis::dates::is_month_or_weekday(t.text(self.text))
            });
        if dated_after
            && first >= 1
            && matches!(self.word(first - 1), Some("The" | "THE"))
            && self.at_start(first - 1)
            && words.last().is_some_and(|&(_, w)| {
                crate::analysis::ascii::with_lowercase(w, words::is_masthead_word).unwrap_or(false)
            })
        {
            let evidence = Evidence::OrgHead(words[words.len() - 1].1.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A label in capitals opening its line: "SOURCE: Al Jazeera", "NOTE:", "UPDATE:".
        if let [(j, word)] = words[..]
            && next_is(&[":"])
            && (j == 0 || self.tokens[j].line_break_before)
            && word.len() >= 4
            && self.is_acronym(j)
            && crate::analysis::ascii::with_lowercase(word, |w| g.is_common_word(w))
                .unwrap_or(false)
        {
            return;
        }
        // A page stamp's weekday or month in capitals: "UPDATED FRI, JUN 16 2017".
        if let [(j, word)] = words[..]
            && self.is_acronym(j)
            && (crate::analysis::dates::is_month_or_weekday(word)
                || words::is_weekday_abbreviation(word))
            && (next_is(&[","])
                || self
                    .tokens
                    .get(end)
                    .is_some_and(|t| t.kind == TokenKind::Number))
        {
            return;
        }
        // The end of a British office's title: "Chancellor of the Exchequer".
        if let [(_, "Exchequer")] = words[..]
            && first >= 3
            && self.word(first - 1) == Some("the")
            && self.word(first - 2) == Some("of")
            && self
                .word(first - 3)
                .is_some_and(|w| w.eq_ignore_ascii_case("chancellor"))
        {
            return;
        }
        // A strait named by a country, its people or a town: "the English Channel", "the
        // Mozambique Channel" (not "the Disney Channel", a broadcaster).
        if let [(_, word), (_, "Channel")] = words[..]
            && (g.is_adjective(word) || g.place(word).is_some())
        {
            let evidence = Evidence::OtherHead("Channel".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // "Olympian", "Paralympian": an athlete of the Games, no name.
        if let [(_, "Olympian" | "Olympians" | "Paralympian" | "Paralympians")] = words[..] {
            return;
        }
        // A disease named before "virus" or "fever": "the Marburg virus", "Lassa fever".
        // (So is one before "epidemic" or "outbreak" that names no place or body: "the Ebola
        // epidemic", not "the Wuhan outbreak"; and a scandal by its name: "the Watergate
        // scandal", "the Profumo affair".)
        let epidemic = next_is(&["epidemic", "outbreak", "pandemic", "scandal", "affair"])
            && g.place(phrase).is_none()
            && !g.is_company(phrase)
            && words.iter().all(|&(j, w)| {
                !self.is_acronym(j)
                    && !g.is_given_name(w)
                    && !g.is_adjective(w)
                    && !g.is_common_word(w)
            });
        // (A disease by its initials too: "the SARS outbreak"; not a body's: "the WHO
        // pandemic response", "an NHS scandal".)
        let initials = || {
            next_is(&["epidemic", "outbreak", "pandemic", "virus"])
                // (Not the first word of a longer noun: "the CDC outbreak team".)
                && self.word(end + 1).is_none_or(|w| {
                    !w.starts_with(|c: char| c.is_ascii_lowercase())
                        || words::is_function_word(w)
                        || crate::analysis::dates::is_past_verb(w)
                })
                && matches!(words[..], [(j, w)] if self.is_acronym(j)
                    && w.len() >= 3
                    && !g.is_company(w)
                    && g.place(w).is_none()
                    && !crate::analysis::ascii::with_lowercase(w, |l| g.is_common_word(l))
                        .unwrap_or(true))
        };
        if words.len() <= 2 && (next_is(&["virus", "fever"]) || epidemic || initials()) {
            let evidence = Evidence::OtherHead(self.tok(end).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A gang, band or team named in Spanish by a plural: "Los Choneros", "Los Lobos" (not
        // a town: "Las Palmas", nor one placed by a preposition: "in Los Cabos").
        if let [(_, "Los" | "Las"), (_, plural)] = words[..]
            && plural.len() > 4
            && plural.ends_with('s')
            && g.place_any_case(phrase).is_none()
            && !g.is_town(phrase)
            && !(first > 0
                && self
                    .word(first - 1)
                    .is_some_and(|w| matches!(w, "in" | "at" | "from" | "to" | "near" | "outside")))
        {
            // ("Cox, of Los Alamitos,": where someone is from, a town.)
            let from = first >= 2
                && self.word(first - 1) == Some("of")
                && self.tok(first - 2) == Some(",");
            let (kind, evidence) = if from {
                (EntityKind::Place, Evidence::Located)
            } else {
                (
                    EntityKind::Organization,
                    Evidence::OrgHead(words[0].1.to_string()),
                )
            };
            self.push(out, first, end, Some(kind), evidence);
            return;
        }
        // A nickname, set off after a person's or an organisation's name: "Jimmy Cherizier,
        // known as Barbecue,", "Law and Justice, known as PiS,".
        let nickname_of = out
            .last()
            .filter(|c| {
                // ("known in the industry as CZ": a few words between.)
                let known = (2..=5)
                    .find(|&k| {
                        first >= k + 2
                            && matches!(
                                self.word(first - k),
                                Some("known" | "nicknamed" | "dubbed")
                            )
                    })
                    .filter(|&k| {
                        k == 2
                            || (self.word(first - k + 1) == Some("in")
                                && (first - k + 1..first - 1).all(|j| self.word(j).is_some()))
                    });
                let Some(k) = known else {
                    return false;
                };
                first >= k + 2
                    && self.word(first - 1) == Some("as")
                    && self.tok(first - k - 1) == Some(",")
                    && matches!(
                        c.kind,
                        None | Some(EntityKind::Person | EntityKind::Organization)
                    )
                    && c.end == self.tokens[first - k - 2].end
            })
            .map(|c| self.text[c.start..c.end].to_string());
        // …or after a description of the person: "Sean Combs, the music mogul known as Diddy,".
        let nickname_of = nickname_of.or_else(|| {
            let described = first >= 5
                && self.word(first - 1) == Some("as")
                && self.word(first - 2) == Some("known");
            if !described {
                return None;
            }
            let comma = (first.saturating_sub(8)..first - 2)
                .rev()
                .take_while(|&k| {
                    self.tok(k) == Some(",")
                        || self
                            .word(k)
                            .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()))
                })
                .find(|&k| self.tok(k) == Some(","))?;
            let c = out.last()?;
            (comma >= 1
                && matches!(self.word(comma + 1), Some("the" | "a" | "an"))
                && c.kind == Some(EntityKind::Person)
                && c.end == self.tokens[comma - 1].end)
                .then(|| self.text[c.start..c.end].to_string())
        });
        if let Some(name) = nickname_of
            && (1..=2).contains(&words.len())
        {
            self.push(out, first, end, None, Evidence::NicknameOf(name));
            return;
        }
        // A given name and a surname that is also a head noun, before a possessive that only
        // a person has: "equalling Margaret Court's record", "Grace Hall's husband".
        if let [(_, given), _] = words[..]
            && g.is_given_name(given)
            && g.place(given).is_none()
            && matches!(self.tok(end), Some("'" | "’"))
            && self.tok(end + 1) == Some("s")
            && self
                .word(end + 2)
                .is_some_and(words::is_personal_possession)
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Person),
                Evidence::GivenName,
            );
            return;
        }
        // A given name and a surname that is also a role, ending the name: "Travis Head
        // scored", "Carole King sang" (not before "of" or another name).
        if let [(_, given), (_, surname)] = words[..]
            && g.is_given_name(given)
            && !g.is_common_word(given)
            && g.place(given).is_none()
            && words::is_role(&surname.to_lowercase())
            && !words::is_org_head(surname)
            && self.tok(end) != Some("of")
            && !self.is_cap(end)
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Person),
                Evidence::GivenName,
            );
            return;
        }
        // A role without a name: "Entertainment Correspondent" on a byline, "Business Editor".
        if words.len() >= 2
            && words::is_person_title(&last_word.to_lowercase())
            && words[..words.len() - 1]
                .iter()
                .all(|&(j, w)| !self.is_acronym(j) && g.is_common_word(w) && !g.is_given_name(w))
        {
            return;
        }
        // …and after the agency's acronym: "AP Film Writer", "AFP Correspondent" (not a
        // country's: "US Secretary of State").
        if words.len() >= 2
            && self.is_acronym(first)
            && g.place(words[0].1).is_none()
            && words::is_person_title(&last_word.to_lowercase())
            && words[1..words.len() - 1]
                .iter()
                .all(|&(j, w)| !self.is_acronym(j) && g.is_common_word(w) && !g.is_given_name(w))
        {
            self.push(
                out,
                first,
                first + 1,
                Some(EntityKind::Organization),
                Evidence::Acronym,
            );
            return;
        }
        // A broadcaster's station by its number: "BBC Radio 4", "Channel 4 News".
        if let Some(k) = (first + 1..end).find(|&k| {
            self.tokens[k].kind == TokenKind::Number
                && matches!(self.word(k - 1), Some("Radio" | "Channel"))
        }) {
            let evidence = Evidence::OrgHead(self.word(k - 1).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A month or a weekday is a date, never a name ("in January, said …"); so is a
        // holiday ("New Year's Day").
        if (words.len() == 1 && crate::analysis::dates::is_month_or_weekday(last_word))
            || crate::analysis::dates::is_holiday_name(phrase)
        {
            return;
        }
        // An event named by a word and its year: "Euro 2024", "Expo 2020".
        if words.len() == 1
            && !self.is_acronym(first)
            && g.place(last_word).is_none()
            && !g.is_given_name(last_word)
            && !g.is_company(last_word)
            && !words::is_function_word(last_word)
            && self.tokens.get(end).is_some_and(|t| {
                t.kind == TokenKind::Number
                    && t.space_before
                    && t.text(self.text)
                        .parse::<u32>()
                        .is_ok_and(|y| (1900..=2100).contains(&y))
            })
        {
            self.push(
                out,
                first,
                end + 1,
                Some(EntityKind::Other),
                Evidence::OtherHead(last_word.to_string()),
            );
            return;
        }

        // A product after its maker's possessive: "Boeing's Starliner", "Boeing's troubled
        // Starliner capsule" (a word that is no English word, given name or place).
        let maker_before = |at: usize| {
            self.possessor(at)
                .is_some_and(|(_, m)| g.is_company(m) || is_camel_case(m))
        };
        if words.len() == 1
            && !self.is_acronym(first)
            && (maker_before(first)
                || (first
                    .checked_sub(1)
                    .and_then(|p| self.word(p))
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
                    && maker_before(first - 1)))
            && last_word.chars().all(char::is_alphabetic)
            && !g.is_common_word(last_word)
            && !g.is_given_name(last_word)
            && g.place(last_word).is_none()
            && !g.is_company(last_word)
            && !g.is_adjective(last_word)
        {
            // (A unit of the company where it does business: "Alphabet's Waymo already runs".)
            let (kind, evidence) = if self.acts_as_business(end) {
                (
                    EntityKind::Organization,
                    Evidence::OrgHead("unit".to_string()),
                )
            } else {
                (EntityKind::Other, Evidence::OtherHead("maker".to_string()))
            };
            self.push(out, first, end, Some(kind), evidence);
            return;
        }
        // …and after a company the sentence just named, English words too: "Microsoft's
        // Windows", "Firefly Aerospace's Blue Ghost", "PDD Holdings' Temu" (not a person, a
        // role, a body or a unit: "Amazon's Whole Foods unit", "Alphabet's Waymo runs").
        let company_before = out.last().is_some_and(|c| {
            c.kind == Some(EntityKind::Organization)
                && first >= 2
                && (self
                    .possessor(first)
                    .is_some_and(|(m, _)| c.end == self.tokens[m].end)
                    || (self.plural_possessive_after(first - 1)
                        && c.end == self.tokens[first - 2].end))
                && (g.is_company(&self.text[c.start..c.end])
                    || self.text[c.start..c.end].contains(' ')
                    || is_camel_case(&self.text[c.start..c.end]))
        });
        if company_before
            && words.len() <= 3
            && words.len() == end - first
            && !self.is_acronym(first)
            && words.iter().all(|&(_, w)| {
                !g.is_given_name(w)
                    && g.place(w).is_none()
                    && !g.is_company(w)
                    && !g.is_adjective(w)
                    && !words::is_role(&w.to_lowercase())
                    && !words::is_person_title(&w.to_lowercase())
                    && !words::is_org_head(w)
                    && !words::is_company_word(w)
            })
            // (Two or three words none of which is English read as a person: "Tata Motors'
            // Natarajan Chandrasekaran".)
            && !(words.len() >= 2 && words.iter().all(|&(_, w)| !g.is_common_word(w)))
            && !self.acts_as_business(end)
            // (A model number after it is the model rule's: "NASA's Voyager 1".)
            && self
                .tokens
                .get(end)
                .is_none_or(|t| t.kind != TokenKind::Number)
            && !self
                .word(end)
                .is_some_and(|w| matches!(w, "unit" | "division" | "subsidiary" | "arm" | "brand"))
            && !self
                .counts()
                .words_before(words[0].1)
                .any(|w| g.is_given_name(w))
        {
            let evidence = Evidence::OtherHead("maker".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A ballot measure: "Proposition 50".
        if let [(_, "Proposition")] = words[..]
            && self.spaced_number_at(end)
        {
            let evidence = Evidence::OtherHead("Proposition".to_string());
            self.push(out, first, end + 1, Some(EntityKind::Other), evidence);
            return;
        }
        // A model named by a word and its number: "Ariane 6", "Apollo 11" (a word that is no
        // English word, before a number up to 20 and a lower-case word or a stop: not a
        // batsman's score, "Kohli 82").
        // (An English word too where the article numbers it twice, as versions are: "Windows
        // 10 … Windows 11".)
        // (The number first: most words have none after them.)
        if words.len() == 1
            && self.tokens.get(end).is_some_and(|t| {
                t.kind == TokenKind::Number
                    && t.space_before
                    && t.text(self.text).parse::<u8>().is_ok_and(|n| n <= 20)
            })
            && self.tokens.get(end + 1).is_none_or(|t| {
                t.kind == TokenKind::Punct && !matches!(t.text(self.text), "-" | "–" | ":" | "/")
                    || self
                        .word(end + 1)
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
            })
            && !self.is_acronym(first)
            && g.place(last_word).is_none()
            && !g.is_adjective(last_word)
            && !g.is_company(last_word)
            && ((!self.at_start(first) && !g.is_common_word(last_word))
                || self.numbered_twice(first, end))
        {
            self.push(
                out,
                first,
                end + 1,
                Some(EntityKind::Other),
                Evidence::OtherHead(last_word.to_string()),
            );
            return;
        }

        // An acronym defined right here: "International Committee of the Red Cross (ICRC)".
        if next_is(&["("])
            && self.is_acronym(end + 1)
            && self.tok(end + 2) == Some(")")
            && words.len() >= 2
        {
            self.push(
                out,
                end + 1,
                end + 2,
                None,
                Evidence::AcronymOf(phrase.to_string()),
            );
            // "The Integrated Food Security Phase Classification (IPC) said": a body that
            // speaks, whatever its last word.
            if words.len() >= 3
                && self.word(end + 3).is_some_and(words::is_reporting_verb)
                && !words.iter().any(|(_, w)| words::is_role(w))
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
            // "the Chama Cha Mapinduzi (CCM) party": the noun after the acronym says what
            // the body is.
            if let Some(noun) = self.noun_after_acronym(end) {
                let evidence = Evidence::OrgHead(noun.to_string());
                self.push(out, first, end, Some(EntityKind::Organization), evidence);
                return;
            }
        }
        // Listed companies ("Nvidia", "Meta Platforms"); a one-word name opening a sentence
        // only if it is no English word and the article never uses it as one ("Target",
        // "Employers": else the corpus pass decides, from the name's other mentions).
        // (Its possessive before a capitalised word is the company's: "Alphabet's Waymo".)
        let possessive_before_name = || {
            matches!(self.tok(end), Some("'" | "’"))
                && self.word(end + 1) == Some("s")
                && self.is_cap(end + 2)
        };
        // (Nor before what a business does: "Amazon bought a campus", "Target said".)
        let opening_word = || {
            words.len() == 1
                && self.at_start(first)
                && (g.is_common_word(last_word) || self.used_in_lower_case(last_word))
                && !possessive_before_name()
                && !self.acts_as_business(end)
        };
        // ("across the Amazon": a listed name that the article places after "the" is the
        // place, there and in the headline's "Amazon drought".)
        // (Not an acronym: "the leak in the NSA's history" names the agency.)
        let placed_after_the = words.len() == 1
            && !self.is_acronym(first)
            && self.placed_words().after_the.contains(last_word);
        if g.is_company(phrase) && placed_after_the {
            self.push(out, first, end, Some(EntityKind::Place), Evidence::Located);
            return;
        }
        // "Everest" where the article names "Mount Everest": the place, not the company the
        // word also names.
        // (So is an unknown word: "the Mekong" where the article names "the Mekong River".)
        // (Not one that also names a company: "Thames Water … the Thames Valley … Thames".)
        // (Not as a modifier: "the Olympic flame" beside "the Olympic Stadium".)
        let modifies = || {
            self.word(end).is_some_and(|w| {
                w.starts_with(|c: char| c.is_ascii_lowercase())
                    && !words::is_function_word(w)
                    && !words::is_site_noun_after(w)
                    && !words::is_reporting_verb(w)
                    && !crate::analysis::dates::is_past_verb(w)
            })
        };
        if words.len() == 1
            && self.counts().named_with_place_head(phrase)
            && !self.counts().opens_firm_name(phrase)
            && !modifies()
            && (g.is_company(phrase)
                || (!g.is_common_word(phrase)
                    && !g.is_given_name(phrase)
                    && g.place(phrase).is_none()
                    && !self.is_acronym(first)))
        {
            let evidence = Evidence::OtherHead(phrase.to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // (Not after a person's title: "Mr. Gates" is no firm.)
        if g.is_company(phrase) && !opening_word() && !self.after_person_title(first) {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Organization),
                Evidence::Gazetteer,
            );
            return;
        }
        // A known body of two words or more after the one word that says whose it is: the
        // "Philippine Red Cross" (a country's branch of it).
        if words.len() >= 3
            && g.is_company(&self.text[self.tokens[words[1].0].start..stop])
            && g.place(phrase).is_none()
        {
            let evidence = Evidence::OrgHead(words[words.len() - 1].1.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A state abbreviated in AP style after its town: "OAKLAND, Calif." (the period is
        // part of the name; only after a comma, as "Miss." and "Ind." mean other things), with
        // inner periods too: "MAN, W.Va.".
        if !phrase.contains(' ')
            && next_is(&["."])
            && self.glued(end)
            && first > 0
            && self.tok(first - 1) == Some(",")
            && g.place(&format!("{phrase}."))
                .is_some_and(|(_, p)| !p.alias_of.is_empty())
        {
            self.push(
                out,
                first,
                end + 1,
                Some(EntityKind::Place),
                Evidence::Gazetteer,
            );
            return;
        }
        // A city that also names a company in this article, before a word for its shares or
        // staff: "Toyota Motor Corporation … Toyota shares fell".
        if words.len() == 1
            && g.place(phrase).is_some_and(|(_, p)| p.kind == "city")
            && self.word(end).is_some_and(|w| {
                w.starts_with(char::is_lowercase) && words::is_member_noun_after(w)
            })
            && self.counts().opens_firm_name(last_word)
        {
            let evidence = Evidence::OrgHead(self.word(end).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A city's club, as the side a match is played against: "Real Madrid's match against
        // Valencia" (a country there is its national team, which the places keep).
        if words.len() == 1
            && first >= 2
            && self.word(first - 1) == Some("against")
            && self.word(first - 2).is_some_and(|w| {
                matches!(
                    w,
                    "match"
                        | "game"
                        | "clash"
                        | "tie"
                        | "derby"
                        | "fixture"
                        | "win"
                        | "victory"
                        | "defeat"
                        | "draw"
                        | "loss"
                )
            })
            && g.place(phrase).is_some_and(|(_, p)| p.kind == "city")
        {
            let evidence = Evidence::OrgHead(self.word(first - 2).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A state's or a city's team after a result: "a 106-89 win over Michigan", "a loss to
        // Nebraska", "plays at Nebraska on Sunday" (a country there is its national team, which
        // the places keep).
        let result_before = first >= 2
            && matches!(
                (self.word(first - 2), self.word(first - 1)),
                (Some("win" | "victory" | "wins" | "victories"), Some("over"))
                    | (Some("loss" | "losses" | "defeat"), Some("to"))
                    | (Some("plays" | "play" | "played"), Some("at"))
            );
        if result_before
            && (1..=2).contains(&words.len())
            && g.place(phrase)
                .is_some_and(|(_, p)| matches!(p.kind, "city" | "region") || p.is_province())
            && g.place(phrase).is_some_and(|(_, p)| p.group.is_empty())
            && !words::is_home_nation(phrase)
        {
            let evidence = Evidence::OrgHead(self.word(first - 2).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // Something based somewhere is a body: "the Osaka-based Ishin", "Dubai-based
        // Emirates".
        if (1..=4).contains(&words.len())
            && first >= 2
            && self.word(first - 1) == Some("based")
            && self.tok(first - 2) == Some("-")
            && self.glued(first - 1)
            && g.place(phrase).is_none()
            // (Not a language or nationality: "the London-based Arabic newspaper".)
            && !(words.len() == 1 && g.is_adjective(phrase))
        {
            let evidence = Evidence::OrgHead("based".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A platform something is said or posted on: "said on X", "wrote on Telegram", "in a
        // post on X", "Writing on X,"; after the writer set off too: "wrote Newt Gingrich, the
        // former speaker, on Twitter."
        let posted = |w: &str| {
            words::is_reporting_verb(w)
                || matches!(
                    w,
                    "posted"
                        | "wrote"
                        | "appeared"
                        | "post"
                        | "posts"
                        | "posting"
                        | "Posting"
                        | "writing"
                        | "Writing"
                )
        };
        let after_writer = || {
            self.tok(first - 2) == Some(",")
                && (first.saturating_sub(16)..first - 2)
                    .rev()
                    .take_while(|&k| !matches!(self.tok(k), Some("." | ";" | "\"" | "”")))
                    .any(|k| {
                        self.word(k)
                            .is_some_and(|w| matches!(w, "wrote" | "posted"))
                    })
        };
        if words.len() <= 2
            && first >= 2
            && self.word(first - 1) == Some("on")
            && (self.word(first - 2).is_some_and(posted) || after_writer())
            && !self.is_cap(end)
            && g.place(phrase).is_none()
            && !words.iter().any(|&(_, w)| {
                crate::analysis::dates::is_month_or_weekday(w)
                    || crate::analysis::dates::is_holiday_name(w)
                    || g.is_given_name(w)
            })
        {
            let evidence = Evidence::OrgHead("on".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // Known places, also without their diacritics ("Poznan"); all-capitals words are left
        // to the dateline and acronym rules below.
        let mixed_case = !phrase
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase());
        // A town where the article places it: "a hurricane struck Galveston", "the Cupertino-based
        // company", "Galveston, Texas", "from Llandudno" (not "Lautaro Martinez", "Martinez
        // scored" or "spoke to Martinez": towns share surnames).
        let town_placed = || {
            g.is_town(phrase)
                // (A possessive after it is a person's, as often: "at Martinez's home".)
                && !matches!(self.tok(end), Some("'" | "’"))
                && ((first >= 1 && self.word(first - 1).is_some_and(words::places_a_town))
                    || (words.len() == 1 && self.located_in_article(words[0].1))
                    // ("near Al Haouz and Taroudant": joined to a place.)
                    || (first >= 2
                        && matches!(self.word(first - 1), Some("and" | "or"))
                        && out.last().is_some_and(|c| {
                            c.kind == Some(EntityKind::Place) && c.end == self.tokens[first - 2].end
                        }))
                    || (self.tok(end) == Some("-") && self.word(end + 1) == Some("based"))
                    // ("from Leicester to Loughborough": the end of a way from a place.)
                    || (first >= 3
                        && self.word(first - 1) == Some("to")
                        && matches!(
                            self.before_last(out, first - 1),
                            Some(("from", Some(EntityKind::Place)))
                        ))
                    // ("former mayor of Galway": the town a mayor runs.)
                    || (first >= 2
                        && self.word(first - 1) == Some("of")
                        && self
                            .word(first - 2)
                            .is_some_and(|w| matches!(w, "mayor" | "Mayor" | "town" | "city")))
                    || (self.tok(end) == Some(",")
                        && self
                            .state_after_comma(end, |p| p.kind != "city")
                            .is_some()))
        };
        // A name no list has, after a word that places it and before a country, a state or an
        // island set off by a comma: "took off from Lae, New Guinea," (a town too small for
        // the list).
        let placed_before_place = words.len() <= 2
            && first >= 1
            && self.word(first - 1).is_some_and(words::places_a_town)
            && self.tok(end) == Some(",")
            // (Even a given name: "Lae", "Anna, Illinois".)
            && words.iter().all(|&(_, w)| !g.is_common_word(w))
            && g.place(phrase).is_none()
            && !g.is_company(phrase)
            && self.state_after_comma(end, |p| p.kind != "city").is_some();
        if placed_before_place {
            self.push(out, first, end, Some(EntityKind::Place), Evidence::Located);
            return;
        }
        // A word no list has, at the end of a way from a place ("from Paddington to
        // Farringdon"), or placed and joined to a place the lists know ("in Pahoa and Hilo")
        // (no English word, given name, firm or acronym: "from Paris to Smith").
        let unknown_word = || {
            words.len() == 1
                && mixed_case
                && !g.is_common_word(phrase)
                && !g.is_given_name(phrase)
                && !g.is_company(phrase)
                && !g.is_adjective(phrase)
                && g.place(phrase).is_none()
        };
        let way_end = || {
            first >= 3
                && self.word(first - 1) == Some("to")
                // (Or one whose kind is left to the article: "from Paddington".)
                && matches!(
                    self.before_last(out, first - 1),
                    Some(("from", Some(EntityKind::Place) | None))
                )
        };
        let joined_to_known = || {
            first >= 1
                && self.word(first - 1).is_some_and(words::places_a_town)
                && self.word(end) == Some("and")
                && self.is_cap(end + 1)
                && [1, 2].iter().any(|&n| {
                    (end + 1..end + 1 + n).all(|k| self.is_cap(k))
                        && !self.is_cap(end + 1 + n)
                        && self.tokens.get(end + n).is_some_and(|last| {
                            let name = &self.text[self.tokens[end + 1].start..last.end];
                            g.place(name).is_some() || g.is_town(name)
                        })
                })
        };
        // ("in Pahoa and Keaau": joined to a place after a word that places it.)
        let joined_after_placed = || {
            first >= 3
                && matches!(self.word(first - 1), Some("and" | "or"))
                && self.before_last(out, first - 1).is_some_and(|(w, kind)| {
                    matches!(kind, Some(EntityKind::Place) | None) && words::places_a_town(w)
                })
        };
        if (way_end() || joined_to_known() || joined_after_placed()) && unknown_word() {
            self.push(out, first, end, Some(EntityKind::Place), Evidence::Located);
            return;
        }
        // A byline's names: "By Hyonhee Shin and Joyce Lee" (not a desk's field: "By Hannah
        // Greaves, Home Affairs Correspondent").
        if (2..=3).contains(&words.len())
            && self.in_byline(first, end)
            && !self.word(end).is_some_and(words::is_desk)
            && words
                .iter()
                .all(|&(_, w)| !words::is_org_head(w) && !words::is_role(w) && g.place(w).is_none())
        {
            let evidence = Evidence::NameShape;
            self.push(out, first, end, Some(EntityKind::Person), evidence);
            return;
        }
        // (A town named like an English word, opening a sentence before a lower-case word, is
        // the word: "Man charged with arson", not the Ivorian city.)
        let town_as_word = words.len() == 1
            && self.at_start(first)
            && g.is_common_word(phrase)
            && g.place(phrase).is_some_and(|(_, p)| p.kind == "city")
            && self
                .word(end)
                .is_some_and(|w| w.starts_with(|c: char| c.is_lowercase()));
        if town_as_word {
            return;
        }
        // A town's name that is the surname of a person the article has named, before what
        // the person did: "Robert F. Kennedy Jr. … Kennedy promised" (not "in Kennedy").
        let surname_of_named = words.len() == 1
            && self.word(end).is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && (crate::analysis::dates::is_past_verb(w) || words::is_reporting_verb(w))
            })
            && !(first > 0 && self.word(first - 1).is_some_and(words::is_function_word))
            && g.place(phrase).is_some_and(|(_, p)| p.kind == "city")
            && out.iter().any(|c| {
                let name = &self.text[c.start..c.end];
                let name = name
                    .strip_suffix(" Jr.")
                    .or_else(|| name.strip_suffix(" Sr."))
                    .unwrap_or(name);
                c.kind == Some(EntityKind::Person)
                    && name
                        .strip_suffix(phrase)
                        .is_some_and(|rest| rest.ends_with(' '))
            });
        if surname_of_named {
            let evidence = Evidence::PersonCue;
            self.push(out, first, end, Some(EntityKind::Person), evidence);
            return;
        }
        // A relative's given name that is also a town's: "daughters Liz and Mary", "his wife,
        // Nancy," (not "his son in Nancy": the word for the relative must stand right before).
        if words.len() == 1
            && g.is_given_name(phrase)
            && let Some(kin) = self.kin_before(first)
        {
            let evidence = Evidence::Title(kin.to_string());
            self.push(out, first, end, Some(EntityKind::Person), evidence);
            return;
        }
        // A river's or a sea's name without "the", for the firm named after it earlier in the
        // article: "Thames Water … the ruling gave Thames" (the river is "the Thames").
        let known = g.place(phrase);
        let feature = words.len() == 1 && known.is_some_and(|(_, p)| p.kind == "feature");
        let firm_named = feature
            && !(first > 0 && matches!(self.word(first - 1), Some("the" | "The")))
            && out.iter().any(|c| {
                matches!(c.kind, None | Some(EntityKind::Organization))
                    && self.text[c.start..c.end]
                        .strip_prefix(phrase)
                        .is_some_and(|rest| rest.starts_with(' '))
            });
        if firm_named {
            self.push(out, first, end, None, Evidence::Recurring);
            return;
        }
        // A sea's or a region's name as the adjective it also is, before a noun for no
        // landform: "six Caribbean nations", "a Mediterranean cruise" (not "the Baltic coast",
        // nor after "the" or a preposition: "in the Caribbean last week", "sinks in Baltic
        // storm").
        let adjective_use = feature
            && (phrase.ends_with("an") || phrase.ends_with("ic"))
            && !(first > 0
                && matches!(
                    self.word(first - 1),
                    Some(
                        "the"
                            | "The"
                            | "in"
                            | "on"
                            | "over"
                            | "across"
                            | "into"
                            | "to"
                            | "from"
                            | "off"
                            | "near"
                            | "of"
                    )
                ))
            && self.word(end).is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && !words::is_place_head(w)
                    && !matches!(w, "shore" | "shores" | "waters" | "coastline")
            });
        if adjective_use {
            return;
        }
        // A courtesy title makes a surname of a place's name: "Mrs. Lincoln", "Mr Washington".
        let courtesy = |k: usize| {
            self.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "Mr" | "Mrs" | "Ms" | "Miss" | "Mme" | "Mlle" | "Herr" | "Frau" | "Signor"
                )
            })
        };
        let title_at = if first >= 2 && self.tok(first - 1) == Some(".") {
            first - 2
        } else {
            first.saturating_sub(1)
        };
        if words.len() == 1 && known.is_some() && first >= 1 && courtesy(title_at) {
            let evidence = Evidence::Title(self.word(title_at).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Person), evidence);
            return;
        }
        if known.is_some() || (mixed_case && g.place_any_case(phrase).is_some()) || town_placed() {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::Gazetteer,
            );
            return;
        }
        // A news agency credited in a dateline: "June 22 (Interfax) -", "BERLIN (AP) —".
        let dateline_before = |i: usize| {
            self.tokens[i].kind == TokenKind::Number
                || self
                    .word(i)
                    .is_some_and(|w| w.chars().count() >= 3 && w.chars().all(char::is_uppercase))
        };
        // (Also after a country and before a dash: "MALMO, Sweden (AP) —".)
        let dash_after = matches!(self.tok(end + 1), Some("—" | "–" | "-" | "_"));
        // (Or opening its line when the date stands on the line above: "(AP) — Elon Musk".)
        let opens_line = first == 1 || (first >= 1 && self.tokens[first - 1].line_break_before);
        if words.len() <= 3
            && first >= 1
            && self.tok(first - 1) == Some("(")
            && ((dash_after && opens_line)
                || (first >= 2
                    && (dateline_before(first - 2)
                        // ("MOSCOW, June 16. (TASS).": a point after the date.)
                        || (first >= 3
                            && self.tok(first - 2) == Some(".")
                            && self.tokens[first - 3].kind == TokenKind::Number)
                        || (dash_after
                            && (self.is_cap(first - 2)
                                || (self.tok(first - 2) == Some(".") && self.is_cap(first - 3)))))))
            && next_is(&[")"])
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
        // A club of nations by its number: "the G7", "G20 leaders".
        if words.len() == 1
            && last_word.len() <= 3
            && last_word.starts_with('G')
            && last_word[1..].chars().all(|c| c.is_ascii_digit())
            && last_word.len() >= 2
        {
            let evidence = Evidence::OrgHead(last_word.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A name glued to a number: "Astana-2", "COVID-19" (a round, an edition, a disease),
        // or written with it in one word: "COP29".
        // (Not a firm's name with a digit: "Jet2".)
        let capitals_and_digits = last_word.bytes().any(|b| b.is_ascii_digit())
            && last_word
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if words.len() == 1
            && (capitals_and_digits
                || (first + 1..end).any(|i| self.tokens[i].kind == TokenKind::Number))
        {
            // (Britain's security services go by their old military sections: "MI5", "MI6".)
            // (A road by its number, before the word for it: "the A75 motorway".)
            let kind = if matches!(last_word, "MI5" | "MI6") && end == first + 1 {
                EntityKind::Organization
            } else if capitals_and_digits && self.word(end).is_some_and(is_road_noun_after) {
                EntityKind::Place
            } else {
                EntityKind::Other
            };
            self.push(out, first, end, Some(kind), Evidence::Undecided);
            return;
        }
        // Datelines of two cities joined by a slash: "MILAN/FRANKFURT (Reuters)".
        // (Of any length: "COPENHAGEN/STOCKHOLM".)
        let slash_before = first >= 2
            && self.tok(first - 1) == Some("/")
            && self.glued(first)
            && self
                .word(first - 2)
                .is_some_and(|w| w.chars().count() >= 2 && w.chars().all(char::is_uppercase))
            && self.at_start(first - 2);
        let line_start = self.at_start(first) || slash_before;
        if words.len() == 1 && self.is_acronym(first) && words::is_common_acronym(last_word) {
            return;
        }
        // An acronym after "a" and before the clause ends names a kind of thing, not one: "the
        // storm, known as a DANA, hit" (not "a UN agency").
        if words.len() == 1
            && self.is_acronym(first)
            && first > 0
            && matches!(self.word(first - 1), Some("a" | "an"))
            && self
                .tokens
                .get(end)
                .is_none_or(|t| t.kind == TokenKind::Punct)
        {
            return;
        }
        // A model: a number and capitals, before the noun for its kind or after "the" or "a":
        // "a 737 MAX jet", "the 737 MAX" (not "a 500 MW plant": units are shorter).
        // (Or a capitalised word after a number that is no year: "the 737 Max".)
        let model_number = |t: &Token| {
            t.text(self.text)
                .parse::<u32>()
                .is_ok_and(|n| !(1000..=2199).contains(&n))
        };
        if words.len() == 1
            && (self.is_acronym(first) || (first >= 1 && model_number(&self.tokens[first - 1])))
            && last_word.len() >= 3
            && first >= 2
            && self.tokens[first - 1].kind == TokenKind::Number
            && (3..=4).contains(&(self.tokens[first - 1].end - self.tokens[first - 1].start))
            && self.tokens[first].space_before
            && (matches!(self.word(first - 2), Some("the" | "a" | "its"))
                || self.word(end).is_some_and(words::is_product_noun_after))
        {
            let evidence = Evidence::OtherHead(last_word.to_string());
            self.push(out, first - 1, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A market's index, named before the word: "the DAX index", "the Hang Seng index".
        // ("the IPSA stock index", "the Kospi share index".)
        let index_at = if matches!(self.word(end), Some("stock" | "share" | "equity")) {
            end + 1
        } else {
            end
        };
        // (Not a demonym: "Japanese stock index futures".)
        if words.len() <= 3
            && self.word(index_at) == Some("index")
            && words
                .iter()
                .all(|&(_, w)| g.place(w).is_none() && !g.is_given_name(w) && !g.is_adjective(w))
        {
            let evidence = Evidence::OtherHead("index".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        if words.len() == 1 && self.is_acronym(first) {
            // ("MADRID (AP) —", "MADRID (Sept 14, 2025) —".)
            let credit = next_is(&["("]);
            // ("ATHENS | By Renee Maltezou": a page's place and byline.)
            // ("MUMBAI: Heavily armed …": Indian papers set a colon after the place.)
            let dateline =
                line_start && (next_is(&[",", ".", "–", "—", "-", "/", "|", ":"]) || credit);
            if dateline
                && (g.place_any_case(phrase).is_some()
                    || self.dateline_shape(end)
                    || self.bare_dateline(first, end))
            {
                // "ASTANA, December 30."
                self.push(
                    out,
                    first,
                    end,
                    Some(EntityKind::Place),
                    Evidence::Gazetteer,
                );
            } else if !(next_is(&[")"]) && first > 0 && self.tok(first - 1) == Some("("))
                // (A title after a name is no body: "Bernadette Devlin, MP for Mid-Ulster".)
                && !(words::is_person_title(&phrase.to_lowercase())
                    && first >= 1
                    && self.tok(first - 1) == Some(","))
                // (Before a title, a body's, whatever the article spells: "EU foreign policy
                // chief" beside "enriched uranium".)
                && (!self.spelled_out_in_lower_case(phrase)
                    || self.word(end).is_some_and(words::is_role))
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
        // A dateline place in capitals: "THIRUVANANTHAPURAM –", "MEXICO CITY –".
        // ("VALLON-PONT-D'ARC, France": an apostrophe too, and words joined by hyphens count
        // as one.)
        let capitals = phrase
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '.' | '\'' | '’'));
        // (Longer when the gazetteer knows it: "SAO BERNARDO DO CAMPO, Brazil".)
        if capitals
            && line_start
            && (phrase.split(' ').count() <= 3
                || (words.len() <= 5 && g.place_any_case(phrase).is_some()))
        {
            // (Not a page's stamp: "PUBLISHED MON, JAN 3 2022".)
            let stamp = words.iter().any(|&(_, w)| {
                matches!(
                    crate::analysis::ascii::Lower::new(w).as_str(),
                    "published"
                        | "updated"
                        | "posted"
                        | "mon"
                        | "tue"
                        | "wed"
                        | "thu"
                        | "fri"
                        | "sat"
                        | "sun"
                ) || crate::analysis::dates::is_month_or_weekday(w)
            });
            if stamp {
                return;
            }
            // (A town the lists know, in capitals: "KEY WEST —".)
            let town = || {
                let title: Vec<String> = words.iter().map(|&(_, w)| capitalized(w)).collect();
                g.is_town(&title.join(" "))
            };
            if g.place_any_case(phrase).is_some()
                || self.dateline_shape(end)
                || self.bare_dateline(first, end)
                || town()
            {
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
        // A place before nothing but roles: "the U.S. President said", "U.S. President-elect
        // Donald Trump" (the hyphen ends the phrase); not a place whose name ends in one:
        // "the Borno State commissioner", "the Lagos State government" (a state's office, not
        // "the Ohio State coach").
        let (start, stop) = self.span(words[0].0, end);
        if last_word == "State"
            && words.len() >= 2
            && g.place(&self.text[start..self.tokens[words[words.len() - 2].0].end])
                .is_some_and(|(_, p)| p.is_province())
            && self.word(end).is_some_and(|w| {
                matches!(
                    w,
                    "commissioner"
                        | "governor"
                        | "government"
                        | "police"
                        | "assembly"
                        | "legislature"
                        | "capital"
                        | "ministry"
                        | "command"
                        | "house"
                        | "emergency"
                )
            })
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::Gazetteer,
            );
            return;
        }
        if words.len() >= 2
            && g.place(&self.text[start..stop]).is_none()
            && let Some(k) = (1..words.len()).find(|&k| {
                words[k..]
                    .iter()
                    .all(|(_, w)| words::is_role(w) || words::is_person_title(w))
            })
            && words[k].0 > first
        {
            let (start, stop) = self.span(first, words[k].0);
            if g.place(&self.text[start..stop]).is_some() {
                self.push(
                    out,
                    first,
                    words[k].0,
                    Some(EntityKind::Place),
                    Evidence::Gazetteer,
                );
                return;
            }
        }
        // Roles after a demonym name no one: "the Kenyan President said".
        if words.len() >= 2
            && g.is_adjective(words[0].1)
            && words[1..]
                .iter()
                .all(|(_, w)| words::is_role(w) || words::is_person_title(w))
        {
            return;
        }
        // A leading demonym before a role-like word: "Kazakh Foreign Ministry" → "Foreign
        // Ministry"; but "Arab League" and "French Centre for …" keep it.
        // (Not a competition a nation names: "the Indian Premier League"; nor its armed
        // forces: "the Australian Defence Force".)
        if words.len() >= 3
            && g.is_adjective(words[0].1)
            && words::is_role(words[1].1)
            && !matches!(
                last_word,
                "League" | "Cup" | "Championship" | "Championships" | "Force" | "Forces" | "Legion"
            )
        {
            return self.classify_plain(words[1].0, end, out);
        }
        // A role's word that is the surname of someone the article names in full, alone
        // before what the person did: "Travis Head … Head reached three figures", "Matthew
        // Prince … Prince wrote" (not "the Prince said").
        if words.len() == 1
            && words::is_role(last_word)
            && !(first > 0 && matches!(self.word(first - 1), Some("the" | "a" | "an" | "The")))
            && self.word(end).is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && (crate::analysis::dates::is_past_verb(w) || words::is_reporting_verb(w))
            })
            && self
                .counts()
                .words_before(last_word)
                .any(|w| g.is_given_name(w))
        {
            let evidence = Evidence::PersonCue;
            self.push(out, first, end, Some(EntityKind::Person), evidence);
            return;
        }
        // (Also a demonym's plural: "a third of Americans".)
        if words.len() == 1
            && (g.is_adjective(last_word)
                || words::is_function_word(last_word)
                || words::is_role(last_word)
                || last_word
                    .strip_suffix('s')
                    .is_some_and(|one| g.is_adjective(one) && !g.is_common_word(last_word))
                // ("the Dutchman said", "two Frenchmen")
                || ["man", "men", "woman", "women"].iter().any(|suffix| {
                    last_word
                        .strip_suffix(suffix)
                        .is_some_and(|stem| g.is_adjective(stem))
                })
                // (A city's people: "jubilant Berliners", "Londoners".)
                || last_word
                    .strip_suffix("ers")
                    .is_some_and(|stem| g.place(stem).is_some_and(|(_, p)| p.kind == "city")))
        {
            return;
        }
        // A demonym after a compass word names no one: "the East German leader", "West
        // Germans".
        if let [(_, compass), (_, demonym)] = words[..]
            && matches!(compass, "East" | "West" | "North" | "South")
            && (g.is_adjective(demonym)
                || demonym
                    .strip_suffix('s')
                    .is_some_and(|one| g.is_adjective(one)))
        {
            return;
        }
        // A league that is a tournament, not a body: "the Champions League", "the Diamond
        // League" (the "Premier League" runs its clubs' games, and is one).
        if words.len() >= 2
            && last_word == "League"
            && matches!(
                words[words.len() - 2].1,
                "Champions" | "Europa" | "Conference" | "Diamond" | "Nations"
            )
        {
            let evidence = Evidence::OtherHead("League".to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A military operation or a project by its code name: "Operation Sindoor", "known as
        // Project Willow".
        if (2..=3).contains(&words.len())
            && matches!(words[0].1, "Operation" | "Project")
            && !self.at_start(first)
        {
            let evidence = Evidence::OtherHead(words[0].1.to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A government agency named by its field and its country: "Elections Canada",
        // "Statistics Norway".
        if let [(_, field), (_, country)] = words[..]
            && words::is_agency_field(field)
            && g.place(country).is_some_and(|(_, p)| !p.group.is_empty())
        {
            let evidence = Evidence::OrgHead(field.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // Events named by one word: "the Olympics", "the Oscars".
        // (Not one of many: "to win four titles at one Olympics".)
        if words.len() == 1
            && words::is_event_name(last_word)
            && !(first > 0
                && self.word(first - 1).is_some_and(|w| {
                    matches!(
                        w,
                        "one" | "a" | "an" | "each" | "every" | "two" | "three" | "four"
                    )
                }))
        {
            // (With its year: "the 1936 Olympics".)
            let first = if first >= 2
                && self.tokens[first - 1].kind == TokenKind::Number
                && self.tok(first - 1).is_some_and(|t| t.len() == 4)
                && !self.glued(first - 1)
                && self
                    .word(first - 2)
                    .is_some_and(|w| w.eq_ignore_ascii_case("the"))
            {
                first - 1
            } else {
                first
            };
            let evidence = Evidence::OtherHead(last_word.to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // Geographic features: "Lake Victoria", "Fergana Valley"; a river's bank named by its
        // side ("West Bank", "South Bank": a bank of money has a name of its own).
        // ("Fleetwood Town": a club named for a town, however small.)
        let club_town =
            last_word == "Town" && (g.place(words[0].1).is_some() || g.is_town(words[0].1));
        if club_town && words.len() == 2 {
            let evidence = Evidence::OtherHead(words[0].1.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // ("Uvalde Consolidated Independent School District" is the body running the schools.)
        let body_district = last_word == "District"
            && words.len() >= 3
            && words::is_org_head(words[words.len() - 2].1);
        // ("Sally Field", "Jack Brook": a given name before a head that is also a surname.)
        // ("USA Track & Field": a sport's name, with its ampersand.)
        let surname_head = (words.len() == 2
            && words::is_surname_head(last_word)
            && g.is_given_name(words[0].1)
            && g.place(words[0].1).is_none())
            || (last_word == "Field" && phrase.contains('&'));
        // ("Aung San": a word that opens places' names, "San Jose", ends no place's.)
        // (So do the foreign heads: "Pablo Isla" is a person.)
        let opens_only = words::opens_places_only(last_word);
        // ("Police Chief Dominick J. Arena": an initial before the head word makes it a
        // surname.)
        let surname_head = surname_head
            || (words.len() >= 3 && self.after_given_and_initial(words[words.len() - 1].0));
        let place_last =
            (words::is_place_head(last_word) && !body_district && !surname_head && !opens_only)
                || (words::is_place_tail(last_word) && !club_town && !surname_head)
                || (words.len() == 2 && last_word == "Bank" && words::is_compass(words[0].1));
        // ("Lake Chad Basin Commission", "Harbour Islands Forum": the last word names the body.)
        let body_last = words::is_org_head(last_word) || words::is_other_head(last_word);
        // ("Democratic Party of Ivory Coast", "University of Cape Coast": a body's name before
        // "of" heads the whole.)
        let body_of = words
            .windows(2)
            .any(|pair| pair[1].1 == "of" && words::is_org_head(pair[0].1));
        // ("the Iranian Red Crescent": a relief society, as the Red Cross is.)
        if words.len() >= 2 && words[words.len() - 2].1 == "Red" && last_word == "Crescent" {
            let evidence = Evidence::OrgHead(last_word.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // ("Place de la Nation", "Rue de la Paix": a French head opens the name, whatever
        // ends it.)
        let french_head = words.len() >= 3
            && (words::is_place_head(words[0].1) || words[0].1 == "Place")
            && matches!(words[1].1, "de" | "du" | "des");
        // ("the French Alps": a nation's adjective before the range names its side, not it.)
        if words.len() == 2 && last_word == "Alps" && g.is_adjective(words[0].1) {
            let evidence = Evidence::OtherHead(last_word.to_string());
            self.push(out, end - 1, end, Some(EntityKind::Place), evidence);
            return;
        }
        if words.len() >= 2
            && !body_of
            && ((words::is_place_head(words[0].1) && !body_last) || place_last || french_head)
        {
            let head = if place_last && !french_head {
                last_word
            } else {
                words[0].1
            };
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::OtherHead(head.to_string()),
            );
            return;
        }
        // A tournament of so many nations: "the Six Nations", "the Four Nations".
        if let [(_, count), (_, "Nations")] = words[..]
            && matches!(count, "Tri" | "Three" | "Four" | "Five" | "Six")
        {
            let evidence = Evidence::OtherHead(last_word.to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A company whose name ends in a word in camel case: "Spirit AeroSystems".
        if (2..=3).contains(&words.len())
            && is_camel_case(last_word)
            && words[..words.len() - 1]
                .iter()
                .all(|&(j, w)| !self.is_acronym(j) && !words::is_role(w) && g.place(w).is_none())
        {
            let evidence = Evidence::OrgHead("camel case".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A venue written in camel case, ending in the word for its kind: "the BayArena".
        if words.len() == 1
            && is_camel_case(last_word)
            && last_word
                .rfind(|c: char| c.is_uppercase())
                .is_some_and(|i| i > 0 && words::is_place_head(&last_word[i..]))
        {
            let evidence = Evidence::OtherHead(last_word.to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A brand written in camel case: "OpenAI", "DeepMind", "YouTube" (not "McDonald").
        if words.len() == 1 && (is_camel_case(last_word) || is_capitals_then_lower(last_word)) {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Organization),
                Evidence::OrgHead("camel case".to_string()),
            );
            return;
        }
        // …and the words after such a brand that is no listed company (whose words after it
        // name a product: "YouTube Music"): "OceanGate Expeditions", "BlackRock Capital".
        if (2..=3).contains(&words.len())
            && is_camel_case(words[0].1)
            && !g.is_company(words[0].1)
            && !g.is_product(phrase)
            && words[1..].iter().all(|&(_, w)| {
                g.is_common_word(w)
                    && !words::is_role(w)
                    && !words::is_product_noun_after(&w.to_lowercase())
                    && !crate::analysis::dates::is_month_or_weekday(w)
            })
        {
            let evidence = Evidence::OrgHead("camel case".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // "International" ending a name: "Amnesty International", "Marriott International"
        // (opening one, it names no kind: "International Space Station").
        if words.len() >= 2 && last_word == "International" && g.place(words[0].1).is_none() {
            let evidence = Evidence::OrgHead(last_word.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A company named with a word like "AI", "Technologies" or "Group": "Mistral AI".
        if words.len() >= 2
            && words::is_company_word(last_word)
            && !g.is_adjective(words[0].1)
            && g.place(words[0].1).is_none()
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Organization),
                Evidence::OrgHead(last_word.to_string()),
            );
            return;
        }
        // A nation's firm of an industry, by its adjective and the industry alone: "British
        // Rail", "British Steel", "Turkish Airlines" (a nation's adjective by its ending: not
        // "Inca Rail"; no model's number after it: "a British Aerospace 146").
        if let [(_, nation), (_, industry)] = words[..]
            && g.is_adjective(nation)
            && ["ish", "ian", "ese", "an"]
                .iter()
                .any(|s| nation.ends_with(s))
            && self
                .tokens
                .get(end)
                .is_none_or(|t| t.kind != TokenKind::Number)
            && matches!(
                industry,
                "Rail"
                    | "Steel"
                    | "Gas"
                    | "Airways"
                    | "Airlines"
                    | "Telecom"
                    | "Petroleum"
                    | "Aerospace"
                    | "Shipping"
                    | "Motors"
                    | "Leyland"
            )
        {
            let evidence = Evidence::OrgHead(last_word.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A tournament named for its country: "Australian Open", "Qatar Open".
        if words.len() == 2
            && last_word == "Open"
            && (g.is_adjective(words[0].1) || g.place(words[0].1).is_some())
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Other),
                Evidence::OtherHead(last_word.to_string()),
            );
            return;
        }
        // An event named by the word for its kind and a place: "Copa America", "Rally
        // Finland", "Vuelta a España".
        if (words.len() == 2 || (words.len() == 3 && words[1].1 == "a"))
            && g.place(last_word).is_some()
            && words::is_other_head(words[0].1)
            && !words::is_org_head(words[0].1)
        {
            let evidence = Evidence::OtherHead(words[0].1.to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // An organisation named by a common noun and its country: "Statistics Canada",
        // "Air France" (not an event: "Copa America").
        if words.len() == 2
            && g.place(last_word).is_some_and(|(_, p)| !p.group.is_empty())
            && (!self.at_start(first) || words::is_sport(words[0].1))
            && is_plain_noun(words[0].1)
            && !words::is_other_head(words[0].1)
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Organization),
                Evidence::OrgHead(words[0].1.to_string()),
            );
            return;
        }
        if words.len() == 1 && words::is_institution(last_word) && !self.at_start(first) {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Organization),
                Evidence::OrgHead(last_word.to_string()),
            );
            return;
        }
        // A chamber of a parliament or of trade: "House of Commons", "Chamber of Deputies",
        // also after its state's name: "the Minnesota House of Representatives".
        let chamber = words
            .iter()
            .take(3)
            .position(|(_, w)| matches!(*w, "House" | "Chamber"));
        if let Some(k) = chamber
            && words.len() >= k + 3
            && words[k + 1].1 == "of"
            && words[..k]
                .iter()
                .all(|(_, w)| g.place(w).is_some() || g.is_adjective(w))
        {
            let evidence = Evidence::OrgHead(words[k].1.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A body named for its purpose (see `chunk_end`): "Committee to Protect Journalists".
        if let Some(k) = words.iter().position(|(_, w)| *w == "to")
            && k >= 1
            && k + 2 <= words.len()
        {
            let evidence = Evidence::OrgHead(words[k - 1].1.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // In "X of Y" the head before "of" decides: "Africa Cup of Nations" is an event,
        // whatever "Nations" would say; so in "X de Y": "Tour de France".
        // ("Nobel Prize in Physiology or Medicine": a prize's field, see `chunk_end`.)
        // (A year: four digits of their own, not the "20" of "Twenty20".)
        let year_before = first > 0
            && self.tokens[first - 1].kind == TokenKind::Number
            && self.tok(first - 1).is_some_and(|t| t.len() == 4)
            && !self.glued(first - 1)
            && !self.at_start(first - 1);
        if let Some(k) = words
            .iter()
            .position(|(_, w)| matches!(*w, "of" | "de" | "du" | "des" | "in"))
            && k >= 1
            && words::is_other_head(words[k - 1].1)
        {
            let evidence = Evidence::OtherHead(words[k - 1].1.to_string());
            let first = if year_before { first - 1 } else { first };
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // A forum is also the body that holds it: "Pacific Islands Forum leaders"; and what
        // speaks is a body, not an event: "the far-right National Rally said".
        let says_after = self
            .word(if next_is(&[","]) { end + 1 } else { end })
            .is_some_and(words::is_reporting_verb);
        let body = (last_word.eq_ignore_ascii_case("forum")
            && self.word(end).is_some_and(|w| {
                w.starts_with(char::is_lowercase) && words::is_member_noun_after(w)
            }))
            || ((says_after
                // (One with a spokesman: "a Cal Fire spokesman".)
                || self
                    .word(end)
                    .is_some_and(|w| matches!(w, "spokesman" | "spokeswoman" | "spokesperson")))
                && words::is_other_head(last_word)
                && !words.iter().any(|(_, w)| *w == "of"))
            // (Or one that someone founded: "He founded the Southern Christian Leadership
            // Conference" is a body; events are held, not founded.)
            || (words::is_other_head(last_word)
                && first >= 2
                && self.word(first - 1) == Some("the")
                && matches!(self.word(first - 2), Some("founded" | "co-founded" | "joined")));
        // A party named as a congress or a rally: "National Democratic Congress", "Democratic
        // Rally" (not "the Party Congress", "Mobile World Congress").
        // (A creed's "-ist" word says so too: "the Pan-Africanist Congress".)
        let party = matches!(last_word, "Congress" | "Rally")
            && words[..words.len() - 1]
                .iter()
                .any(|(_, w)| words::is_party_word(w) || (w.len() > 6 && w.ends_with("ist")));
        if (body || party) && words.len() >= 2 {
            let evidence = Evidence::OrgHead(last_word.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A numbered event: "World War II", "World War Two".
        if words.len() >= 3
            && words::is_other_head(words[words.len() - 2].1)
            && words::is_ordinal_numeral(last_word)
        {
            let evidence = Evidence::OtherHead(words[words.len() - 2].1.to_string());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        if words::is_other_head(last_word) && words.len() >= 2 {
            // A year before a named initiative belongs to its name: "2045 Global Strategic Initiative".
            let first = if year_before { first - 1 } else { first };
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Other),
                Evidence::OtherHead(last_word.to_string()),
            );
            return;
        }
        // A centre that is a site, named by what it is for: "Kennedy Space Center", "Javits
        // Convention Center" (not "Carter Center", "National Hurricane Center"); or named for
        // its sponsor, where the text puts something in it: "filled the Paycom Center", "a
        // rally at Temple University's Liacouras Center".
        // (A sponsor's English word too, where no "the" comes before: "gathered outside
        // Staples Center".)
        let bare_site =
            first >= 1 && matches!(self.word(first - 1), Some("at" | "outside" | "inside"));
        let sponsored_site = words.len() == 2
            && (!g.is_common_word(words[0].1) || bare_site)
            && !g.is_given_name(words[0].1)
            && g.place(words[0].1).is_none()
            && self.locative_before(first);
        // (Or a faith's, where something happens in it: "killed at the Linwood Islamic
        // Centre".)
        let faith_site = words.len() >= 2
            && crate::analysis::ascii::with_lowercase(words[words.len() - 2].1, |w| {
                words::is_faith_word(w)
            })
            .unwrap_or(false)
            && (bare_site
                || (first >= 2
                    && self.word(first - 1) == Some("the")
                    && matches!(
                        self.word(first - 2),
                        Some("at" | "in" | "outside" | "inside")
                    )));
        if matches!(last_word, "Center" | "Centre")
            && ((words.len() >= 3 && words::is_venue_center_word(words[words.len() - 2].1))
                || sponsored_site
                || faith_site)
        {
            let evidence = Evidence::OtherHead(last_word.to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A party named for what it stands for: "Independent Patriots for Change", "Umbrella
        // for Democratic Change".
        let for_cause = match words[..] {
            [.., (_, "for"), (_, cause)] => words::is_cause(cause),
            [.., (_, "for"), (_, kind), (_, cause)] => {
                words::is_cause(cause) && words::is_party_word(kind)
            }
            _ => false,
        };
        if for_cause && words.len() >= 3 {
            let cause = last_word;
            let evidence = Evidence::OrgHead(cause.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A theatre or a hall where something happens: "at the Crucible Theatre" (not "the
        // National Theatre said"); a hospital where someone is treated or dies, with or without
        // "the": "died at Kenyatta National Hospital" (not "the Nasser Hospital reported").
        let site_before =
            |at: usize| matches!(self.word(at), Some("at" | "in" | "inside" | "outside"));
        let after_the_site =
            first >= 2 && self.word(first - 1) == Some("the") && site_before(first - 2);
        // (Or where someone is taken: "was taken to Baptist Memorial Hospital".)
        let taken_to = |at: usize| {
            at >= 1
                && self.word(at) == Some("to")
                && matches!(
                    self.word(at - 1),
                    Some("taken" | "rushed" | "flown" | "airlifted" | "brought" | "admitted")
                )
        };
        // (Or that someone visits: "visited the ground and the Royal Hallamshire Hospital".)
        let visited = || {
            (first.saturating_sub(6)..first)
                .rev()
                .take_while(|&k| self.tokens[k].kind == TokenKind::Word && !self.is_cap(k))
                .any(|k| {
                    matches!(
                        self.word(k),
                        Some("visited" | "visit" | "visits" | "visiting" | "toured")
                    )
                })
        };
        // Most named hospitals in news are where someone is treated, taken or killed; the
        // body is the one that reports ("the Nasser Hospital reported", "X Hospital in Bamako
        // said") or employs ("a professor at … Hospital").
        let hospital_speaks = || {
            let after = if self.word(end) == Some("in") && self.is_cap(end + 1) {
                end + 2
            } else {
                end
            };
            self.word(after).is_some_and(words::is_reporting_verb)
                || (first.saturating_sub(12)..first)
                    .rev()
                    .take_while(|&k| !matches!(self.tok(k), Some("." | ";")))
                    .any(|k| {
                        matches!(
                            self.word(k),
                            Some(
                                "professor"
                                    | "researcher"
                                    | "researchers"
                                    | "director"
                                    | "spokesman"
                                    | "spokeswoman"
                                    | "spokesperson"
                            )
                        )
                    })
        };
        // (A medical centre is a hospital: "taken to UCLA Medical Center".)
        let medical_center = words.len() >= 3
            && matches!(last_word, "Center" | "Centre")
            && words[words.len() - 2].1 == "Medical";
        let hospital = (matches!(
            last_word,
            "Hospital" | "Clinic" | "Infirmary" | "Theatre" | "Theater"
        ) || medical_center)
            && first >= 1
            && (site_before(first - 1)
                || after_the_site
                || taken_to(first - 1)
                || visited()
                || !hospital_speaks());
        // A street named head first, after a person: "Avenue Habib Bourguiba".
        if words.len() >= 2 && words::opens_street_name(words[0].1) {
            let evidence = Evidence::OtherHead(words[0].1.to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A railway station: "fled into Victoria Station" (not a space station, a craft).
        if words.len() >= 2
            && last_word == "Station"
            && !words.iter().any(|&(_, w)| w == "Space")
            && !self.word(end).is_some_and(words::is_reporting_verb)
        {
            let evidence = Evidence::OtherHead("Station".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // (A town's hall is its building wherever it stands: "from the balcony of the City
        // Hall"; so is an opera house: "opened the Sydney Opera House".)
        let town_hall = matches!(words[..], [(_, "City" | "Town"), (_, "Hall")])
            || matches!(words[..], [.., (_, "Opera"), (_, "House")]);
        if words.len() >= 2
            && (hospital
                || town_hall
                || (matches!(last_word, "Theatre" | "Theater" | "Hall")
                    && (after_the_site || phrase.contains("'s ") || phrase.contains("’s "))))
        {
            let evidence = Evidence::OtherHead(last_word.to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A church named for its saint is the building: "St Clement's Church"; so is one
        // placed in its town, not a denomination's: "Zion Church in Batticaloa" (not "the
        // Catholic Church in Poland").
        let denomination = |w: &str| {
            matches!(
                w,
                "Catholic"
                    | "Orthodox"
                    | "Anglican"
                    | "Methodist"
                    | "Baptist"
                    | "Lutheran"
                    | "Presbyterian"
                    | "Evangelical"
                    | "Episcopal"
                    | "Coptic"
                    | "Reformed"
                    | "Unification"
                    | "Protestant"
                    | "Apostolic"
                    | "United"
                    | "National"
            )
        };
        // ("Zion Church in the eastern town of Batticaloa", too.)
        let in_town = self.word(end) == Some("in")
            && (self.is_cap(end + 1)
                || (self.word(end + 1) == Some("the")
                    && (end + 2..end + 5).any(|k| {
                        matches!(
                            self.word(k),
                            Some("town" | "city" | "village" | "district" | "suburb" | "capital")
                        )
                    })))
            && !words.iter().any(|&(_, w)| denomination(w));
        // (So is one where something happens, named for its town: "waiting at the Sago
        // Baptist Church"; not a denomination's, "at the Catholic Church".)
        let church_site = after_the_site
            && g.place(words[0].1).is_none_or(|(_, p)| p.kind == "city")
            && !g.is_adjective(words[0].1)
            && !denomination(words[0].1);
        if words.len() >= 2
            && (matches!(words[0].1, "St" | "Saint") || in_town || church_site)
            && matches!(
                last_word,
                "Church" | "Cathedral" | "Chapel" | "Shrine" | "Mosque" | "Temple" | "Synagogue"
            )
        {
            let evidence = Evidence::OtherHead(last_word.to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A body named for a person or a family, then placed by "of" in its country: "the
        // Wellcome Trust of Britain" (not "the Serum Institute of India", named for its
        // field, nor "the Reserve Bank of Australia").
        if let [(_, founder), (j, head), (_, "of"), (k, _), ..] = words[..]
            && j == first + 1
            && words::is_org_head(head)
            && !g.is_common_word(founder)
            && !g.is_adjective(founder)
            && g.place(founder).is_none()
            && !words::is_org_head(founder)
            && g.place(&self.text[self.tokens[k].start..self.tokens[end - 1].end])
                .is_some()
        {
            let evidence = Evidence::OrgHead(head.to_string());
            self.push(out, first, j + 1, Some(EntityKind::Organization), evidence);
            self.push(out, k, end, Some(EntityKind::Place), Evidence::Gazetteer);
            return;
        }
        if let Some(&(_, head)) = words.iter().find(|(_, w)| words::is_org_head(w)) {
            // (A role's field after "of" is no body of its own: "the Commissioner of Railway
            // Safety".)
            let field_of_role = words[0].1 == head
                && first >= 2
                && self.word(first - 1) == Some("of")
                && self.word(first - 2).is_some_and(words::is_role);
            if words.len() >= 2 && !field_of_role {
                self.push(
                    out,
                    first,
                    end,
                    Some(EntityKind::Organization),
                    Evidence::OrgHead(head.to_string()),
                );
            } else if !g.is_common_word(head) && self.tok(end) != Some("-") {
                // A head that is no English word is a name on its own: "polled by Reuters"
                // (not a prefix: "Co-pilot").
                self.push(
                    out,
                    first,
                    end,
                    Some(EntityKind::Organization),
                    Evidence::OrgHead(head.to_string()),
                );
            } else if !self.at_start(first) || (first > 0 && self.word(first - 1) == Some("The")) {
                // "the Commission", "“The Commission has failed": left to the corpus pass,
                // which may know the full name.
                self.push(out, first, end, None, Evidence::Undecided);
            }
            return;
        }
        // An air force's or a navy's station by the service's letters and the place's name:
        // "RAF St Mawgan", "RNAS Culdrose" (not a body of the service: "RAF Regiment").
        if words.len() >= 2
            && matches!(words[0].1, "RAF" | "RNAS" | "RAAF" | "RCAF" | "RNZAF")
            && words[1..]
                .iter()
                .all(|&(j, w)| !self.is_acronym(j) && !words::is_org_head(w) && !words::is_role(w))
        {
            let evidence = Evidence::OtherHead(words[0].1.to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // An acronym before words that name nothing known and that modify a noun: "a UNESCO
        // World Heritage site" gives "UNESCO" (but "BMO Capital Markets in London", "CCS
        // Insight." are one name).
        let modifies_noun = self.word(end).is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && !words::is_function_word(w)
                && !words::is_name_connector(w)
                && !words::is_reporting_verb(w)
                && !matches!(
                    w,
                    "in" | "at"
                        | "on"
                        | "for"
                        | "to"
                        | "from"
                        | "by"
                        | "with"
                        | "which"
                        | "who"
                        | "that"
                        | "has"
                        | "had"
                        | "have"
                        | "is"
                        | "was"
                        | "are"
                        | "were"
                        | "will"
                        | "would"
                        | "could"
                        | "can"
                        | "may"
                        | "also"
                )
        });
        if words.len() >= 2
            && modifies_noun
            && self.is_acronym(first)
            && words[0].1.chars().count() >= 3
            && g.place_any_case(words[0].1).is_none()
        {
            self.push(
                out,
                first,
                first + 1,
                Some(EntityKind::Organization),
                Evidence::Acronym,
            );
            return;
        }
        // Two initials before a surname the article uses alone, or set off by a comma, are a
        // person's: "JD Vance … Vance said" (a firm is not called by its last word).
        if let [(_, letters), (_, surname)] = words[..]
            && self.is_acronym(first)
            && letters.len() == 2
            && surname.chars().skip(1).all(char::is_lowercase)
            && !g.is_common_word(surname)
            && !words::is_org_head(surname)
            && !words::is_company_word(surname)
            && g.place(surname).is_none()
            // (Or set off after a comma: "his running mate, JD Vance, said".)
            // (Alone: "IG Metall … IG Metall negotiator" never writes "Metall" on its own.)
            && (self.counts().word(surname) > self.counts().pair(letters, surname)
                || (first >= 1 && self.tok(first - 1) == Some(",")))
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Person),
                Evidence::GivenName,
            );
            return;
        }
        // An acronym leading capitalised words is a firm's name: "BMO Capital Markets", "CCS
        // Insight".
        if words.len() >= 2
            && self.is_acronym(first)
            && words[0].1.chars().count() >= 2
            && g.place_any_case(words[0].1).is_none()
            && !words
                .iter()
                .any(|(_, w)| words::is_role(w) || words::is_person_title(w))
            && words[1..].iter().all(|&(j, _)| !self.is_acronym(j))
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Organization),
                Evidence::Acronym,
            );
            return;
        }
        // Regions named by a compass point: "the Middle East", "the Far East".
        let after_the = first > 0
            && self
                .word(first - 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("the"));
        // …or by one word: "the Midwest", "the Pacific Northwest", "a Midwest governor" ("the
        // Southwest" only after "the": alone it may be the airline).
        // (Also "the Arctic", "the Antarctic" on their own.)
        let polar = matches!(last_word, "Arctic" | "Antarctic")
            && words.len() == 1
            && after_the
            && !self.is_cap(end);
        // (And the oceans and seas named by their adjective alone, where no noun follows: "in
        // the Pacific", "from the Caribbean,"; not "the Pacific island state".)
        let sea = matches!(
            last_word,
            "Pacific" | "Atlantic" | "Caribbean" | "Mediterranean" | "Baltic" | "Adriatic"
        ) && words.len() == 1
            && after_the
            // (Nor before a verb in the past or an adverb: "the winds over the Baltic pointed",
            // "across the Atlantic any more".)
            && self.tokens.get(end).is_none_or(|t| {
                t.kind == TokenKind::Punct
                    || self.word(end).is_some_and(|w| {
                        words::is_function_word(w)
                            || matches!(
                                w,
                                "any"
                                    | "again"
                                    | "once"
                                    | "now"
                                    | "today"
                                    | "off"
                                    | "early"
                                    | "late"
                                    | "yesterday"
                                    | "overnight"
                                    | "last"
                            )
                            || (w.starts_with(char::is_lowercase)
                                && crate::analysis::dates::is_past_verb(w))
                    })
            });
        let polar = polar || sea;
        let region = polar
            || matches!(
                last_word,
                "Midwest" | "Mideast" | "Southwest" | "Northwest" | "Southeast" | "Northeast"
            ) && words.len() <= 2
                && (after_the
                    || (words.len() == 1
                        && matches!(last_word, "Midwest" | "Mideast")
                        && !self.at_start(first)))
                && self.word(end) != Some("of");
        // (Also without "the" before a noun: "Middle East diplomacy".)
        let middle = matches!(words[..], [(_, "Middle" | "Far" | "Near"), _]);
        let compass = words.len() == 2 && (after_the || middle) && words::is_compass(last_word);
        if region || compass {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::OtherHead(last_word.to_string()),
            );
            return;
        }
        // A country named by its adjective: "the Turkish Republic".
        if words.len() == 2
            && g.is_adjective(words[0].1)
            && last_word.eq_ignore_ascii_case("republic")
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::OtherHead(last_word.to_string()),
            );
            return;
        }
        // A place followed by a word or two that name nothing on their own: a club, a firm or
        // a paper named for its city ("Manchester City", "Boston Dynamics"); or a site, before
        // the noun for it ("the Fukushima Daiichi nuclear power plant").
        // (Not before an age: "said Sudan Gurung, 36," is a person; nor after a person's
        // title: "the Rev. Canaan Banana".)
        if let Some(place) = self.named_for_place(first, end, &words)
            && !self.age_after(end)
            && !self.after_person_title(first)
            // (Nor on a byline: "By Dasha Litvinova | AP".)
            && !self.in_byline(first, end)
        {
            let kind = if self.site_noun_at(end) {
                EntityKind::Place
            } else {
                EntityKind::Organization
            };
            let evidence = Evidence::OtherHead(place.to_string());
            self.push(out, first, end, Some(kind), evidence);
            return;
        }
        // A club named for its region and its city: "Bayern Munich".
        if words.len() == 2
            && g.place(last_word).is_some_and(|(_, p)| p.kind == "city")
            && g.place(words[0].1).is_some_and(|(_, p)| p.kind == "region")
        {
            let evidence = Evidence::OtherHead(last_word.to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A club or a firm named for its city after a word of its own: "Real Madrid", "Inter
        // Milan", "Bayern Munich" (a city, not a country: "Air France" is read above).
        if words.len() == 2
            && g.place(last_word).is_some_and(|(_, p)| p.kind == "city")
            // (A city that is also a given name after an English word only: "Inter Milan",
            // not "Sifan Hassan".)
            && (!g.is_given_name(last_word) || g.is_common_word(words[0].1))
            && is_plain_noun(words[0].1)
            && !words::is_org_head(words[0].1)
            && !words::is_other_head(words[0].1)
            && !words::is_place_head(words[0].1)
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Organization),
                Evidence::OtherHead(last_word.to_string()),
            );
            return;
        }
        // A part of a known place named by a compass word: "West Antarctica", "East Africa",
        // "Southern California".
        if (2..=3).contains(&words.len())
            && is_compass_word(words[0].1)
            && !matches!(words[0].1, "New" | "Old" | "Great")
            && let Some(&(i, _)) = words.get(1)
            && g.place(&self.text[self.tokens[i].start..stop]).is_some()
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::OtherHead(words[0].1.to_string()),
            );
            return;
        }
        // A city's name as a surname after a word that is no English word, place or head:
        // "Sifan Hassan" (the given name unknown to the list).
        if let [(j, given), (_, surname)] = words[..]
            && self.is_cap(j)
            && !self.acquired_at(first)
            && g.place(surname).is_some_and(|(_, p)| p.kind == "city")
            && given.chars().all(char::is_alphabetic)
            && given.chars().count() >= 3
            && !g.is_common_word(given)
            && self.name_word(j, given)
            && !is_compass_word(given)
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Person),
                Evidence::NameShape,
            );
            return;
        }
        // A province's name before a word that is no English word or place is a person's given
        // name: "Pita Limjaroenrat" (a firm or club names itself in English: "Yorkshire Water").
        // (Not after "the": "the Louisiana Superdome", "The Ulster Unionist leader".)
        if let [(_, given), (j, surname)] = words[..]
            && g.place(given).is_some_and(|(_, p)| p.is_province())
            && !(first > 0 && matches!(self.word(first - 1), Some("the" | "The")))
            && !self.is_acronym(j)
            && surname.chars().count() >= 4
            && !g.is_common_word(surname)
            && g.place(surname).is_none()
            && !g.is_company(surname)
            && !g.is_adjective(surname)
            && !words::is_org_head(surname)
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Person),
                Evidence::NameShape,
            );
            return;
        }
        // A place inside a longer phrase ("Central Downtown Astana"): keep the known place
        // (not after a leading adjective: "British Columbia" is not Columbia; nor when every
        // other word is one no dictionary knows, as in a personal name: "Gibran Rakabuming
        // Raka"; nor a sea's, a river's or a region's name inside another: "Facebook New
        // Zealand", "Rock en Seine").
        if words.len() >= 2
            && !g.is_adjective(words[0].1)
            && !self.age_after(end)
            && let Some(&(i, _)) = words
                .iter()
                .rev()
                .find(|(_, w)| g.place(w).is_some_and(|(_, p)| p.kind != "feature"))
            // (Nor a surname after two initials: "Foreign Minister V. M. Molotov".)
            && !(i >= 4 && self.initial_at(i - 2) && self.initial_at(i - 4))
            && words
                .iter()
                .all(|(_, w)| !g.is_given_name(w) || g.place(w).is_some())
            && words.iter().any(|&(j, w)| {
                j != i
                    && (g.is_common_word(w)
                        || g.place(w).is_some()
                        || g.is_adjective(w)
                        || crate::analysis::dates::is_month_or_weekday(w))
            })
        {
            // (An organisation's branch in a country, named by the country after the body's
            // head: "Amnesty International Kenya".)
            if i + 1 == end
                && words.len() >= 3
                && let Some(head) = self
                    .word(i - 1)
                    .filter(|w| words::is_org_head(w) || *w == "International")
            {
                let evidence = Evidence::OrgHead(head.to_string());
                self.push(out, first, end, Some(EntityKind::Organization), evidence);
                return;
            }
            // (A public body named by its field and its nation: "Public Health England",
            // "Public Health Scotland": English words, none a place's or a compass word.)
            // (Or by a plural noun for what it keeps: "Highways England", "Parks Canada".)
            let plural_field = words.len() == 2
                && first + 1 == i
                && words[0].1.len() >= 5
                && words[0].1.ends_with('s')
                && !words[0].1.ends_with("ss");
            if i + 1 == end
                && ((words.len() == 3 && first + 2 == i) || plural_field)
                && words[..words.len() - 1].iter().all(|&(j, w)| {
                    self.is_cap(j)
                        && g.is_common_word(w)
                        && !g.is_adjective(w)
                        && !words::is_compass(w)
                        && !words::is_function_word(w)
                        && !words::is_person_title(&w.to_lowercase())
                })
                && self.word(i).is_some_and(|w| {
                    g.place(w).is_some_and(|(_, p)| !p.group.is_empty()) || words::is_home_nation(w)
                })
            {
                let evidence = Evidence::OrgHead("nation".to_string());
                self.push(out, first, end, Some(EntityKind::Organization), evidence);
                return;
            }
            // (A federal court's district: "the Southern District of New York".)
            if let [(_, side), (_, "District"), (_, "of"), ..] = words[..]
                && matches!(
                    side,
                    "Southern" | "Northern" | "Eastern" | "Western" | "Middle" | "Central"
                )
            {
                let evidence = Evidence::OrgHead("District".to_string());
                self.push(out, first, end, Some(EntityKind::Organization), evidence);
                return;
            }
            // (The longest place ending there: "New York", not "York".)
            let from = (first.max(i.saturating_sub(2))..i)
                .find(|&k| {
                    let (start, stop) = self.span(k, i + 1);
                    self.is_cap(k) && g.place(&self.text[start..stop]).is_some()
                })
                .unwrap_or(i);
            self.push(
                out,
                from,
                i + 1,
                Some(EntityKind::Place),
                Evidence::Gazetteer,
            );
            return;
        }
        // "analysts at Goldman Sachs", "officials from Gazprom", "an economist at ING": the staff
        // of an organisation.
        let staff = first >= 2
            && self
                .word(first - 1)
                .is_some_and(|w| matches!(w, "at" | "from" | "of"))
            && self.word(first - 2).is_some_and(|w| {
                words::is_staff_noun(w)
                    // (One of them "at" it: "an analyst at Creative Strategies".)
                    || (self.word(first - 1) == Some("at")
                        && (words::is_employee_role(w)
                            || matches!(w, "professor" | "fellow" | "lecturer" | "scientist")))
            });
        // (Not a site the article places: "workers at Escondida … the Escondida mine".)
        let site = words.len() == 1 && self.located_in_article(last_word);
        if staff && words.len() <= 4 && g.place(phrase).is_none() && !site {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Organization),
                Evidence::Undecided,
            );
            return;
        }
        // A body that is backed, owned or based somewhere, said in a clause after its name:
        // "Synchron, which is backed by Bill Gates,".
        let which_backed = next_is(&[","]) && self.word(end + 1) == Some("which") && {
            let k = if matches!(self.word(end + 2), Some("is" | "was")) {
                end + 3
            } else {
                end + 2
            };
            self.word(k).is_some_and(|w| {
                matches!(
                    w,
                    "backed"
                        | "owned"
                        | "based"
                        | "founded"
                        | "run"
                        | "listed"
                        | "headquartered"
                        | "valued"
                        | "funded"
                )
            })
        };
        if which_backed
            && words.len() <= 3
            && g.place(phrase).is_none()
            && words
                .iter()
                .all(|&(_, w)| !g.is_given_name(w) && !g.is_common_word(w) && !words::is_role(w))
        {
            let evidence = Evidence::OrgHead("which".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // The maker of a product: "a vaccine made by Takeda", "jets built by Embraer".
        let maker = first >= 3
            && self.word(first - 1) == Some("by")
            && self.word(first - 2).is_some_and(|w| {
                matches!(
                    w,
                    "made" | "developed" | "manufactured" | "produced" | "built" | "designed"
                )
            })
            && self.word(first - 3).is_some_and(|w| {
                words::is_product_noun_after(w)
                    || matches!(
                        w,
                        "vaccine" | "vaccines" | "drug" | "drugs" | "medicine" | "cars"
                    )
            });
        if maker
            && words.len() <= 3
            && g.place(phrase).is_none()
            && !words.iter().any(|&(_, w)| words::is_role(w))
        {
            let evidence = Evidence::OrgHead(self.word(first - 2).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // Where someone of a given age comes from: "the 32-year-old from Kettering", "a
        // 19-year-old student from Leuven".
        let age_from = first >= 4 && self.word(first - 1) == Some("from") && {
            let old = (first - 3..first - 1)
                .rev()
                .find(|&k| self.word(k) == Some("old"));
            old.is_some_and(|k| {
                k >= 2
                    && self.tok(k - 1) == Some("-")
                    && matches!(self.word(k - 2), Some("year" | "years"))
                    && (k + 1..first - 1).all(|m| {
                        self.word(m)
                            .is_some_and(|w| w.starts_with(char::is_lowercase))
                    })
            })
        };
        if age_from
            && words.len() <= 3
            && words.iter().all(|&(_, w)| {
                !g.is_common_word(w)
                    && !words::is_role(w)
                    && !words::is_org_head(w)
                    && !g.is_company(w)
            })
        {
            let evidence = Evidence::OtherHead("from".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // A town named with its state or country: "based in Canonsburg, Pennsylvania", "of
        // Reigate, Surrey," (a county that is also a city elsewhere, after a town's name that is
        // no English word).
        let after_preposition = first > 0
            && self.word(first - 1).is_some_and(|w| {
                matches!(
                    w,
                    "in" | "at" | "near" | "from" | "of" | "outside" | "to" | "into"
                )
            });
        // ("the Minnetonka, Minnesota-based company": a town before its state and "-based".)
        let based = next_is(&[","])
            && matches!(self.tok(end + 2), Some("-"))
            && self.glued(end + 2)
            && self
                .word(end + 3)
                .is_some_and(|w| matches!(w, "based" | "headquartered"));
        // ("According to Abdykalikova, Kazakhstan hopes": the state must end the phrase.)
        // ("from Greenville, S.C., with": the state may be abbreviated or take two words.)
        if (after_preposition || based)
            && words.len() <= 2
            && next_is(&[","])
            && let Some(state_end) = self.state_after_comma(end, |p| {
                p.kind != "city" || !words.iter().any(|&(_, w)| g.is_common_word(w))
            })
            && (based
                || matches!(
                    self.tok(state_end),
                    None | Some("," | "." | ";" | ")" | "—" | "–")
                ))
            && words.iter().all(|&(_, w)| !g.is_given_name(w))
        {
            self.push(
                out,
                first,
                end,
                Some(EntityKind::Place),
                Evidence::OtherHead(",".into()),
            );
            return;
        }
        // A relative named after the word for the kin: "his wife, Meredith,", "her son Tom".
        if let Some(kin) = self.kin_before(first)
            && (1..=3).contains(&words.len())
            && words.iter().all(|&(j, w)| self.name_word(j, w))
            // ("daughters Liz and Mary": a given name that is also a town's.)
            && (g.place(phrase).is_none() || g.is_given_name(phrase))
        {
            let evidence = Evidence::Title(kin.to_string());
            self.push(out, first, end, Some(EntityKind::Person), evidence);
            return;
        }
        // A relative clause about a person: "Ajei Gopal, who has led Ansys", "Jofra Archer,
        // playing his first Test", or an age: "Kroos, 34, played".
        let who = next_is(&[","])
            && (self
                .word(end + 1)
                .is_some_and(|w| matches!(w, "who" | "whose"))
                || (self.word(end + 1).is_some_and(|w| {
                    w.ends_with("ing") && w.starts_with(|c: char| c.is_ascii_lowercase())
                }) && matches!(self.word(end + 2), Some("his" | "her"))));
        let age = self.age_after(end) || self.aged_apposition(end);
        let titled = words.len() >= 2 && self.titled_apposition(end);
        // ("Pele, with whom he was often compared,": clubs are "who" in British English, but
        // no one's "whom".)
        let whom = next_is(&[","])
            && (self.word(end + 1) == Some("whom")
                || (self.word(end + 2) == Some("whom")
                    && self.word(end + 1).is_some_and(|w| {
                        matches!(w, "with" | "to" | "for" | "of" | "by" | "against")
                    })));
        // The subject of a deed done to "his" or "her" own: "Usain Bolt destroyed his own
        // world record" (a firm's or a country's is "its").
        let own = words.len() >= 2
            && self.word(end).is_some_and(|w| {
                w.len() > 4 && w.ends_with("ed") && w.starts_with(|c: char| c.is_ascii_lowercase())
            })
            && matches!(self.word(end + 1), Some("his" | "her"));
        // A relative clause about a place: "including Paiporta, where 62 people died" (a
        // place unless the corpus knows the name as something else).
        let where_clause = next_is(&[","]) && self.word(end + 1) == Some("where");
        // So is the venue of a gathering: "a ceremony at Old Billingsgate", "held at Lancaster
        // House".
        let venue = first >= 2
            && self.word(first - 1) == Some("at")
            && self.word(first - 2).is_some_and(|w| {
                matches!(
                    w,
                    "held"
                        | "ceremony"
                        | "concert"
                        | "rally"
                        | "funeral"
                        | "vigil"
                        | "gala"
                        | "reception"
                        | "exhibition"
                        | "memorial"
                )
            });
        // (A venue's name may open with an English word: "Old Billingsgate".)
        let named_so = |n: usize, w: &str| {
            (venue && n == 0 && words.len() >= 2) || (!g.is_common_word(w) && !words::is_role(w))
        };
        if (where_clause || venue)
            && (1..=3).contains(&words.len())
            && !self.at_start(first)
            && words.iter().enumerate().all(|(n, &(_, w))| named_so(n, w))
        {
            self.push(out, first, end, None, Evidence::Located);
            return;
        }
        // (British English gives clubs "who" too: "Arsenal, who beat Everton"; one word needs
        // the age.)
        // (Before an age, a given name may also be a place's: "Sudan Gurung, 36,".)
        if (age || own || whom || titled || (who && words.len() >= 2))
            && (1..=3).contains(&words.len())
            && words.iter().enumerate().all(|(n, &(j, w))| {
                self.name_word(j, w)
                    || (age && n + 1 < words.len() && g.place(w).is_some())
                    // (A surname may be an English word: "Ayrton Senna, three times world
                    // champion".)
                    || (titled && n > 0 && self.name_word(words[0].0, words[0].1))
            })
        {
            self.push(out, first, end, None, Evidence::PersonCue);
            return;
        }
        // The subject of a verb of saying ("Tengrinews reports", "Kitack Lim, said"): a person
        // if it reads like a full name, else decided by the corpus pass.
        let verb_at = if next_is(&[","]) { end + 1 } else { end };
        // (A source: "according to Bloomberg".)
        let according = first >= 2
            && self.word(first - 1) == Some("to")
            && self
                .word(first - 2)
                .is_some_and(|w| w.eq_ignore_ascii_case("according"));
        // (Not the last word of an apposition, after its preposition: "Charlie Maynard, the
        // MP for Witney, argued": the one who argues is named before.)
        // (Nor after "of" or "for" and a noun: "the spiritual leader of Tibetan Buddhism said".)
        // ("leader of the conservative Les Républicains, said": words in lower case may stand
        // between.)
        let preposition_back = || {
            (1..=3)
                .take_while(|&k| {
                    first >= k
                        && self
                            .word(first - k)
                            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
                })
                .any(|k| {
                    matches!(
                        self.word(first - k),
                        Some("for" | "of" | "in" | "from" | "at")
                    )
                })
        };
        let apposition_end = first > 0
            && self.word(first - 1).is_some_and(|w| {
                (verb_at > end
                    && (matches!(w, "for" | "of" | "in" | "from" | "at") || preposition_back()))
                    || (matches!(w, "for" | "of")
                        && first >= 2
                        && self
                            .word(first - 2)
                            .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_lowercase())))
            });
        let says = self.word(verb_at).is_some_and(words::is_reporting_verb) && !apposition_end;
        let appositive = next_is(&[","])
            && first >= 2
            && self.tok(first - 1) == Some(",")
            && self.word(first - 2).is_some_and(words::is_person_title);
        // ("Doctors Without Borders said" is no person's name; nor "the Kenyan President said".)
        // ("Hapag-Lloyd said": words joined by a hyphen alone are no given name and surname.)
        if (says || appositive)
            && (2..=3).contains(&words.len())
            && phrase.contains(' ')
            && !self.at_start(first)
            && !words.iter().any(|(_, w)| {
                words::is_function_word(w) || words::is_org_head(w) || words::is_company_word(w)
            })
            && !words
                .iter()
                .all(|(_, w)| g.is_adjective(w) || words::is_role(w) || words::is_person_title(w))
        {
            // ("The Chief Constable said": a rank in English words after "the" and a title.)
            let rank = first > 0
                && matches!(self.word(first - 1), Some("the" | "The"))
                && words::is_person_title(words[0].1)
                && words.iter().all(|(_, w)| g.is_common_word(w));
            // ("Secretary of State Bryan said": the title's last word is no given name.)
            let of_state = words[0].1 == "State"
                && first >= 2
                && self.word(first - 1) == Some("of")
                && self
                    .word(first - 2)
                    .is_some_and(|w| matches!(w, "Secretary" | "Minister" | "secretary"));
            if !rank {
                let from = if of_state { words[1].0 } else { first };
                self.push(out, from, end, Some(EntityKind::Person), Evidence::Speaker);
            }
            return;
        }
        // "the Zachariae Isstrom glacier": a name between "the" and the noun for a site.
        // (One word too, if it is nobody's and no firm's: "the Onagawa nuclear power plant",
        // "near the Hauslabjoch pass"; not "the Tesla plant", nor "the Skylab station", which
        // may be in space.)
        let lone = || {
            words.len() == 1
                && end == first + 1
                && self.word(end) != Some("station")
                && !self.is_acronym(first)
                && !g.is_company(last_word)
                && !g.is_given_name(last_word)
                && !g.is_common_word(last_word)
                && !words::is_org_head(last_word)
        };
        if ((2..=3).contains(&words.len()) || lone()) && self.site_between_the_and_noun(first, end)
        {
            let evidence = Evidence::OtherHead(self.word(end).unwrap_or_default().to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        if self.reads_as_name(first, end) {
            // ("at the Caesars Superdome": a name read as a person's after "at the" is a
            // venue's.)
            let venue = first >= 2
                && self.word(first - 1) == Some("the")
                && matches!(self.word(first - 2), Some("at" | "inside" | "outside"));
            // (Nor is one after "in" with no given name in it, unless something of it follows:
            // "his residence in Seri Perdana", not "in Xi Jinping's speech".)
            let g = gazetteer();
            // (Nor one that qualifies a noun after it: "in Oprah Winfrey interview".)
            let qualifies = self.word(end).is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && !words::is_function_word(w)
                    && !words::is_reporting_verb(w)
                    && !crate::analysis::dates::is_past_verb(w)
                    && !w.ends_with("ing")
            });
            // (Or after "at" or "near": "the summer residence at Castel Gandolfo"; or before
            // the noun for a site: "near Loma Prieta peak".)
            let site = self
                .word(end)
                .is_some_and(|w| w.starts_with(char::is_lowercase) && words::is_site_noun_after(w));
            // (Or after a verb that reaches a place, or "of" after a site's noun: "visited
            // Machu Picchu", "the Inca citadel of Machu Picchu".)
            let site_of = first >= 2
                && self.word(first - 1) == Some("of")
                && self.word(first - 2).is_some_and(|w| {
                    matches!(
                        w,
                        "city" | "town" | "village" | "citadel" | "ruins" | "fortress" | "island"
                    )
                });
            // (Or a known town set off after "of", where a person's home is told: "Cox, of
            // Los Alamitos, waded ashore".)
            let home = first >= 2
                && self.word(first - 1) == Some("of")
                && self.tok(first - 2) == Some(",")
                && self.tok(end) == Some(",")
                && {
                    let name = &self.text[self.tokens[first].start..self.tokens[end - 1].end];
                    g.place(name).is_some() || g.is_town(name)
                };
            let inside = first >= 1
                && (matches!(self.word(first - 1), Some("in" | "at" | "near"))
                    || site_of
                    || home
                    || self
                        .word(first - 1)
                        .is_some_and(|w| matches!(w, "visited" | "visiting" | "visit" | "visits")))
                && (!qualifies || site)
                && !matches!(self.tok(end), Some("'" | "’"))
                && self
                    .words_in(first, end)
                    .iter()
                    .all(|&(_, w)| !g.is_given_name(w));
            // ("Sinn Féin's president": a person has no president, members or board; nor
            // one before a name: "Sinn Féin president Gerry Adams".)
            let head_of_body = matches!(
                self.word(end),
                Some("president" | "chairman" | "chairwoman" | "leader" | "spokesman")
            ) && self.is_cap(end + 1)
                && self.word(end + 1).is_some_and(|w| g.is_given_name(w));
            let body_of_people = head_of_body
                || matches!(self.tok(end), Some("'" | "’"))
                    && self.tok(end + 1) == Some("s")
                    && self.word(end + 2).is_some_and(|w| {
                        matches!(
                            w,
                            "president"
                                | "chairman"
                                | "chairwoman"
                                | "leader"
                                | "leadership"
                                | "members"
                                | "MPs"
                                | "lawmakers"
                                | "board"
                                | "headquarters"
                                | "shareholders"
                                | "employees"
                        )
                    });
            // ("the Kuntur Wasi consortium": between "the" and the noun for a body.)
            let body_noun = first >= 1
                && self.word(first - 1) == Some("the")
                && self.word(end).is_some_and(words::is_org_kind);
            // (Nor a saint's: "between St Ives and Mevagissey" names a town.)
            let saint = self.word(first) == Some("St");
            let (kind, evidence) = if venue || inside || saint {
                (EntityKind::Place, Evidence::Located)
            } else if body_noun {
                let noun = self.word(end).unwrap_or_default().to_string();
                (EntityKind::Organization, Evidence::OrgHead(noun))
            } else if body_of_people {
                let role = if head_of_body { end } else { end + 2 };
                (
                    EntityKind::Organization,
                    Evidence::OrgHead(self.word(role).unwrap_or_default().to_string()),
                )
            } else if self.acquired_at(first) {
                (
                    EntityKind::Organization,
                    Evidence::OrgHead("acquired".to_string()),
                )
            } else {
                (EntityKind::Person, Evidence::NameShape)
            };
            self.push(out, first, end, Some(kind), evidence);
            return;
        }
        // (Capitalised, a firm's or a movement's role only: "Stellantis Chief Executive X",
        // not "Philippine President X".)
        let corporate = |w: &str| {
            [
                "chief",
                "executive",
                "ceo",
                "founder",
                "chairman",
                "chairwoman",
                "leader",
            ]
            .iter()
            .any(|r| w.eq_ignore_ascii_case(r))
        };
        // (A word for the kind of role may come first: "Juventus general manager Luciano Moggi",
        // "Ajax technical director X".)
        let role_at = if self.word(end).is_some_and(|w| {
            matches!(
                w,
                "general" | "head" | "assistant" | "sporting" | "technical"
            )
        }) && self.word(end + 1).is_some_and(words::is_employee_role)
        {
            end + 1
        } else {
            end
        };
        let employer = self.word(role_at).is_some_and(|w| {
            (w.chars().all(char::is_lowercase)
                || (self.is_cap(role_at)
                    && corporate(w)
                    && !words.iter().any(|(_, w)| g.is_adjective(w))))
                && words::is_employee_role(w)
        }) && (role_at + 1..role_at + 4).any(|i| self.is_cap(i))
            && (!(words.len() == 1 && g.is_common_word(last_word))
                // (Or a listed firm's, opening the sentence: "Apple founder Steve Jobs".)
                || (g.is_company(last_word) && (role_at + 1..role_at + 3).all(|i| self.is_cap(i)))
                // (A club's name that is an English word, before a player's or a coach's role:
                // "former Arsenal striker Ian Wright", not "Fund manager Jo Bell".)
                || self.word(role_at).is_some_and(|w| {
                    words::is_player_position(w)
                        || (matches!(w, "manager" | "coach") && !self.at_start(first))
                }))
            // ("Former French president Nicolas Sarkozy": qualifiers of the role name no body.)
            && !words.iter().all(|(_, w)| {
                g.is_adjective(w) || matches!(*w, "Former" | "Then" | "Late" | "Ex")
            });
        // …or before a word for its fighters, staff or shares: "Hezbollah fighters", "Gazprom
        // shares" (names that are no English words, given names or places).
        // ("Hamas political leaders": a word for their branch may come between.)
        let member_at = if self.word(end).is_some_and(|w| {
            matches!(
                w,
                "political" | "military" | "senior" | "top" | "armed" | "exiled"
            )
        }) {
            end + 1
        } else {
            end
        };
        let employer = employer
            || (words.len() <= 2
                && self
                    .word(member_at)
                    .is_some_and(words::is_member_noun_after)
                && self
                    .word(member_at)
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
                && words.iter().all(|(_, w)| {
                    !g.is_common_word(w) && !g.is_given_name(w) && g.place(w).is_none()
                }));
        // …or after a person's name and "of": "Remco Evenepoel of Soudal Quick-Step" (a place
        // would be known: "Evenepoel of Belgium"; after a title, "Prime Minister X of Y", it
        // is the country).
        let employer = employer
            || (words.len() <= 4
                && first >= 2
                && self.word(first - 1) == Some("of")
                && out.last().is_some_and(|c| {
                    c.kind == Some(EntityKind::Person)
                        && c.end == self.tokens[first - 2].end
                        && !matches!(c.evidence, Evidence::Title(_))
                })
                && g.place(phrase).is_none()
                && !words.iter().any(|(_, w)| g.is_adjective(w))
                // (Not a place named with the word for its kind: "Ramon Rodriguez of Tolima
                // state".)
                && !self.word(end).is_some_and(|w| {
                    w.starts_with(char::is_lowercase) && words::is_site_noun_after(w)
                }));
        // …or a club's, before a player's position or its manager's job, after "the" or
        // "former": "The former Chelsea manager, who" (a country's team is the country).
        let employer = employer
            || (words.len() <= 2
                && first > 0
                && self.word(first - 1).is_some_and(|w| {
                    matches!(
                        crate::analysis::ascii::Lower::new(w).as_str(),
                        "the" | "former" | "ex"
                    )
                })
                && self
                    .word(end)
                    .is_some_and(|w| w == "manager" || words::is_player_position(w))
                && words.iter().all(|(_, w)| {
                    !g.is_common_word(w) && !g.is_given_name(w) && !g.is_adjective(w)
                })
                && g.place(phrase).is_none_or(|(_, p)| p.kind == "city"));
        // ("Analysts said", "Residents say": an English word opening the sentence is the
        // subject, not a name.)
        let plain_opening = words.len() == 1 && self.at_start(first) && g.is_common_word(last_word);
        // A word that is no English word or known name (checked only when needed).
        let unknown = |w: &str| {
            w.chars().all(char::is_alphabetic)
                && !g.is_common_word(w)
                && !g.is_given_name(w)
                && !g.is_adjective(w)
        };
        let unknown_word = || words.len() == 1 && !self.is_acronym(first) && unknown(last_word);
        let located = || {
            // Also a compass word and such a word, placed where it stands: "in East
            // Kalimantan province".
            let compass_unknown = || {
                words.len() == 2
                    && words::is_compass(words[0].1)
                    && (self.word(end).is_some_and(|w| {
                        w.starts_with(char::is_lowercase) && words::is_site_noun_after(w)
                    }) || (first > 0
                        && matches!(self.word(first - 1), Some("in" | "In" | "near" | "across")))
                        // ("a country in the South Caucasus".)
                        || (first > 1
                            && self.word(first - 1) == Some("the")
                            && matches!(self.word(first - 2), Some("in" | "near" | "across"))))
                    && unknown(last_word)
            };
            // An ocean or a region by its compass half after a preposition of place and "the",
            // whatever its word: "into the South Pacific", "in the North Atlantic".
            let compass_half = || {
                words.len() == 2
                    && words::is_compass(words[0].1)
                    && first > 1
                    && self.word(first - 1) == Some("the")
                    && matches!(
                        self.word(first - 2),
                        Some("in" | "into" | "across" | "over" | "near" | "through")
                    )
                    && !self
                        .word(end)
                        .is_some_and(|w| w.starts_with(char::is_lowercase))
                    && !words::is_org_head(last_word)
                    && !words::is_other_head(last_word)
                    && !words::is_role(last_word)
                    && !g.is_adjective(last_word)
            };
            // A given name too, between "the" and the site's noun: "the Rafah crossing".
            let the_site = || {
                words.len() == 1
                    && first > 0
                    && self.word(first - 1) == Some("the")
                    && self.word(end).is_some_and(|w| {
                        w.starts_with(char::is_lowercase)
                            && (words::is_site_noun_after(w)
                                || self
                                    .word(end + 1)
                                    .is_some_and(|n| words::is_site_compound(w, n)))
                    })
                    && !self.is_acronym(first)
                    && last_word.chars().all(char::is_alphabetic)
                    && !g.is_common_word(last_word)
                    && !g.is_adjective(last_word)
            };
            // A landform or a landmark named between "the" and the noun for its kind, whatever
            // its words: "the High Atlas mountains", "the Gobi desert", "the La Moneda palace".
            let landform = || {
                (1..=3).contains(&words.len())
                    && first > 0
                    && self.word(first - 1) == Some("the")
                    && self.word(end).is_some_and(|w| {
                        matches!(
                            w,
                            "mountains"
                                | "valley"
                                | "peninsula"
                                | "crater"
                                | "hills"
                                | "desert"
                                | "plateau"
                                | "glacier"
                                | "volcano"
                                | "canal"
                                | "strait"
                                | "palace"
                                | "stadium"
                                | "cathedral"
                        )
                    })
                    && words.iter().all(|&(j, w)| {
                        !self.is_acronym(j)
                            && !words::is_role(w)
                            && !words::is_org_head(w)
                            && !g.is_company(w)
                    })
            };
            // A part of a known place, after its possessive and before a noun for a site:
            // "Florida's Big Bend region", "Ukraine's Donbas region".
            let part_of_place = || {
                words.len() <= 3
                    && self
                        .possessor(first)
                        .is_some_and(|(_, p)| g.place(p).is_some())
                    && self.word(end).is_some_and(|w| {
                        w.starts_with(char::is_lowercase) && words::is_site_noun_after(w)
                    })
                    && !words.iter().any(|(_, w)| g.is_given_name(w))
            };
            // A name of words joined by hyphens, placed by its first: "down the
            // Champs-Élysées".
            let hyphenated = || {
                words.len() >= 2
                    && !phrase.contains(' ')
                    && !self.is_acronym(first)
                    && unknown(last_word)
                    && !crate::analysis::dates::is_month_or_weekday(last_word)
                    && self.located_in_article(words[0].1)
            };
            // A venue by the town it stands in: "starts at the Gabba in Brisbane".
            let venue_in_town = || {
                (1..=2).contains(&words.len())
                    && first >= 2
                    && self.word(first - 1) == Some("the")
                    && self.word(first - 2) == Some("at")
                    && self.word(end) == Some("in")
                    && self.word(end + 1).is_some_and(|w| g.place(w).is_some())
                    && unknown(last_word)
            };
            // A town by the known place it is near: "had left Civitavecchia near Rome".
            let near_place = || {
                let near = if next_is(&[","]) { end + 1 } else { end };
                words.len() <= 2
                    && unknown(last_word)
                    && self.word(near) == Some("near")
                    && self.word(near + 1).is_some_and(|w| g.place(w).is_some())
            };
            // A street by its German ending: "the Kurfuerstendamm", "Invalidenstrasse".
            let street = || {
                words.len() == 1 && {
                    let lower = last_word.to_lowercase();
                    ["strasse", "straße", "damm", "platz", "allee", "gasse"]
                        .iter()
                        .any(|s| lower.len() >= s.len() + 3 && lower.ends_with(s))
                }
            };
            // Where a byline's writer is: "By Kevin McCarra at the Olympiastadion".
            let byline_venue = || {
                let at = if first >= 1 && self.word(first - 1) == Some("the") {
                    first.saturating_sub(2)
                } else {
                    first.saturating_sub(1)
                };
                words.len() <= 3
                    && matches!(self.word(at), Some("at" | "in"))
                    && self.tokens.get(end).is_none_or(|t| t.line_break_before)
                    && (at.saturating_sub(5)..at)
                        .rev()
                        .find(|&k| k == 0 || self.tokens[k].line_break_before)
                        .is_some_and(|k| {
                            matches!(self.word(k), Some("By" | "From"))
                                // (Or the writer's name alone opens the line: "Alan Henry at
                                // Imola".)
                                || out.last().is_some_and(|c| {
                                    c.kind == Some(EntityKind::Person)
                                        && c.start == self.tokens[k].start
                                        && c.end == self.tokens[at - 1].end
                                })
                        })
            };
            // The region a known place lies in, set off after it: "in Beslan, North Ossetia,
            // where", "near Ibagué, Tolima." (one or two words, the last no English word or
            // given name).
            let region_of_place = || {
                words.len() <= 2
                    && first >= 3
                    && self.tok(first - 1) == Some(",")
                    && unknown(last_word)
                    && (words.len() == 1 || words::is_compass(words[0].1))
                    && matches!(self.tok(end), None | Some("," | "." | ";" | ")"))
                    && (out.last().is_some_and(|c| {
                        c.kind == Some(EntityKind::Place) && c.end == self.tokens[first - 2].end
                    }) || self.word(first - 2).is_some_and(|w| {
                        (g.place(w).is_some() || g.is_town(w)) && !g.is_adjective(w)
                    }))
                    && matches!(
                        self.word(first - 3),
                        Some("in" | "at" | "near" | "from" | "outside")
                    )
            };
            // A town set off before the region it lies in: "to Bedwyn, in Wiltshire," (one or
            // two words, the last no English word or given name).
            let town_in_region = || {
                words.len() <= 2
                    && next_is(&[","])
                    && self.word(end + 1) == Some("in")
                    && !self.at_start(first)
                    && unknown(last_word)
                    && self.word(end + 2).is_some_and(|w| {
                        g.place(w).is_some_and(|(_, p)| p.kind != "city") && !g.is_adjective(w)
                    })
                    && matches!(self.tok(end + 3), None | Some("," | "." | ";"))
            };
            (unknown_word() && self.located_in_article(last_word))
                || town_in_region()
                || region_of_place()
                || byline_venue()
                || near_place()
                || street()
                || hyphenated()
                || venue_in_town()
                || landform()
                || compass_unknown()
                || compass_half()
                || the_site()
                || part_of_place()
        };
        // (An event opens and closes: "the Berlinale opened".)
        let tells_what_it_did = |w: &str| {
            crate::analysis::dates::is_past_verb(w)
                && !matches!(w, "opened" | "closed" | "began" | "ended" | "started")
        };
        let recurring = || {
            words.len() == 1
                && !self.at_start(first)
                // (Not a unit after a number, "17.09C", nor a word for an event: "Olympics".)
                && last_word.chars().count() >= 2
                && !words::is_other_head(last_word)
                // Not as a modifier ("Arab states"): demonyms recur too (a grammar word or a
                // verb of saying after it modifies nothing: "fighting with Hezbollah has"; nor
                // does a verb in the past: "when Hezbollah fired").
                && !self.word(end).is_some_and(|w| {
                    w.starts_with(char::is_lowercase)
                        && !words::is_function_word(w)
                        && !words::is_reporting_verb(w)
                        && !tells_what_it_did(w)
                })
                && unknown_word()
                && self.counts().word(last_word) >= 2
        };
        // ("Hospitals near Muxidi reported": the name a preposition of place takes is not
        // the subject.)
        // ("He blamed Islamic State, which later said it had carried out the attacks": what
        // speaks through "which" is a body, no person.)
        let which_says = || {
            next_is(&[","])
                && self.word(end + 1) == Some("which")
                && (end + 2..end + 5).any(|k| self.word(k).is_some_and(words::is_reporting_verb))
        };
        let speaker = (says || according || which_says())
            && !(first >= 1
                && matches!(
                    self.word(first - 1),
                    Some("near" | "in" | "at" | "outside" | "inside" | "around")
                ));
        // A given name alone that is no English word, place or company, as the subject of a
        // verb or before "who": "and Camilla was crowned queen" (a person, unless the corpus
        // knows better).
        // (Not a firm's possessive name: "at Christie's, who".)
        let given_alone = words.len() == 1
            && end == first + 1
            && !self.is_acronym(first)
            && g.is_given_name(last_word)
            && !g.is_common_word(last_word)
            && g.place(last_word).is_none()
            && !g.is_company(last_word)
            && !g.is_adjective(last_word)
            // (No person takes "the": "The Tate was founded in 1897".)
            && !(first >= 1 && matches!(self.word(first - 1), Some("the" | "The")))
            && (self.word(end).is_some_and(|w| {
                matches!(
                    w,
                    "was" | "is" | "has" | "had" | "said" | "says" | "told" | "wrote" | "added"
                )
            })
                // (Or before a relative clause: "He thanked Francis, who died in April"; not
                // after a determiner or an age: "the 26-year-old Dane, who won".)
                || (next_is(&[","])
                    && matches!(self.word(end + 1), Some("who" | "whose"))
                    && !(first >= 1
                        && self.word(first - 1).is_some_and(|w| {
                            matches!(
                                crate::analysis::ascii::Lower::new(w).as_str(),
                                "the" | "a" | "an" | "old"
                            )
                        }))))
            // (Not a word the article writes as an employer too: "Nissan chairman Carlos
            // Ghosn … Nissan said".)
            && !self.article.windows(2).any(|pair| {
                pair[0].text(self.text) == last_word
                    && words::is_employee_role(pair[1].text(self.text))
            });
        // A name right after an abbreviated title and its point: "Gen. Wiranto", "Gov.
        // Connally", "Mr. Smithers" (a person, unless the corpus knows a fuller name).
        let abbreviated_title = || {
            // (Initials and a generation's suffix count for nothing: "Gov. Arch A. Moore Jr.")
            words
                .iter()
                .filter(|&&(_, w)| w.len() > 1 && !matches!(w, "Jr" | "Sr"))
                .count()
                <= 2
                && first >= 2
                && self.tok(first - 1) == Some(".")
                && !self.tokens[first - 1].space_before
                && self
                    .word(first - 2)
                    .is_some_and(words::is_abbreviated_title)
                // (A firm's name after "Dr." is the firm's, "Dr. Martens"; not after "Mr.":
                // "Mr. Gates".)
                && {
                    let mister = matches!(self.word(first - 2), Some("Mr" | "Mrs" | "Ms"));
                    words
                        .iter()
                        .all(|&(j, w)| !self.is_acronym(j) && (mister || !g.is_company(w)))
                }
                // (A given name that is also a town's counts: "the Rev. Al Sharpton".)
                && match words[..] {
                    [(_, one)] => g.place(one).is_none(),
                    _ => g.place(phrase).is_none() && g.place(words[words.len() - 1].1).is_none(),
                }
        };
        let evidence = if given_alone || abbreviated_title() {
            Evidence::PersonCue
        } else if speaker && (!plain_opening || self.written_as_name(last_word)) {
            Evidence::Speaker
        } else if employer && words.len() <= 3 {
            Evidence::Employer
        // (A single letter is no place: "reach X, OpenAI's ChatGPT".)
        } else if phrase.chars().count() > 1 && located() {
            Evidence::Located
        } else if recurring() {
            Evidence::Recurring
        } else {
            Evidence::Undecided
        };
        // A name of several words with a party's creed in it is a party's or a movement's:
        // "the Christian Democratic Appeal".
        if evidence == Evidence::Undecided
            && (2..=4).contains(&words.len())
            && words.iter().any(|&(_, w)| is_creed(w))
            && g.place(phrase).is_none()
        {
            let evidence = Evidence::OrgHead("party".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // "Jaguar Land Rover (JLR)": a name that gives its own initials as an abbreviation is
        // a body's (people and places are not known by initials in news).
        if evidence == Evidence::Undecided && words.len() >= 2 && self.initials_follow(first, end) {
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A venue named for its town: "at Augusta National", "landed at Dulles
        // International".
        if evidence == Evidence::Undecided
            && let [(_, town), (_, "National" | "International")] = words[..]
            && first > 0
            && self.word(first - 1) == Some("at")
            && !g.is_common_word(town)
        {
            let evidence = Evidence::OtherHead("at".to_string());
            self.push(out, first, end, Some(EntityKind::Place), evidence);
            return;
        }
        // What one is a member of is a body: "its membership of Nato", "members of the
        // Sejm".
        if evidence == Evidence::Undecided && words.len() <= 3 && first >= 2 {
            let of = if self.word(first - 1) == Some("the") {
                first - 1
            } else {
                first
            };
            if of >= 2
                && self.word(of - 1) == Some("of")
                && matches!(self.word(of - 2), Some("membership" | "member" | "members"))
                && words.iter().all(|&(_, w)| g.place(w).is_none())
                // (Not "a member of the Kennedy family", "members of Yoon's party".)
                && !self
                    .word(end)
                    .is_some_and(|w| w.starts_with(char::is_lowercase) && !words::is_function_word(w))
                && !matches!(self.tok(end), Some("'" | "’"))
            {
                let evidence = Evidence::OrgHead("member".to_string());
                self.push(out, first, end, Some(EntityKind::Organization), evidence);
                return;
            }
        }
        // A period of history named for what befell it: "the Great Depression", "the Great
        // Famine" (not "the Great Plains", a place).
        if evidence == Evidence::Undecided
            && let [(_, "Great"), (_, what)] = words[..]
            && first > 0
            && self
                .word(first - 1)
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
            && matches!(
                what,
                "Depression"
                    | "Recession"
                    | "War"
                    | "Famine"
                    | "Fire"
                    | "Flood"
                    | "Purge"
                    | "Terror"
                    | "Migration"
                    | "Resignation"
                    | "Exhibition"
                    | "Schism"
            )
        {
            let evidence = Evidence::OtherHead(what.to_lowercase());
            self.push(out, first, end, Some(EntityKind::Other), evidence);
            return;
        }
        // "Intuitive Machines' Odysseus lander": a name of several words in the plural, with
        // its possessive, in the middle of a sentence is a firm's or a body's (people and
        // places are not named in the plural).
        if evidence == Evidence::Undecided
            && words.len() >= 2
            && !self.at_start(first)
            && self.plural_possessive_after(end)
            && words.iter().all(|&(_, w)| !g.is_given_name(w))
        {
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        if let Some((kind, evidence)) = self.cue_around(first, end, &words, out) {
            self.push(out, first, end, Some(kind), evidence);
            return;
        }
        // A name of several words that does something to "its" own is a firm's or a body's:
        // "Toys R Us is closing or selling all of its stores" (a person's is "his" or "her";
        // places the gazetteer knows are decided before).
        if evidence == Evidence::Undecided
            && (2..=4).contains(&words.len())
            && words.iter().all(|&(_, w)| !g.is_given_name(w) && g.place(w).is_none())
            && self.its_own_after(end)
            // (Not a person's surname met before: "President Armand Dorvan d'Aubrac … Dorvan
            // d'Aubrac praised its architect", the museum's.)
            && !out.iter().any(|c| {
                c.kind == Some(EntityKind::Person) && self.text[c.start..c.end].ends_with(phrase)
            })
        {
            let evidence = Evidence::OrgHead("its".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A body's initials written as a word, as British style has them, beside its name:
        // A listed firm written with a hyphen between its capitalised parts: "Wal-Mart" for
        // "Walmart".
        if evidence == Evidence::Undecided && end == first + 3 && self.tok(first + 1) == Some("-") {
            let (start, stop) = self.span(first, end);
            let joined: String = self.text[start..stop]
                .chars()
                .filter(|&c| c != '-')
                .enumerate()
                .map(|(k, c)| if k == 0 { c } else { c.to_ascii_lowercase() })
                .collect();
            if self.glued(first + 1)
                && self.glued(first + 2)
                && self.is_cap(first + 2)
                && g.is_company(&joined)
            {
                let evidence = Evidence::OrgHead("company".to_string());
                self.push(out, first, end, Some(EntityKind::Organization), evidence);
                return;
            }
        }
        // A body by what it does, in a clause set off after it: "English Heritage, which
        // manages Stonehenge," (a person would be "who").
        if evidence == Evidence::Undecided
            && words.len() <= 4
            && self.tok(end) == Some(",")
            && self.word(end + 1) == Some("which")
            && self.word(end + 2).is_some_and(|w| {
                matches!(
                    w,
                    "manages"
                        | "owns"
                        | "runs"
                        | "operates"
                        | "represents"
                        | "organises"
                        | "organizes"
                        | "funds"
                        | "oversees"
                        | "regulates"
                        | "employs"
                        | "publishes"
                        | "campaigns"
                        | "lobbies"
                )
            })
        {
            let evidence = Evidence::OrgHead("which".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // A listed body's acronym written as a word, as British papers do: "Unesco" for
        // "UNESCO" (four letters or more: "Ford" is no acronym).
        if evidence == Evidence::Undecided
            && words.len() == 1
            && g.is_acronym_as_word(last_word)
            // (Not a surname the article gives in full: "Robert Fico … Fico said".)
            && !self
                .counts()
                .words_before(last_word)
                .any(|w| w.starts_with(char::is_uppercase))
        {
            let evidence = Evidence::OrgHead("acronym".to_string());
            self.push(out, first, end, Some(EntityKind::Organization), evidence);
            return;
        }
        // "Esa" for the "European Space Agency", "Ecowas" (its "of" counted).
        if evidence == Evidence::Undecided
            && words.len() == 1
            && (3..=6).contains(&last_word.len())
            && last_word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
            && !g.is_common_word(last_word)
            && let Some(expansion) = self.expansion_in_article(last_word)
        {
            let evidence = Evidence::AcronymOf(expansion.to_string());
            self.push(out, first, end, None, evidence);
            return;
        }
        // A name ending in the word for a site, after a word that places it: "from Roosevelt
        // Field" (a given name and a surname's word read as a person's elsewhere: "Sally
        // Field").
        if evidence == Evidence::Undecided
            && words.len() >= 2
            && first >= 1
            && self.word(first - 1).is_some_and(words::places_a_town)
            && words::is_place_head(last_word)
        {
            self.push(out, first, end, Some(EntityKind::Place), Evidence::Located);
            return;
        }
        // A structure "of the" place that owns it is two names: "the St. Francis Dam of the Los
        // Angeles water system" (no dam or bridge is named for a city after "of the").
        if evidence == Evidence::Undecided
            && let Some(k) = words.iter().position(|&(_, w)| w == "of")
            && k >= 2
            && words.get(k + 1).is_some_and(|&(_, w)| w == "the")
            && k + 2 < words.len()
            && words::is_place_head(words[k - 1].1)
            && {
                let (start, stop) = self.span(words[k + 2].0, end);
                g.place(&self.text[start..stop]).is_some()
            }
        {
            self.classify_chunk(first, words[k].0, out);
            self.classify_chunk(words[k + 2].0, end, out);
            return;
        }
        // A firm by its possessive name, read whole above ("at Christie's in New York"), or
        // a maker after what it made ("was built by Astrium"): an organisation, unless the
        // corpus knows the name otherwise.
        let maker = || {
            first >= 2
                && words.len() <= 2
                && self.word(first - 1) == Some("by")
                && matches!(
                    self.word(first - 2),
                    Some("built" | "made" | "manufactured" | "developed" | "produced")
                )
        };
        if evidence == Evidence::Undecided
            && ((end == first + 3 && self.glued_possessive(first + 1)) || maker())
        {
            self.push(out, first, end, None, Evidence::Employer);
            return;
        }
        // Anything else waits for the corpus pass: it may be a known name, or an ordinary
        // capitalised word.
        self.push(out, first, end, None, evidence);
    }

    /// The kind of a name that no rule before decided, told by a word around it: a work after
    /// its author and "for" in an article about a prize ("Samantha Harvey for Orbital", "Susan
    /// Choi for Flashlight, Katie Kitamura for …"), a body set off after its description
    /// ("Japan's largest union group, Rengo, has said"), a programme or a mission named before
    /// the word ("its Artemis program"), an award named before it ("28 Grammy awards", "an
    /// Oscar nomination"; not its field: "the Economics prize").
    fn cue_around(
        &self,
        first: usize,
        end: usize,
        words: &[(usize, &str)],
        out: &[Candidate],
    ) -> Option<(EntityKind, Evidence)> {
        let g = gazetteer();
        let next = self.tok(end);
        let after = self.word(end);
        let unknown = || words.iter().all(|&(_, w)| !g.is_common_word(w));
        let author_before = first >= 2
            && self.word(first - 1) == Some("for")
            && out.last().is_some_and(|c| {
                c.kind == Some(EntityKind::Person) && c.end == self.tokens[first - 2].end
            });
        let clause_ends =
            matches!(next, Some("," | "." | ";" | ")") | None) || after == Some("and");
        // A town before its state or province: "Rancho Santa Fe, Calif.", "Chibok, Borno".
        if next == Some(",")
            && words.len() <= 3
            && let Some(state) = self.word(end + 1)
            && (g.place(state).is_some_and(|(_, p)| p.is_province())
                || (self.tok(end + 2) == Some(".")
                    && g.place(&format!("{state}."))
                        .is_some_and(|(_, p)| !p.alias_of.is_empty())))
            && !self.is_cap(end + 2)
        {
            return Some((EntityKind::Place, Evidence::Located));
        }
        // …and a county or a province after its town: "Hungerford, Berkshire, yesterday".
        if words.len() == 1
            && first >= 2
            && self.tok(first - 1) == Some(",")
            && matches!(next, Some("," | "."))
            && out.last().is_some_and(|c| {
                (c.kind == Some(EntityKind::Place) || c.evidence == Evidence::Located)
                    && c.end == self.tokens[first - 2].end
                    && !self.text[c.start..c.end].contains(' ')
            })
            && unknown()
            && !g.is_given_name(words[0].1)
        {
            return Some((EntityKind::Place, Evidence::Located));
        }
        // An author after works and "by": "paintings by Rembrandt, Vermeer and Degas"; or
        // before a work's quoted title: "Vermeer's "The Concert"".
        let by_author = first >= 2
            && self.word(first - 1) == Some("by")
            && self.word(first - 2).is_some_and(words::is_work_by);
        let quoted_after = || {
            matches!(self.tok(end), Some("'" | "’"))
                && self.word(end + 1) == Some("s")
                && self.glued(end)
                && matches!(self.tok(end + 2), Some("\"" | "“"))
                && self.is_cap(end + 3)
        };
        // (Or before the noun for one of the maker's works: "a framed Banksy painting".)
        let work_after = || {
            words.len() == 1
                && first >= 1
                && !self.at_start(first)
                && self.word(end).is_some_and(|w| {
                    matches!(w, "painting" | "paintings" | "mural" | "murals" | "artwork")
                })
        };
        if words.len() <= 2
            && (by_author || quoted_after() || work_after())
            && words
                .iter()
                .all(|&(j, w)| !self.is_acronym(j) && !g.is_common_word(w))
        {
            return Some((EntityKind::Person, Evidence::PersonCue));
        }
        if author_before && clause_ends && words.len() <= 4 && self.about_awards() {
            return Some((EntityKind::Other, Evidence::OtherHead("for".to_string())));
        }
        if words.len() <= 3 && first >= 2 && self.tok(first - 1) == Some(",") && next == Some(",") {
            let kind = self.word(first - 2).filter(|w| words::is_org_kind(w));
            if let Some(kind) = kind {
                return Some((
                    EntityKind::Organization,
                    Evidence::OrgHead(kind.to_string()),
                ));
            }
        }
        // An award won: "won his first Grammy", "two Emmys and a Bafta" (not "Tony Blair").
        if let [(_, award)] = words
            && words::is_statuette(award)
            && !self.is_cap(end)
            && first > 0
            && self.word(first - 1).is_some_and(|w| {
                matches!(
                    w,
                    "a" | "an"
                        | "his"
                        | "her"
                        | "their"
                        | "its"
                        | "first"
                        | "second"
                        | "third"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "won"
                        | "win"
                        | "wins"
                        | "winning"
                )
            })
        {
            return Some((EntityKind::Other, Evidence::OtherHead("award".to_string())));
        }
        // (Also before the word for who won it: "the two-time Oscar winner", "an
        // Emmy-winning writer".)
        let winning = next == Some("-")
            && self.glued(end)
            && matches!(self.word(end + 1), Some("winning" | "nominated"));
        let head = match after? {
            "program" | "programme" | "mission" | "missions" => "program",
            "award" | "awards" | "nomination" | "nominations" | "prize" | "prizes" | "winner"
            | "winners" | "nominee" | "nominees" => "award",
            _ if winning => "award",
            _ => return None,
        };
        (words.len() <= 2 && unknown())
            .then(|| (EntityKind::Other, Evidence::OtherHead(head.to_string())))
    }

    /// Whether `first..end` is a name on a byline line: "By" opening the line, then only
    /// capitalised names, "and" and commas, up to the line's end.
    fn in_byline(&self, first: usize, end: usize) -> bool {
        let Some(by) = (first.saturating_sub(8)..first)
            .rev()
            .find(|&k| self.tokens[k].line_break_before || k == 0)
        else {
            return false;
        };
        if self.word(by) != Some("By") {
            return false;
        }
        let line_end = (end..(end + 9).min(self.tokens.len()))
            .find(|&k| self.tokens[k].line_break_before)
            .unwrap_or(self.tokens.len());
        line_end <= end + 8
            && (by + 1..line_end).all(|k| {
                self.is_cap(k) || matches!(self.tok(k), Some("and" | "," | "-" | "." | "|" | "&"))
            })
    }

    /// Whether the article speaks of spaceflight (a scan of its words, asked only where a rule
    /// has found a craft's shape).
    fn about_space(&self) -> bool {
        self.article_has_word(|w| {
            matches!(
                w,
                "spacecraft"
                    | "orbit"
                    | "planet"
                    | "lunar"
                    | "astronaut"
                    | "astronauts"
                    | "rocket"
                    | "NASA"
                    | "spaceflight"
            )
        })
    }

    /// Whether any word of the article passes `test`.
    fn article_has_word(&self, test: fn(&str) -> bool) -> bool {
        self.article
            .iter()
            .any(|t| t.kind == TokenKind::Word && test(t.text(self.text)))
    }

    /// Whether the article speaks of a prize, an award or a nomination (a scan of its words,
    /// asked only where a rule has found a work's shape).
    fn about_awards(&self) -> bool {
        self.article_has_word(|w| {
            matches!(
                w,
                "prize"
                    | "prizes"
                    | "award"
                    | "awards"
                    | "shortlist"
                    | "shortlisted"
                    | "longlist"
                    | "longlisted"
                    | "nominated"
                    | "nominations"
            )
        })
    }

    /// Whether a plural's possessive apostrophe follows the name ending before `end`:
    /// "Intuitive Machines' lander" (not "Kenya's", not a closing quotation mark).
    fn plural_possessive_after(&self, end: usize) -> bool {
        end >= 1
            && matches!(self.tok(end), Some("'" | "’"))
            && self.glued(end)
            && self.word(end - 1).is_some_and(|w| w.ends_with('s'))
            && !self
                .tokens
                .get(end + 1)
                .is_some_and(|t| self.glued(end + 1) && t.kind == TokenKind::Word)
    }
}

/// Letters for a kind of ship, before its name ("MV Bahari", "HMS Belfast", "USS Gerald R.
/// Ford").
fn is_vessel_prefix(word: &str) -> bool {
    matches!(
        word,
        "MV" | "MS" | "MT" | "SS" | "RMS" | "HMS" | "HMAS" | "HMCS" | "USS" | "USNS" | "FV"
    )
}

/// Words for a road before its number ("Interstate 40", "Route 66").
fn is_road_noun(word: &str) -> bool {
    matches!(
        word,
        "Interstate" | "Highway" | "Route" | "Motorway" | "Autobahn"
    )
}

/// Adjectives that name a party only with the word "party" ("Scottish National party",
/// "Social Democratic party").
fn is_party_adjective(word: &str) -> bool {
    matches!(
        word,
        "National"
            | "Democratic"
            | "Republican"
            | "Liberal"
            | "Conservative"
            | "Socialist"
            | "Communist"
            | "Social"
            | "Popular"
            | "Christian"
            | "Progressive"
            | "Nationalist"
            | "Unionist"
            | "Radical"
            | "Federal"
            | "Revolutionary"
    )
}

/// Lower-case words for a road after its number ("the A75 motorway", "the N7 highway").
fn is_road_noun_after(word: &str) -> bool {
    matches!(
        word,
        "motorway" | "highway" | "road" | "autoroute" | "autobahn" | "expressway" | "freeway"
    )
}

/// Whether `next`, then `after`, are tokens no possessive stands before, after a name and its
/// "'s": "Sotheby's said", "sold at Sotheby's.", "at Christie's in New York" (not "in March").
fn no_possessive_before(next: Option<&str>, after: Option<&str>) -> bool {
    matches!(
        next,
        Some("." | ";" | "said" | "says" | "told" | "announced")
    ) || (next == Some("in")
        && after.is_some_and(|w| {
            w.starts_with(char::is_uppercase) && !crate::analysis::dates::is_month_or_weekday(w)
        }))
}

/// Words for a kind of storm, before the storm's name ("Typhoon Haiyan").
fn is_storm_noun(word: &str) -> bool {
    matches!(word, "Storm" | "Typhoon" | "Hurricane" | "Cyclone")
}

/// Whether two words open a name with the French article before a plural ("Les Républicains",
/// "Les Echos"), which no person's name does, though "Les" is a given name ("Les Miles").
fn french_plural(first: &str, second: &str) -> bool {
    first == "Les" && second.ends_with('s') && !gazetteer().is_given_name(second)
}

/// Whether a word is written in camel case, as brands are ("OpenAI", "DeepMind"): a capital,
/// then a lower-case letter, then a capital, but not a Scottish or Irish surname ("McDonald",
/// "MacArthur", "DiCaprio" count as names).
pub(super) fn is_camel_case(word: &str) -> bool {
    let mut chars = word.chars();
    let (Some(a), Some(b)) = (chars.next(), chars.next()) else {
        return false;
    };
    if !a.is_uppercase() || !b.is_lowercase() || word.chars().nth(3).is_none() {
        return false;
    }
    if !chars.any(char::is_uppercase) {
        return false;
    }
    // ("ElBaradei", "AlSaud": an Arabic article glued to the name.)
    let surname_prefix = [
        "Mc", "Mac", "Di", "De", "Le", "La", "Van", "Von", "O", "El", "Al", "Du", "Da", "Fitz",
    ]
    .iter()
    .any(|p| word.starts_with(p) && word[p.len()..].starts_with(char::is_uppercase));
    !surname_prefix
}

/// Whether a word opens with two or more capitals and goes on in lower case, as brands do
/// ("VMware", "JPMorgan"), unlike acronyms and ordinary words.
fn is_capitals_then_lower(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let capitals = chars.iter().take_while(|c| c.is_uppercase()).count();
    capitals >= 2
        && chars.len() >= capitals + 2
        && chars[capitals..].iter().all(|c| c.is_lowercase())
}

/// Whether a word is "Euro" and three or more small letters naming a European body or firm
/// ("Eurotunnel", "Eurostat", "Europol"), not the currency's area or bonds, a stance or a
/// person ("Eurozone", "Eurobonds", "Eurosceptic", "Eurocrat"), nor the song contest.
fn is_euro_body(word: &str) -> bool {
    let Some(rest) = word.strip_prefix("Euro") else {
        return false;
    };
    let rest = rest
        .strip_suffix('s')
        .filter(|r| r.len() >= 3)
        .unwrap_or(rest);
    rest.len() >= 3
        && rest.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            rest,
            "zone"
                | "bond"
                | "vision"
                | "sceptic"
                | "skeptic"
                | "crat"
                | "phile"
                | "phobe"
                | "pean"
                | "dollar"
                | "fighter"
                | "land"
                | "area"
                | "mania"
        )
        && !rest.ends_with("ic")
        && !rest.ends_with("ist")
        && gazetteer().place(word).is_none()
        && !gazetteer().is_adjective(word)
        && !gazetteer().is_common_word(word)
}

/// Whether a word is a brand written with a small "i" or "e" before a capital ("iPhone",
/// "iOS", "eBay"), as products and a few companies are.
fn is_small_prefix_brand(word: &str) -> bool {
    // (Cheap first: a small letter, then a capital among the next four bytes.)
    let bytes = word.as_bytes();
    if bytes.len() < 3
        || !bytes[0].is_ascii_lowercase()
        || !bytes[1..bytes.len().min(5)]
            .iter()
            .any(u8::is_ascii_uppercase)
    {
        return false;
    }
    let mut chars = word.chars();
    let small_i_or_e = matches!(chars.next(), Some('i' | 'e'))
        && chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 3
        && word.chars().any(char::is_lowercase)
        && word.chars().skip(1).all(char::is_alphabetic);
    // (Or a short word before the capital of a longer one: "easyJet", "bioNTech" — no
    // English word has a capital inside it; not "mRNA", no small letter after it.)
    let prefix = word.bytes().take_while(u8::is_ascii_lowercase).count();
    let rest = &word[prefix..];
    small_i_or_e
        || ((2..=4).contains(&prefix)
            && word.bytes().all(|b| b.is_ascii_alphabetic())
            && rest.starts_with(|c: char| c.is_ascii_uppercase())
            && rest[1..].bytes().filter(u8::is_ascii_lowercase).count() >= 2)
}

/// Whether a capitalised word is an ordinary noun, not a name or a grammar word: the first
/// part of "Statistics Canada" or "Air France", not of "Monday Canada" or "Justin Canada".
/// A party's creed, capitalised inside a name: "Democratic", "Socialist" (not a word that is
/// also a surname, as "Green" or "Liberal" may be).
fn is_creed(word: &str) -> bool {
    matches!(
        word,
        "Democratic"
            | "Republican"
            | "Socialist"
            | "Conservative"
            | "Progressive"
            | "Communist"
            | "Nationalist"
            | "Revolutionary"
            | "Patriotic"
    )
}

/// Plurals for a group of landforms, which follow a place's name to name a region: "the Florida
/// Keys", "the Golan Heights" (not a team's plural, as "the Dallas Mavericks" is).
fn is_landform_plural(word: &str) -> bool {
    matches!(
        word,
        "Keys" | "Cays" | "Islands" | "Isles" | "Highlands" | "Heights" | "Hills" | "Mountains"
    )
}

fn is_plain_noun(word: &str) -> bool {
    let g = gazetteer();
    !(g.is_given_name(word)
        || g.is_adjective(word)
        || g.place(word).is_some()
        || words::is_function_word(word)
        || words::is_role(word)
        || is_compass_word(word)
        || crate::analysis::dates::is_month_or_weekday(word)
        || word.chars().all(char::is_uppercase))
}

/// Names of people that with "'s" name a disease ("Alzheimer's", "Parkinson's disease").
fn is_eponymous_disease(word: &str) -> bool {
    matches!(
        word,
        "Alzheimer"
            | "Parkinson"
            | "Huntington"
            | "Crohn"
            | "Hodgkin"
            | "Asperger"
            | "Tourette"
            | "Addison"
    )
}

/// Compass points and their adjectives, which start place names ("Northern Ireland").
fn is_compass_word(word: &str) -> bool {
    matches!(
        word,
        "North"
            | "South"
            | "East"
            | "West"
            | "Northeast"
            | "Northwest"
            | "Southeast"
            | "Southwest"
            | "Northeastern"
            | "Northwestern"
            | "Southeastern"
            | "Southwestern"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Central"
            | "Greater"
            | "Upper"
            | "Lower"
            | "New"
            | "Old"
            | "Great"
    )
}

/// A word in capitals written as a name is: "EDWIN" → "Edwin".
pub(super) fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .into_iter()
        .chain(chars.flat_map(char::to_lowercase))
        .collect()
}
