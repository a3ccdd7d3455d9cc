//! Lower-casing short ASCII words without allocating, for lookups in word lists.

/// Calls `f` with `word` lower-cased, if it is ASCII and at most 32 bytes; `None` otherwise
/// (no word list holds anything else).
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
    let bytes = word.as_bytes();
    if bytes.len() > 32 || !word.is_ascii() {
        return None;
    }
    let mut buffer = [0u8; 32];
    for (slot, b) in buffer.iter_mut().zip(bytes) {
        *slot = b.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buffer[..bytes.len()]).ok()?;
    Some(f(lower))
}

/// A short ASCII word, lower-cased on the stack; empty for anything longer or non-ASCII.
pub struct Lower {
    buffer: [u8; 32],
    len: usize,
}

impl Lower {
    /// Lower-cases `word`.
    pub fn new(word: &str) -> Lower {
        let mut lower = Lower {
            buffer: [0; 32],
            len: 0,
        };
        if word.len() <= 32 && word.is_ascii() {
            for (slot, b) in lower.buffer.iter_mut().zip(word.bytes()) {
                *slot = b.to_ascii_lowercase();
            }
            lower.len = word.len();
        }
        lower
    }

    /// The lower-cased word.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.buffer[..self.len]).unwrap_or("")
    }
}
