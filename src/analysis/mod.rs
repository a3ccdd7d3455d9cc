//! Pure text analysis: it takes text and returns plain data (byte-offset ranges), never HTML,
//! and does no I/O. The build script and the command-line tool run it natively; the app shows
//! its results.
//!
//! - [`analyze`]: the whole pipeline over a corpus.
//! - [`tokenize`], [`sentences`], [`paragraphs`]: splitting text.
//! - [`boilerplate`]: page furniture inside an article.
//! - [`find_dates`]: temporal expressions resolved to EDTF against each article's own date.
//! - [`extract`] and [`link`]: entity mentions, and entities with aliases across a corpus.
//! - [`group_events`]: dated sentences grouped into events.

mod analyze;
mod ascii;
mod boilerplate;
pub(crate) mod dates;
mod entities;
mod events;
pub(crate) mod fast_hash;
mod gazetteer;
pub use gazetteer::strip_diacritic;
mod paragraphs;
mod spans;
mod tokens;

pub use analyze::{Analysis, ArticleAnalysis, ArticleInput, analyze};
pub use boilerplate::{boilerplate, is_boilerplate};
pub use dates::{
    Certainty, DateMention, DatePoint, DatedText, Edtf, Reference, civil_from_days,
    days_from_civil, days_in_month, find_dates, weekday,
};
pub use entities::{
    Alias, Candidate, Entity, EntityKind, Evidence, LinkInput, Linked, LinkedMention, extract, link,
};
pub use events::{DatedSentence, Event, EventSource, group_events, label};
pub use paragraphs::{ParagraphBreaks, paragraphs};
pub use spans::drop_overlaps;
pub use tokens::{Token, TokenKind, sentences, tokenize};
