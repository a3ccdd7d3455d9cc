//! Lines that belong to the page, not the article: newsletter and social-media prompts,
//! photo credits, navigation labels. They stay visible (dimmed) but carry no entities or events.

use std::ops::Range;

/// Phrases that mark a line as a prompt or a credit (matched case-insensitively).
const MARKERS: &[&str] = &[
    "sign up",
    "subscribe",
    "newsletter",
    "follow us",
    "click here",
    "read more",
    "read also",
    "see also",
    "share this",
    "all rights reserved",
    "copyright",
    "©",
    "sent directly to you",
    "download our app",
    "advertisement",
    "photo credit",
    "photo:",
    "image:",
    "credit:",
    "getty images",
    "cookie",
    "terms of use",
    "privacy policy",
    "skip to ",
    // A site's disclaimer under its links: "The BBC is not responsible for the content of
    // external Internet sites".
    "not responsible for the content of",
];

/// Phrases that mark a line as a page's when they open it (matched case-insensitively):
/// "Also Read | …", "Stay Connected with CBC News", Reuters' foot "Our Standards: The Thomson
/// Reuters Trust Principles.", a sports page's "From the section Horse Racing".
const OPENING_MARKERS: &[&str] = &[
    "also read",
    "stay connected",
    "our standards",
    "from the section",
];

/// Headings of a page's link lists ("See also:", "Internet links"): the lines under one, up
/// to a blank line, are links, not the article.
const LINK_HEADINGS: &[&str] = &[
    "see also",
    "internet links",
    "related internet links",
    "related links",
    "related stories",
    "related articles",
    "related",
    "more on this story",
    "more stories",
    "top stories",
    "most read",
];

/// Byte ranges (into `text`) of the boilerplate lines of `text[body]`.
///
/// ```
/// use dossier::analysis::boilerplate;
/// let text = "All news\nTalks began.\nSign up for our newsletter!\n© Jane Roe/AP\n";
/// let lines: Vec<&str> = boilerplate(text, 0..text.len()).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(lines, ["All news", "Sign up for our newsletter!", "© Jane Roe/AP"]);
/// ```
pub fn boilerplate(text: &str, body: Range<usize>) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut pos = body.start.min(text.len());
    while !text.is_char_boundary(pos) {
        pos += 1;
    }
    let end = body.end.clamp(pos, text.len());
    let mut end = end;
    while !text.is_char_boundary(end) {
        end += 1;
    }
    // (A blank line right under the heading opens its list; the next one closes it.)
    let mut under_links = false;
    let mut links_begun = false;
    for raw in text[pos..end].split_inclusive('\n') {
        let start = pos + (raw.len() - raw.trim_start().len());
        let line = raw.trim();
        pos += raw.len();
        if line.is_empty() {
            under_links &= !links_begun;
            continue;
        }
        if under_links || is_boilerplate(line) {
            out.push(start..start + line.len());
        }
        links_begun = under_links;
        if is_link_heading(line) {
            under_links = true;
            links_begun = false;
        }
    }
    out
}

/// Whether a line heads a list of links: "See also:", "Internet Links", "Related stories".
fn is_link_heading(line: &str) -> bool {
    let label = line.trim_end_matches(':').trim_end();
    label.len() <= 24 && LINK_HEADINGS.iter().any(|h| label.eq_ignore_ascii_case(h))
}

/// Prompts and credits are short: a long paragraph that mentions "subscribe" is prose.
const MAX_PROMPT_BYTES: usize = 300;

/// Whether one line (trimmed) is a prompt, a credit or a navigation label.
///
/// ```
/// use dossier::analysis::is_boilerplate;
/// assert!(is_boilerplate("Skip to main content"));
/// assert!(!is_boilerplate("Flooding forces thousands from homes in Valencia"));
/// assert!(!is_boilerplate("The service added two million subscribers."));
/// assert!(is_boilerplate("We use cookies."));
/// assert!(!is_boilerplate("His wife, Cookie, has tested negative."));
/// assert!(is_boilerplate("Advertisement"));
/// assert!(!is_boilerplate("The advertisement was directed by Ridley Scott."));
/// assert!(!is_boilerplate("The party's newsletter said the vote was close."));
/// assert!(is_boilerplate("Copyright 2001 The Associated Press."));
/// assert!(!is_boilerplate("It infringes the plaintiffs' copyrights, the judge wrote."));
/// assert!(!is_boilerplate("Blair hails deal as parties sign up to power-sharing assembly"));
/// assert!(is_boilerplate("Mobile · Facebook · Podcasts · Twitter · Alerts"));
/// assert!(!is_boilerplate("Crocus City Hall · Krasnogorsk"));
/// ```
pub fn is_boilerplate(line: &str) -> bool {
    if line.len() > MAX_PROMPT_BYTES {
        return false;
    }
    let lower = line.to_lowercase();
    if has_marker(&lower) || OPENING_MARKERS.iter().any(|m| lower.starts_with(m)) {
        return true;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    // A photo credit at the end of a caption: "Jane Roe/AFP".
    if let Some(last) = words.last()
        && let Some((who, agency)) = last.split_once('/')
    {
        let agency = agency.trim_end_matches(['.', ')']);
        if !who.is_empty()
            && agency.len() >= 2
            && agency.chars().all(|c| c.is_ascii_uppercase())
            && who.chars().next().is_some_and(char::is_uppercase)
        {
            return true;
        }
    }
    // A row of links: four or more short items between dots or bars ("Mobile · Facebook ·
    // Podcasts · Twitter").
    // (Most lines have no such mark: a byte scan first; the middle dot and the bullet are
    // multi-byte, so their lead bytes are looked for.)
    if line.len() <= 160
        && line.bytes().any(|b| matches!(b, b'|' | 0xC2 | 0xE2))
        && line.split(['·', '|', '•']).count() >= 4
        && line.split(['·', '|', '•']).map(str::trim).all(|item| {
            let n = item.split_whitespace().count();
            (1..=2).contains(&n) && item.starts_with(char::is_uppercase)
        })
    {
        return true;
    }
    // Navigation labels: one or two words, no sentence punctuation, lower case after the first
    // (not a byline's desk: "Paris correspondent", "Business reporter").
    let desk = words.last().is_some_and(|w| {
        matches!(
            *w,
            "correspondent" | "reporter" | "editor" | "writer" | "columnist" | "producer"
        )
    });
    !desk
        && words.len() <= 2
        && !line.ends_with(['.', '!', '?', ':', '"', '”'])
        && words
            .iter()
            .skip(1)
            .all(|w| w.chars().next().is_some_and(char::is_lowercase))
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
}

/// For each byte, the markers (as bits of their index in `MARKERS`) that open with it.
const MARKERS_BY_FIRST_BYTE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < MARKERS.len() {
        table[MARKERS[i].as_bytes()[0] as usize] |= 1 << i;
        i += 1;
    }
    table
};

