//! Splitting text into word, number and punctuation tokens with byte offsets, and into
//! sentences.

use std::ops::Range;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// A run of letters (any script; with combining marks).
    Word,
    /// A run of ASCII digits.
    Number,
    /// Any other single non-space character.
    Punct,
}

/// A token: a byte range of the text and its kind. `space_before` tells whether whitespace
/// separates it from the previous token (so `22nd` is `22` + `nd` without space).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset after the last character.
    pub end: usize,
    /// Word, number or punctuation.
    pub kind: TokenKind,
    /// Whether whitespace precedes the token.
    pub space_before: bool,
    /// Whether a line break lies between the previous token and this one.
    pub line_break_before: bool,
}

impl Token {
    /// The token's text within `text`.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Tokenises `text[range]`; offsets index `text`. Never panics; the range is clamped to char
/// boundaries.
///
/// ```
/// use dossier::analysis::{tokenize, TokenKind};
/// let text = "Oct. 2–4, 2015";
/// let tokens: Vec<&str> = tokenize(text, 0..text.len()).iter().map(|t| t.text(text)).collect();
/// assert_eq!(tokens, ["Oct", ".", "2", "–", "4", ",", "2015"]);
/// ```
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token> {
    let mut start = range.start.min(text.len());
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let mut end = range.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    // (About one token per six bytes of news text.)
    let mut tokens = Vec::with_capacity((end - start) / 6);
    let mut space_before = true;
    let mut line_break_before = true;
    let bytes = text.as_bytes();
    // The character at a byte position on a boundary before `end`: ASCII read as a byte,
    // anything else decoded.
    let char_at = |pos: usize| -> char {
        match bytes[pos] {
            b if b.is_ascii() => char::from(b),
            _ => text[pos..end].chars().next().unwrap_or(' '),
        }
    };
    let mut pos = start;
    while pos < end {
        let at = pos;
        let c = char_at(at);
        pos += c.len_utf8();
        if c.is_whitespace() {
            space_before = true;
            line_break_before |= c == '\n';
            continue;
        }
        let kind = if c.is_ascii_digit() {
            TokenKind::Number
        } else if c.is_alphabetic() {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        let mut token_end = pos;
        if kind != TokenKind::Punct {
            while token_end < end {
                // (Most of a word is ASCII: a byte test, without decoding a character.)
                let b = bytes[token_end];
                if b.is_ascii() {
                    let same = match kind {
                        TokenKind::Number => b.is_ascii_digit(),
                        _ => b.is_ascii_alphabetic(),
                    };
                    if !same {
                        break;
                    }
                    token_end += 1;
                    continue;
                }
                let next = char_at(token_end);
                let same = match kind {
                    TokenKind::Number => next.is_ascii_digit(),
                    _ => next.is_alphabetic() || is_mark(next),
                };
                if !same {
                    break;
                }
                token_end += next.len_utf8();
            }
            // Capitals and digits make one name: "G7", "COP28", "T20".
            let word = &text[at..token_end];
            let digits_at = |from: usize| {
                bytes[from..end]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count()
            };
            if kind == TokenKind::Word
                && word.len() <= 4
                && word.bytes().all(|b| b.is_ascii_uppercase())
            {
                token_end += digits_at(token_end);
            }
            // So do a capitalised word (in camel case too) and one or two digits ending it:
            // "Jet2", "Web3", "AlphaFold2".
            let digits = digits_at(token_end);
            let rest = &text[token_end..end];
            if kind == TokenKind::Word
                && word.len() >= 2
                && word.starts_with(|c: char| c.is_ascii_uppercase())
                && word[1..].bytes().all(|b| b.is_ascii_alphabetic())
                && word[1..].bytes().any(|b| b.is_ascii_lowercase())
                && (1..=2).contains(&digits)
                && !rest[digits..].starts_with(|c: char| c.is_alphanumeric())
            {
                token_end += digits;
            }
            pos = token_end;
        }
        tokens.push(Token {
            start: at,
            end: token_end,
            kind,
            space_before,
            line_break_before,
        });
        space_before = false;
        line_break_before = false;
    }
    tokens
}

/// Combining marks that continue a word (e.g. decomposed accents).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{20d0}'..='\u{20ff}')
}

/// Byte ranges of the sentences in `text[range]`: a sentence ends at `.`, `!` or `?` (with any
/// closing quotes or brackets) followed by a space and a capital, digit or opening quote, or at
/// a line break. Abbreviations (`Oct.`, `Mr.`, `U.S.`) and initials do not end a sentence.
pub fn sentences(text: &str, range: Range<usize>) -> Vec<Range<usize>> {
    let tokens = tokenize(text, range);
    sentence_spans(text, &tokens)
        .into_iter()
        .map(|span| tokens[span.start].start..tokens[span.end - 1].end)
        .collect()
}

/// The sentences of already tokenised text, as ranges of token indices (never empty); same
/// rules as [`sentences`].
pub fn sentence_spans(text: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut begin: Option<usize> = None;
    let mut resume = 0; // tokens before this were swallowed by the previous sentence
    for (i, token) in tokens.iter().enumerate() {
        if i < resume {
            continue;
        }
        if token.line_break_before
            && let Some(b) = begin.take()
        {
            out.push(b..i);
        }
        let b = *begin.get_or_insert(i);
        let t = token.text(text);
        if !matches!(t, "." | "!" | "?") {
            continue;
        }
        // Swallow closing quotes and brackets.
        let mut last = i;
        while let Some(next) = tokens.get(last + 1) {
            if next.space_before || !is_closer(next.text(text)) {
                break;
            }
            last += 1;
        }
        let Some(next) = tokens.get(last + 1) else {
            continue;
        };
        if !next.space_before || next.line_break_before {
            continue;
        }
        let next_text = next.text(text);
        let starts_new = next_text.chars().next().is_some_and(|c| c.is_uppercase())
            || next.kind == TokenKind::Number
            || is_opener(next_text);
        if t == "." && (i == 0 || is_abbreviation(text, tokens, i)) {
            continue;
        }
        // "OAKLAND, Calif. (AP) —": an agency's credit goes on with the dateline.
        let credit = next_text == "("
            && tokens.get(last + 2).is_some_and(|a| {
                let a = a.text(text);
                a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase())
            })
            && tokens.get(last + 3).is_some_and(|c| c.text(text) == ")");
        if credit {
            continue;
        }
        if starts_new {
            out.push(b..last + 1);
            begin = None;
            resume = last + 1;
        }
    }
    if let Some(b) = begin {
        out.push(b..tokens.len());
    }
    out.retain(|span| span.start < span.end);
    out
}

