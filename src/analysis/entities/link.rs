//! Resolving proposed mentions into entities across the corpus.

use crate::analysis::fast_hash::FxHashMap as HashMap;
use crate::analysis::fast_hash::FxHashSet;
use std::borrow::Cow;
use std::ops::Range;

use super::EntityKind;
use super::extract::{Candidate, Evidence};
use super::words;
use crate::analysis::gazetteer::gazetteer;
use crate::analysis::tokens::{TokenKind, tokenize};

/// Another name of an entity and why it was merged.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Alias {
    /// The name as written.
    pub name: String,
    /// Why it is the same entity ("surname of Randa Kassis", "abbreviation defined in the text").
    pub reason: String,
}

/// An entity of the corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Stable identifier derived from the name (`randa-kassis`).
    pub id: String,
    /// Canonical name: the fullest form used.
    pub name: String,
    /// One kind across the corpus.
    pub kind: EntityKind,
    /// Other names, each with the reason for the merge.
    pub aliases: Vec<Alias>,
    /// Number of articles that mention it.
    pub documents: usize,
    /// Number of mentions in all articles.
    pub mentions: usize,
}

/// A resolved mention: byte range in its article, kind, and index into [`Linked::entities`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LinkedMention {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// The entity's kind.
    pub kind: EntityKind,
    /// Index of the entity.
    pub entity: usize,
}

/// The entities of a corpus and each article's mentions of them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Linked {
    /// All entities, most mentioned first.
    pub entities: Vec<Entity>,
    /// Per article (in input order), its mentions in text order.
    pub mentions: Vec<Vec<LinkedMention>>,
}

/// One article's input to [`link`].
pub struct LinkInput<'a> {
    /// The article's text.
    pub text: &'a str,
    /// Candidates from [`super::extract`].
    pub candidates: Vec<Candidate>,
    /// Title lines, scanned here for names known from the bodies.
    pub headlines: Vec<Range<usize>>,
}

struct Builder {
    entities: Vec<Draft>,
    by_key: HashMap<String, usize>,
}

struct Draft {
    forms: Vec<(String, usize)>,
    kinds: HashMap<EntityKind, usize>,
    reasons: HashMap<String, String>,
    merged_into: Option<usize>,
}

impl Draft {
    /// The kind most of its mentions were given (ties to the kind listed first), as the
    /// finished entity will have it.
    fn kind(&self) -> Option<EntityKind> {
        self.kinds
            .iter()
            .max_by_key(|(k, n)| (**n, std::cmp::Reverse(**k)))
            .map(|(k, _)| *k)
    }
}

impl Builder {
    fn root(&self, mut i: usize) -> usize {
        while let Some(next) = self.entities[i].merged_into {
            i = next;
        }
        i
    }

    fn get_or_add(&mut self, key: &str) -> usize {
        if let Some(&i) = self.by_key.get(key) {
            return self.root(i);
        }
        let i = self.entities.len();
        self.entities.push(Draft {
            forms: Vec::new(),
            kinds: HashMap::default(),
            reasons: HashMap::default(),
            merged_into: None,
        });
        self.by_key.insert(key.to_string(), i);
        i
    }

    fn note(
        &mut self,
        entity: usize,
        form: &str,
        kind: Option<EntityKind>,
        reason: Option<String>,
    ) {
        let e = &mut self.entities[entity];
        match e.forms.iter_mut().find(|(f, _)| f == form) {
            Some((_, n)) => *n += 1,
            None => e.forms.push((form.to_string(), 1)),
        }
        if let Some(kind) = kind {
            *e.kinds.entry(kind).or_default() += 1;
        }
        if let Some(reason) = reason {
            e.reasons.entry(form.to_string()).or_insert(reason);
        }
    }

    fn merge(&mut self, from: usize, into: usize, reason: &str) {
        let (from, into) = (self.root(from), self.root(into));
        if from == into {
            return;
        }
        let moved = std::mem::take(&mut self.entities[from].forms);
        let kinds = std::mem::take(&mut self.entities[from].kinds);
        let reasons = std::mem::take(&mut self.entities[from].reasons);
        self.entities[from].merged_into = Some(into);
        let target = &mut self.entities[into];
        for (form, n) in moved {
            target
                .reasons
                .entry(form.clone())
                .or_insert_with(|| reason.to_string());
            match target.forms.iter_mut().find(|(f, _)| *f == form) {
                Some((_, m)) => *m += n,
                None => target.forms.push((form, n)),
            }
        }
        for (k, n) in kinds {
            *target.kinds.entry(k).or_default() += n;
        }
        for (f, r) in reasons {
            target.reasons.entry(f).or_insert(r);
        }
    }
}

/// Normalises a surface form: curly apostrophes straightened, spaces collapsed (borrowed as
/// it is when there is nothing to do, as for most names).
fn surface(text: &str) -> Cow<'_, str> {
    // Most forms are one word or words with single spaces: nothing to do (one pass over the
    // bytes; text beyond ASCII is checked by characters).
    let bytes = text.as_bytes();
    let plain = bytes.first() != Some(&b' ')
        && bytes.last() != Some(&b' ')
        && !bytes.windows(2).any(|pair| pair == b"  ")
        && !bytes
            .iter()
            .any(|&b| b != b' ' && (b.is_ascii_whitespace() || b == 0x0b))
        && (text.is_ascii()
            || !text.contains(|c: char| c == '’' || (c.is_whitespace() && c != ' ')));
    if plain {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('’', "'"),
    )
}

/// Content words of a name, lower-cased and singular, sorted: "League of Arab States" and
/// "Arab League" both give "arab league". With `drop_places`, place names and demonyms go too
/// ("Kazakhstan Foreign Ministry" and "Foreign Ministry" of one corpus: the same body).
fn content_words(name: &str, drop_places: bool) -> String {
    let g = gazetteer();
    let parts: Vec<&str> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !words::is_name_connector(w) && !words::is_function_word(w))
        .collect();
    // "Volvo Group" is "Volvo": a legal form or "Group" after a name adds nothing.
    let named = parts.iter().any(|w| !is_legal_form(w));
    let parts: Vec<&str> = parts
        .into_iter()
        .filter(|w| !(drop_places && named && is_legal_form(w)))
        .collect();
    // (A company named for its town keeps it: "Toyota Motor" and "Hino Motors" are two; so
    // does a club named by one word of its own: "Sporting Lisbon" and "Sporting Bergen".)
    let placed = |w: &&str| g.place(w).is_some() || g.is_adjective(w);
    let unplaced: Vec<&&str> = parts.iter().filter(|w| !placed(w)).collect();
    // (A city, not a country: "China Evergrande" is "Evergrande".)
    let city = |w: &&str| {
        g.place(w)
            .is_some_and(|(_, p)| p.kind == "city" && p.group.is_empty())
    };
    let club = unplaced.len() == 1
        && unplaced.len() < parts.len()
        && parts.iter().filter(|w| placed(w)).all(city)
        && !words::is_org_head(unplaced[0]);
    // (Nor does a competition: "the Indian Premier League" is not the English one; nor an
    // airline: "Air India" is not "Air France", "Malaysia Airlines" not "Singapore Airlines".)
    let competition = parts
        .last()
        .is_some_and(|w| matches!(*w, "League" | "Cup" | "Championship" | "Open"))
        || parts
            .iter()
            .any(|w| matches!(*w, "Air" | "Airlines" | "Airways"));
    let drop_places =
        drop_places && !club && !competition && !unplaced.iter().all(|w| words::is_company_word(w));
    let mut set: Vec<String> = parts
        .into_iter()
        .filter(|w| !drop_places || !placed(w))
        .map(|w| {
            let w = w.to_lowercase();
            match w.strip_suffix('s') {
                Some(stem) if stem.len() >= 3 && !stem.ends_with('s') => stem.to_string(),
                _ => w,
            }
        })
        .collect();
    set.sort();
    set.dedup();
    set.join(" ")
}

/// Words for a company's legal form, and "Group": "Volvo Group" and "Volvo" are one company.
fn is_legal_form(word: &str) -> bool {
    // (With its abbreviation's period too: "Co.", "Inc.".)
    let word = word.strip_suffix('.').unwrap_or(word);
    matches!(
        crate::analysis::ascii::Lower::new(word).as_str(),
        "group"
            | "holding"
            | "holdings"
            | "inc"
            | "corp"
            | "corporation"
            | "co"
            | "company"
            | "ltd"
            | "plc"
            | "ag"
            | "sa"
            | "se"
            | "nv"
            | "llc"
    )
}

/// The key of an organisation or other named thing.
fn word_set(name: &str) -> String {
    content_words(name, true)
}

/// Content words including place names and demonyms, to tell why two forms share a key.
fn raw_word_set(name: &str) -> String {
    content_words(name, false)
}

fn key_for(kind: EntityKind, form: &str) -> String {
    match kind {
        EntityKind::Place => match gazetteer().place_any_case(form) {
            Some((_, place)) if !place.group.is_empty() => format!("place:{}", place.group),
            Some((_, place)) if !place.alias_of.is_empty() => {
                format!("place:{}", place.alias_of.to_lowercase())
            }
            Some((name, _)) => format!("place:{}", name.to_lowercase()),
            // (With or without the periods of an abbreviation: "U.S. Capitol", "US Capitol";
            // "St. Louis", "St Louis".)
            None => format!("place:{}", form.to_lowercase().replace('.', "")),
        },
        EntityKind::Person => format!("person:{}", form.to_lowercase()),
        EntityKind::Organization | EntityKind::Other => {
            // (An event keeps its place: "the French Open" is not "the Australian Open"; so
            // does a known body's national branch: "the Kenya Red Cross" is not "the Red
            // Cross".)
            // (Nor a body named by its field and its nation, the nation last: "Public Health
            // England" is not "Public Health Scotland"; "the Supreme Court of India" is still
            // "the Supreme Court".)
            let nation_last = form.rsplit_once(' ').is_some_and(|(rest, last)| {
                (gazetteer()
                    .place(last)
                    .is_some_and(|(_, p)| !p.group.is_empty())
                    || words::is_home_nation(last))
                    && rest.contains(' ')
                    && !rest.ends_with(" of")
                    && !rest.ends_with(" for")
                    && !rest.ends_with(" in")
            });
            let set = if kind == EntityKind::Other
                || nation_last
                || gazetteer().branch_of(form).is_some()
            {
                raw_word_set(form)
            } else {
                word_set(form)
            };
            // (A generic word named by the place after it keeps the place: "Radio Budapest"
            // is not "Radio Prague", nor "Bank of England" "Bank of Japan"; "U.S. Senate" is
            // still "the Senate".)
            // (Nor is a generic word after a people's adjective the word alone: "the Italian
            // Line" is not "the Swedish American Line", nor "the French Government" "the
            // Soviet Government"; "U.S. Senate" names a place, and is "the Senate".)
            let set = if !set.contains(' ')
                && ((form
                    .get(..set.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(&set))
                    && form.len() > set.len())
                    || (matches!(
                        set.as_str(),
                        "line" | "government" | "army" | "navy" | "embassy"
                    ) && form.split(' ').any(|w| gazetteer().is_adjective(w))))
            {
                raw_word_set(form)
            } else {
                set
            };
            let set = if set.is_empty() {
                form.to_lowercase()
            } else {
                set
            };
            format!("{}:{set}", kind.as_str())
        }
    }
}

