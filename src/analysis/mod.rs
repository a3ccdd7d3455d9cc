//! Pure text analysis: it takes text and returns plain data (byte-offset ranges), never HTML,
//! and does no I/O. The build script and the command-line tool run it natively; the app runs
//! the same code in the browser.

mod dates;
mod paragraphs;
mod tokens;

pub use dates::{
    Certainty, DateMention, DatePoint, DatedText, Edtf, Reference, civil_from_days,
    days_from_civil, find_dates, weekday,
};
pub use paragraphs::{ParagraphBreaks, paragraphs};
pub use tokens::{Token, TokenKind, sentences, tokenize};
