//! Name lists from published data (see `data/README.md`): places, demonyms, given names,
//! listed companies, brands and well-known organisations, products named after their maker,
//! and the common words of English.
//! Compiled into the binary; parsed once on first use.

use crate::analysis::fast_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const PLACES: &str = include_str!("../../data/gazetteer/places.tsv");
const ADJECTIVES: &str = include_str!("../../data/gazetteer/adjectives.txt");
const GIVEN_NAMES: &str = include_str!("../../data/gazetteer/given-names.txt");
const COMPANIES: &str = include_str!("../../data/gazetteer/companies.txt");
const ORGANISATIONS: &str = include_str!("../../data/gazetteer/organisations.txt");
const PRODUCTS: &str = include_str!("../../data/gazetteer/products.txt");
const COMMON_WORDS: &str = include_str!("../../data/gazetteer/common-words.txt");

/// A known place: its kind and, for countries, the ISO code shared by all its names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    /// `country`, `city`, `region`, or `feature` for seas, rivers, mountains, islands and
    /// historic regions ("Seine", "Normandy"); towns are kept apart: see
    /// [`Gazetteer::is_town`].
    pub kind: &'static str,
    /// The ISO 3166 code for country names (so "Türkiye" and "Turkey" group), else empty.
    pub group: &'static str,
    /// For an abbreviation, the name it stands for ("Calif." → "California"), else empty.
    pub alias_of: &'static str,
}

impl Place {
    /// Whether it is a province or state (a region that is no country's name): "Herrera",
    /// "Pita", "Bavaria".
    pub fn is_province(&self) -> bool {
        self.kind == "region" && self.group.is_empty()
    }
}

/// The lists, indexed.
pub struct Gazetteer {
    places: FxHashMap<&'static str, Place>,
    places_folded: FxHashMap<String, &'static str>,
    towns: FxHashSet<&'static str>,
    /// The names before "and" in countries' names ("Trinidad" of "Trinidad and Tobago").
    joined_openers: FxHashSet<&'static str>,
    adjectives: FxHashSet<&'static str>,
    given_names: FxHashSet<&'static str>,
    /// Listed companies and well-known organisations, in one table: one lookup for both.
    companies: FxHashSet<&'static str>,
    products: FxHashSet<&'static str>,
    common_words: FxHashSet<&'static str>,
}

