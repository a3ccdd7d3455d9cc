//! Closed classes of English words that decide how a capitalised phrase is read. These are
//! grammar and job titles of news English, not names: no entity is listed here.

use std::sync::OnceLock;

use crate::analysis::fast_hash::FxHashSet;
use crate::analysis::tokens::{Token, TokenKind};

/// Declares `pub fn $name(word: &str) -> bool`: whether the word, lower-cased, is in the list.
/// Also declares the list itself as `$list`, for classes made of several lists.
macro_rules! word_class {
    ($(#[$doc:meta])* $name:ident, $list:ident: [$($word:literal),* $(,)?]) => {
        const $list: &[&str] = &[$($word),*];
        $(#[$doc])*
        pub fn $name(word: &str) -> bool {
            static SET: OnceLock<WordSet> = OnceLock::new();
            any(word, &[$list], &SET)
        }
    };
}

/// A word class as a hash set, behind a small filter that turns most other words away
/// without hashing them: a bit for each (length, first letter, last letter) a member has.
struct WordSet {
    filter: [u64; 16],
    words: FxHashSet<String>,
}

/// Where `word` falls in a [`WordSet`]'s filter, from its length and its first and last bytes
/// lower-cased; `None` when either is not ASCII (such words skip the filter).
fn filter_bit(word: &[u8]) -> Option<usize> {
    let (&first, &last) = (word.first()?, word.last()?);
    if !first.is_ascii() || !last.is_ascii() {
        return None;
    }
    let (first, last) = (first.to_ascii_lowercase(), last.to_ascii_lowercase());
    let mixed =
        word.len().wrapping_mul(151) ^ usize::from(first).wrapping_mul(31) ^ usize::from(last);
    Some(mixed & 1023)
}

/// Whether `word`, lower-cased, is in one of `lists`. They are turned into a hash set on first use,
/// holding each word also capitalised, so the usual spellings ("ministry", "Ministry") are
/// found without lower-casing.
fn any(word: &str, lists: &[&'static [&'static str]], set: &'static OnceLock<WordSet>) -> bool {
    let set = set.get_or_init(|| {
        let list = lists.iter().flat_map(|l| l.iter());
        let capitalised = list.clone().map(|w| {
            let mut chars = w.chars();
            chars.next().map_or_else(String::new, |first| {
                first.to_uppercase().chain(chars).collect::<String>()
            })
        });
        let words: FxHashSet<String> = list.map(|w| w.to_string()).chain(capitalised).collect();
        let mut filter = [0u64; 16];
        for w in &words {
            if let Some(bit) = filter_bit(w.as_bytes()) {
                filter[bit / 64] |= 1 << (bit % 64);
            }
        }
        WordSet { filter, words }
    });
    if let Some(bit) = filter_bit(word.as_bytes())
        && set.filter[bit / 64] & (1 << (bit % 64)) == 0
    {
        return false;
    }
    if !word.bytes().skip(1).any(|b| b.is_ascii_uppercase()) {
        return set.words.contains(word);
    }
    crate::analysis::ascii::with_lowercase(word, |lower| set.words.contains(lower)).unwrap_or(false)
}

#[rustfmt::skip]
word_class! {
    /// Function words and other common words that are capitalised only at the start of a sentence
    /// or in headlines ("The", "According", "Besides").
    is_function_word, FUNCTION_WORD: [
        "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "his", "her",
        "they", "their", "we", "our", "you", "your", "i", "in", "on", "at", "of", "for", "to",
        "from", "by", "with", "as", "and", "or", "but", "if", "when", "while", "after", "before",
        "since", "during", "according", "besides", "following", "however", "meanwhile", "also",
        "all", "some", "many", "most", "several", "both", "each", "every", "no", "not", "there",
        "here", "what", "which", "who", "whom", "whose", "where", "why", "how", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
        "could", "should", "may", "might", "must", "earlier", "later", "last", "next", "first",
        "second", "third", "one", "two", "three", "other", "another", "such", "more", "less",
        "than", "then", "thus", "so", "yet", "still", "even", "just", "only", "about", "over",
        "under", "into", "between", "among", "against", "without", "within", "through", "until",
        "despite", "although", "though", "because", "given", "in", "get", "sign", "read", "see",
        "via", "mr", "mrs", "ms", "dr", "by", "photo", "image", "file", "source", "update",
        "updated", "breaking", "opinion", "analysis", "exclusive", "watch", "live", "video",
        "today", "yesterday", "tomorrow", "now", "once", "again", "further", "addition",
        "particular", "especially", "indeed", "instead", "overall", "together", "near", "outside",
        "inside", "across", "along", "beyond", "behind", "beside", "toward", "towards", "around",
        "upon", "amid",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Titles and roles that precede a person's name ("President", "Deputy Foreign Minister").
    is_role, ROLE: [
        "coach", "manager", "trainer", "owner", "economist", "lawyer", "attorney", "prosecutor",
        "negotiator", "researcher", "scientist", "historian", "author", "director-general",
        "president", "vice", "prime", "minister", "ministers", "deputy", "secretary", "general",
        "director", "chairman", "chairwoman", "chair", "head", "chief", "spokesman", "spokeswoman",
        "spokesperson", "ambassador", "envoy", "senator", "sen", "governor", "gov", "mayor",
        "king", "queen", "prince", "princess", "sheikh", "emir", "pope", "ayatollah", "cardinal",
        "emperor", "empress", "sheik", "shaikh",
        "bishop", "archbishop", "judge", "justice", "commissioner", "chancellor", "premier", "representative",
        "rep", "congressman", "congresswoman", "mp", "pm", "lawmaker", "leader", "founder", "ceo",
        "executive", "officer", "colonel", "col", "lieutenant", "lt", "lieut", "major", "captain", "capt",
        "commander", "admiral", "sergeant", "sgt", "marshal", "professor", "prof", "dr", "mr",
        "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "special", "acting", "former",
        "foreign", "defence", "defense", "interior", "finance", "economy", "health", "education",
        "justice", "state", "first", "senior", "assistant", "undersecretary", "coordinator",
        "adviser", "advisor", "analyst", "correspondent", "editor", "reporter", "politician",
        "activist", "councillor", "councilor", "councilman", "councilwoman", "alderman",
        "speaker", "majority", "minority", "whip", "councilmember", "assemblymember",
        "assemblyman", "assemblywoman", "supervisor", "trustee", "sheriff", "superintendent",
        "incumbent", "administrator", "treasurer", "comptroller", "inspector", "writer",
        "imam", "mufti", "rabbi", "pastor", "reverend", "rev", "cleric", "mullah", "emerita",
        "emeritus", "mla", "msp", "mep", "taoiseach", "tánaiste", "constable", "brigadier",
        "managing", "examiner", "coroner", "atty", "presidents", "senators", "governors", "generals", "cardinals",
        "sens", "reps",
        // Ranks and the honorifics of other languages that English news keeps ("Marshal
        // Foch", "Herr Erzberger", "Signor Giolitti").
        "herr", "frau", "signor", "signora", "signorina", "monsieur", "madame", "mme", "mlle",
        "señor", "señora", "senhor", "senhora",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Words of [`is_role`] that qualify a role after them and are none alone ("First" in
    /// "First Deputy Prime Minister", not in "First Boston"; "General" in "General Motors").
    is_role_qualifier, ROLE_QUALIFIER: [
        "first", "senior", "special", "acting", "former", "foreign", "interior", "finance",
        "economy", "health", "education", "general", "majority", "minority", "managing",
        "assistant", "deputy", "vice", "prime",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Roles that on their own say the name after them is a person ("Mr", "President").
    is_person_title, PERSON_TITLE: [
        "general", "coach", "manager", "economist", "lawyer", "attorney", "prosecutor",
        "negotiator", "president", "minister", "secretary", "director", "chairman", "chairwoman",
        "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "senator", "sen",
        "governor", "mayor", "king", "queen", "prince", "princess", "sheikh", "emir", "pope",
        "emperor", "empress", "sheik", "shaikh", "abbé", "abbe",
        "judge", "commissioner", "chancellor", "premier", "mp", "pm", "lawmaker", "leader", "ceo",
        "colonel", "col", "gen", "lieutenant", "captain", "commander", "admiral", "professor",
        "brigadier",
        "prof", "dr", "mr", "mrs", "ms", "miss", "sir", "dame", "lord", "lady", "politician",
        "activist", "reporter", "correspondent", "editor", "adviser", "advisor", "analyst",
        "coordinator", "officer", "chief", "head", "councillor", "councilor", "councilman",
        "councilwoman", "alderman", "striker", "midfielder", "defender", "goalkeeper", "singer",
        "teammate", "winger", "quarterback", "pitcher", "actor", "actress", "rapper", "novelist",
        "billionaire", "tycoon", "entrepreneur", "star", "opener", "batter", "batsman", "bowler",
        "spinner", "all-rounder", "wicketkeeper", "skipper",
        "executive", "administrator", "writer", "imam", "mufti", "rabbi", "pastor",
        "reverend", "cleric", "speaker", "councilmember", "assemblymember", "assemblyman",
        "assemblywoman", "supervisor", "sheriff", "champion", "golfer", "archbishop", "bishop",
        "cardinal", "incumbent", "mullah", "mla", "msp", "mep", "taoiseach", "tánaiste",
        "constable", "presidents", "senators", "governors", "generals", "cardinals", "ayatollah",
        "marshal", "major", "coroner", "herr", "frau", "signor", "signora", "signorina",
        "monsieur", "madame", "mme", "mlle", "señor", "señora", "senhor", "senhora",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Last words of organisation names ("Ministry", "Committee", "League"); see
    /// [`is_org_head`], which also takes compounds such as "Bundesliga".
    is_org_head_word, ORG_HEAD: [
        "reserve", "exchange", "electronics", "pharmaceuticals", "telecom", "media", "community",
        "force", "co", "systems", "airlines", "airways", "motors", "holdings", "industries",
        "partners", "labs", "ministry", "ministries", "committee", "league", "council", "agency",
        "guild", "cooperation", "admiralty", "municipality", "brotherhood",
        "organization", "organisation", "union", "assembly", "service", "department", "movement",
        "society", "party", "times", "news", "post", "press", "bank", "fund", "institute",
        "institution", "centre", "center", "university", "college", "school", "court",
        "parliament", "government", "commission", "forces", "army", "navy", "police", "office",
        "bureau", "association", "foundation", "group", "company", "corporation", "corp", "inc",
        "ltd", "authority", "board", "front", "alliance", "coalition", "network", "channel",
        "radio", "television", "tv", "journal", "gazette", "herald", "tribune", "nations",
        "chronicle", "inquirer", "courier", "nacional",
        "cabinet", "senate", "congress", "secretariat", "mission", "embassy", "consulate", "guard",
        "brigade", "militia", "federation", "confederation", "club", "church", "academy",
        "observatory", "watch", "caucus", "directorate", "administration", "reuters", "reuter", "programme",
        "program", "bloc", "survey", "centres", "centers", "services", "agencies", "councils",
        "committees", "institutes", "laboratory", "laboratories", "lab", "panel", "collaboration",
        "consortium", "management", "investments", "securities", "advisors", "advisers",
        "ventures", "records", "pictures", "studios", "entertainment", "publishing",
        "conservatory", "opera", "orchestra", "philharmonic", "theatre", "theater", "museum",
        "gallery", "library", "hospital", "clinic", "infirmary", "team", "mujahideen", "registrar", "registry", "tribunal",
        "inspectorate", "ombudsman", "unit", "units", "fleet", "associates", "corps",
        "headquarters", "railway", "railways", "railroad", "underground", "legion", "properties",
        "squad", "trust",
        // A German school ("the Gutenberg Gymnasium").
        "gymnasium",
        // Tribal nations ("the Navajo Nation").
        "nation",
        // The same in the languages whose names English news keeps ("Banque de France").
        "banque", "banco", "société", "compagnie", "universidad", "université", "universidade",
        "università", "instituto", "institut", "partido", "parti", "partito", "ministerio",
        "ministère", "comité", "comisión", "conseil", "consejo", "liga", "hural", "khural",
        "musée", "musee", "museo", "museu", "agence", "agencia", "fondation", "fundación",
    ]
}

/// Whether `word` ends an organisation's name: a word of [`is_org_head_word`], or a league or
/// a museum written as one word with its qualifier ("Bundesliga", "Rijksmuseum").
pub fn is_org_head(word: &str) -> bool {
    is_org_head_word(word)
        || (word.len() > 6 && (word.ends_with("liga") || word.ends_with("museum")))
}

#[rustfmt::skip]
word_class! {
    /// Other last words of newspapers' names, which name a paper only after its town or an
    /// edition's word ("the Kansas City Star", "the Evening Standard", "Daily Express"): alone
    /// they are English words or a train's ("Coromandel Express" is no paper).
    is_paper_word, PAPER_WORD: [
        "star", "mail", "express", "sun", "standard", "examiner", "dispatch", "bulletin",
        "advertiser", "sentinel", "register", "globe", "record", "ledger", "mercury", "argus",
        "echo", "news", "press", "leader",
    ]
}

/// Whether `name` is a newspaper's by its last word: after an edition's word ("Evening Star",
/// "Sunday Times", "Daily Mail"), joined to another paper's word ("Post-Gazette", "Sunday
/// Gazette-Mail"), or after a town that `is_town` knows ("Kansas City Star"; not "Coromandel
/// Express", a train's, nor "Manchester United News": "Express", "Mail", "News" … need more).
pub fn names_a_paper(name: &str, is_town: impl Fn(&str) -> bool) -> bool {
    let paper = |w: &str| {
        crate::analysis::ascii::with_lowercase(w, |l| is_paper_word(l) || is_masthead_word(l))
            .unwrap_or(false)
    };
    let Some((before, last)) = name.rsplit_once([' ', '-']) else {
        return false;
    };
    if !paper(last) || before.is_empty() {
        return false;
    }
    let joined = name[..name.len() - last.len()].ends_with('-')
        && before.rsplit([' ', '-']).next().is_some_and(paper);
    let edition = before.split([' ', '-']).any(|w| {
        matches!(
            w,
            "Daily" | "Sunday" | "Evening" | "Morning" | "Weekly" | "Saturday"
        )
    });
    let town = is_town(before)
        && !matches!(
            last,
            "Express" | "Mail" | "Record" | "Leader" | "Press" | "News"
        );
    joined || edition || town
}

#[rustfmt::skip]
word_class! {
    /// Last words of newspapers' names, which a title opening with "The" keeps ("The Times",
    /// "The Glasgow Herald"): unlike other heads, never a work's ("The Office").
    is_masthead_word, MASTHEAD_WORD: [
        "times", "post", "journal", "herald", "gazette", "tribune", "chronicle", "telegraph",
        "inquirer", "courier", "guardian", "observer", "mirror",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Last words of names of events, documents and initiatives ("Conference", "Declaration").
    is_other_head, OTHER_HEAD: [
        "regulation", "regulations", "directive", "bill", "ordinance", "conference", "summit",
        "initiative", "amendment",
        "declaration", "agreement", "accord", "accords", "treaty", "pact", "charter", "convention",
        "protocol", "resolution", "strategy", "plan", "doctrine", "act", "law", "war", "games",
        "olympics", "cup", "championship", "championships", "festival", "expo", "forum", "prize", "award", "awards",
        "process", "talks", "negotiations", "dialogue", "memorandum", "communique", "statement",
        "report", "revolution", "uprising", "spring", "crisis", "operation", "campaign", "day",
        "week", "year", "summit", "congress", "meeting", "round", "vision", "project", "trophy",
        "prix", "open", "marathon", "rally", "classic", "series", "tour", "contest", "copa", "medal",
        "derby", "test", "bowl", "finals", "masters", "tournament",
        "shield", "vuelta", "volta", "giro", "fair", "jubilee",
        // Leaked documents ("the Panama Papers", "the Uber Files").
        "papers", "files", "leaks",
        // Antiquities held as one collection ("the Benin Bronzes", "the Elgin Marbles", "the
        // Dead Sea Scrolls").
        "bronzes", "marbles", "scrolls",
        // Named wildfires ("the Palisades Fire", "the Camp Fire").
        "fire",
        // Named disasters and outrages ("the Tulsa Race Massacre", "the Stonewall Riots",
        // "the Munich Air Disaster", "the Great Kanto Earthquake").
        "massacre", "riot", "riots", "disaster", "rebellion", "mutiny", "earthquake", "famine",
        "scandal",
        // Battles and wars by their place or cause ("the Battle of Bosworth", "the Wars of the
        // Roses", "the Siege of Sarajevo").
        "battle", "wars", "siege",
        // Market indexes ("the Bloomberg Billionaires Index", "the Dow Jones Industrial Average").
        "index", "average",
        // Instruments and craft ("the Hubble Space Telescope").
        "telescope",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Short words left in lower case inside titles of works ("The Lord of the Rings").
    is_title_small_word, TITLE_SMALL_WORD: [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "by",
        "with", "from", "as", "vs", "via",
    ]
}

/// Words that may join the parts of a multi-word name ("Ministry of Foreign Affairs",
/// "Department for Asia and Africa", "Movement of the Pluralistic Society").
pub fn is_name_connector(word: &str) -> bool {
    matches!(
        word,
        "of" | "for" | "and" | "the" | "on" | "de" | "du" | "des" | "&"
    )
}

/// Lower-case words joined by hyphens between two capitalised parts of one name: a town on its
/// river ("Rostov-on-Don", "Frankfurt-am-Main", "Boulogne-sur-Mer", "Port-au-Prince") or a
/// Persian or Arabic particle ("Tehreek-e-Insaf", "Jamaat-ud-Dawa").
pub fn is_hyphen_link(word: &str) -> bool {
    matches!(
        word,
        "on" | "upon"
            | "under"
            | "au"
            | "aux"
            | "sous"
            | "am"
            | "an"
            | "sur"
            | "en"
            | "le"
            | "la"
            | "les"
            | "de"
            | "du"
            | "des"
            | "e"
            | "i"
            | "ul"
            | "ud"
            | "ut"
            | "al"
            | "el"
    )
}

/// A byline's desk, capitalised or not, one or several: "Writer", "correspondent", "AP Sports
/// Writers" (what follows the employer's name in a byline).
pub fn is_desk(word: &str) -> bool {
    // (The first letter first: this runs on every phrase.)
    if !matches!(
        word.as_bytes().first(),
        Some(b'w' | b'W' | b'c' | b'C' | b'r' | b'R' | b'e' | b'E')
    ) {
        return false;
    }
    let one = word.strip_suffix('s').unwrap_or(word);
    crate::analysis::ascii::with_lowercase(one, |w| {
        matches!(
            w,
            "writer" | "correspondent" | "reporter" | "editor" | "columnist"
        )
    })
    .unwrap_or(false)
}

/// Lower-case particles inside personal names ("Bashar al-Assad", "Ursula von der Leyen").
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "al" | "el"
            | "bin"
            | "ibn"
            | "bint"
            | "abu"
            | "van"
            | "von"
            | "der"
            | "den"
            | "de"
            | "da"
            | "di"
            | "dos"
            | "das"
            | "do"
            | "del"
            | "la"
            | "le"
            | "ul"
            // ("Daniel arap Moi", "Bingu wa Mutharika".)
            | "arap"
            | "wa"
            // ("Joseph ole Lenku", a Maasai name.)
            | "ole"
            // ("the Baur au Lac hotel".)
            | "au"
            | "aux"
    )
}

#[rustfmt::skip]
word_class! {
    /// Verbs of saying that follow a source: a person, or an organisation speaking.
    is_reporting_verb, REPORTING_VERB: [
        "said", "says", "say", "added", "adds", "told", "tells", "stated", "announced",
        "announces", "noted", "stressed", "stresses", "reported", "reports", "explained",
        "emphasised", "emphasized", "wrote", "writes", "declared", "confirmed", "asked", "argued",
        "warned", "insisted", "claimed", "replied", "conceded", "admitted", "denied",
        "acknowledged", "responded", "tweeted", "posted", "testified", "recalled",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Words naming a kind of geographic feature, before or after the name ("Lake Victoria",
    /// "Fergana Valley", "Mount Kenya", "Red Sea").
    is_place_head, PLACE_HEAD: [
        "lake", "river", "mount", "mountains", "valley", "sea", "ocean", "gulf", "bay", "island",
        "islands", "desert", "peninsula", "strait", "straits", "canal", "coast", "basin", "province",
        "region", "district", "county", "oblast", "governorate", "square", "street", "avenue",
        "bridge", "airport", "port", "dam", "reservoir", "plateau", "arena", "stadium", "san",
        "santa", "santo", "são", "puerto", "porto", "fort", "cape", "harbour", "harbor", "wall",
        "tower", "palace", "cathedral", "mosque", "castle", "glacier", "reef", "volcano", "abbey",
        "basilica", "temple", "chapel", "shrine", "monastery", "synagogue", "lagoon", "speedway",
        "raceway", "monument", "memorial", "arcade", "mall", "boulevard", "base", "facility",
        "canyon", "forest", "delta", "heights", "hills", "shoal", "atoll", "point", "ground",
        "place", "quarter", "field", "highway", "nebula", "kingdom", "road", "brook", "creek", "firth", "loch", "fjord",
        "estuary", "isles", "highlands", "building", "towers", "checkpoint", "camp",
        "prefecture", "crescent", "lane", "terrace", "expressway", "motorway", "freeway",
        "turnpike", "parkway", "thruway", "complex", "ave", "blvd", "cafe", "café", "restaurant",
        "pub", "inn", "tavern", "diner", "motel", "guesthouse", "mine", "colliery", "armory", "armoury",
        "range", "junction", "viaduct", "aqueduct", "alps", "room", "wing",
        // The same in the languages whose names English news keeps ("Stade de France").
        "stade", "estadio", "stadio", "parc", "rue", "palais", "palacio", "plaza", "praça", "piazza",
        "mont", "lac", "isla", "avenida", "hotel", "salar", "cerro", "laguna", "lago", "bahía",
        "playa", "volcán", "sierra", "théâtre", "teatro", "casa", "vía", "platz", "strasse",
        "straße", "allee", "gasse", "promenade", "barracks", "capitol", "gare", "estación", "pont",
        "caverne", "grotte",
        "stazione",
        // Zones named by treaty or use ("the European Economic Area", "the Bay Area").
        "area",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Words naming a kind of place only at the end of its name ("Jasper National Park", "Bondi
    /// Beach"): first, they are also surnames ("Park Chung-hee").
    is_place_tail, PLACE_TAIL: [
        "park", "parks", "beach", "falls", "gardens", "garden", "sanctuary", "town", "oval",
        "circle", "city", "stage", "capitol", "gate", "village", "sound", "slope", "crater",
        "tunnel", "pole", "strip", "cemetery", "pier", "wharf", "quay", "cove", "ranges",
        "pond", "estates", "vault",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Words for a journey, before "to" and the place it ends in ("a journey to Jupiter", "flew
    /// to Hanoi", "the road to Damascus").
    is_journey_word, JOURNEY_WORD: [
        "journey", "journeys", "trip", "trips", "voyage", "flight", "flights", "mission",
        "missions", "travel", "travels", "travelled", "traveled", "travelling", "traveling",
        "flew", "fly", "flies", "flying", "sailed", "sail", "drove", "drive", "returned",
        "return", "returning", "moved", "relocated", "fled", "flee", "fleeing", "deported",
        "headed", "heading", "route", "road", "way", "visit", "visits",
        "launched", "sent", "evacuated", "marched", "walked", "migrated", "emigrated",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Words that name a political party's stance or following ("National Democratic
    /// Congress", "Democratic Rally", "All Progressives Congress").
    is_party_word, PARTY_WORD: [
        "national", "democratic", "republican", "socialist", "liberal", "conservative",
        "progressive", "progressives", "popular", "patriotic", "revolutionary",
        "labour", "labor", "nationalist", "communist", "green", "unionist", "federal",
    ]
}

/// Whether a lower-case word names a stage of a contest ("the Wimbledon final", "the Europa
/// League quarterfinals").
pub fn is_match_stage(word: &str) -> bool {
    matches!(
        word,
        "final"
            | "finals"
            | "semi-final"
            | "semifinal"
            | "semi-finals"
            | "semifinals"
            | "quarter-final"
            | "quarterfinal"
            | "quarter-finals"
            | "quarterfinals"
    )
}

/// Whether a capitalised word names a cause a party stands for, ending its name after "for"
/// ("Movement for Democratic Change", "Independent Patriots for Change").
pub fn is_cause(word: &str) -> bool {
    matches!(
        word,
        "Change"
            | "Democracy"
            | "Progress"
            | "Justice"
            | "Freedom"
            | "Reform"
            | "Unity"
            | "Peace"
            | "Development"
            | "Renewal"
            | "Liberty"
            | "Prosperity"
    )
}

#[rustfmt::skip]
word_class! {
    /// Words before "Center" or "Centre" that make it a site rather than a body ("Kennedy Space
    /// Center", "Barbican Arts Centre", "World Trade Center").
    is_venue_center_word, VENUE_CENTER_WORD: [
        "space", "convention", "trade", "shopping", "exhibition", "arts", "performing",
        "aquatics", "sports", "civic", "financial", "conference", "congress", "events",
        "leisure", "visitor", "visitors", "garden", "expo",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Lower-case nouns for a kind of product that come right after a model's name ("a SpaceX
    /// Crew Dragon capsule", "NASA's Europa Clipper spacecraft"), or for an observance ("the
    /// Hajj pilgrimage").
    is_product_noun_after, PRODUCT_NOUN_AFTER: [
        "spacecraft", "capsule", "rocket", "rockets", "probe", "telescope", "rover", "lander",
        "orbiter", "satellite", "satellites", "jet", "jets", "jetliner", "jetliners", "airliner",
        "airliners", "aircraft", "plane", "planes", "helicopter", "helicopters", "smartphone",
        "smartphones", "handset", "handsets", "console", "consoles", "chip", "chips",
        "processor", "processors", "chatbot", "missile", "missiles", "drone",
        "drones", "sedan", "pickup", "booster", "boosters", "programme", "program", "mission",
        "submersible", "pickups", "truck", "trucks", "sedans", "headset", "headsets", "laptop",
        "laptops", "tablet", "tablets", "pilgrimage", "index", "franchise", "rig", "car", "cars",
        "device", "devices", "computer", "computers", "capsules", "pills", "festival",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Nouns after a possessive that only a person has ("Margaret Court's record", "Grace
    /// Hall's husband"): the name before is a person's even when its last word is a head noun.
    is_personal_possession, PERSONAL_POSSESSION: [
        "record", "wife", "husband", "son", "daughter", "father", "mother", "career", "death",
        "family", "brother", "sister", "widow", "lawyer", "lawyers", "spokesman", "spokeswoman",
        "funeral",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Lower-case nouns for a party or an alliance of them, after its name ("the ruling Law
    /// and Justice party", "the Democratic Alliance bloc").
    is_party_noun, PARTY_NOUN: [
        "party", "alliance", "coalition", "bloc", "movement",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Plural nouns for a party's members that end the party's name ("Free Democrats", "Sweden
    /// Democrats", "Scottish Greens").
    is_party_plural, PARTY_PLURAL: [
        "democrats", "republicans", "socialists", "conservatives", "liberals", "greens",
        "progressives", "nationalists", "communists", "unionists", "tories", "radicals", "nationals",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Abbreviations of common nouns, written in capitals like a body's initials ("an AI
    /// model", "GDP grew", "the IPO"): no organisation.
    is_common_acronym, COMMON_ACRONYM: [
        "ai", "agi", "gdp", "gnp", "ipo", "ipos", "ev", "evs", "tv", "pc", "dna", "rna", "vat",
        "hq", "vr", "ar", "suv", "suvs", "lng", "etf", "etfs", "cpi", "pmi", "icu", "phd",
        "ceo", "cfo", "coo", "cto", "mba", "atm", "atms", "sms", "gps", "led", "lcd", "usb",
        "mvp", "vip", "vips", "mw", "gw", "kw", "mwh", "gwh", "kwh",
        // Medicine's: "performed CPR", "an MRI scan".
        "cpr", "mri", "ecg", "ekg", "ivf", "ptsd", "adhd", "iq", "uv",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Institutions named by one capitalised common noun in the middle of a sentence ("Congress
    /// voted", "the Senate").
    is_institution, INSTITUTION: [
        "congress", "parliament", "senate", "cabinet", "kremlin", "pentagon",
        "house", "treasury", "exchequer", "navy", "army", "legislature", "commons",
        // Parliaments English news names in their own language ("the Bundestag voted").
        "bundestag", "bundesrat", "knesset", "duma", "sejm", "riksdag", "storting", "folketing",
        "eduskunta", "althing", "oireachtas", "dáil", "majlis", "rada", "seimas", "saeima",
        "riigikogu", "sabor", "skupstina", "sobranie", "kurultai", "jirga", "hural", "khural",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Words that follow a company's own name ("Volvo Group", "Acme Inc"): without them the name
    /// still means the company.
    is_company_word, COMPANY_WORD: [
        "group", "holding", "holdings", "inc", "corp", "corporation", "co", "company", "ltd",
        "plc", "ag", "sa", "se", "nv", "llc", "llp", "sca", "sas", "gmbh", "bv", "oyj", "asa",
        "airlines", "airways", "motors", "industries", "music",
        "partners", "labs", "systems", "technologies", "technology", "energy", "bank", "ai",
        "platforms", "motor", "power", "electric", "water", "gas",
        "management", "capital", "investments", "securities", "ventures", "bros", "brothers",
        "pictures", "studios", "entertainment", "pharmaceuticals", "therapeutics",
        // What a miner or a maker digs or makes ("Tianqi Lithium", "Nippon Steel").
        "electronics", "lithium", "mining", "minerals", "metals", "resources", "steel", "petroleum",
        "chemicals", "chemical", "aerospace", "aviation", "robotics", "biotech", "semiconductor",
        "semiconductors", "software", "foods", "logistics", "shipping", "telecom",
        "telecommunications", "communications", "networks", "solutions", "kaisha", "reederei", "wireless",
        "shipmanagement", "salvage", "fashions", "apparel", "textiles", "garments", "racing",
        "aircraft", "properties",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Lower-case nouns for a kind of organisation that come right before its name ("the
    /// carmaker Volkswagen", "club Al Hilal", "tech giant Google").
    is_org_noun_before, ORG_NOUN_BEFORE: [
        "airline", "carrier", "club", "broadcaster", "newspaper", "retailer", "carmaker",
        "automaker", "chipmaker", "drugmaker", "firm", "company", "conglomerate", "insurer",
        "lender", "startup", "start-up", "giant", "outlet", "publisher", "studio", "union",
        "party", "militia", "watchdog", "regulator", "group", "charity", "nonprofit",
        "bookseller", "supermarket", "grocer", "brewer", "miner", "utility", "bank", "network",
        "operator", "app", "platform", "magazine", "weekly", "tabloid", "website", "publication",
        "opposition", "band", "movement", "orchestra", "duo", "trio", "label", "service",
        "chain", "watchmaker", "toymaker", "planemaker", "steelmaker", "jeweller", "jeweler",
        "distiller", "brewery", "discounter",
    ]
}

/// The lower-case noun for a trade that, capitalised to open a sentence, names the kind of
/// the body after it and is no part of its name: "Operator SBB said", "Carmaker Volvo said",
/// in the plural before a list too: "Discounters Aldi and Lidl" (not "Union Pacific",
/// "Network Rail", "Studio Ghibli": such nouns open names).
pub fn trade_noun_opening(word: &str) -> Option<&'static str> {
    const TRADES: &[&str] = &[
        "operator",
        "carmaker",
        "automaker",
        "chipmaker",
        "drugmaker",
        "planemaker",
        "insurer",
        "lender",
        "retailer",
        "broadcaster",
        "airline",
        "carrier",
        "regulator",
        "watchdog",
        "miner",
        "brewer",
        "publisher",
        "bookseller",
        "supermarket",
        "grocer",
        "conglomerate",
        "startup",
        "watchmaker",
        "toymaker",
        "steelmaker",
        "discounter",
    ];
    let find = |w: &str| TRADES.iter().copied().find(|t| t.eq_ignore_ascii_case(w));
    find(word).or_else(|| find(word.strip_suffix('s')?))
}

#[rustfmt::skip]
word_class! {
    /// Nouns for a ship, which may bear a place's or a person's name ("the liner Queen Mary").
    is_vessel_noun, VESSEL_NOUN: [
        "ship", "liner", "ferry", "vessel", "tanker", "freighter", "yacht", "shuttle", "submarine",
        "destroyer", "frigate", "cruiser", "battleship", "dirigible", "airship", "zeppelin",
        "cutter", "steamer", "steamship", "trawler", "schooner", "warship", "gunboat",
        "icebreaker", "corvette", "minesweeper", "dredger", "barge", "tug", "tugboat", "sloop",
        "clipper", "catamaran", "hovercraft", "whaler", "riverboat", "boat", "trimaran",
        "powerboat", "speedboat",
    ]
}

/// Whether the noun is one only a ship is ("liner", "ferry", "destroyer"), so the name after
/// it is the ship's: not "ship", "vessel", "shuttle" or "cruiser", whose next capitalised word
/// may be a port or a model.
pub fn names_only_a_ship(word: &str) -> bool {
    is_vessel_noun(word) && !matches!(word, "ship" | "vessel" | "shuttle" | "cruiser")
}

/// Whether a lower-case word joined to a name by a hyphen is a suffix of the phrase, not a
/// syllable of a Korean given name: "Yoon-led", "Ford Motor-run", "UN-era", "Hong Kong-wide".
pub fn is_hyphen_suffix(word: &str) -> bool {
    matches!(
        word,
        "led"
            | "run"
            | "era"
            | "old"
            | "age"
            | "end"
            | "war"
            | "day"
            | "born"
            | "wide"
            | "like"
            | "free"
            | "made"
            | "held"
            | "rich"
            | "only"
            | "long"
            | "size"
            | "type"
            | "year"
            | "time"
            | "area"
            | "zone"
            | "team"
    )
}

/// Lower-case nouns for a kind of product or work that come right before its name ("the
/// weight-loss drug Wegovy", "the chatbot Gemini", "the novel Orbital"), ships' included ("the
/// ferry Sewol").
pub fn is_product_noun_before(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    any(word, &[PRODUCT_NOUN_BEFORE, VESSEL_NOUN], &SET)
}

/// A weekday abbreviated, as date stamps write it, in title case or capitals ("Mon", "FRI").
pub fn is_weekday_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mon"
            | "Tue"
            | "Tues"
            | "Wed"
            | "Thu"
            | "Thur"
            | "Thurs"
            | "Fri"
            | "Sat"
            | "Sun"
            | "MON"
            | "TUE"
            | "WED"
            | "THU"
            | "FRI"
            | "SAT"
            | "SUN"
    )
}

/// Nouns for a spacecraft after its name, which may be a given name ("the Galileo
/// spacecraft", "the Juno probe").
pub fn is_spacecraft_noun(word: &str) -> bool {
    matches!(
        word,
        "spacecraft"
            | "spaceship"
            | "probe"
            | "rover"
            | "lander"
            | "orbiter"
            | "telescope"
            | "capsule"
            | "satellite"
    )
}

#[rustfmt::skip]
word_class! {
    /// Nouns for a kind of work, before its title set off by commas ("Her most recent novel,
    /// We Do Not Part, looks at", "Her second album, Back to Black, won").
    is_work_noun, WORK_NOUN: [
        "novel", "book", "memoir", "film", "movie", "documentary", "album", "song", "single",
        "play", "musical", "opera", "novella", "biography", "poem", "painting", "podcast",
        "series",
    ]
}

#[rustfmt::skip]
const PRODUCT_NOUN_BEFORE: &[&str] = &[
        "drug", "drugs", "vaccine", "medicine", "medication", "treatment", "pill", "jab",
        "therapy", "smartphone", "handset", "chatbot", "console", "spacecraft", "spaceship", "rocket",
        "airliner", "jet", "missile", "drone", "satellite", "album", "film", "movie", "novel",
        "memoir", "documentary", "podcast", "sitcom", "musical", "opera", "song", "painting",
        "journal", "headset", "laptop", "tablet", "implant", "device", "model", "algorithm",
        "software", "lander", "rover", "probe", "orbiter", "capsule", "telescope", "benchmark",
        "game", "database", "computer", "supercomputer", "pesticide", "insecticide", "herbicide",
        "fungicide", "plane", "airplane", "aeroplane", "biplane", "glider", "helicopter",
        // Works in the plural, before a list of them ("the albums Paranoid and Sabotage").
        "albums", "films", "movies", "novels", "songs", "singles",
];

#[rustfmt::skip]
word_class! {
    /// Lower-case nouns for a kind of organisation that end a phrase describing one ("Mizuho,
    /// Japan's third-largest bank"): the nouns that come before or after a name, and more.
    is_org_kind, ORG_KIND: [
        "bank", "maker", "manufacturer", "producer", "operator", "developer", "insurer",
        "lender", "retailer", "conglomerate", "charity", "organisation", "organization",
        "agency", "ministry", "broadcaster", "newspaper", "airline", "carrier", "firm",
        "company", "group", "party", "union", "club", "team", "regulator", "watchdog",
        "exchange", "university", "institute", "foundation", "fund", "association",
        "carmaker", "automaker", "chipmaker", "drugmaker", "startup", "start-up", "giant",
        "outlet", "publisher", "studio", "militia", "movement", "daily", "network", "alliance",
        "coalition", "federation", "confederation", "chain", "venture", "miner", "subsidiary",
        "sect", "cult", "consortium",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Lower-case nouns for a kind of organisation that come right after its name ("the Verdi
    /// union", "the ruling Morena party").
    is_org_noun_after, ORG_NOUN_AFTER: [
        "party", "union", "airline", "carrier", "militia", "movement", "club", "broadcaster",
        "newspaper", "daily", "group", "network", "alliance", "coalition", "insurgency", "rebels",
        "guerrillas", "insurgents", "unit", "subsidiary", "division", "affiliate", "radio",
        "television", "magazine", "sect", "cult", "brewery", "exchange",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Lower-case plural nouns for an organisation's people or stock, right after its name
    /// ("Hezbollah fighters", "Gazprom shares"): not for a person's ("Trump supporters").
    is_member_noun_after, MEMBER_NOUN_AFTER: [
        "fighters", "militants", "gunmen", "shares", "shareholders", "stock", "bonds",
        "executives", "employees", "staffers", "commanders", "subsidiaries", "lawmakers",
        "leaders", "officials", "members", "negotiators", "operatives", "delegation",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Lower-case nouns for a kind of settlement or area, before "of" and its name ("the
    /// village of Varnavas", "the province of Taroudant").
    is_settlement_noun, SETTLEMENT_NOUN: [
        "village", "villages", "town", "towns", "city", "cities", "province", "provinces",
        "region", "regions", "district", "districts", "counties", "states", "islands",
        "county", "municipality", "island", "suburb", "neighbourhood", "neighborhood", "port",
        "state", "commune", "prefecture", "government", "people", "residents", "outskirts",
        "capital", "north", "south", "east", "west", "parts", "seat", "electorate", "constituency",
        "riding", "ward", "borough", "parish", "exclave", "enclave", "shantytown", "slum",
        "favela", "township", "hamlet", "resort", "villagers",
        // Land and its features, as "the forest of Compiègne", "the coast of Sumatra".
        "forest", "forests", "plain", "plains", "coast", "hills", "mountains", "valley", "desert",
        "streets", "ruins",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Plural nouns for settlements or areas that introduce a list of them after "of" ("the
    /// provinces of Quang Ninh and Hai Phong", "the villages of A and B").
    is_settlement_plural, SETTLEMENT_PLURAL: [
        "provinces", "regions", "districts", "counties", "villages", "towns", "cities", "islands",
        "states", "municipalities", "residents", "villagers",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Lower-case nouns for a site or an area right after its name ("the Escondida mine",
    /// "Kalimantan province").
    is_site_noun_after, SITE_NOUN_AFTER: [
        "mine", "mines", "province", "region", "district", "county", "island", "islands",
        "valley", "port", "peninsula", "basin", "oilfield", "refinery", "airport", "camp",
        "village", "town", "municipality", "prefecture", "governorate", "state", "township",
        "jungle", "rainforest", "highlands", "countryside", "coastline", "river", "lake",
        "crossing", "checkpoint", "corridor", "enclave", "suburb", "neighbourhood", "wetlands",
        "wetland", "marshes", "savanna", "steppe", "archipelago", "reserve", "funicular",
        "neighborhood", "palace", "stadium", "arena", "cathedral", "mosque", "temple",
        "monastery", "desert", "glacier", "volcano", "dam", "department", "shrine", "pagoda",
        "hospital", "prison", "jail", "building", "complex", "cave", "caves", "tower",
        "mansion", "ranch", "constituency", "peak", "ward", "hotel", "nightclub", "station",
        "forest", "woods", "gorge", "hills", "moor", "canyon", "tunnel", "bridge", "canal",
        "reef", "atoll", "sandbank", "viaduct", "aqueduct", "skyscraper", "pass", "airfield",
        "airbase", "crater", "quarry", "harbour", "harbor", "beach",
    ]
}

/// Whether two lower-case words make a noun for a site, after its name: "the Svartsengi power
/// plant", "the Kerem gas field", "the Tal border crossing".
pub fn is_site_compound(first: &str, second: &str) -> bool {
    matches!(
        first,
        "power"
            | "nuclear"
            | "gas"
            | "oil"
            | "coal"
            | "geothermal"
            | "border"
            | "refugee"
            | "military"
            | "air"
            | "naval"
            | "copper"
            | "gold"
            | "iron"
            | "lithium"
            | "uranium"
            | "diamond"
            | "botanical"
            | "wind"
            | "solar"
            // Venues: "the Bataclan concert hall", "the Zetra ice hall".
            | "concert"
            | "music"
            | "ice"
            | "sports"
            | "exhibition"
            // Estates and depots: "the Maylands industrial estate", "the Buncefield oil
            // depot", "the Ardwick ferry terminal".
            | "industrial"
            | "business"
            | "retail"
            | "fuel"
            | "housing"
            | "container"
            | "ferry"
            // Leisure: "the Summerland leisure centre", "the Cocoanut Grove night club".
            | "leisure"
            | "shopping"
            | "night"
            // Works: "the Abqaiq processing plant", "the Sellafield reprocessing plant".
            | "processing"
            | "reprocessing"
            | "treatment"
            | "desalination"
    ) && matches!(
        second,
        "hall"
            | "plant"
            | "station"
            | "field"
            | "crossing"
            | "camp"
            | "base"
            | "mine"
            | "garden"
            | "gardens"
            | "farm"
            | "depot"
            | "estate"
            | "park"
            | "terminal"
            | "refinery"
            | "centre"
            | "center"
            | "club"
    )
}

#[rustfmt::skip]
word_class! {
    /// Lower-case plural nouns for organisations, before "such as", "including" or "like" and
    /// a list of them ("companies such as Toyota and Hitachi").
    is_org_plural, ORG_PLURAL: [
        "companies", "firms", "groups", "banks", "carmakers", "automakers", "airlines",
        "retailers", "brands", "insurers", "lenders", "manufacturers", "makers", "rivals",
        "competitors", "clubs", "teams", "parties", "organisations", "organizations", "agencies",
        "charities", "broadcasters", "newspapers", "outlets", "publishers", "startups",
        "start-ups", "platforms", "giants", "exporters", "producers", "operators", "unions",
        "universities", "corporations", "conglomerates", "chipmakers", "drugmakers", "miners",
        "chains", "supermarkets", "studios", "labels",
    ]
}

/// Head nouns that open places' names and end none ("San Jose", "Isla Mujeres", "Stade de
/// France"): after a name's first word they are a surname ("Aung San", "Pablo Isla").
pub fn opens_places_only(word: &str) -> bool {
    matches!(
        word,
        "San"
            | "Santa"
            | "Santo"
            | "São"
            | "Puerto"
            | "Porto"
            | "Isla"
            | "Stade"
            | "Estadio"
            | "Stadio"
            | "Parc"
            | "Rue"
            | "Palais"
            | "Palacio"
            | "Mont"
            | "Lac"
            | "Avenida"
            | "Salar"
            | "Cerro"
            | "Laguna"
            | "Lago"
            | "Playa"
    )
}

/// Titles abbreviated with a point before a name ("Gen. Wiranto", "Gov. Connally", "Mr.
/// Smithers"); not "St.", a saint's or a street's.
pub fn is_abbreviated_title(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Rev"
            | "Fr"
            | "Gen"
            | "Gov"
            | "Sen"
            | "Rep"
            | "Col"
            | "Lt"
            | "Lieut"
            | "Sgt"
            | "Capt"
            | "Adm"
            | "Maj"
            | "Cpl"
            | "Pvt"
            | "Pfc"
            | "Spc"
            | "Cmdr"
            | "Brig"
            | "Supt"
            | "Insp"
            | "Det"
    )
}

/// Lower-case compass adjectives, which place the name after them ("central Luzon",
/// "northeastern Nigeria"; a hyphenated one is three tokens, its last one of these).
pub fn is_compass_adjective(word: &str) -> bool {
    matches!(
        word,
        "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
            | "northeastern"
            | "northwestern"
            | "southeastern"
            | "southwestern"
    )
}

/// The suffix of a company's legal form after its name: "Odebrecht SA", "Apple Inc.".
pub fn is_legal_suffix(word: &str) -> bool {
    matches!(
        word,
        "SA" | "S.A."
            | "Inc"
            | "Inc."
            | "Ltd"
            | "Ltd."
            | "Corp"
            | "Corp."
            | "AG"
            | "plc"
            | "PLC"
            | "NV"
            | "N.V."
            | "SE"
            | "SpA"
            | "S.p.A."
            | "GmbH"
            | "LLC"
            | "LLP"
            | "AB"
            | "ASA"
            | "Oyj"
    )
}

/// A footballer's position, after the club the player is with: "former Arsenal striker Ian
/// Wright", "the Lyon midfielder".
pub fn is_player_position(word: &str) -> bool {
    matches!(
        word,
        "striker" | "midfielder" | "defender" | "goalkeeper" | "winger"
    )
}

/// Words that make a "Court" one of law: "Southwark Crown Court", "the High Court" (a block
/// of flats may be a "Court" too: "Wang Fuk Court").
pub fn is_law_court_word(word: &str) -> bool {
    matches!(
        word,
        "Crown"
            | "Magistrates"
            | "County"
            | "Supreme"
            | "High"
            | "District"
            | "Appeals"
            | "Appeal"
            | "Criminal"
            | "Federal"
            | "Family"
            | "Coroner"
            | "Coroners"
            | "Sheriff"
            | "Youth"
            | "Juvenile"
            | "Circuit"
            | "Superior"
            | "Municipal"
            | "Constitutional"
            | "Military"
            | "Claims"
            | "Tax"
            | "Bankruptcy"
    )
}

/// Compass points, which name regions after "the" ("the Middle East").
pub fn is_compass(word: &str) -> bool {
    matches!(word, "East" | "West" | "North" | "South")
}

#[rustfmt::skip]
word_class! {
    /// Lower-case roles that follow the organisation a person works for ("Huawei founder Ren
    /// Zhengfei", "Nvidia spokesperson Ken Brown").
    is_employee_role, EMPLOYEE_ROLE: [
        "founder", "co-founder", "cofounder", "chief", "ceo", "cfo", "spokesperson",
        "spokesman", "spokeswoman", "chairman", "chairwoman", "executive", "boss", "analyst",
        "economist", "strategist", "engineer", "researcher", "director", "president", "owner",
        "manager", "coach", "striker", "midfielder", "defender", "goalkeeper", "leader",
        // A band's members ("Nirvana frontman Kurt Cobain").
        "frontman", "frontwoman", "guitarist", "drummer", "bassist", "keyboardist", "vocalist",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Plural nouns for people who work somewhere: "analysts at X", "officials from X" name an
    /// organisation X.
    is_staff_noun, STAFF_NOUN: [
        "analysts", "economists", "officials", "researchers", "scientists", "executives",
        "employees", "workers", "staff", "engineers", "lawyers", "spokespeople", "strategists",
        "traders", "investors", "doctors", "experts", "managers", "representatives",
    ]
}

/// Whether the word can be no part of a personal name: a function word, a role or title, or a
/// head noun of an organisation's, an event's or a place's name. One lookup for six lists.
pub fn breaks_name(word: &str) -> bool {
    static SET: OnceLock<WordSet> = OnceLock::new();
    any(
        word,
        &[
            FUNCTION_WORD,
            ROLE,
            PERSON_TITLE,
            ORG_HEAD,
            OTHER_HEAD,
            PLACE_HEAD,
        ],
        &SET,
    )
}

/// Whether the token before "at" makes what follows a venue or a destination: a match, a
/// score or an event's name, an arrival ("won at Headingley", "beat Spurs 3-1 at Anfield", "the
/// PGA Championship at Valhalla", "landed at Dulles"), or a site ("the plant at Fordow"); not a
/// job ("analysts at Jefferies").
pub fn before_venue(text: &str, before: &Token) -> bool {
    let word = &text[before.start..before.end];
    before.kind == TokenKind::Number
        || is_other_head(word)
        || matches!(
            word,
            "played"
                | "play"
                | "plays"
                | "won"
                | "win"
                | "wins"
                | "beat"
                | "scored"
                | "lost"
                | "drew"
                | "final"
                | "match"
                | "game"
                | "victory"
                | "defeat"
                | "draw"
                | "landed"
                | "arrived"
                | "due"
                | "died"
                | "staged"
                // A site at its town: "the enrichment plant at Fordow".
                | "plant"
                | "facility"
                | "site"
                | "sites"
                | "reactor"
                | "base"
                | "camp"
                | "prison"
                | "mine"
        )
}

/// Whether a capitalised word for a street opens its name, as French and Spanish write it:
/// "Avenue Habib Bourguiba", "Rue de Rivoli", "Avenida Paulista".
pub fn opens_street_name(word: &str) -> bool {
    matches!(word, "Avenue" | "Rue" | "Boulevard" | "Avenida")
}

/// Whether a capitalised word for a street ends its name, after the number of an address:
/// "10 Downing Street", "1 Safdarjung Road", "Tilak Marg".
pub fn ends_street_name(word: &str) -> bool {
    matches!(
        word,
        "Road" | "Street" | "Avenue" | "Lane" | "Drive" | "Marg"
    )
}

/// Whether a capitalised head noun of places is also a common surname, so that after a given
/// name it ends a person's name: "Sally Field", "Peter Brook", "Shirley Temple".
pub fn is_surname_head(word: &str) -> bool {
    matches!(word, "Field" | "Brook" | "Wall" | "Temple" | "Castle")
}

/// Whether a title in the plural names the people listed after it: "Presidents Nixon, Ford
/// and Carter", "Senators Warren and Sanders".
pub fn is_plural_person_title(word: &str) -> bool {
    matches!(
        word,
        "presidents" | "senators" | "sens" | "reps" | "governors" | "generals" | "cardinals"
    )
}

#[rustfmt::skip]
word_class! {
    /// Plural nouns for people that a list of their names may follow, in lower case: "the
    /// French aviators Nungesser and Coli", "the astronauts Armstrong and Aldrin".
    is_plural_people_noun, PLURAL_PEOPLE_NOUN: [
        "aviators", "pilots", "astronauts", "cosmonauts", "brothers", "sisters", "climbers",
        "mountaineers", "explorers", "journalists", "reporters", "photographers", "actors",
        "actresses", "singers", "musicians", "scientists", "researchers", "authors", "writers",
        "novelists", "poets", "artists", "painters", "lawyers", "doctors", "defendants", "suspects",
        "hostages", "activists", "dissidents", "lawmakers", "physicists", "chemists", "economists",
        "astronomers", "engineers", "inventors", "filmmakers", "comedians", "athletes", "twins",
        "prisoners", "detainees", "co-founders", "founders", "candidates", "rivals",
    ]
}

/// Whether a capitalised title is also a common surname, so that after a given name it ends
/// a person's name: "Stephen King", "Julie Bishop", "Erik Prince".
pub fn is_surname_title(word: &str) -> bool {
    matches!(word, "King" | "Prince" | "Bishop" | "Pope" | "Judge")
}

#[rustfmt::skip]
word_class! {
    /// Faiths and their followers, which name no entity on their own, as demonyms do not
    /// ("87% Muslim", "the Catholic cathedral", "Sunnis and Shiites").
    is_faith_word, FAITH_WORD: [
        "muslim", "muslims", "christian", "christians", "catholic", "catholics", "jewish",
        "jews", "jew", "hindu", "hindus", "buddhist", "buddhists", "sikh", "sikhs", "protestant",
        "protestants", "orthodox", "sunni", "sunnis", "shia", "shias", "shiite", "shiites",
        "evangelical", "evangelicals", "anglican", "anglicans", "lutheran", "lutherans",
        "methodist", "methodists", "mormon", "mormons", "coptic", "copts", "druze", "alawite",
        "alawites", "yazidi", "yazidis", "taoist", "jain", "jains", "baha'i",
        // The adjectives of a faith ("after Islamic militants killed").
        "islamic", "islamist", "islamists",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Words for a natural feature, which its name alone still names ("the Mekong River" and
    /// "the Mekong", "Mount Everest" and "Everest"), unlike a county or an airport.
    is_natural_feature, NATURAL_FEATURE: [
        "river", "mount", "mountains", "lake", "sea", "ocean", "gulf", "bay", "desert",
        "peninsula", "strait", "glacier", "volcano", "reef", "canyon", "forest", "delta", "valley",
        "range", "falls", "woods", "gorge", "hills",
    ]
}

/// The nations of the United Kingdom, which field national teams as countries do ("a 1-0 win
/// over England" is the national team, which the places keep), though the country data lists
/// them as regions.
pub fn is_home_nation(name: &str) -> bool {
    matches!(name, "England" | "Scotland" | "Wales" | "Northern Ireland")
}

/// A number after a name that counts its kind: "World War II", "World War Two" (roman
/// numerals up to ten, or the English words).
pub fn is_ordinal_numeral(word: &str) -> bool {
    matches!(
        word,
        "I" | "II" | "III" | "IV" | "V" | "VI" | "VII" | "VIII" | "IX" | "X"
    ) || is_number_word(word)
}

/// A capitalised English number word up to ten ("Three Mile Island", "World War Two").
pub fn is_number_word(word: &str) -> bool {
    matches!(
        word,
        "One" | "Two" | "Three" | "Four" | "Five" | "Six" | "Seven" | "Eight" | "Nine" | "Ten"
    )
}

/// A currency's unit in lower case, which a place's name before it qualifies ("Singapore
/// dollars", "US cents", "Ghana cedi"); not a word that is also a verb ("won").
pub fn is_currency(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    matches!(
        singular,
        "dollar"
            | "cent"
            | "cedi"
            | "shilling"
            | "peso"
            | "franc"
            | "rupee"
            | "dinar"
            | "riyal"
            | "rial"
            | "ruble"
            | "rouble"
            | "euro"
            | "pound"
            | "naira"
            | "kwacha"
            | "ringgit"
            | "baht"
            | "krona"
            | "krone"
            | "yuan"
            | "yen"
            | "rupiah"
            | "lira"
    ) || matches!(word, "kronor" | "kroner" | "lire")
}

/// Events and award ceremonies named by one word of their own ("the Olympics", "the Oscars").
pub fn is_event_name(word: &str) -> bool {
    matches!(
        word,
        "Olympics" | "Paralympics" | "Oscars" | "Grammys" | "Emmys" | "Baftas" | "Olympiad"
    )
}

/// Awards named by one word that a winner takes home, in the singular or the plural ("won his
/// first Grammy", "two Emmys", "a Bafta").
pub fn is_statuette(word: &str) -> bool {
    matches!(
        word,
        "Oscar"
            | "Oscars"
            | "Grammy"
            | "Grammys"
            | "Emmy"
            | "Emmys"
            | "Bafta"
            | "Baftas"
            | "Tony"
            | "Tonys"
    )
}

/// Fields a government agency is named by, before its country's name ("Elections Canada",
/// "Statistics Norway", "Health Canada").
pub fn is_agency_field(word: &str) -> bool {
    matches!(
        word,
        "Elections"
            | "Statistics"
            | "Health"
            | "Transport"
            | "Parks"
            | "Fisheries"
            | "Revenue"
            | "Immigration"
            | "Infrastructure"
            | "Finance"
            | "Justice"
            | "Sport"
            | "Heritage"
    )
}

/// Whether the word, right before a town's name, places it: a preposition of place or motion
/// ("in", "near", "from"), or a verb that reaches or strikes a place ("visited", "struck").
pub fn places_a_town(word: &str) -> bool {
    matches!(
        word,
        "in" | "at"
            | "near"
            | "from"
            | "outside"
            | "into"
            | "across"
            | "through"
            | "around"
            | "toward"
            | "towards"
            | "via"
            | "visit"
            | "visits"
            | "visiting"
            | "visited"
            | "struck"
            | "hit"
            | "reached"
    )
}

/// Whether the word, before a team's name, opposes it in a match: "beat Everton", "against
/// Feyenoord" (after a name too: "Spurs beat Everton").
/// Whether the word names a sport whose national body is called after it and the country
/// ("Cricket Australia", "Hockey Canada", "Athletics Kenya").
pub fn is_sport(word: &str) -> bool {
    matches!(
        word,
        "Cricket"
            | "Rugby"
            | "Tennis"
            | "Football"
            | "Hockey"
            | "Golf"
            | "Cycling"
            | "Athletics"
            | "Swimming"
            | "Basketball"
            | "Netball"
            | "Volleyball"
            | "Rowing"
            | "Sailing"
            | "Gymnastics"
            | "Triathlon"
            | "Skate"
            | "Softball"
            | "Baseball"
    )
}

pub fn opposes_a_team(word: &str) -> bool {
    matches!(
        word,
        "beat"
            | "beats"
            | "beating"
            | "defeated"
            | "defeats"
            | "defeating"
            | "thrashed"
            | "thrashing"
            | "edged"
            | "against"
            | "face"
            | "faces"
            | "facing"
            | "hosted"
            | "hosts"
    )
}

/// Whether the word, before "to", "with", "over" or "by" and a team's name, is a result:
/// "lost to Feyenoord", "drew with Everton", "a win over Spurs", "beaten by Ajax" (after a
/// name too: "Spurs lost").
pub fn plays_a_team(word: &str) -> bool {
    matches!(
        word,
        "lost"
            | "loses"
            | "losing"
            | "loss"
            | "defeat"
            | "drew"
            | "draw"
            | "draws"
            | "win"
            | "wins"
            | "won"
            | "victory"
            | "beaten"
            | "routed"
    )
}

#[rustfmt::skip]
word_class! {
    /// Nouns for an animal that a name may be set off before ("Knut, the polar bear").
    is_animal_noun, ANIMAL_NOUN: [
        "bear", "cub", "panda", "gorilla", "elephant", "giraffe", "lion", "lioness", "tiger",
        "dog", "cat", "horse", "racehorse", "colt", "filly", "mare", "stallion", "gelding",
        "whale", "orca", "dolphin", "octopus", "spaniel", "terrier", "retriever", "poodle",
        "collie", "beagle", "sheep", "lamb", "calf", "foal", "ewe", "cow", "bull", "pig", "goat",
        "chimpanzee", "orangutan", "hippo", "hippopotamus", "rhino", "koala", "kangaroo",
        "penguin", "parrot", "eagle", "tortoise", "crocodile", "alligator", "shark", "seal",
        "walrus", "otter", "wolf", "puppy", "kitten", "zebra", "camel", "monkey",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Nouns for works that a work's title may be set off before ("Girl With Balloon, one of
    /// the artist's best-known images,").
    is_work_set_off, WORK_SET_OFF: [
        "painting", "paintings", "image", "images", "works", "artwork", "artworks", "mural",
        "murals", "sculpture", "sculptures", "novel", "novels", "album", "albums", "song", "songs",
        "film", "films", "poem", "poems", "symphony", "opera", "musical",
    ]
}

#[rustfmt::skip]
word_class! {
    /// Nouns for works that "by" and their maker's name follow ("paintings by Rembrandt").
    is_work_by, WORK_BY: [
        "painting", "paintings", "works", "work", "sculpture", "sculptures", "portrait",
        "portraits", "drawings", "drawing", "canvases", "etchings", "prints", "watercolours",
        "watercolors", "masterpiece", "masterpieces", "novel", "novels", "poems", "poem",
        "symphony", "sonatas", "songs", "photographs",
    ]
}
