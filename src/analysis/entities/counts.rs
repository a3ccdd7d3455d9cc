//! How often each capitalised word, and each pair of adjacent capitalised words, occurs in one
//! article: whether the first word of a name is used on its own elsewhere ("Berlinale …
//! Berlinale Palast").

use crate::analysis::fast_hash::FxHashMap;
use crate::analysis::tokens::{Token, TokenKind};

/// Counts of the capitalised words of one article, and of adjacent pairs of them.
#[derive(Debug, Default)]
pub struct WordCounts<'a> {
    words: FxHashMap<&'a str, u32>,
    pairs: FxHashMap<(&'a str, &'a str), u32>,
}

impl<'a> WordCounts<'a> {
    /// Counts the capitalised word tokens of `text`; a pair is two of them with only a space
    /// between them.
    pub fn new(text: &'a str, tokens: &[Token]) -> WordCounts<'a> {
        let mut counts = WordCounts::default();
        let mut previous: Option<&'a str> = None;
        for t in tokens {
            let word = t.text(text);
            if t.kind != TokenKind::Word || !word.starts_with(char::is_uppercase) {
                previous = None;
                continue;
            }
            *counts.words.entry(word).or_default() += 1;
            if let Some(before) = previous.filter(|_| t.space_before) {
                *counts.pairs.entry((before, word)).or_default() += 1;
            }
            previous = Some(word);
        }
        counts
    }

    /// How many times the capitalised `word` occurs, exactly as written.
    pub fn word(&self, word: &str) -> u32 {
        self.words.get(word).copied().unwrap_or(0)
    }

    /// How many times the capitalised `first` is directly followed by `second`.
    pub fn pair(&self, first: &str, second: &str) -> u32 {
        self.pairs.get(&(first, second)).copied().unwrap_or(0)
    }
}
