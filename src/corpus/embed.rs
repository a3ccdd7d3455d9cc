//! The compact binary form in which the build embeds the corpus into the app.
//!
//! Layout: the magic bytes `DSR1`, a LEB128 count, then per document its fields in declaration
//! order. Strings are a LEB128 byte length and UTF-8 bytes; optional strings are preceded by a
//! 0/1 byte; offsets are LEB128. The format is private to one build: the app and the build script
//! always come from the same source, so there is no versioning beyond the magic.

use std::ops::Range;

use super::annotations::{
    Annotations, ArticleAnnotations, EntitySummary, EventAnnotation, EventTelling, Mark, MarkKind,
};
use super::bytes::{DecodeError, Reader, put_days, put_str, put_uint};
use super::document::{Document, Format, TitleOrigin};
use crate::analysis::Certainty;

const MAGIC: &[u8; 4] = b"DSR1";

/// Serialises documents and their annotations for [`decode`].
pub fn encode(documents: &[Document], annotations: &Annotations) -> Vec<u8> {
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
    encode_annotations(&mut out, annotations);
    out
}

fn encode_annotations(out: &mut Vec<u8>, annotations: &Annotations) {
    put_uint(out, annotations.entities.len() as u64);
    for e in &annotations.entities {
        put_str(out, &e.id);
        put_str(out, &e.name);
        out.push(e.kind.code());
        put_uint(out, e.aliases.len() as u64);
        for (name, reason) in &e.aliases {
            put_str(out, name);
            put_str(out, reason);
        }
        put_uint(out, e.documents as u64);
        put_uint(out, e.mentions as u64);
    }
    put_uint(out, annotations.articles.len() as u64);
    for a in &annotations.articles {
        match &a.reference {
            None => out.push(0),
            Some(value) => {
                out.push(1);
                put_str(out, value);
            }
        }
        put_str(out, &a.reference_evidence);
        put_days(out, a.reference_days);
        put_uint(out, a.entity_counts.len() as u64);
        let mut last = 0;
        for &(entity, count) in &a.entity_counts {
            put_uint(out, (entity - last) as u64);
            put_uint(out, count as u64);
            last = entity;
        }
        put_uint(out, a.mark_days.len() as u64);
        for &days in &a.mark_days {
            put_days(out, Some(days));
        }
        // The marks, behind their length in bytes, so that the app can skip them at start-up
        // and read an article's when it is opened.
        let mut marks = Vec::new();
        put_uint(&mut marks, a.marks.len() as u64);
        let mut last = 0;
        for m in &a.marks {
            // Offsets as deltas: marks are in text order, so the numbers stay small.
            put_uint(&mut marks, m.start.saturating_sub(last) as u64);
            put_uint(&mut marks, (m.end - m.start) as u64);
            last = m.start;
            marks.push(m.kind.code());
            put_uint(&mut marks, m.entity.map_or(0, |e| e as u64 + 1));
            put_str(&mut marks, &m.value);
            marks.push(certainty_code(m.certainty));
            put_days(&mut marks, m.days);
        }
        put_uint(out, marks.len() as u64);
        out.extend_from_slice(&marks);
        put_uint(out, a.boilerplate.len() as u64);
        for &(start, end) in &a.boilerplate {
            put_uint(out, start as u64);
            put_uint(out, (end - start) as u64);
        }
    }
    put_uint(out, annotations.events.len() as u64);
    for e in &annotations.events {
        put_str(out, &e.value);
        put_days(out, e.days);
        out.push(u8::from(e.conflict));
        put_uint(out, e.entities.len() as u64);
        for &entity in &e.entities {
            put_uint(out, entity as u64);
        }
        put_uint(out, e.tellings.len() as u64);
        for t in &e.tellings {
            put_uint(out, t.doc as u64);
            put_uint(out, t.start as u64);
            put_uint(out, (t.end - t.start) as u64);
            // Most tellings give the event's own date: an empty string says so.
            put_str(out, t.value.as_deref().unwrap_or_default());
        }
    }
}

/// Reads documents and annotations written by [`encode`].
pub fn decode(bytes: &[u8]) -> Result<(Vec<Document>, Annotations), DecodeError> {
    let (documents, annotations, _) = decode_with(bytes, true)?;
    Ok((documents, annotations))
}

/// Reads documents and annotations written by [`encode`], except the articles' marks (left
/// empty; everything derived from them is there): for a quick start with a large corpus. Also
/// returns where each article's marks are in `bytes`, for [`decode_marks`].
pub fn decode_without_marks(bytes: &[u8]) -> Result<DecodedWithoutMarks, DecodeError> {
    decode_with(bytes, false)
}

/// Documents, annotations without marks, and where each article's marks are.
pub type DecodedWithoutMarks = (Vec<Document>, Annotations, Vec<Range<usize>>);

