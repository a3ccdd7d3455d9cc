//! How highlight marks (entities, dates) and search matches nest in a stretch of text, as
//! byte ranges; the UI turns the pieces into elements.

use std::ops::Range;

use crate::corpus::Mark;

/// A piece of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Plain text; `hit` if it is (part of) a search match.
    Text {
        /// Byte range in the article's text.
        range: Range<usize>,
        /// Whether it is part of a search match.
        hit: bool,
    },
    /// A highlight mark, split where search matches begin or end inside it.
    Mark {
        /// Index of the mark in the article's marks.
        mark: usize,
        /// Its text in parts, each flagged when part of a search match.
        parts: Vec<(Range<usize>, bool)>,
    },
}

/// The pieces of `range`: the marks inside it that `shown` accepts, and the text between
/// them, each split at search matches (`hits`, sorted, non-overlapping). Marks must be sorted
/// and must not overlap.
///
/// ```
/// use dossier::corpus::{Mark, MarkKind};
/// use dossier::search::{layout, Piece};
/// let mark = Mark { start: 0, end: 6, kind: MarkKind::Place, entity: Some(0), value: String::new(), certainty: None, days: None };
/// // "Astana talks": the mark covers "Astana", the match covers "na ta".
/// let pieces = layout(0..12, &[mark], |_| true, &[4..9]);
/// assert_eq!(pieces, [
///     Piece::Mark { mark: 0, parts: vec![(0..4, false), (4..6, true)] },
///     Piece::Text { range: 6..9, hit: true },
///     Piece::Text { range: 9..12, hit: false },
/// ]);
/// ```
pub fn layout(
    range: Range<usize>,
    marks: &[Mark],
    shown: impl Fn(&Mark) -> bool,
    hits: &[Range<usize>],
) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut at = range.start;
    let first = marks.partition_point(|m| m.start < range.start);
    for (i, m) in marks.iter().enumerate().skip(first) {
        if m.end > range.end {
            break;
        }
        if !shown(m) {
            continue;
        }
        for (r, hit) in split(at..m.start, hits) {
            pieces.push(Piece::Text { range: r, hit });
        }
        pieces.push(Piece::Mark {
            mark: i,
            parts: split(m.start..m.end, hits),
        });
        at = m.end;
    }
    for (r, hit) in split(at..range.end, hits) {
        pieces.push(Piece::Text { range: r, hit });
    }
    pieces
}

/// `range` cut at the edges of `hits`, each part flagged when inside a hit; empty parts dropped.
fn split(range: Range<usize>, hits: &[Range<usize>]) -> Vec<(Range<usize>, bool)> {
    let mut parts = Vec::new();
    let mut at = range.start;
    let first = hits.partition_point(|h| h.end <= range.start);
    for h in &hits[first..] {
        if h.start >= range.end {
            break;
        }
        let (start, end) = (h.start.max(at), h.end.min(range.end));
        if start > at {
            parts.push((at..start, false));
        }
        if end > start {
            parts.push((start..end, true));
        }
        at = at.max(end);
    }
    if at < range.end {
        parts.push((at..range.end, false));
    }
    parts
}