/// Whether a marker occurs in the lower-cased `line` as whole words, or with a plural "s":
/// "cookies" and "subscribe now" match, "streaming subscribers" does not. One pass over the
/// line, trying at each byte only the markers that open with it.
fn has_marker(line: &str) -> bool {
    let bytes = line.as_bytes();
    (0..bytes.len()).any(|at| {
        let mut candidates = MARKERS_BY_FIRST_BYTE[bytes[at] as usize];
        while candidates != 0 {
            let m = MARKERS[candidates.trailing_zeros() as usize];
            candidates &= candidates - 1;
            if bytes[at..].starts_with(m.as_bytes())
                && whole_word_at(line, at, m)
                && (m != "sign up" || sign_up_prompt(line, at + m.len()))
                && (m != "copyright" || copyright_notice(line, at))
                && (m != "cookie" || cookie_notice(line, at + m.len()))
                && (m != "advertisement" || line.split_whitespace().count() <= 3)
                && (m != "newsletter" || newsletter_prompt(line))
            {
                return true;
            }
        }
        false
    })
}

/// Whether "sign up" ending at byte `end` of the lower-cased `line` asks the reader to (at
/// the line's start, or before "for", "now", "via", "to our" …), not a report of who did:
/// "as parties sign up to power-sharing" is prose.
fn sign_up_prompt(line: &str, end: usize) -> bool {
    let rest = line[end..].trim_start();
    end == "sign up".len()
        || [
            "for ",
            "now",
            "here",
            "today",
            "via ",
            "free",
            "at ",
            "to our ",
            "to receive",
            "to get",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
}

/// Whether "copyright" at byte `at` of the lower-cased `line` opens a notice (at the line's
/// start, or before a year or "©": "Copyright 2024 The Associated Press"), not prose about
/// the law: "the infringement of plaintiffs' copyrights".
fn copyright_notice(line: &str, at: usize) -> bool {
    let rest = line[at + "copyright".len()..].trim_start();
    line[..at].trim().is_empty()
        || rest.starts_with(|c: char| c.is_ascii_digit() || c == '©')
        || rest.starts_with("(c)")
}

/// Whether a line with "newsletter" asks the reader to take it ("Get our newsletter", "The
/// Morning Brief newsletter, free to your inbox"), not a report of one: "The party's
/// newsletter said the vote was close" is prose.
fn newsletter_prompt(line: &str) -> bool {
    line.split_whitespace().count() <= 4
        || [
            "our ",
            "your ",
            "inbox",
            "email",
            "free",
            "sign",
            "subscribe",
            "get ",
        ]
        .iter()
        .any(|w| line.contains(w))
}

/// Whether "cookie" ending at byte `end` of the lower-cased `line` speaks of a site's
/// cookies (the plural, or "cookie policy", "cookie settings" …), not of someone named so:
/// "His wife, Cookie, has tested negative" is prose.
fn cookie_notice(line: &str, end: usize) -> bool {
    let rest = &line[end..];
    rest.starts_with('s')
        || [
            " policy",
            " settings",
            " preferences",
            " consent",
            " notice",
            " banner",
        ]
        .iter()
        .any(|w| rest.starts_with(w))
}

/// Whether `marker`, found at byte `at` of `line`, stands as whole words (or with a plural "s").
fn whole_word_at(line: &str, at: usize, marker: &str) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    let before = line[..at].chars().next_back();
    let mut after = line[at + marker.len()..].chars();
    let next = after.next();
    let opens = !letter(before) || !marker.starts_with(char::is_alphabetic);
    let closes = !letter(next)
        || !marker.ends_with(char::is_alphabetic)
        || (next == Some('s') && !letter(after.next()));
    opens && closes
}