fn is_closer(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

fn is_opener(s: &str) -> bool {
    matches!(s, "\"" | "“" | "‘" | "'" | "(" | "[" | "«")
}

/// Whether the `.` at `tokens[dot]` closes an abbreviation rather than a sentence.
fn is_abbreviation(text: &str, tokens: &[Token], dot: usize) -> bool {
    let prev = &tokens[dot - 1];
    if prev.end != tokens[dot].start || prev.kind != TokenKind::Word {
        return false;
    }
    let word = prev.text(text);
    // Initials and dotted acronyms: "J.", "U.S."; but a state's initials after a town and a
    // comma end the sentence before a capitalised word ("in Yorktown Heights, N.Y. Kasparov
    // had"), unless a title follows ("Washington, D.C. Mayor").
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        let glued = |i: usize| tokens[i].start == tokens[i - 1].end;
        let state = dot >= 4
            && tokens[dot - 2].text(text) == "."
            && glued(dot - 1)
            && glued(dot - 2)
            && tokens[dot - 3].text(text).len() == 1
            && tokens[dot - 4].text(text) == ","
            && tokens.get(dot + 1).is_some_and(|next| {
                let w = next.text(text);
                next.kind == TokenKind::Word
                    && w.starts_with(char::is_uppercase)
                    && w.chars().count() > 1
                    && !matches!(w, "Mayor" | "Gov" | "Governor" | "Sen" | "Rep" | "Attorney")
            });
        return !state;
    }
    const ABBREVIATIONS: &[&str] = &[
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Sen", "Rep", "Gov",
        "St", "Jr", "Sr", "No", "Nos", "vs", "v", "etc", "approx", "Mt", "Rev", "Fr", "Msgr",
        "Adm", "Maj", "Brig", "Cpl", "Pvt", "Pfc", "Spc", "Det", "Supt", "Atty", "Hon",
    ];
    const MONTHS: &[&str] = &[
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ];
    // A company's legal form may also end the sentence: "bought by Apple Inc. The deal", but
    // "Warner Bros. Discovery"; so may a street's kind: "on Pennsylvania Ave. The office",
    // but "2600 Virginia Ave. NW".
    const LEGAL_FORMS: &[&str] = &["Inc", "Corp", "Ltd", "Co", "Bros", "Ave", "Blvd"];
    if LEGAL_FORMS.contains(&word) {
        const OPENERS: &[&str] = &[
            "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "In", "On", "At", "But",
            "And", "This", "That", "His", "Her", "Their", "Shares", "Analysts",
        ];
        return tokens
            .get(dot + 1)
            .is_none_or(|next| !OPENERS.contains(&next.text(text)));
    }
    // (A dateline in capitals: "ST. PETERSBURG —"; a month in capitals before its day, as
    // some papers print the date line: "NOV. 9, 2018".)
    ABBREVIATIONS.contains(&word)
        || MONTHS.contains(&word)
        || matches!(word, "ST" | "MT" | "FT")
        || (word.bytes().all(|b| b.is_ascii_uppercase())
            && MONTHS.iter().any(|m| m.eq_ignore_ascii_case(word))
            && tokens
                .get(dot + 1)
                .is_some_and(|next| next.kind == TokenKind::Number))
}