/// One article's marks, from the range [`decode_without_marks`] gave for it. `text` is the
/// article's text and `entities` the number of entities (both to check the marks against).
pub fn decode_marks(
    bytes: &[u8],
    at: Range<usize>,
    text: &str,
    entities: usize,
) -> Result<Vec<Mark>, DecodeError> {
    let mut r = Reader {
        bytes: bytes.get(..at.end).ok_or(DecodeError::at(at.end))?,
        pos: at.start,
    };
    let marks = read_marks(&mut r, text, entities)?;
    if r.pos != at.end {
        return Err(r.error());
    }
    Ok(marks)
}

fn decode_with(bytes: &[u8], with_marks: bool) -> Result<DecodedWithoutMarks, DecodeError> {
    let mut r = Reader { bytes, pos: 0 };
    if r.take(MAGIC.len())? != MAGIC {
        return Err(DecodeError::at(0));
    }
    let count: usize = r.uint()?;
    let mut documents = Vec::with_capacity(count.min(1 << 20));
    for _ in 0..count {
        documents.push(read_document(&mut r)?);
    }
    let (annotations, marks_at) = decode_annotations(&mut r, &documents, with_marks)?;
    if r.pos != bytes.len() {
        return Err(r.error());
    }
    Ok((documents, annotations, marks_at))
}

fn decode_annotations(
    r: &mut Reader<'_>,
    documents: &[Document],
    with_marks: bool,
) -> Result<(Annotations, Vec<Range<usize>>), DecodeError> {
    let count: usize = r.uint()?;
    let mut entities = Vec::with_capacity(count.min(1 << 20));
    for _ in 0..count {
        entities.push(read_entity(r)?);
    }
    let count: usize = r.uint()?;
    if count == 0 {
        // Written without an analysis: nothing to highlight.
        let articles = vec![ArticleAnnotations::default(); documents.len()];
        let events = decode_events(r, documents, entities.len())?;
        let annotations = Annotations {
            entities,
            articles,
            events,
        };
        return Ok((annotations, vec![0..0; documents.len()]));
    }
    if count != documents.len() {
        return Err(r.error());
    }
    let mut articles = Vec::with_capacity(count);
    let mut marks_at = Vec::with_capacity(count);
    for doc in documents {
        let (article, at) = read_article(r, doc, entities.len(), with_marks)?;
        articles.push(article);
        marks_at.push(at);
    }
    let events = decode_events(r, documents, entities.len())?;
    let annotations = Annotations {
        entities,
        articles,
        events,
    };
    Ok((annotations, marks_at))
}

/// An article's marks, as [`encode`] writes them (their count, then each mark).
fn read_marks(r: &mut Reader<'_>, text: &str, entities: usize) -> Result<Vec<Mark>, DecodeError> {
    let marks_count: usize = r.uint()?;
    let mut marks = Vec::with_capacity(marks_count.min(1 << 20));
    let mut last = 0usize;
    for _ in 0..marks_count {
        let start = last.checked_add(r.uint()?).ok_or_else(|| r.error())?;
        let end = start.checked_add(r.uint()?).ok_or_else(|| r.error())?;
        last = start;
        let kind = MarkKind::from_code(r.byte()?).ok_or_else(|| r.error())?;
        let entity = match r.uint::<usize>()? {
            0 => None,
            n if n - 1 < entities => Some(n - 1),
            _ => return Err(r.error()),
        };
        let value = r.string()?;
        let certainty = match r.byte()? {
            0 => None,
            1 => Some(Certainty::Stated),
            2 => Some(Certainty::Inferred),
            3 => Some(Certainty::Unknown),
            _ => return Err(r.error()),
        };
        let days = r.days()?;
        let in_text =
            end <= text.len() && text.is_char_boundary(start) && text.is_char_boundary(end);
        if !in_text {
            return Err(r.error());
        }
        marks.push(Mark {
            start,
            end,
            kind,
            entity,
            value,
            certainty,
            days,
        });
    }
    Ok(marks)
}

fn decode_events(
    r: &mut Reader<'_>,
    documents: &[Document],
    entity_count: usize,
) -> Result<Vec<EventAnnotation>, DecodeError> {
    let count: usize = r.uint()?;
    let mut events = Vec::with_capacity(count.min(1 << 20));
    for _ in 0..count {
        events.push(read_event(r, documents, entity_count)?);
    }
    Ok(events)
}

/// One document, as [`encode`] writes it. (Each item of a large corpus is read by a function
/// call of its own: the browser compiles a hot function with its optimising tier for the next
/// call, never for a call under way.)
#[inline(never)]
fn read_document(r: &mut Reader<'_>) -> Result<Document, DecodeError> {
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
    Ok(Document {
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
    })
}

