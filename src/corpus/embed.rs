//! The compact binary form in which the build embeds the corpus into the app.
//!
//! Layout: the magic bytes `DSR1`, a LEB128 count, then per document its fields in declaration
//! order. Strings are a LEB128 byte length and UTF-8 bytes; optional strings are preceded by a
//! 0/1 byte; offsets are LEB128. The format is private to one build: the app and the build script
//! always come from the same source, so there is no versioning beyond the magic.

use std::fmt;

use super::document::{Document, Format, TitleOrigin};

const MAGIC: &[u8; 4] = b"DSR1";

/// Serialises documents for [`decode`].
pub fn encode(documents: &[Document]) -> Vec<u8> {
    let mut out = Vec::with_capacity(documents.iter().map(|d| d.text.len() + 256).sum());
    out.extend_from_slice(MAGIC);
    put_uint(&mut out, documents.len() as u64);
    for doc in documents {
        put_str(&mut out, &doc.id);
        put_str(&mut out, &doc.file);
        out.push(match doc.format {
            Format::Text => 0,
            Format::Markdown => 1,
        });
        put_str(&mut out, &doc.title);
        match doc.title_origin {
            TitleOrigin::FrontMatter => out.push(0),
            TitleOrigin::Line { start, end } => {
                out.push(1);
                put_uint(&mut out, start as u64);
                put_uint(&mut out, end as u64);
            }
        }
        for field in [&doc.source, &doc.published, &doc.url, &doc.author] {
            match field {
                None => out.push(0),
                Some(value) => {
                    out.push(1);
                    put_str(&mut out, value);
                }
            }
        }
        put_str(&mut out, &doc.text);
        put_uint(&mut out, doc.body_start as u64);
    }
    out
}

/// Reads documents written by [`encode`].
pub fn decode(bytes: &[u8]) -> Result<Vec<Document>, DecodeError> {
    let mut r = Reader { bytes, pos: 0 };
    if r.take(MAGIC.len())? != MAGIC {
        return Err(DecodeError { offset: 0 });
    }
    let count: usize = r.uint()?;
    let mut documents = Vec::with_capacity(count.min(1 << 20));
    for _ in 0..count {
        let id = r.string()?;
        let file = r.string()?;
        let format = match r.byte()? {
            0 => Format::Text,
            1 => Format::Markdown,
            _ => return Err(r.error()),
        };
        let title = r.string()?;
        let title_origin = match r.byte()? {
            0 => TitleOrigin::FrontMatter,
            1 => TitleOrigin::Line {
                start: r.uint()?,
                end: r.uint()?,
            },
            _ => return Err(r.error()),
        };
        let mut optional = [None, None, None, None];
        for slot in &mut optional {
            *slot = match r.byte()? {
                0 => None,
                1 => Some(r.string()?),
                _ => return Err(r.error()),
            };
        }
        let [source, published, url, author] = optional;
        let text = r.string()?;
        let body_start = r.uint()?;
        if !text.is_char_boundary(body_start) {
            return Err(r.error());
        }
        documents.push(Document {
            id,
            file,
            format,
            title,
            title_origin,
            source,
            published,
            url,
            author,
            text,
            body_start,
        });
    }
    Ok(documents)
}

/// The embedded corpus could not be read: the bytes are not what [`encode`] writes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    offset: usize,
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

fn put_uint(out: &mut Vec<u8>, mut value: u64) {
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

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_uint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn error(&self) -> DecodeError {
        DecodeError { offset: self.pos }
    }

    fn take(&mut self, n: usize) -> Result<&[u8], DecodeError> {
        let end = self
            .pos
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len());
        let end = end.ok_or_else(|| self.error())?;
        let slice = &self.bytes[self.pos..end];
        self.pos = end;
        Ok(slice)
    }

    fn byte(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }

    fn uint<T: TryFrom<u64>>(&mut self) -> Result<T, DecodeError> {
        let mut value: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return T::try_from(value).map_err(|_| self.error());
            }
        }
        Err(self.error())
    }

    fn string(&mut self) -> Result<String, DecodeError> {
        let len: usize = self.uint()?;
        let at = self.error();
        let bytes = self.take(len)?;
        std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|_| at)
    }
}
