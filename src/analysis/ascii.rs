//! Lower-casing short ASCII words without allocating, for lookups in word lists.

/// Calls `f` with `word` lower-cased, if it is ASCII and at most 32 bytes; `None` otherwise
/// (no word list holds anything else).
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    let lower = Lower::new(word);
    (lower.len > 0 || word.is_empty()).then(|| f(lower.as_str()))
}

/// A short ASCII word, lower-cased on the stack; empty for anything longer or non-ASCII. A word
/// already in lower case is borrowed as it is.
pub struct Lower<'a> {
    borrowed: Option<&'a str>,
    buffer: [u8; 32],
    len: usize,
}

impl<'a> Lower<'a> {
    /// Lower-cases `word`.
    pub fn new(word: &'a str) -> Lower<'a> {
        let mut lower = Lower {
            borrowed: None,
            buffer: [0; 32],
            len: 0,
        };
        if word.len() <= 32 && word.is_ascii() {
            lower.len = word.len();
            if !word.bytes().any(|b| b.is_ascii_uppercase()) {
                lower.borrowed = Some(word);
            } else {
                for (slot, b) in lower.buffer.iter_mut().zip(word.bytes()) {
                    *slot = b.to_ascii_lowercase();
                }
            }
        }
        lower
    }

    /// The lower-cased word.
    pub fn as_str(&self) -> &str {
        match self.borrowed {
            Some(word) => word,
            None => std::str::from_utf8(&self.buffer[..self.len]).unwrap_or(""),
        }
    }
}