/// One entity, as [`encode`] writes it.
#[inline(never)]
fn read_entity(r: &mut Reader<'_>) -> Result<EntitySummary, DecodeError> {
    let id = r.string()?;
    let name = r.string()?;
    let kind = MarkKind::from_code(r.byte()?).ok_or_else(|| r.error())?;
    let aliases_count: usize = r.uint()?;
    let mut aliases = Vec::with_capacity(aliases_count.min(1 << 16));
    for _ in 0..aliases_count {
        aliases.push((r.string()?, r.string()?));
    }
    let documents = r.uint()?;
    let mentions = r.uint()?;
    Ok(EntitySummary {
        id,
        name,
        kind,
        aliases,
        documents,
        mentions,
    })
}

/// One article's annotations, as [`encode`] writes them (its marks only if `with_marks`), and
/// where its marks are. `entities` is the number of entities.
#[inline(never)]
fn read_article(
    r: &mut Reader<'_>,
    doc: &Document,
    entities: usize,
    with_marks: bool,
) -> Result<(ArticleAnnotations, Range<usize>), DecodeError> {
    let reference = match r.byte()? {
        0 => None,
        1 => Some(r.string()?),
        _ => return Err(r.error()),
    };
    let reference_evidence = r.string()?;
    let reference_days = r.days()?;
    let counts: usize = r.uint()?;
    let mut entity_counts = Vec::with_capacity(counts.min(1 << 16));
    let mut last = 0usize;
    for _ in 0..counts {
        let entity = last.checked_add(r.uint()?).ok_or_else(|| r.error())?;
        if entity >= entities {
            return Err(r.error());
        }
        entity_counts.push((entity, r.uint()?));
        last = entity;
    }
    let days_count: usize = r.uint()?;
    let mut mark_days = Vec::with_capacity(days_count.min(1 << 16));
    for _ in 0..days_count {
        mark_days.push(r.days()?.ok_or_else(|| r.error())?);
    }
    let marks_len: usize = r.uint()?;
    let at = r.pos..r.pos.checked_add(marks_len).ok_or_else(|| r.error())?;
    let marks = if with_marks {
        decode_marks(r.bytes, at.clone(), &doc.text, entities)?
    } else {
        Vec::new()
    };
    r.take(marks_len)?;
    let boilerplate_count: usize = r.uint()?;
    let mut boilerplate = Vec::with_capacity(boilerplate_count.min(1 << 16));
    for _ in 0..boilerplate_count {
        let start: usize = r.uint()?;
        let end = start.checked_add(r.uint()?).ok_or_else(|| r.error())?;
        if end > doc.text.len() {
            return Err(r.error());
        }
        boilerplate.push((start, end));
    }
    let article = ArticleAnnotations {
        reference,
        reference_evidence,
        reference_days,
        marks,
        boilerplate,
        entity_counts,
        mark_days,
    };
    Ok((article, at))
}

/// One event, as [`encode`] writes it.
#[inline(never)]
fn read_event(
    r: &mut Reader<'_>,
    documents: &[Document],
    entity_count: usize,
) -> Result<EventAnnotation, DecodeError> {
    let value = r.string()?;
    let days = r.days()?;
    let conflict = match r.byte()? {
        0 => false,
        1 => true,
        _ => return Err(r.error()),
    };
    let entities_count: usize = r.uint()?;
    let mut entities = Vec::with_capacity(entities_count.min(1 << 16));
    for _ in 0..entities_count {
        let entity: usize = r.uint()?;
        if entity >= entity_count {
            return Err(r.error());
        }
        entities.push(entity);
    }
    let tellings_count: usize = r.uint()?;
    let mut tellings = Vec::with_capacity(tellings_count.min(1 << 16));
    for _ in 0..tellings_count {
        let doc: usize = r.uint()?;
        let start: usize = r.uint()?;
        let end = start.checked_add(r.uint()?).ok_or_else(|| r.error())?;
        // In bounds; whether on character boundaries is left to where the text is cut (with
        // `str::get`): looking at 200,000 places in 40 MB of text is most of a large
        // corpus' decoding time, spent on cache misses.
        if end > documents.get(doc).ok_or_else(|| r.error())?.text.len() {
            return Err(r.error());
        }
        let own = r.string()?;
        tellings.push(EventTelling {
            doc,
            start,
            end,
            value: (!own.is_empty()).then_some(own),
        });
    }
    if tellings.is_empty() {
        return Err(r.error());
    }
    Ok(EventAnnotation {
        value,
        days,
        conflict,
        entities,
        tellings,
    })
}

fn certainty_code(certainty: Option<Certainty>) -> u8 {
    match certainty {
        None => 0,
        Some(Certainty::Stated) => 1,
        Some(Certainty::Inferred) => 2,
        Some(Certainty::Unknown) => 3,
    }
}