/// Initials of a name's content words ("United Nations" → "UN").
fn initials(name: &str) -> String {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty() && !words::is_name_connector(w))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// The name in a two-word form made of a name and a capitalised word for a natural feature:
/// "Mekong" of "Mekong River", "Everest" of "Mount Everest".
fn named_feature(form: &str) -> Option<&str> {
    let (a, b) = form.split_once(' ')?;
    let feature = |w: &str| words::is_natural_feature(w) && w.starts_with(char::is_uppercase);
    if b.contains(' ') {
        None
    } else if feature(b) {
        Some(a)
    } else if feature(a) {
        Some(b)
    } else {
        None
    }
}

/// The first word of a built site's name whose other words are all nouns for such a site:
/// "Gotthard" of "Gotthard Base Tunnel", "Wembley" of "Wembley Stadium" (not "Olympic" of
/// "Olympic Stadium", an adjective by its ending).
fn named_site(form: &str) -> Option<&str> {
    let (first, rest) = form.split_once(' ')?;
    let g = gazetteer();
    let adjectival = ["ic", "ian", "ese", "ish"]
        .iter()
        .any(|s| first.ends_with(s));
    (!g.is_common_word(first)
        && !g.is_adjective(first)
        && !adjectival
        && rest.split(' ').all(|w| {
            matches!(
                w,
                "Base" | "Tunnel" | "Stadium" | "Bridge" | "Dam" | "Airport" | "Arena" | "Viaduct"
            )
        }))
    .then_some(first)
}

/// Initials of all a name's words, connectors too, in capitals ("Bank of Japan" → "BOJ"),
/// when that differs from [`initials`].
fn initials_with_connectors(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .collect();
    if !words.iter().any(|w| words::is_name_connector(w)) {
        return None;
    }
    words
        .iter()
        .map(|w| {
            w.chars()
                .next()
                .map(|c| c.to_uppercase().next().unwrap_or(c))
        })
        .collect()
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The short names one article gives its organisations, each to the full name (see `link`).
#[derive(Default)]
struct ShortNames {
    /// A club's or firm's city by the organisation's last word ("Madrid" of "Real Madrid"), or
    /// by its first, for a listed club ("Tottenham" of "Tottenham Hotspur").
    clubs: HashMap<String, String>,
    /// A team by its plural nickname ("Eagles" of "Philadelphia Eagles").
    nicknames: HashMap<String, String>,
    /// A club named for its city by its other word ("Inter" of "Inter Milan").
    clubs_by_other_word: HashMap<String, String>,
}

/// Per article, the one-word forms of the candidates `pick` chooses.
fn one_word_forms<'t>(
    inputs: &[LinkInput<'t>],
    pick: impl Fn(&Candidate) -> bool,
) -> Vec<FxHashSet<&'t str>> {
    per_article(inputs, |form, c| {
        (pick(c) && !form.contains(char::is_whitespace)).then_some(form)
    })
}

