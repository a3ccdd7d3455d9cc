//! Search and filtering over the corpus, pure Rust: no web types, no I/O.
//!
//! - [`words`]: the folded words text is indexed and searched by (case, diacritics and quote
//!   style ignored), with their byte ranges.
//! - [`SearchQuery`]: what the user typed in the search box, parsed, with problems described.
//! - [`SearchIndex`]: an inverted index with BM25 ranking, built natively (the build script
//!   embeds it) and decoded in the app.
//! - [`find_matches`] and [`snippet`]: where a query matches in one article, and the passage
//!   to show in a result.
//! - [`Explorer`]: the corpus with its index, filtered by a [`Filters`] value into ranked
//!   results and facet counts.
//! - [`layout`]: how highlight marks and search matches nest when an article is shown.
//!
//! ```
//! use dossier::corpus::{parse_document, Annotations, Limits};
//! use dossier::search::{Explorer, Filters};
//! let docs = vec![
//!     parse_document("a.txt", "Talks in Türkiye\nDelegates met in Ankara.".as_bytes(), &Limits::default()).unwrap(),
//!     parse_document("b.txt", "Quiet day\nNothing happened.".as_bytes(), &Limits::default()).unwrap(),
//! ];
//! let annotations = Annotations { articles: vec![Default::default(); 2], ..Annotations::default() };
//! let explorer = Explorer::new(&docs, &annotations);
//! let found = explorer.run(&Filters { query: "turkiye deleg".into(), ..Filters::default() });
//! assert_eq!(found.results.iter().map(|r| r.doc).collect::<Vec<_>>(), [0]);
//! ```

mod days;
mod explorer;
mod highlight;
mod index;
mod query;
mod snippet;
mod words;

pub use days::{DayRange, format_day, parse_day_range};
pub use explorer::{
    EntityCount, Explorer, Filters, Outcome, Ranked, SourceCount, searchable_ranges,
};
pub use highlight::{Piece, layout};
pub use index::{IndexedText, SearchIndex, TermMatch};
pub use query::{EntityFilter, SearchQuery, Term};
pub use snippet::{Snippet, find_matches, snippet};
pub use words::{fold_word, words};
