//! Words as search sees them: runs of letters and digits, lower-cased, without diacritics.
//! Apostrophes, quotes (straight or curly), hyphens and all other punctuation separate words,
//! so "Kazakhstan’s" and "Kazakhstan's" both read as `kazakhstan` `s`.

use std::ops::Range;

use crate::analysis::strip_diacritic;

/// Calls `each(range, folded)` for every word of `text[range]`, in order. `range` is a byte
/// range of `text`; the reported ranges are byte ranges of `text` too. The folded word is
/// lower case without Latin diacritics; combining marks are dropped.
///
/// ```
/// let text = "Erdoğan’s “ISTANBUL” talks";
/// let mut seen = Vec::new();
/// dossier::search::words(text, 0..text.len(), |r, w| seen.push((r, w.to_string())));
/// let folded: Vec<&str> = seen.iter().map(|(_, w)| w.as_str()).collect();
/// assert_eq!(folded, ["erdogan", "s", "istanbul", "talks"]);
/// assert_eq!(seen[0].0, 0..8);
/// ```
pub fn words(text: &str, range: Range<usize>, mut each: impl FnMut(Range<usize>, &str)) {
    let end = range.end.min(text.len());
    if text.get(range.start..end).is_none() {
        return;
    }
    let bytes = text.as_bytes();
    let mut folded = String::new();
    let mut at = range.start;
    while at < end {
        // Skip to the next word.
        let byte = bytes[at];
        if byte.is_ascii() && !byte.is_ascii_alphanumeric() {
            at += 1;
            continue;
        }
        let start = at;
        // A word of lower-case ASCII letters and digits, the common case, is its own folded
        // form: no copy.
        while at < end && (bytes[at].is_ascii_lowercase() || bytes[at].is_ascii_digit()) {
            at += 1;
        }
        let plain_end = at;
        if at >= end || (bytes[at].is_ascii() && !bytes[at].is_ascii_alphanumeric()) {
            if plain_end > start {
                each(start..plain_end, &text[start..plain_end]);
            } else {
                at += 1; // unreachable in practice: `byte` was alphanumeric or not ASCII
            }
            continue;
        }
        // Otherwise fold character by character.
        folded.clear();
        folded.push_str(&text[start..plain_end]);
        let mut word_end = plain_end;
        while at < end {
            let byte = bytes[at];
            if byte.is_ascii() {
                if !byte.is_ascii_alphanumeric() {
                    break;
                }
                folded.push(char::from(byte.to_ascii_lowercase()));
                at += 1;
                word_end = at;
                continue;
            }
            let c = text[at..].chars().next().unwrap_or(' ');
            if c.is_alphanumeric() {
                push_folded(&mut folded, c);
            } else if !(is_combining(c) && word_end > start) {
                break;
            }
            at += c.len_utf8();
            word_end = at;
        }
        if folded.is_empty() {
            // Not a word after all (a lone non-letter character).
            at = at.max(start + text[start..].chars().next().map_or(1, char::len_utf8));
            continue;
        }
        each(start..word_end, &folded);
    }
}

/// The folded form of one word typed by a user (see [`words`]).
pub fn fold_word(word: &str) -> String {
    let mut folded = String::with_capacity(word.len());
    for c in word.chars() {
        if !is_combining(c) {
            push_folded(&mut folded, c);
        }
    }
    folded
}

fn push_folded(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        for lower in c.to_lowercase() {
            if !is_combining(lower) {
                out.push(strip_diacritic(lower));
            }
        }
    }
}

fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}')
}