/// For each article, what `pick` makes of its candidates' forms (those it keeps).
fn per_article<'t, T: std::hash::Hash + Eq>(
    inputs: &[LinkInput<'t>],
    pick: impl Fn(&'t str, &Candidate) -> Option<T>,
) -> Vec<FxHashSet<T>> {
    inputs
        .iter()
        .map(|input| {
            input
                .candidates
                .iter()
                .filter_map(|c| pick(&input.text[c.start..c.end], c))
                .collect()
        })
        .collect()
}

/// Groups the candidates of all articles into entities; see the module documentation.
pub fn link(inputs: &[LinkInput<'_>]) -> Linked {
    let mut b = Builder {
        entities: Vec::new(),
        by_key: HashMap::default(),
    };
    // Per article: (start, end, entity draft) of every decided mention.
    let mut placed: Vec<Vec<(usize, usize, usize)>> = vec![Vec::new(); inputs.len()];

    // A one-word place or listed name that is also the surname of a person named in the same
    // article is that person ("Mahmood Yakubu … Yakubu said", "Fidel Castro … Castro"): it
    // waits for step 4.
    // (One pass per question over each article's people, keeping what `pick` takes from a
    // name.)
    let people_words = |pick: &dyn Fn(&str) -> Option<String>| {
        inputs
            .iter()
            .map(|input| {
                input
                    .candidates
                    .iter()
                    .filter(|c| c.kind == Some(EntityKind::Person))
                    .filter_map(|c| pick(&surface(&input.text[c.start..c.end])))
                    .collect::<FxHashSet<String>>()
            })
            .collect::<Vec<_>>()
    };
    let mut surnames =
        people_words(&|form| form.rsplit_once(' ').map(|(_, last)| last.to_string()));
    // (And a surname a title gave alone: "President Bush … and Bush agreed".)
    for (d, input) in inputs.iter().enumerate() {
        for c in &input.candidates {
            if c.kind == Some(EntityKind::Person) && matches!(c.evidence, Evidence::Title(_)) {
                let form = surface(&input.text[c.start..c.end]);
                if !form.contains(' ') {
                    surnames[d].insert(form.into_owned());
                }
            }
        }
    }
    // So is a province's name that is the given name of a person named there, as Thai names
    // are known ("Pita Limjaroenrat … Pita, 42,"), unless it stands where a place does.
    let given_provinces = people_words(&|form| {
        let (given, _) = form.split_once(' ')?;
        gazetteer()
            .place(given)
            .is_some_and(|(_, p)| p.is_province())
            .then(|| given.to_string())
    });
    // Likewise a one-word place that ends a two-word organisation of the same article is that
    // organisation, as a club or firm named for its city is ("Real Madrid … Madrid won"); and a
    // team's nickname after the team's full name is the team: "the Philadelphia Eagles … the
    // Eagles", "the Kansas City Chiefs … the Chiefs" (a plural after its place's name). Both by
    // the organisation's last word, one pass over each article's organisations.
    // A club named for its city is also known by its other word: "Inter Milan … Inter hit the
    // woodwork", "Manchester City … City's manager".
    let short_names: Vec<ShortNames> = inputs
        .iter()
        .map(|input| {
            let mut names = ShortNames::default();
            let mut towns: HashMap<String, Option<String>> = HashMap::default();
            for c in &input.candidates {
                if c.kind != Some(EntityKind::Organization) {
                    continue;
                }
                let form = surface(&input.text[c.start..c.end]).into_owned();
                let Some((rest, last)) = form.rsplit_once(' ') else {
                    continue;
                };
                // A firm named for its town, then words for a company only: "Toyota" of
                // "Toyota Motor Corp." (a town's name alone elsewhere is the firm, unless it
                // stands where a place does). (Its last word first: most names end otherwise.)
                let company_word = |w: &str| {
                    crate::analysis::ascii::with_lowercase(w.trim_end_matches('.'), |l| {
                        words::is_company_word(l)
                    })
                    .unwrap_or(false)
                };
                if company_word(last)
                    && let Some((town, middle)) = rest.split_once(' ')
                    && middle.split(' ').all(company_word)
                    && gazetteer().place(town).is_some()
                {
                    names.clubs.entry(town.to_string()).or_insert(form.clone());
                }
                // (The place a club is named for: by the rule that found it, or, for a listed
                // organisation, by the gazetteer: "Manchester City", "Real Madrid".)
                let listed_place = || {
                    let g = gazetteer();
                    if !g.is_company(&form) {
                        None
                    } else if g.place(rest).is_some() {
                        Some(rest)
                    } else {
                        g.place(last).is_some().then_some(last)
                    }
                };
                // (Listed, or a team by its match named for a town: "beat Manchester United
                // 1-0".)
                let place = match &c.evidence {
                    Evidence::OrgHead(head) if head == "team" => {
                        listed_place().or_else(|| gazetteer().place(rest).map(|_| rest))
                    }
                    Evidence::OtherHead(place) => Some(place.as_str()),
                    _ => listed_place(),
                };
                // ("Palace" of "Crystal Palace", a team by its match.)
                if place.is_none()
                    && matches!(&c.evidence, Evidence::OrgHead(h) if h == "team")
                    && !rest.contains(' ')
                {
                    names
                        .clubs_by_other_word
                        .insert(last.to_string(), form.clone());
                }
                if let Some(place) = place {
                    if rest == place {
                        names
                            .clubs_by_other_word
                            .insert(last.to_string(), form.clone());
                        // ("Tottenham" of "Tottenham Hotspur", unless two clubs of the
                        // article share the town: "Manchester City" and "Manchester United";
                        // not a town whose team goes by a plural, "the streets of Boston"
                        // beside "Boston Celtics".)
                        if listed_place().is_some() && !last.ends_with('s') {
                            towns
                                .entry(rest.to_string())
                                .and_modify(|f: &mut Option<String>| {
                                    if f.as_deref() != Some(form.as_str()) {
                                        *f = None;
                                    }
                                })
                                .or_insert_with(|| Some(form.clone()));
                        }
                    } else if last == place && !rest.contains(' ') {
                        names
                            .clubs_by_other_word
                            .insert(rest.to_string(), form.clone());
                    }
                }
                let team = last.len() > 3
                    && last.ends_with('s')
                    && !words::is_company_word(last)
                    && !words::is_org_head(last)
                    && (gazetteer().place(rest).is_some()
                        // ("the British & Irish Lions … the Lions": named for a people.)
                        || rest
                            .rsplit(' ')
                            .next()
                            .is_some_and(|w| gazetteer().is_adjective(w)));
                if team {
                    names.nicknames.insert(last.to_string(), form.clone());
                }
                if !rest.contains(' ') && !rest.is_empty() {
                    names.clubs.insert(last.to_string(), form);
                }
            }
            for (town, form) in towns {
                if let Some(form) = form {
                    names.clubs.entry(town).or_insert(form);
                }
            }
            names
        })
        .collect();
    // And a one-word place that the same article names as an organisation by its context
    // ("the governing Morena party … Morena and its allies") is that organisation, unless it
    // stands where a place does ("in Morena").
    let organisations = one_word_forms(inputs, |c| {
        c.kind == Some(EntityKind::Organization) && matches!(c.evidence, Evidence::OrgHead(_))
    });
    // A storm named for a town: "Hurricane Milton … Milton weakened" (not "in Milton").
    let storms = one_word_forms(inputs, |c| {
        c.kind == Some(EntityKind::Other)
            && matches!(&c.evidence, Evidence::OtherHead(h)
                if matches!(h.as_str(), "Storm" | "Typhoon" | "Hurricane" | "Cyclone"))
    });
    // A ship bearing a person's name, which the same article sets off before the noun for it
    // ("the Mary Rose, the flagship of …"): the name is the ship's wherever the article
    // gives it, in its headline too.
    let ships = per_article(inputs, |form, c| {
        (c.kind == Some(EntityKind::Other)
            && matches!(&c.evidence, Evidence::OtherHead(h)
                if words::is_vessel_noun(h) || matches!(h.as_str(), "flagship" | "wreck")))
        .then_some(form)
    });
    // The first words of built sites' names in each article ("Gotthard" of "Gotthard Base
    // Tunnel"), which alone may stand for the site (see `site_of`).
    let site_firsts = per_article(inputs, |form, c| {
        (c.kind == Some(EntityKind::Place))
            .then(|| named_site(form))
            .flatten()
    });
    // A listed firm's name that the article also gives in capitals as a place, as a dateline
    // does ("DOVER, England … reached Dover"): the town.
    let datelined = per_article(inputs, |form, c| {
        (c.kind == Some(EntityKind::Place)
            && form.chars().count() >= 3
            && !form.contains(' ')
            && form.chars().all(|ch| !ch.is_lowercase()))
        .then(|| super::extract::capitalized(form))
    });
    let surname_here = |d: usize, c: &Candidate| {
        if c.evidence != Evidence::Gazetteer {
            return false;
        }
        if c.kind == Some(EntityKind::Organization) {
            // (One word, as surnames are; most articles name no such person.)
            let raw = &inputs[d].text[c.start..c.end];
            return !surnames[d].is_empty()
                && !raw.contains(char::is_whitespace)
                && surnames[d].contains(raw);
        }
        let form = surface(&inputs[d].text[c.start..c.end]);
        if c.kind != Some(EntityKind::Place) {
            return false;
        }
        // "in Lisbon", "at Lisbon": the city itself ("from Lisbon" may be a transfer).
        let before = inputs[d].text[..c.start].trim_end();
        let locative = [" in", " at", " near", " outside"]
            .iter()
            .any(|p| before.ends_with(p));
        surnames[d].contains(&*form)
            || ((organisations[d].contains(&*form)
                || given_provinces[d].contains(&*form)
                || storms[d].contains(&*form))
                && !locative)
            || (short_names[d].clubs.contains_key(&*form)
                && !locative
                && gazetteer()
                    .place(&form)
                    .is_some_and(|(_, p)| p.kind == "city"))
    };

    // 1. Mentions whose kind the evidence settles. (Keys remembered per form: the same names
    // recur across a corpus, and a key is dear to make.)
    let mut keys: [HashMap<String, String>; 4] = Default::default();
    for (d, input) in inputs.iter().enumerate() {
        for c in &input.candidates {
            let Some(kind) = c.kind else { continue };
            if surname_here(d, c) {
                continue;
            }
            let raw = &input.text[c.start..c.end];
            let kind = if kind == EntityKind::Person && ships[d].contains(raw) {
                EntityKind::Other
            } else if kind == EntityKind::Organization
                && c.evidence == Evidence::Gazetteer
                && datelined[d].contains(raw)
            {
                EntityKind::Place
            } else {
                kind
            };
            let form = surface(&input.text[c.start..c.end]);
            // (A listed acronym too, "ISRO", so it can still meet its expansion.)
            // (Not a name that only opens with one: "KV Stahlwerk".)
            // (A listed acronym written as a word is the acronym: "Unesco", "UNESCO".)
            let as_word = kind == EntityKind::Organization && gazetteer().is_acronym_as_word(&form);
            let acronym = (c.evidence == Evidence::Acronym && !form.contains(' '))
                || as_word
                || (kind == EntityKind::Organization
                    && form.chars().count() >= 2
                    && form.chars().all(|ch| ch.is_ascii_uppercase()));
            let acronym_key;
            // ("City dominated" beside "Manchester City": an English word listed alone as a
            // firm, but the article's club; "the company Bayer" beside "Bayer Leverkusen" is
            // the firm.)
            // (Nor is a club's town, found to be a body by its context: "Madrid president
            // Florentino Pérez" beside "Real Madrid".)
            let club = (kind == EntityKind::Organization)
                .then(|| {
                    gazetteer()
                        .is_common_word(&form)
                        .then(|| short_names[d].clubs_by_other_word.get(&*form))
                        .flatten()
                        .or_else(|| short_names[d].clubs.get(&*form))
                })
                .flatten();
            if let Some(full) = club {
                let e = b.get_or_add(&key_for(EntityKind::Organization, full));
                b.note(e, &form, Some(kind), Some(format!("short for {full}")));
                placed[d].push((c.start, c.end, e));
                continue;
            }
            let key = if acronym {
                acronym_key = if as_word {
                    format!("acronym:{}", form.to_ascii_uppercase())
                } else {
                    format!("acronym:{form}")
                };
                &acronym_key
            } else {
                let by_form = &mut keys[kind as usize];
                if !by_form.contains_key(&*form) {
                    by_form.insert(form.to_string(), key_for(kind, &form));
                }
                &by_form[&*form]
            };
            let e = b.get_or_add(key);
            b.note(e, &form, Some(kind), None);
            placed[d].push((c.start, c.end, e));
        }
    }

    // A team's nickname that a list knows on its own ("Celtics") is still the team the same
    // article names in full ("Boston Celtics").
    for names in &short_names {
        for (nickname, full) in &names.nicknames {
            let key = |form: &str| {
                b.by_key
                    .get(&key_for(EntityKind::Organization, form))
                    .copied()
            };
            if let (Some(short), Some(target)) = (key(nickname), key(full)) {
                b.merge(short, target, &format!("short for {full}"));
            }
        }
    }

    // 2. Nicknames and acronyms defined in the text, then acronyms matching an organisation's
    // initials.
    for (d, input) in inputs.iter().enumerate() {
        for c in &input.candidates {
            if let Evidence::NicknameOf(name) = &c.evidence {
                let nickname = surface(&input.text[c.start..c.end]);
                // (Keyed per article: the same nickname elsewhere may be someone else's.)
                let a = b.get_or_add(&format!("nickname:{d}:{nickname}"));
                // (A person's or an organisation's: "Law and Justice, known as PiS,".)
                let target = [EntityKind::Person, EntityKind::Organization]
                    .into_iter()
                    .find_map(|kind| {
                        let key = key_for(kind, &surface(name));
                        b.by_key.get(&key).map(|&target| (kind, target))
                    });
                let kind = target.map_or(EntityKind::Person, |(kind, _)| kind);
                b.note(a, &nickname, Some(kind), None);
                if let Some((_, target)) = target {
                    b.merge(a, target, "nickname given in the text");
                }
                placed[d].push((c.start, c.end, a));
                continue;
            }
            let Evidence::AcronymOf(expansion) = &c.evidence else {
                continue;
            };
            let acronym = surface(&input.text[c.start..c.end]);
            let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
            let spelled = initials(expansion) == letters
                || initials_with_connectors(expansion).is_some_and(|i| i == letters);
            // (Mostly a body's; also a treaty's or a craft's, "International Health
            // Regulations (IHR)", "Mars Orbiter Mission (MOM)", or a place's.)
            let Some((kind, target)) = [
                EntityKind::Organization,
                EntityKind::Other,
                EntityKind::Place,
            ]
            .into_iter()
            .find_map(|kind| {
                let target = *b.by_key.get(&key_for(kind, &surface(expansion)))?;
                // (Those only where the letters spell the name: not the "(AP)" after a
                // dateline's place.)
                (kind == EntityKind::Organization || spelled).then_some((kind, target))
            }) else {
                continue;
            };
            let a = b.get_or_add(&format!("acronym:{acronym}"));
            b.note(a, &acronym, Some(kind), None);
            b.merge(a, target, "abbreviation defined in the text");
            placed[d].push((c.start, c.end, a));
        }
    }
    let keys: Vec<(String, usize)> = b.by_key.iter().map(|(k, v)| (k.clone(), *v)).collect();
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::default();
    for (key, i) in &keys {
        // People are not known by their initials in news ("PSG" is not "Paris Saint-Germain"
        // read as a person).
        if key.starts_with("acronym:") || key.starts_with("person:") {
            continue;
        }
        for (f, _) in &b.entities[*i].forms {
            if f.split_whitespace().count() >= 2 {
                by_initials.entry(initials(f)).or_default().push(*i);
                if let Some(all) = initials_with_connectors(f) {
                    by_initials.entry(all).or_default().push(*i);
                }
            }
        }
    }
    for (key, e) in &keys {
        let Some(acronym) = key.strip_prefix("acronym:") else {
            continue;
        };
        let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
        let Some(found) = by_initials.get(&letters) else {
            continue;
        };
        let own = b.root(*e);
        // (Of a kind the acronym is read as, if any: the news agency "AP" is not "Apple
        // Park".)
        let own_kinds = &b.entities[own].kinds;
        let others: Vec<usize> = found
            .iter()
            .copied()
            .filter(|&i| b.root(i) != own)
            .filter(|&i| {
                let kinds = &b.entities[b.root(i)].kinds;
                own_kinds.is_empty()
                    || kinds.is_empty()
                    || kinds.keys().any(|k| own_kinds.contains_key(k))
            })
            .collect();
        if let Some(target) = unique(&b, &others) {
            let name = b.entities[target]
                .forms
                .iter()
                .max_by_key(|(f, n)| (*n, f.len()))
                .map(|(f, _)| f.clone())
                .unwrap_or_default();
            b.merge(*e, target, &format!("initials of {name}"));
        }
    }

    // 2b. Organisations whose names differ by one generic word: "Arab League" / "League of
    // Arab States", "Foreign Ministry" / "Ministry of Foreign Affairs".
    const GENERIC: &[&str] = &[
        "state",
        "affair",
        "national",
        "international",
        "republic",
        "federal",
        "general",
    ];
    let orgs: Vec<(usize, Vec<String>)> = keys
        .iter()
        .filter_map(|(k, i)| {
            k.strip_prefix("organization:")
                .map(|set| (*i, set.split(' ').map(String::from).collect()))
        })
        .collect();
    for (i, small) in &orgs {
        let bigger: Vec<usize> = orgs
            .iter()
            .filter(|(_, big)| {
                big.len() == small.len() + 1 && small.iter().all(|w| big.contains(w))
            })
            .filter(|(_, big)| {
                big.iter()
                    .any(|w| !small.contains(w) && GENERIC.contains(&w.as_str()))
            })
            // (The keys leave out places: "University of Texas" is not "Arizona State
            // University", whose place differs.)
            .filter(|(j, _)| {
                let (mine, theirs) = (place_words(&b, *i), place_words(&b, *j));
                mine.is_empty() || theirs.is_empty() || mine.iter().any(|w| theirs.contains(w))
            })
            .map(|(j, _)| b.root(*j))
            .collect();
        if let [target] = bigger[..] {
            b.merge(*i, target, "the same name, shortened");
        }
    }

    // 3. Spelling variants of one person: same surname, first names one letter apart.
    let people: Vec<(usize, String)> = keys
        .iter()
        .filter_map(|(k, i)| k.strip_prefix("person:").map(|n| (*i, n.to_string())))
        .collect();
    // Only names of as many words with the same last word can be variants: compare within
    // such groups, in the order the names were found.
    let mut groups: HashMap<(&str, usize), Vec<(usize, &str, &str)>> = HashMap::default();
    for (i, name) in &people {
        let words = name.split(' ').count();
        if let (Some((first, _)), Some((_, last))) = (name.split_once(' '), name.rsplit_once(' ')) {
            let group = groups.entry((last, words)).or_default();
            group.push((*i, name.as_str(), first));
        }
    }
    let mut groups: Vec<Vec<(usize, &str, &str)>> =
        groups.into_values().filter(|g| g.len() >= 2).collect();
    groups.sort_unstable_by_key(|g| g[0].0);
    for group in &groups {
        for (x, &(i, a, first_a)) in group.iter().enumerate() {
            for &(j, b_name, first_b) in &group[x + 1..] {
                if edit_distance(first_a, first_b) != 1 || first_a.len() < 4 {
                    continue;
                }
                let reason = format!(
                    "spelling variants: {} / {}",
                    title_case(a),
                    title_case(b_name)
                );
                b.merge(i, j, &reason);
                let root = b.root(j);
                for (form, _) in b.entities[root].forms.clone() {
                    b.entities[root]
                        .reasons
                        .entry(form)
                        .or_insert_with(|| reason.clone());
                }
            }
        }
    }

    let index = Index::new(&b);
    // 3b. A person known by one name only (after a title: "President Nazarbayev") is the one
    // full-name person with that surname, if there is exactly one; or, where the corpus has
    // several, the one each article that uses the name named first ("Raila Odinga … Odinga
    // said … the son of Jaramogi Oginga Odinga").
    let mut one_name_articles: HashMap<usize, Vec<usize>> = HashMap::default();
    for (i, name) in &people {
        if !name.contains(' ') {
            one_name_articles.insert(*i, Vec::new());
        }
    }
    for (d, mentions) in placed.iter().enumerate() {
        for m in mentions {
            if let Some(docs) = one_name_articles.get_mut(&m.2)
                && docs.last() != Some(&d)
            {
                docs.push(d);
            }
        }
    }
    for (i, name) in &people {
        if name.contains(' ') || b.entities[b.root(*i)].merged_into.is_some() {
            continue;
        }
        let form = b.entities[b.root(*i)]
            .forms
            .first()
            .map(|(f, _)| f.clone())
            .unwrap_or_default();
        let found = surname_of(&b, &index, &form, &[]).or_else(|| {
            let docs = one_name_articles.get(i)?;
            let mut agreed: Option<(usize, String)> = None;
            for &d in docs {
                let (e, full) = surname_of(&b, &index, &form, &placed[d])?;
                if agreed
                    .as_ref()
                    .is_some_and(|(a, _)| b.root(*a) != b.root(e))
                {
                    return None;
                }
                agreed = Some((e, full));
            }
            agreed
        });
        if let Some((target, full)) = found
            && b.root(target) != b.root(*i)
        {
            b.merge(*i, target, &format!("surname of {full}"));
        }
    }

    // 3c. A one-word organisation is the one company named by that word and words like
    // "Motor Corporation" or "Group" ("Toyota shares" of "Toyota Motor Corporation").
    let index = Index::new(&b);
    for i in 0..b.entities.len() {
        let draft = &b.entities[i];
        if draft.merged_into.is_some()
            || draft.kinds.len() != 1
            || !draft.kinds.contains_key(&EntityKind::Organization)
        {
            continue;
        }
        let Some((form, _)) = draft.forms.first().filter(|(f, _)| !f.contains(' ')) else {
            continue;
        };
        let Some(target) = index
            .org_short_forms
            .get(form.as_str())
            .and_then(|list| unique(&b, list))
            .filter(|&t| t != b.root(i))
        else {
            continue;
        };
        if let Some(full) = longest_multiword_form(&b, target) {
            b.merge(i, target, &format!("short form of {full}"));
        }
    }

    // 3d. A place named by one word is the place of the same article named by that word and a
    // word for a natural feature ("the Mekong" of "the Mekong River", "Everest" of "Mount
    // Everest"; not "Maui" of "Maui County", nor "Panama" of "Panama Canal"); so is a place
    // named by the word for its kind alone ("the Capitol" of "the U.S. Capitol").
    let only_place = |b: &Builder, e: usize| only_kind(b, e, EntityKind::Place);
    let kind_word = |f: &str| {
        !f.contains(' ')
            && crate::analysis::ascii::with_lowercase(f, words::is_place_head).unwrap_or(false)
    };
    for mentions in &placed {
        // (Most articles name no river or mountain so: nothing to look at.)
        if !mentions.iter().any(|m| {
            let e = b.root(m.2);
            only_place(&b, e)
                && b.entities[e]
                    .forms
                    .iter()
                    .any(|(f, _)| named_feature(f).is_some() || kind_word(f))
        }) {
            continue;
        }
        let here = entities_of(&b, mentions);
        for &e in &here {
            let e = b.root(e);
            if !only_place(&b, e) {
                continue;
            }
            let Some(word) = b.entities[e]
                .forms
                .iter()
                .map(|(f, _)| f.clone())
                .find(|f| !f.contains(' '))
                // ("Malmo" is not "Malmo Arena": a known place is a place of its own.)
                .filter(|f| gazetteer().place_any_case(f).is_none())
            else {
                continue;
            };
            let headed: Vec<usize> = here
                .iter()
                .map(|&t| b.root(t))
                .filter(|&t| t != e && only_place(&b, t))
                .filter(|&t| {
                    b.entities[t].forms.iter().any(|(f, _)| {
                        named_feature(f) == Some(word.as_str())
                            || (kind_word(&word)
                                && f.strip_suffix(word.as_str())
                                    .is_some_and(|rest| rest.ends_with(' ')))
                    })
                })
                .collect();
            if let Some(target) = unique(&b, &headed)
                && let Some(full) = longest_multiword_form(&b, target)
            {
                b.merge(e, target, &format!("short for {full}"));
            }
        }
    }

    // 3e. An event named by its one word is the event of the same article named by a longer
    // name ending in it ("the Olympics" of "the Paris Olympics").
    let only_other = |b: &Builder, e: usize| only_kind(b, e, EntityKind::Other);
    // (Most corpora name no such event: nothing to look at.)
    let events_named = b.entities.iter().any(|e| {
        e.merged_into.is_none()
            && e.forms
                .iter()
                .any(|(f, _)| words::is_event_name(f) || instrument_short_form(f).is_some())
    });
    for mentions in placed.iter().filter(|_| events_named) {
        let here = entities_of(&b, mentions);
        for &e in &here {
            let e = b.root(e);
            let forms = &b.entities[e].forms;
            let Some(word) = (forms.iter().find(|(f, _)| words::is_event_name(f)))
                .or_else(|| forms.iter().find(|(f, _)| !f.contains(' ')))
                .map(|(f, _)| f.clone())
                .filter(|_| only_other(&b, e))
            else {
                continue;
            };
            // (Or an instrument by the word it is known by: "the Webb telescope" of "the
            // James Webb Space Telescope".)
            let event = words::is_event_name(&word);
            let longer: Vec<usize> = here
                .iter()
                .map(|&t| b.root(t))
                .filter(|&t| t != e && only_other(&b, t))
                .filter(|&t| {
                    b.entities[t].forms.iter().any(|(f, _)| {
                        if event {
                            f.strip_suffix(word.as_str())
                                .is_some_and(|rest| rest.ends_with(' '))
                        } else {
                            instrument_short_form(f) == Some(word.as_str())
                        }
                    })
                })
                .collect();
            // (Only where the longer name is written too: another article's "Olympics" may
            // be other Games.)
            let everywhere = |target: usize| {
                placed.iter().all(|m| {
                    !m.iter().any(|x| b.root(x.2) == e) || m.iter().any(|x| b.root(x.2) == target)
                })
            };
            if let Some(target) = unique(&b, &longer).filter(|&t| everywhere(t))
                && let Some(full) = longest_multiword_form(&b, target)
            {
                b.merge(e, target, &format!("short for {full}"));
            }
        }
    }

    // 4. Undecided mentions: a known name, a surname of a known person, a club's city, "the
    // Commission", a name spelled out by an acronym of the article, or else what their cue
    // says. Those that can found an entity of their own
    // (speakers, employers, person cues, recurring words, waiting places) go first, so a
    // plain mention elsewhere can then be known by them ("… from Huawei" after "Huawei
    // founder Ren Zhengfei").
    // (Person cues found first: "Tinubu, 70," makes a person of the "Tinubu" a headline has
    // "declared winner", which would otherwise found an organisation as a speaker. Full names
    // before single words, so "Faye was chosen" is known as the surname of "candidate Bassirou
    // Diomaye Faye".)
    for round in 0..4 {
        let index = Index::new(&b);
        for (d, input) in inputs.iter().enumerate() {
            for c in input.candidates.iter().filter(|c| {
                let pending = (c.kind.is_none()
                    && !matches!(c.evidence, Evidence::AcronymOf(_) | Evidence::NicknameOf(_)))
                    || surname_here(d, c);
                let founding = c.kind.is_some()
                    || matches!(
                        c.evidence,
                        Evidence::Speaker
                            | Evidence::Employer
                            | Evidence::PersonCue
                            | Evidence::Recurring
                            | Evidence::Located
                    );
                let phase = match (founding, &c.evidence) {
                    (true, Evidence::PersonCue) if input.text[c.start..c.end].contains(' ') => 0,
                    (true, Evidence::PersonCue) => 1,
                    (true, _) => 2,
                    (false, _) => 3,
                };
                pending && phase == round
            }) {
                let form = surface(&input.text[c.start..c.end]);
                // ("Istanbul Mayor Ekrem Imamoglu" beside "Borsa Istanbul": a town before its
                // own office is the town; "Madrid president Florentino Pérez" is the club's.)
                let before_role = || {
                    input.text[c.end..]
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| {
                            matches!(
                                w.to_lowercase().as_str(),
                                "mayor"
                                    | "governor"
                                    | "prefect"
                                    | "councillor"
                                    | "council"
                                    | "city"
                            )
                        })
                };
                let club = || {
                    let full = short_names[d]
                        .clubs
                        .get(&*form)
                        .filter(|_| surname_here(d, c) && !before_role())?;
                    let e = *b.by_key.get(&key_for(EntityKind::Organization, full))?;
                    Some((e, Some(format!("short for {full}"))))
                };
                let short_club = || {
                    let full = short_names[d]
                        .clubs_by_other_word
                        .get(&*form)
                        .filter(|_| c.kind.is_none() && !before_role())?;
                    let e = *b.by_key.get(&key_for(EntityKind::Organization, full))?;
                    Some((e, Some(format!("short for {full}"))))
                };
                let nickname = || {
                    let full = short_names[d].nicknames.get(&*form)?;
                    let e = *b.by_key.get(&key_for(EntityKind::Organization, full))?;
                    Some((e, Some(format!("short for {full}"))))
                };
                // (A place's name the article also gives its organisation, "Liverpool are
                // champions … catch Liverpool", or its storm: that one, though the town is
                // known too.)
                let named_as = |kind: EntityKind, forms: &FxHashSet<&str>| {
                    if c.kind != Some(EntityKind::Place)
                        || !forms.contains(&input.text[c.start..c.end])
                    {
                        return None;
                    }
                    let e = *b.by_key.get(&key_for(kind, &form))?;
                    Some((b.root(e), None))
                };
                // ("Paris Saint-Germain" where the article also writes "PSG": a name spelled
                // out by the letters of an organisation's acronym in the same article.)
                let spelled_out = (|| {
                    // (Words in lower case after their capital: "AM PT" spells no "AP".)
                    let spelled = || {
                        form.split([' ', '-'])
                            .all(|w| w.is_empty() || w.chars().skip(1).any(char::is_lowercase))
                    };
                    if !form.contains([' ', '-']) || !spelled() {
                        return None;
                    }
                    let letters = [Some(initials(&form)), initials_with_connectors(&form)];
                    letters
                        .into_iter()
                        .flatten()
                        .filter(|l| l.chars().count() >= 2)
                        .find_map(|l| {
                            let e = b.root(*b.by_key.get(&format!("acronym:{l}"))?);
                            (b.entities[e].kinds.contains_key(&EntityKind::Organization)
                                && placed[d].iter().any(|x| b.root(x.2) == e))
                            .then_some((e, l))
                        })
                })();
                let named_org = || named_as(EntityKind::Organization, &organisations[d]);
                let named_storm = || named_as(EntityKind::Other, &storms[d]);
                // ("Thames" after "Thames Water" and "the Thames Valley": a river's name read
                // as a firm's, where extraction found the firm named after it, is its short
                // form before it is the river.)
                let firm_short_form = || {
                    (c.evidence == Evidence::Recurring
                        && gazetteer()
                            .place(&form)
                            .is_some_and(|(_, p)| p.kind == "feature"))
                    .then(|| short_form_of(&b, &index, &form))
                    .flatten()
                };
                let target = club()
                    .or_else(firm_short_form)
                    .or_else(short_club)
                    .or_else(|| spelled_out.as_ref().map(|&(e, _)| (e, None)))
                    .or_else(named_org)
                    .or_else(named_storm)
                    .or_else(|| {
                        let e = known_form(&b, &index, &form)?;
                        // (Known from another article only, where this one names a person by
                        // it: "the yacht of Tolvane" after "chairman Anders Tolvane" is his,
                        // whatever "off Tolvane harbour" is elsewhere.)
                        let here = |e: usize| placed[d].iter().any(|x| b.root(x.2) == b.root(e));
                        if !here(e)
                            && let Some((p, full)) = surname_of(&b, &index, &form, &placed[d])
                            && here(p)
                            && !the_alone(input.text, c.start, c.end)
                        {
                            return Some((p, Some(format!("surname of {full}"))));
                        }
                        Some((e, None))
                    })
                    .or_else(|| known_here(&b, &index, &form, &placed[d]).map(|e| (e, None)))
                    // ("TfL" after "Transport for London": an acronym with a connector's small
                    // letter.)
                    .or_else(|| {
                        let e = acronym_of(&b, &index, &mixed_case_acronym(&form)?)?;
                        Some((e, Some("abbreviation".to_string())))
                    })
                    // ("most of Brightwater" after the dateline "BRIGHTWATER —".)
                    // (Keyed in lower case, as a place the gazetteer does not know is.)
                    .or_else(|| {
                        let e = *b.by_key.get(&format!("place:{}", form.to_lowercase()))?;
                        Some((b.root(e), None))
                    })
                    .or_else(nickname)
                    // ("the Houthis" after "the Houthi militia": a group's members are the
                    // group.)
                    .or_else(|| {
                        let singular = form.strip_suffix('s').filter(|f| !f.contains(' '))?;
                        let e = known_form(&b, &index, singular)?;
                        let kinds = &b.entities[e].kinds;
                        (kinds.len() == 1 && kinds.contains_key(&EntityKind::Organization))
                            .then(|| (e, Some(format!("members of {singular}"))))
                    })
                    // ("Odebrecht pleaded guilty" after "Odebrecht SA" and before "Marcelo
                    // Odebrecht": a firm that bears a family's name, written with its legal
                    // suffix, is the firm before it is one of the family.)
                    .or_else(|| {
                        let (e, reason) = short_form_of(&b, &index, &form)?;
                        b.entities[e]
                            .forms
                            .iter()
                            .any(|(f, _)| {
                                f.strip_prefix(&*form)
                                    .and_then(|rest| rest.strip_prefix(' '))
                                    .is_some_and(words::is_legal_suffix)
                            })
                            .then_some((e, reason))
                    })
                    // (Not after "the" with no noun for it to qualify: "the director of the
                    // Tate" beside "Henry Tate"; "the Obama administration" is his.)
                    .or_else(|| {
                        surname_of(&b, &index, &form, &placed[d])
                            .filter(|_| !the_alone(input.text, c.start, c.end))
                            .map(|(e, full)| (e, Some(format!("surname of {full}"))))
                    })
                    .or_else(|| variant_of(&b, &index, &form))
                    .or_else(|| full_name_of(&b, &index, &form, &placed[d]))
                    .or_else(|| short_form_of(&b, &index, &form))
                    // ("Olympic champion": the adjective, not one of the Olympics.)
                    .or_else(|| {
                        let rest = input.text[c.end..].trim_start();
                        let adjective = rest.starts_with(|ch: char| ch.is_lowercase());
                        award_of(&b, &index, &form, &placed[d]).filter(|_| !adjective)
                    })
                    // (A site's first word before its nouns is the site's, not the body's that
                    // ends with it: "the Gotthard" of "Gotthard Base Tunnel", not of
                    // "AlpTransit Gotthard".)
                    // (Not before a noun it qualifies: "lit the Olympic flame" beside "the
                    // Olympic Stadium"; a verb may follow: "The Gotthard connects us".)
                    .or_else(|| {
                        if !site_firsts[d].contains(&*form) {
                            return None;
                        }
                        let next = input.text[c.end..]
                            .split(|ch: char| !ch.is_alphanumeric())
                            .find(|w| !w.is_empty())
                            .filter(|_| input.text[c.end..].starts_with(' '));
                        let qualifies = next.is_some_and(|w| {
                            w.starts_with(char::is_lowercase)
                                && !words::is_function_word(w)
                                && !w.ends_with('s')
                                && !w.ends_with("ed")
                        });
                        site_of(&b, &form, &placed[d])
                            .filter(|_| !words::is_org_head(&form.to_lowercase()) && !qualifies)
                    })
                    .or_else(|| {
                        let the = follows_the(input.text, c.start);
                        head_of(&b, &form, &placed[d]).filter(|_| the)
                    })
                    .or_else(|| feature_of(&b, &form, &placed[d]));
                if let Some((e, reason)) = target {
                    b.note(e, &form, None, reason);
                    if let Some((_, letters)) = spelled_out.filter(|&(s, _)| s == e) {
                        let reason = format!("the initials of {form}");
                        b.entities[e].reasons.entry(letters).or_insert(reason);
                    }
                    placed[d].push((c.start, c.end, e));
                } else if c.kind.is_none() && versioned(&b, &form, &placed[d]) {
                    // ("Windows computers" beside "Windows 10": the product line.)
                    let e = b.get_or_add(&key_for(EntityKind::Other, &form));
                    b.note(e, &form, Some(EntityKind::Other), None);
                    placed[d].push((c.start, c.end, e));
                } else if c.evidence == Evidence::Recurring && gazetteer().is_town(&form) {
                    // (A town's name written again and again with nothing else to tell is the
                    // town: "came upon Johnstown … Johnstown were swept away".)
                    let e = b.get_or_add(&key_for(EntityKind::Place, &form));
                    b.note(e, &form, Some(EntityKind::Place), None);
                    placed[d].push((c.start, c.end, e));
                } else if matches!(
                    c.evidence,
                    Evidence::Speaker | Evidence::Employer | Evidence::Recurring
                ) && form.split(' ').count() <= 3
                {
                    let e = b.get_or_add(&key_for(EntityKind::Organization, &form));
                    b.note(e, &form, Some(EntityKind::Organization), None);
                    placed[d].push((c.start, c.end, e));
                } else if c.evidence == Evidence::Located {
                    let e = b.get_or_add(&key_for(EntityKind::Place, &form));
                    b.note(e, &form, Some(EntityKind::Place), None);
                    placed[d].push((c.start, c.end, e));
                } else if c.evidence == Evidence::PersonCue {
                    let e = b.get_or_add(&key_for(EntityKind::Person, &form));
                    b.note(e, &form, Some(EntityKind::Person), None);
                    placed[d].push((c.start, c.end, e));
                } else if c.kind.is_none()
                    && c.evidence == Evidence::NameShape
                    && (form.starts_with("al-") || form.starts_with("el-"))
                    && !form.contains(' ')
                {
                    // A name glued to a small "al-" that no person's name in the corpus ends
                    // with is a group's or a body's: "al-Qaeda", "al-Shabab", "al-Azhar".
                    let e = b.get_or_add(&key_for(EntityKind::Organization, &form));
                    b.note(e, &form, Some(EntityKind::Organization), None);
                    placed[d].push((c.start, c.end, e));
                } else if let Some(kind) = c.kind {
                    // A place that waited for a person it turned out not to name.
                    let e = b.get_or_add(&key_for(kind, &form));
                    b.note(e, &form, Some(kind), None);
                    placed[d].push((c.start, c.end, e));
                }
            }
        }
    }

    // 5. Headlines: known names only.
    let index = Index::new(&b);
    for (d, input) in inputs.iter().enumerate() {
        for line in &input.headlines {
            let tokens = tokenize(input.text, line.clone());
            let line_in_capitals = !input.text[line.clone()].chars().any(char::is_lowercase);
            let mut i = 0;
            while i < tokens.len() {
                let mut best = None;
                for j in (i + 1..=tokens.len().min(i + 8)).rev() {
                    // (A name may end in its number: "Apollo 13 astronauts splash down"; or in
                    // an abbreviation's point: "U.S. Invades Grenada".)
                    let point = j >= i + 2
                        && tokens[j - 1].text(input.text) == "."
                        && tokens[j - 2].text(input.text).chars().count() == 1;
                    if tokens[i].kind != TokenKind::Word
                        || !(matches!(tokens[j - 1].kind, TokenKind::Word | TokenKind::Number)
                            || point)
                    {
                        continue;
                    }
                    let form = surface(&input.text[tokens[i].start..tokens[j - 1].end]);
                    // (In capitals, the name as the body writes it: "STALIN IS DEAD".)
                    let capitals = form.chars().count() >= 3
                        && form.chars().all(|c| !c.is_lowercase())
                        && form.chars().any(char::is_alphabetic);
                    // (A small word in capitals is the word: "IS DEAD", "TO LEAD".)
                    if line_in_capitals
                        && !form.contains(' ')
                        && words::is_function_word(&form.to_lowercase())
                    {
                        continue;
                    }
                    let cased = capitals.then(|| {
                        form.split(' ')
                            .map(|w| {
                                let mut c = w.chars();
                                c.next()
                                    .map(|f| f.to_uppercase().chain(c.flat_map(char::to_lowercase)))
                                    .into_iter()
                                    .flatten()
                                    .collect::<String>()
                            })
                            .collect::<Vec<_>>()
                            .join(" ")
                    });
                    // (A paper's name before the date on its publication line: "The Guardian,
                    // Monday 5 July 1976", "FINANCIAL TIMES SATURDAY FEBRUARY 8 1992"; its "The"
                    // is left out, as everywhere.)
                    // (Or one that names a paper with its edition's word: "Sunday
                    // Gazette-Mail, Charleston, February 27, 1972".)
                    let masthead = !matches!(tokens[i].text(input.text), "The" | "THE")
                        && (crate::analysis::ascii::with_lowercase(
                            tokens[j - 1].text(input.text),
                            words::is_masthead_word,
                        )
                        .unwrap_or(false)
                            || words::names_a_paper(&form, |town| {
                                gazetteer().place(town).is_some()
                            }))
                        && tokens.get(j).is_some_and(|t| {
                            let next = t.text(input.text);
                            next == ","
                                || crate::analysis::dates::is_month_or_weekday(&next.to_lowercase())
                        });
                    let found = known_form(&b, &index, &form)
                        .or_else(|| known_here(&b, &index, &form, &placed[d]))
                        .or_else(|| known_here(&b, &index, cased.as_deref()?, &placed[d]))
                        .or_else(|| {
                            headline_surname(
                                &b,
                                &index,
                                cased.as_deref().unwrap_or(&form),
                                &placed[d],
                            )
                        })
                        .or_else(|| {
                            headline_site(&b, cased.as_deref().unwrap_or(&form), &placed[d])
                        })
                        .or_else(|| acronym_of(&b, &index, &form))
                        .or_else(|| masthead.then_some(NEW_ORGANISATION))
                        .or_else(|| {
                            // (A town the lists know, that the article names as a place in
                            // its body: "Ship Blast Levels Texas City" after "TEXAS CITY,".)
                            if gazetteer().is_town(&form)
                                && let Some(&e) = b.by_key.get(&key_for(EntityKind::Place, &form))
                            {
                                return Some(b.root(e));
                            }
                            gazetteer().place(&form)?;
                            let e = b.by_key.get(&key_for(EntityKind::Place, &form)).copied();
                            // (A town named by an English word the corpus never names as a
                            // place is the word: "Merrill Agrees to Sale".)
                            if e.is_none()
                                && !form.contains(' ')
                                && gazetteer().is_common_word(&form)
                            {
                                return None;
                            }
                            Some(e.map(|e| b.root(e)).unwrap_or(usize::MAX))
                        })
                        .or_else(|| {
                            // (A city or a country in capitals after a preposition of place:
                            // "FOG DEATHS IN LONDON", unless its name is an English word.)
                            let cased = cased.as_deref()?;
                            let after_preposition = i >= 1
                                && matches!(
                                    tokens[i - 1].text(input.text),
                                    "IN" | "AT" | "NEAR" | "FROM" | "OVER" | "ACROSS"
                                );
                            let (_, p) = gazetteer().place(cased)?;
                            let named = after_preposition
                                && matches!(p.kind, "city" | "country")
                                && !cased.split(' ').any(|w| gazetteer().is_common_word(w));
                            named.then(|| {
                                b.by_key
                                    .get(&key_for(EntityKind::Place, cased))
                                    .map(|&e| b.root(e))
                                    .unwrap_or(usize::MAX)
                            })
                        });
                    if let Some(e) = found {
                        // (Why a surname or a name in capitals names the person.)
                        let reason = (e < NEW_ORGANISATION
                            && !b.entities[e].forms.iter().any(|(f, _)| *f == *form))
                        .then(|| {
                            let full = longest_multiword_form(&b, e)?;
                            let person = b.entities[e].kind() == Some(EntityKind::Person);
                            let part = if cased.as_deref() == Some(full.as_str()) {
                                ""
                            } else if person {
                                "surname of "
                            } else {
                                "first word of "
                            };
                            let how = if capitals { ", in capitals" } else { "" };
                            Some(format!("{part}{full}{how} (a headline)"))
                        })
                        .flatten();
                        best = Some((j, e, form, reason));
                        break;
                    }
                }
                match best {
                    Some((j, e, form, reason)) => {
                        let e = if e >= NEW_ORGANISATION {
                            let kind = if e == NEW_ORGANISATION {
                                EntityKind::Organization
                            } else {
                                EntityKind::Place
                            };
                            let e = b.get_or_add(&key_for(kind, &form));
                            b.note(e, &form, Some(kind), None);
                            e
                        } else {
                            b.note(e, &form, None, reason);
                            e
                        };
                        placed[d].push((tokens[i].start, tokens[j - 1].end, e));
                        i = j;
                    }
                    None => i += 1,
                }
            }
        }
    }

    finish(b, placed)
}

/// In the headline pass, a name found for a new organisation (`usize::MAX` is a new place).
const NEW_ORGANISATION: usize = usize::MAX - 1;

/// Whether the entity is read as one kind only, this one.
fn only_kind(b: &Builder, e: usize, kind: EntityKind) -> bool {
    let kinds = &b.entities[e].kinds;
    kinds.len() == 1 && kinds.contains_key(&kind)
}

/// The entities one article's mentions name, each once (as they stand after merges).
fn entities_of(b: &Builder, mentions: &[(usize, usize, usize)]) -> Vec<usize> {
    let mut here: Vec<usize> = mentions.iter().map(|m| b.root(m.2)).collect();
    here.sort_unstable();
    here.dedup();
    here
}

/// Lookups over the entities as they stand, so the corpus pass stays linear.
struct Index {
    /// Every form → entities that have it.
    forms: HashMap<String, Vec<usize>>,
    /// Each word of a multi-word person's name → those people.
    person_words: HashMap<String, Vec<usize>>,
    /// Initials of multi-word organisation names → those organisations.
    initials: HashMap<String, Vec<usize>>,
    /// One word that names a multi-word organisation → those organisations: its first word
    /// ("Volvo" → "Volvo Group"), or a brand after its parent's name ("DeepMind" → "Google
    /// DeepMind").
    org_short_forms: HashMap<String, Vec<usize>>,
}

impl Index {
    fn new(b: &Builder) -> Index {
        let mut index = Index {
            forms: HashMap::default(),
            person_words: HashMap::default(),
            initials: HashMap::default(),
            org_short_forms: HashMap::default(),
        };
        for (i, e) in b.entities.iter().enumerate() {
            if e.merged_into.is_some() || e.kinds.is_empty() {
                continue;
            }
            let person = e.kinds.contains_key(&EntityKind::Person);
            let org = e.kinds.contains_key(&EntityKind::Organization);
            for (f, _) in &e.forms {
                index.forms.entry(f.clone()).or_default().push(i);
                if f.contains(' ') {
                    // "Webb" of "James Webb Space Telescope".
                    if let Some(short) = instrument_short_form(f)
                        && e.kinds.contains_key(&EntityKind::Other)
                    {
                        let list = index.org_short_forms.entry(short.to_string());
                        list.or_default().push(i);
                    }
                    if person {
                        for w in f.split(' ') {
                            index.person_words.entry(w.to_string()).or_default().push(i);
                            // "Assad" for "Bashar al-Assad": the surname without its particle.
                            if let Some((particle, rest)) = w.split_once('-')
                                && words::is_name_particle(&particle.to_lowercase())
                                && rest.starts_with(char::is_uppercase)
                            {
                                index
                                    .person_words
                                    .entry(rest.to_string())
                                    .or_default()
                                    .push(i);
                            }
                        }
                    }
                    if org {
                        index.initials.entry(initials(f)).or_default().push(i);
                        if let Some(all) = initials_with_connectors(f) {
                            index.initials.entry(all).or_default().push(i);
                        }
                        // "Volvo Group" is also "Volvo"; "Arab League" is not "Arab"; "Labour
                        // Party" is "Labour" (not "Conservative Party": "Conservative" alone
                        // qualifies a noun).
                        let mut parts = f.split(' ');
                        let party = |first: &str| {
                            f.strip_prefix(first) == Some(" Party")
                                && (!words::is_party_word(&first.to_lowercase())
                                    || matches!(first, "Labour" | "Labor"))
                        };
                        // ("OceanGate Expeditions" is also "OceanGate": a brand in camel case;
                        // "Spirit AeroSystems" is "Spirit": its other word in camel case.)
                        let rest: Vec<&str> = parts.clone().skip(1).collect();
                        let camel_rest =
                            matches!(rest[..], [last] if super::extract::is_camel_case(last));
                        // ("Google DeepMind" is not "Google", a company of its own, but is
                        // "DeepMind".)
                        let parent = gazetteer().is_company(parts.clone().next().unwrap_or(""));
                        if camel_rest && parent {
                            let list = index.org_short_forms.entry(rest[0].to_string());
                            list.or_default().push(i);
                        }
                        // ("Solaris Bus & Coach" is also "Solaris": a firm named for its
                        // trade after its own word.)
                        let trade = f.contains(" & ") && rest.len() >= 3;
                        if let Some(first) = parts.next()
                            && (trade
                                // ("Twitter Inc." is "Twitter".)
                                || parts.all(|p| words::is_company_word(p.trim_end_matches('.')))
                                || party(first)
                                || (camel_rest && !parent)
                                || super::extract::is_camel_case(first))
                        {
                            let list = index.org_short_forms.entry(first.to_string());
                            list.or_default().push(i);
                        }
                    }
                }
            }
        }
        index
    }
}

/// The word an instrument named for someone is known by: "Webb" of "James Webb Space
/// Telescope", "Hubble" of "Hubble Space Telescope"; or a prize of two words: "Booker" of
/// "Booker Prize" (not of "Grammy Legend Award", one of the Grammys); or a festival of two:
/// "Glastonbury" of "Glastonbury Festival".
fn instrument_short_form(name: &str) -> Option<&str> {
    if let Some((first, "Prize" | "Award" | "Medal" | "Festival")) = name.split_once(' ') {
        return first.starts_with(char::is_uppercase).then_some(first);
    }
    let rest = name.strip_suffix(" Telescope")?;
    let rest = rest.strip_suffix(" Space").unwrap_or(rest);
    let word = rest.rsplit(' ').next()?;
    word.starts_with(char::is_uppercase).then_some(word)
}

/// "the Commission" after "European Commission": the one organisation of the article whose
/// name of two or more words ends with this word.
fn head_of(
    b: &Builder,
    form: &str,
    same_article: &[(usize, usize, usize)],
) -> Option<(usize, Option<String>)> {
    short_for_one_here(b, form, same_article, |e| {
        b.entities[e].kind() == Some(EntityKind::Organization)
            && b.entities[e].forms.iter().any(|(f, _)| {
                (f.contains(' ') && f.rsplit(' ').next() == Some(form))
                        // ("the Bank" of "the Bank of England": the head before "of".)
                        || f.strip_prefix(form).is_some_and(|rest| rest.starts_with(" of "))
            })
    })
}

/// The one place of the article named by this word and a word for a natural feature: "the
/// Hudson" of "the Hudson River", "Everest" of "Mount Everest" (a word left undecided).
fn feature_of(
    b: &Builder,
    form: &str,
    same_article: &[(usize, usize, usize)],
) -> Option<(usize, Option<String>)> {
    // (The cheap test first: a longer form that opens or ends with the word.)
    short_for_one_here(b, form, same_article, |e| {
        b.entities[e].forms.iter().any(|(f, _)| {
            f.len() > form.len()
                && (f.starts_with(form) || f.ends_with(form))
                && named_feature(f) == Some(form)
        }) && only_kind(b, e, EntityKind::Place)
    })
}

/// The one place of the article that is a built site named by this word and nouns for such a
/// site: "the Gotthard" of "Gotthard Base Tunnel" (see [`named_site`]).
fn site_of(
    b: &Builder,
    form: &str,
    same_article: &[(usize, usize, usize)],
) -> Option<(usize, Option<String>)> {
    short_for_one_here(b, form, same_article, |e| {
        b.entities[e]
            .forms
            .iter()
            .any(|(f, _)| named_site(f) == Some(form))
            && only_kind(b, e, EntityKind::Place)
    })
}

/// The one entity of the article that `keep` accepts, for a one-word `form`, with its longest
/// name as the reason ("short for …").
fn short_for_one_here(
    b: &Builder,
    form: &str,
    same_article: &[(usize, usize, usize)],
    keep: impl Fn(usize) -> bool,
) -> Option<(usize, Option<String>)> {
    if form.contains(' ') {
        return None;
    }
    let found: Vec<usize> = same_article
        .iter()
        .map(|m| b.root(m.2))
        .filter(|&e| keep(e))
        .collect();
    let e = unique(b, &found)?;
    let full = longest_multiword_form(b, e)?;
    Some((e, Some(format!("short for {full}"))))
}

/// Of several people who share a surname in one article, the one named first: a bare surname
/// refers to the subject ("Ossian Varga … his wife, Ilse Varga … Varga said").
fn first_named(
    b: &Builder,
    candidates: &[usize],
    same_article: &[(usize, usize, usize)],
) -> Option<usize> {
    let roots: Vec<usize> = candidates.iter().map(|&i| b.root(i)).collect();
    same_article
        .iter()
        .filter(|m| roots.contains(&b.root(m.2)))
        .min_by_key(|m| m.0)
        .map(|m| b.root(m.2))
}

/// Whether one word names the line of a product the same article names by the word and a
/// version's number ("Windows" of "Windows 10").
fn versioned(b: &Builder, form: &str, same_article: &[(usize, usize, usize)]) -> bool {
    !form.contains(' ')
        && same_article.iter().any(|m| {
            let e = b.root(m.2);
            only_kind(b, e, EntityKind::Other)
                && b.entities[e].forms.iter().any(|(f, _)| {
                    f.strip_prefix(form)
                        .and_then(|rest| rest.strip_prefix(' '))
                        .is_some_and(|n| !n.is_empty() && n.bytes().all(|c| c.is_ascii_digit()))
                })
        })
}

/// The single element of `candidates` (after following merges), if there is exactly one.
fn unique(b: &Builder, candidates: &[usize]) -> Option<usize> {
    let mut roots: Vec<usize> = candidates.iter().map(|&i| b.root(i)).collect();
    roots.sort_unstable();
    roots.dedup();
    (roots.len() == 1).then(|| roots[0])
}

/// The entity that already has exactly this form.
fn known_form(b: &Builder, index: &Index, form: &str) -> Option<usize> {
    unique(b, index.forms.get(form)?)
}

/// Of the entities with exactly this form, the one this article's body names: "Clinton" in
/// a headline over "President Clinton", where another article has a town of that name.
fn known_here(
    b: &Builder,
    index: &Index,
    form: &str,
    same_article: &[(usize, usize, usize)],
) -> Option<usize> {
    let here: Vec<usize> = index
        .forms
        .get(form)?
        .iter()
        .map(|&e| b.root(e))
        .filter(|&e| same_article.iter().any(|m| b.root(m.2) == e))
        .collect();
    unique(b, &here)
}

/// The award of the same article named by this word's plural: "her second Oscar" after "seven
/// Oscars" (a given name on its own otherwise, as "Oscar" and "Emmy" are).
fn award_of(
    b: &Builder,
    index: &Index,
    form: &str,
    same_article: &[(usize, usize, usize)],
) -> Option<(usize, Option<String>)> {
    if form.contains(' ') || !form.starts_with(char::is_uppercase) {
        return None;
    }
    let plural = format!("{form}s");
    let e = known_form(b, index, &plural)?;
    (only_kind(b, e, EntityKind::Other) && same_article.iter().any(|x| b.root(x.2) == e))
        .then(|| (e, Some(format!("one of the {plural}"))))
}

/// The one person of the article whose full name ends with this word: "Carter Finds Golden
/// Shrine" over "Mr. Howard Carter", "Rep. Ryan Among Slain" over "Rep. Leo J. Ryan".
fn headline_surname(
    b: &Builder,
    index: &Index,
    form: &str,
    same_article: &[(usize, usize, usize)],
) -> Option<usize> {
    if form.contains(' ') || !form.starts_with(char::is_uppercase) {
        return None;
    }
    let here: Vec<usize> = index
        .person_words
        .get(form)?
        .iter()
        .map(|&p| b.root(p))
        .filter(|&p| {
            same_article.iter().any(|m| b.root(m.2) == p)
                && b.entities[p]
                    .forms
                    .iter()
                    .any(|(f, _)| f.rsplit(' ').next() == Some(form) && f.contains(' '))
        })
        .collect();
    unique(b, &here)
}

/// The one place of the same article named by this word and a venue's head, which a headline
/// names by the word alone: "KNICKERBOCKER ROOF FALLS" after "the Knickerbocker Theater", "66
/// DIE IN IBROX CRUSH" after "Ibrox Park".
fn headline_site(b: &Builder, form: &str, same_article: &[(usize, usize, usize)]) -> Option<usize> {
    if form.contains(' ') || !form.starts_with(char::is_uppercase) {
        return None;
    }
    let here: Vec<usize> = same_article
        .iter()
        .map(|m| b.root(m.2))
        .filter(|&e| {
            let draft = &b.entities[e];
            draft.kinds.contains_key(&EntityKind::Place)
                && draft.forms.iter().any(|(f, _)| {
                    f.strip_prefix(form)
                        .and_then(|rest| rest.strip_prefix(' '))
                        .is_some_and(|head| {
                            matches!(
                                head,
                                "Theater"
                                    | "Theatre"
                                    | "Park"
                                    | "Stadium"
                                    | "Arena"
                                    | "Dam"
                                    | "Mine"
                                    | "Colliery"
                                    | "Hall"
                                    | "Hotel"
                                    | "Bridge"
                            )
                        })
                })
        })
        .collect();
    unique(b, &here)
}

/// An acronym that writes a connector's letter small ("TfL" for "Transport for London", "BoE"),
/// in capitals; `None` for any other word.
fn mixed_case_acronym(form: &str) -> Option<String> {
    let upper = form.chars().filter(|c| c.is_ascii_uppercase()).count();
    let lower = form.chars().filter(|c| c.is_ascii_lowercase()).count();
    (form.starts_with(|c: char| c.is_ascii_uppercase())
        && upper >= 2
        && (1..upper).contains(&lower)
        && upper + lower == form.len())
    .then(|| form.to_ascii_uppercase())
}

/// The one organisation whose name has these initials ("WHO" → "World Health Organization").
fn acronym_of(b: &Builder, index: &Index, form: &str) -> Option<usize> {
    if !(2..=6).contains(&form.chars().count()) || !form.chars().all(char::is_uppercase) {
        return None;
    }
    unique(b, index.initials.get(form)?)
}

/// The one person whose full name contains this single word (usually the surname; also a
/// first name used alone, or one part of a long name): in the same article if possible, else
/// in the corpus.
fn surname_of(
    b: &Builder,
    index: &Index,
    form: &str,
    same_article: &[(usize, usize, usize)],
) -> Option<(usize, String)> {
    if let Some((_, last)) = form.rsplit_once(' ') {
        return compound_surname_of(b, index, form, last);
    }
    let people = index.person_words.get(form)?;
    let here: Vec<usize> = people
        .iter()
        .copied()
        .filter(|&p| same_article.iter().any(|m| b.root(m.2) == b.root(p)))
        .collect();
    let e = unique(b, &here)
        .or_else(|| first_named(b, &here, same_article))
        .or_else(|| unique(b, people))?;
    let full = longest_multiword_form(b, e)?;
    Some((e, full))
}

/// The person this article names by the last word of `form` alone, when `form` is two or
/// three words and nothing else: "Bola Tinubu" where "Tinubu, 70," is a person.
fn full_name_of(
    b: &Builder,
    index: &Index,
    form: &str,
    same_article: &[(usize, usize, usize)],
) -> Option<(usize, Option<String>)> {
    let (first, last) = form.rsplit_once(' ')?;
    if form.split(' ').count() > 3 {
        return None;
    }
    // (Or, of two words, the first, as Chinese names put the surname first: "Ai Weiwei" after
    // "Ai, 53,"; a short surname before one word that is no given name.)
    let surname_first = || {
        (first.chars().count() <= 5 && !first.contains(' ') && !gazetteer().is_given_name(last))
            .then(|| known_form(b, index, first))
            .flatten()
    };
    let (e, last) = match known_form(b, index, last) {
        Some(e) => (e, last),
        None => (surname_first()?, first),
    };
    let person = b.entities[e].kinds.keys().all(|&k| k == EntityKind::Person)
        && b.entities[e].kinds.contains_key(&EntityKind::Person);
    let here = same_article.iter().any(|m| b.root(m.2) == e);
    (person && here).then(|| (e, Some(format!("full name of the {last} named here"))))
}

/// The one person whose longer name ends with this two- or three-word surname ("López
/// Obrador" of "Andrés Manuel López Obrador").
fn compound_surname_of(
    b: &Builder,
    index: &Index,
    form: &str,
    last: &str,
) -> Option<(usize, String)> {
    if form.split(' ').count() > 3 {
        return None;
    }
    let ending = format!(" {form}");
    let people: Vec<usize> = index
        .person_words
        .get(last)?
        .iter()
        .copied()
        .filter(|&p| {
            b.entities[b.root(p)]
                .forms
                .iter()
                .any(|(f, _)| f.ends_with(&ending))
        })
        .collect();
    let e = unique(b, &people)?;
    let full = longest_multiword_form(b, e)?;
    Some((e, full))
}

/// The longest multi-word form of an entity ("Randa Kassis" rather than "Kassis").
fn longest_multiword_form(b: &Builder, e: usize) -> Option<String> {
    let forms = b.entities[e].forms.iter().filter(|(f, _)| f.contains(' '));
    forms.max_by_key(|(f, _)| f.len()).map(|(f, _)| f.clone())
}

/// The one company whose name is this word plus words like "Group" or "Inc" ("Volvo" for
/// "Volvo Group"), when the word is not a common word or a place.
fn short_form_of(b: &Builder, index: &Index, form: &str) -> Option<(usize, Option<String>)> {
    // (A river's or a sea's name may be a firm's short form: "Thames" of "Thames Water".)
    let place = gazetteer()
        .place(form)
        .is_some_and(|(_, p)| p.kind != "feature");
    if form.contains(' ') || words::is_function_word(form) || place {
        return None;
    }
    let e = unique(b, index.org_short_forms.get(form)?)?;
    let full = longest_multiword_form(b, e)?;
    Some((e, Some(format!("short form of {full}"))))
}

/// The one person whose full name differs from this two- or three-word name only by one letter
/// of the first name ("Sadir Japarov" for "Sadyr Japarov").
fn variant_of(b: &Builder, index: &Index, form: &str) -> Option<(usize, Option<String>)> {
    let parts: Vec<&str> = form.split(' ').collect();
    if !(2..=3).contains(&parts.len()) || parts[0].chars().count() < 4 {
        return None;
    }
    let mut found: Option<(usize, String)> = None;
    for &i in index.person_words.get(*parts.last()?)? {
        let i = b.root(i);
        for (f, _) in &b.entities[i].forms {
            let other: Vec<&str> = f.split(' ').collect();
            if other.len() == parts.len()
                && other[1..] == parts[1..]
                && edit_distance(&other[0].to_lowercase(), &parts[0].to_lowercase()) == 1
            {
                if found.as_ref().is_some_and(|(j, _)| *j != i) {
                    return None;
                }
                found = Some((i, format!("spelling variants: {form} / {f}")));
            }
        }
    }
    found.map(|(i, reason)| (i, Some(reason)))
}

fn title_case(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect::<Vec<String>>()
        .join(" ")
}

/// Why two forms that share a key name the same entity.
fn implied_reason(kind: EntityKind, alias: &str, name: &str) -> String {
    let text = match kind {
        EntityKind::Place if alias.to_lowercase() == name.to_lowercase() => {
            "the same name in capitals (a dateline)"
        }
        EntityKind::Place
            if alias.split(' ').any(|w| w == name) || name.split(' ').any(|w| w == alias) =>
        {
            "the same name with or without the word for its kind"
        }
        EntityKind::Place => "another name of the same place in the gazetteer",
        EntityKind::Organization | EntityKind::Other
            if alias != name && alias.to_lowercase() == name.to_lowercase() =>
        {
            "the same name in capitals or written as a word (“OPEC”, “Opec”)"
        }
        EntityKind::Organization | EntityKind::Other
            if content_words(alias, true) == content_words(name, true)
                && content_words(&strip_places(alias), false)
                    != content_words(&strip_places(name), false) =>
        {
            "the same name with or without a word like “Group” or “Inc”"
        }
        EntityKind::Organization | EntityKind::Other
            if raw_word_set(alias) != raw_word_set(name) =>
        {
            "the same name with or without its country"
        }
        EntityKind::Organization | EntityKind::Other
            if alias.strip_suffix('s') == Some(name) || name.strip_suffix('s') == Some(alias) =>
        {
            "the same name in the singular or the plural"
        }
        EntityKind::Organization | EntityKind::Other => "the same words in another order",
        EntityKind::Person => "the same name, written differently",
    };
    text.to_string()
}

/// The place names in an entity's forms, lower-cased.
fn place_words(b: &Builder, i: usize) -> Vec<String> {
    let g = gazetteer();
    b.entities[i]
        .forms
        .iter()
        .flat_map(|(f, _)| f.split(' '))
        .filter(|w| g.place(w).is_some())
        .map(str::to_lowercase)
        .collect()
}

/// The name without its place names and demonyms.
fn strip_places(name: &str) -> String {
    let g = gazetteer();
    name.split(' ')
        .filter(|w| g.place(w).is_none() && !g.is_adjective(w))
        .collect::<Vec<_>>()
        .join(" ")
}

fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

fn finish(b: Builder, placed: Vec<Vec<(usize, usize, usize)>>) -> Linked {
    // Roots that have a kind become entities.
    let mut index: HashMap<usize, usize> = HashMap::default();
    let mut entities = Vec::new();
    for (i, d) in b.entities.iter().enumerate() {
        if d.merged_into.is_some() || d.forms.is_empty() {
            continue;
        }
        let Some(kind) = d.kind() else {
            continue;
        };
        let name = match kind {
            // The most frequent form, not a dateline's capitals if there is another ("Abu
            // Dhabi", not "ABU DHABI"; but "U.S." and "UK" are how the place is written).
            EntityKind::Place => d.forms.iter().max_by_key(|(f, n)| {
                let shouted = !f.chars().any(char::is_lowercase)
                    && f.chars().filter(|c| c.is_alphabetic()).count() >= 4;
                let mixed = f.chars().any(char::is_lowercase);
                (!shouted, *n, mixed, std::cmp::Reverse(f.len()))
            }),
            _ => d
                .forms
                .iter()
                .max_by_key(|(f, n)| (f.split(' ').count(), *n, f.len())),
        }
        .map(|(f, _)| f.clone())
        .unwrap_or_default();
        // Only capitals seen (a dateline): the gazetteer's spelling.
        let name = match gazetteer().place_any_case(&name) {
            Some((known, _))
                if kind == EntityKind::Place && !name.chars().any(char::is_lowercase) =>
            {
                known.to_string()
            }
            _ => name,
        };
        let mut aliases: Vec<Alias> = d
            .forms
            .iter()
            .filter(|(f, _)| *f != name)
            .map(|(f, _)| {
                let reason = d
                    .reasons
                    .get(f)
                    .cloned()
                    .unwrap_or_else(|| implied_reason(kind, f, &name));
                Alias {
                    name: f.clone(),
                    reason,
                }
            })
            .collect();
        aliases.sort_by(|a, b| a.name.cmp(&b.name));
        index.insert(i, entities.len());
        entities.push(Entity {
            id: slug(&name),
            name,
            kind,
            aliases,
            documents: 0,
            mentions: 0,
        });
    }
    let mut mentions: Vec<Vec<LinkedMention>> = Vec::new();
    for doc in &placed {
        let mut list: Vec<LinkedMention> = doc
            .iter()
            .filter_map(|&(start, end, e)| {
                let entity = *index.get(&b.root(e))?;
                Some(LinkedMention {
                    start,
                    end,
                    kind: entities[entity].kind,
                    entity,
                })
            })
            .collect();
        crate::analysis::drop_overlaps(&mut list, |m| (m.start, m.end));
        let mut seen = std::collections::HashSet::new();
        for m in &list {
            entities[m.entity].mentions += 1;
            if seen.insert(m.entity) {
                entities[m.entity].documents += 1;
            }
        }
        mentions.push(list);
    }
    // Most mentioned first; ids unique.
    let mut order: Vec<usize> = (0..entities.len()).collect();
    order.sort_by(|&x, &y| {
        entities[y]
            .mentions
            .cmp(&entities[x].mentions)
            .then_with(|| entities[x].name.cmp(&entities[y].name))
    });
    let mut new_index = vec![0; entities.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut sorted: Vec<Entity> = order.iter().map(|&i| entities[i].clone()).collect();
    let mut used = std::collections::HashSet::new();
    for e in &mut sorted {
        let base = if e.id.is_empty() {
            "entity".to_string()
        } else {
            e.id.clone()
        };
        let mut id = base.clone();
        let mut n = 2;
        while !used.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        e.id = id;
    }
    sorted.retain(|e| e.mentions > 0);
    let kept: HashMap<usize, usize> = {
        let mut map = HashMap::default();
        let mut k = 0;
        for (new, &old) in order.iter().enumerate() {
            if entities[old].mentions > 0 {
                map.insert(new, k);
                k += 1;
            }
        }
        map
    };
    for list in &mut mentions {
        for m in list.iter_mut() {
            m.entity = kept[&new_index[m.entity]];
        }
    }
    Linked {
        entities: sorted,
        mentions,
    }
}

/// Whether the text before byte `start` ends with the word "the" or "The".
fn follows_the(text: &str, start: usize) -> bool {
    let before = text[..start].trim_end();
    before
        .strip_suffix("the")
        .or_else(|| before.strip_suffix("The"))
        .is_some_and(|rest| !rest.ends_with(|ch: char| ch.is_alphanumeric()))
}

/// Whether the name at `start..end` follows "the" with no lower-case noun after it to qualify
/// ("the Tate,", "the Walker said"): a body or a thing, never a person by a surname.
fn the_alone(text: &str, start: usize, end: usize) -> bool {
    let the = follows_the(text, start);
    // (A lower-case word after it qualifies it unless it is a function word or reports:
    // "the Tate was", "the Walker said".)
    let next = text[end..]
        .trim_start()
        .split(|ch: char| !ch.is_alphanumeric())
        .next()
        .unwrap_or_default();
    the && !(next.starts_with(char::is_lowercase)
        && !words::is_function_word(next)
        && !words::is_reporting_verb(next))
}
