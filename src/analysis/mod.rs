//! Pure text analysis: it takes text and returns plain data (byte-offset ranges), never HTML,
//! and does no I/O. The build script and the command-line tool run it natively; the app runs
//! the same code in the browser.

mod paragraphs;

pub use paragraphs::{ParagraphBreaks, paragraphs};
