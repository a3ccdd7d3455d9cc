//! The primitives of the binary forms the build embeds into the app (the corpus, and the
//! search index): LEB128 integers, length-prefixed UTF-8 strings, optional day ranges, and a
//! reader that reports where the bytes stopped making sense.

use std::fmt;

/// Embedded bytes could not be read: they are not what the build wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    offset: usize,
}

impl DecodeError {
    /// An error at byte `offset`.
    pub(crate) fn at(offset: usize) -> DecodeError {
        DecodeError { offset }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the embedded corpus is damaged at byte {}; rebuild the app",
            self.offset
        )
    }
}

impl std::error::Error for DecodeError {}

/// Appends `value` as LEB128: seven bits a byte, low first, the high bit set on all but the
/// last.
pub(crate) fn put_uint(out: &mut Vec<u8>, mut value: u64) {
    loop {
        let low = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(low);
            return;
        }
        out.push(low | 0x80);
    }
}

/// Appends an optional day range: 0, or 1 and two zigzag-encoded day numbers.
pub(crate) fn put_days(out: &mut Vec<u8>, days: Option<(i32, i32)>) {
    match days {
        None => out.push(0),
        Some((first, last)) => {
            out.push(1);
            for day in [first, last] {
                put_uint(out, ((day << 1) ^ (day >> 31)) as u32 as u64);
            }
        }
    }
}

/// Appends a string: its byte length, then its bytes.
pub(crate) fn put_str(out: &mut Vec<u8>, s: &str) {
    put_uint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

/// Reads what the `put_` functions wrote, from `pos` on; every read checks the bounds.
pub(crate) struct Reader<'a> {
    /// Everything readable.
    pub(crate) bytes: &'a [u8],
    /// Where the next read starts.
    pub(crate) pos: usize,
}

impl<'a> Reader<'a> {
    /// An error at the current position.
    pub(crate) fn error(&self) -> DecodeError {
        DecodeError { offset: self.pos }
    }

    /// The next `n` bytes.
    pub(crate) fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len());
        let end = end.ok_or_else(|| self.error())?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    /// The next byte.
    pub(crate) fn byte(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }

    /// The next LEB128 integer, which must fit `T`.
    pub(crate) fn uint<T: TryFrom<u64>>(&mut self) -> Result<T, DecodeError> {
        let mut value: u64 = 0;
        let mut shift = 0;
        while let Some(&b) = self.bytes.get(self.pos) {
            self.pos += 1;
            value |= u64::from(b & 0x7f) << shift;
            if b < 0x80 {
                return T::try_from(value).map_err(|_| self.error());
            }
            shift += 7;
            if shift >= 64 {
                break;
            }
        }
        Err(self.error())
    }

    /// The next optional day range (see [`put_days`]).
    pub(crate) fn days(&mut self) -> Result<Option<(i32, i32)>, DecodeError> {
        match self.byte()? {
            0 => Ok(None),
            1 => {
                let mut day = || -> Result<i32, DecodeError> {
                    let z: u32 = self.uint()?;
                    Ok(((z >> 1) as i32) ^ -((z & 1) as i32))
                };
                let first = day()?;
                let last = day()?;
                Ok(Some((first, last)))
            }
            _ => Err(self.error()),
        }
    }

    /// The next string (see [`put_str`]), which must be UTF-8.
    pub(crate) fn string(&mut self) -> Result<String, DecodeError> {
        let len: usize = self.uint()?;
        let at = self.error();
        let bytes = self.take(len)?;
        std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|_| at)
    }
}