/// The gazetteer, parsed on first use.
pub fn gazetteer() -> &'static Gazetteer {
    static CELL: OnceLock<Gazetteer> = OnceLock::new();
    CELL.get_or_init(|| {
        // Sized up front: growing tables of tens of thousands of names costs more than filling them.
        let lines = line_count(PLACES);
        let mut places = FxHashMap::with_capacity_and_hasher(lines / 2, Default::default());
        let mut places_folded = FxHashMap::with_capacity_and_hasher(lines / 2, Default::default());
        let mut towns = FxHashSet::with_capacity_and_hasher(lines, Default::default());
        for line in PLACES.lines() {
            let mut fields = line.split('\t');
            let (Some(name), Some(kind)) = (fields.next(), fields.next()) else {
                continue;
            };
            if kind == "town" {
                towns.insert(name);
                continue;
            }
            let group = fields.next().unwrap_or("");
            let alias_of = fields.next().unwrap_or("");
            places.insert(
                name,
                Place {
                    kind,
                    group,
                    alias_of,
                },
            );
            places_folded.entry(fold(name)).or_insert(name);
            // German umlauts as English copy spells them without the letters: "Osnabrueck",
            // "Duesseldorf".
            if name.contains(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü', 'ß']) {
                let spelled = name
                    .replace('ä', "ae")
                    .replace('ö', "oe")
                    .replace('ü', "ue")
                    .replace('Ä', "Ae")
                    .replace('Ö', "Oe")
                    .replace('Ü', "Ue")
                    .replace('ß', "ss");
                places_folded.entry(fold(&spelled)).or_insert(name);
            }
            // British style drops the abbreviation's point: "St Petersburg", "St Helens".
            if let Some(rest) = name.strip_prefix("St. ") {
                let plain: &'static str = Box::leak(format!("St {rest}").into_boxed_str());
                let place = Place {
                    kind,
                    group,
                    alias_of: if alias_of.is_empty() { name } else { alias_of },
                };
                places.entry(plain).or_insert(place);
            }
        }
        let given_names = word_set(GIVEN_NAMES);
        let common_words = word_set(COMMON_WORDS);
        let adjectives = {
            let mut set = word_set(ADJECTIVES);
            // The noun for a people whose adjective adds "-ian" or "-ish" to it ("Serb" of
            // "Serbian", "Croat", "Turk", "Dane" of "Danish", "Swede"), used as the adjective
            // is ("the Serb minority"); not a place or a given name ("Niger", "Georg").
            let nouns: Vec<&'static str> = set
                .iter()
                .flat_map(|a| {
                    let ian = a.strip_suffix("ian").map(|stem| (stem, None));
                    let ish = a.strip_suffix("ish").map(|stem| (stem, Some('e')));
                    ian.into_iter().chain(ish)
                })
                .flat_map(|(stem, e)| {
                    let with_e = e.map(|e| format!("{stem}{e}"));
                    std::iter::once(stem.to_string()).chain(with_e)
                })
                // (Nor an English word: "the North Pole", "Pacific Ocean".)
                .filter(|n| {
                    n.chars().count() >= 4
                        && !n.contains(' ')
                        && !places.contains_key(n.as_str())
                        && !given_names.contains(n.as_str())
                        && !common_words.contains(n.to_lowercase().as_str())
                })
                .map(|n| &*Box::leak(n.into_boxed_str()))
                .collect();
            set.extend(nouns);
            // A region's or a country's name in "-a" with "n" added, which the lists lack:
            // "Tasmanian", "Bavarian" (not a city's: "Kogan" is no adjective of Koga; nor a
            // place's, a town's or a given name).
            let derived: Vec<&'static str> = places
                .iter()
                .filter(|(name, p)| {
                    p.kind != "city"
                        && name.len() >= 5
                        && name.ends_with('a')
                        && !name.contains(' ')
                })
                .map(|(name, _)| format!("{name}n"))
                .filter(|a| {
                    !places.contains_key(a.as_str())
                        && !towns.contains(a.as_str())
                        && !given_names.contains(a.as_str())
                })
                .map(|a| &*Box::leak(a.into_boxed_str()))
                .collect();
            set.extend(derived);
            set
        };
        let joined_openers: FxHashSet<&'static str> = places
            .iter()
            .filter(|(_, p)| p.kind == "country")
            .filter_map(|(name, _)| name.split_once(" and ").map(|(opener, _)| opener))
            .collect();
        // A country named by two names joined by "and" is often written by the first alone:
        // "Bosnia", "Svalbard" (not "Turks", a people, "Wallis" or "Trinidad", given names, nor
        // "Independent" of "Independent and Sovereign Republic of Kiribati"); found ignoring
        // case too, as every place is.
        let first_names: Vec<(&'static str, Place)> = places
            .iter()
            .filter(|(_, p)| p.kind == "country" && p.alias_of.is_empty())
            .filter_map(|(name, p)| {
                let (opener, _) = name.split_once(" and ")?;
                let plain = opener.split(' ').count() <= 2
                    && !opener.contains(" of ")
                    && !places.contains_key(opener)
                    && !given_names.contains(opener)
                    && !common_words.contains(opener.to_lowercase().as_str())
                    && !opener.split(' ').any(|w| {
                        adjectives.contains(w)
                            || w.strip_suffix('s')
                                .is_some_and(|one| adjectives.contains(one))
                    });
                plain.then_some((
                    opener,
                    Place {
                        alias_of: name,
                        ..*p
                    },
                ))
            })
            .collect();
        for &(opener, _) in &first_names {
            places_folded.entry(fold(opener)).or_insert(opener);
        }
        places.extend(first_names);
        Gazetteer {
            joined_openers,
            places,
            places_folded,
            towns,
            adjectives,
            companies: {
                let mut set = word_set(COMPANIES);
                set.extend(ORGANISATIONS.lines());
                // Also as English copy writes them without their accents: "Nestle", "Societe
                // Generale" (not where that is a given name: "Muller").
                let plain: Vec<&'static str> = set
                    .iter()
                    .filter(|name| !name.is_ascii())
                    .map(|name| {
                        name.chars()
                            .map(|c| {
                                let lower = c.to_lowercase().next().unwrap_or(c);
                                let stripped = strip_diacritic(lower);
                                if c.is_uppercase() {
                                    stripped.to_uppercase().next().unwrap_or(stripped)
                                } else {
                                    stripped
                                }
                            })
                            .collect::<String>()
                    })
                    .filter(|plain| plain.is_ascii() && !given_names.contains(plain.as_str()))
                    .map(|plain| &*Box::leak(plain.into_boxed_str()))
                    .collect();
                set.extend(plain);
                set
            },
            given_names,
            products: word_set(PRODUCTS),
            common_words,
        }
    })
}

/// How many lines a list has (the last may lack its line break).
fn line_count(list: &str) -> usize {
    list.bytes().filter(|&b| b == b'\n').count() + 1
}

/// The lines of a list, one word or name each, in a table sized for them.
fn word_set(list: &'static str) -> FxHashSet<&'static str> {
    let mut set = FxHashSet::with_capacity_and_hasher(line_count(list), Default::default());
    set.extend(list.lines());
    set
}

impl Gazetteer {
    /// The place of this exact name ("Astana", "United States"), or of its "Saint" written
    /// short ("St. Paul" for "Saint Paul").
    pub fn place(&self, name: &str) -> Option<(&'static str, Place)> {
        match self.places.get_key_value(name) {
            Some((k, v)) => Some((*k, *v)),
            // "St. Paul", "St Louis": listed as "Saint Paul", "Saint Louis".
            None if name.starts_with("St") => {
                let rest = name
                    .strip_prefix("St. ")
                    .or_else(|| name.strip_prefix("St "))?;
                let full = format!("Saint {rest}");
                self.places
                    .get_key_value(full.as_str())
                    .map(|(k, v)| (*k, *v))
            }
            None => None,
        }
    }

    /// Whether a country's name opens with this name and "and" ("Antigua" of "Antigua and
    /// Barbuda").
    pub fn opens_joined_country(&self, name: &str) -> bool {
        self.joined_openers.contains(name)
    }

    /// The place whose name matches ignoring case and diacritics ("ASTANA" → "Astana",
    /// "Poznan" → "Poznań", "Osnabrueck" → "Osnabrück").
    pub fn place_any_case(&self, name: &str) -> Option<(&'static str, Place)> {
        self.place(name).or_else(|| {
            // Most names are short ASCII without "the": lower-case them on the stack.
            let short = crate::analysis::ascii::with_lowercase(name, |lower| {
                (!lower.contains("the ")).then(|| self.places_folded.get(lower).copied())
            });
            let canonical = match short {
                Some(Some(found)) => found,
                _ => self.places_folded.get(&fold(name)).copied(),
            }?;
            self.place(canonical)
        })
    }

    /// Whether the name is a town's (15,000 to 100,000 people: "Galveston", "Bakhmut"). Not a
    /// [`Place`] of its own: many towns share a surname ("Martinez", "Garland"), so the
    /// analysis takes one for a place only where the article places it.
    pub fn is_town(&self, name: &str) -> bool {
        self.towns.contains(name)
    }

    /// Whether the word is a demonym or language name ("Syrian", "Kazakh"), or a region's
    /// adjective made by adding "n" ("Tasmanian").
    pub fn is_adjective(&self, word: &str) -> bool {
        self.adjectives.contains(word)
    }

    /// Whether the name is a listed company's, in full or without its legal form ("Nvidia",
    /// "Meta Platforms"), or another well-known organisation's or team's ("Interpol", "Red
    /// Cross", "Tampa Bay Rays").
    pub fn is_company(&self, name: &str) -> bool {
        self.companies.contains(name)
    }

    /// Whether the word is a listed body's acronym written as a word, as British papers write
    /// them: "Unesco" for "UNESCO", "Opec" (four to eight letters, no English word).
    pub fn is_acronym_as_word(&self, word: &str) -> bool {
        (4..=8).contains(&word.len())
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
            && !self.is_common_word(word)
            && self.is_company(&word.to_ascii_uppercase())
    }

    /// Whether the name is a product named after its maker ("Apple Music", "Google Maps").
    pub fn is_product(&self, name: &str) -> bool {
        self.products.contains(name)
    }

    /// Whether the word, lower-cased, is two dictionary words of three letters or more written
    /// as one that the list lacks ("Whistleblower"), and no given name. For
    /// words of eight letters or more, ASCII only.
    pub fn is_closed_compound(&self, word: &str) -> bool {
        word.len() >= 8
            && word.is_ascii()
            && !self.is_given_name(word)
            && crate::analysis::ascii::with_lowercase(word, |lower| {
                (3..=lower.len() - 3).any(|i| {
                    self.common_words.contains(&lower[..i])
                        && self.common_words.contains(&lower[i..])
                })
            })
            .unwrap_or(false)
    }

    /// Whether the word, lower-cased, is an English dictionary word ("Golden", "bear"), as
    /// opposed to a word seen only in names ("Kohli").
    ///
    /// British spellings in "-ise" count as the list's American "-ize" ("Organisers",
    /// "privatised").
    pub fn is_common_word(&self, word: &str) -> bool {
        crate::analysis::ascii::with_lowercase(word, |lower| {
            self.common_words.contains(lower) || self.common_as_american(lower)
        })
        .unwrap_or(false)
    }

    /// Whether a lower-case word in a British "-ise" form ("organisers", "realised",
    /// "organisation") is in the word list with "-ize".
    fn common_as_american(&self, lower: &str) -> bool {
        const ENDINGS: [&str; 8] = [
            "ise", "ised", "ises", "iser", "isers", "ising", "isation", "isations",
        ];
        let Some(at) = ENDINGS
            .iter()
            .find(|e| lower.len() > e.len() + 2 && lower.ends_with(*e))
            .map(|e| lower.len() - e.len())
        else {
            return false;
        };
        let mut american = [0u8; 32];
        let bytes = lower.as_bytes();
        if bytes.len() > american.len() {
            return false;
        }
        american[..bytes.len()].copy_from_slice(bytes);
        american[at + 1] = b'z';
        std::str::from_utf8(&american[..bytes.len()]).is_ok_and(|w| self.common_words.contains(w))
    }

    /// The known body a name is a national branch of, if it is one: a country's name or
    /// adjective before a listed company or organisation ("Kenya Red Cross", "American Red
    /// Cross" → "Red Cross").
    pub fn branch_of<'a>(&self, name: &'a str) -> Option<&'a str> {
        let (country, body) = name.split_once(' ')?;
        ((self
            .place(country)
            .is_some_and(|(_, p)| p.kind == "country")
            || self.is_adjective(country))
            && self.is_company(body))
        .then_some(body)
    }

    /// Whether the word is a known given name.
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given_names.contains(word)
    }
}

/// Lower case without the usual Latin diacritics and without "the", so "Poznan" finds
/// "Poznań", "ASTANA" finds "Astana" and "Democratic Republic of Congo" finds "Democratic
/// Republic of the Congo".
pub fn fold(name: &str) -> String {
    let folded: String = if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        name.chars()
            .flat_map(char::to_lowercase)
            .map(strip_diacritic)
            .collect()
    };
    if !folded.contains("the ") {
        return folded;
    }
    folded
        .split(' ')
        .filter(|w| *w != "the")
        .collect::<Vec<_>>()
        .join(" ")
}

/// The base letter of a lower-case Latin letter with a diacritic (`ğ` → `g`); other
/// characters unchanged.
pub fn strip_diacritic(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' | 'ģ' => 'g',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => 'i',
        'ķ' => 'k',
        'ł' | 'ľ' | 'ļ' | 'ĺ' => 'l',
        'ñ' | 'ń' | 'ň' | 'ņ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' | 'ŕ' => 'r',
        'ś' | 'š' | 'ş' | 'ș' => 's',
        'ť' | 'ţ' | 'ț' => 't',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        other => other,
    }
}
