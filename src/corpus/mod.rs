//! Articles and the corpus they form: parsing and validating one file, loading a folder, and the
//! compact form the build embeds into the app.
//!
//! This module is pure except for [`load_folder`], which reads a directory (native only). The
//! build script includes this module by path (with `analysis` and `search`), so it may refer
//! to `crate::` only for those.
//!
//! ```
//! use dossier::corpus::{parse_document, Limits};
//! let doc = parse_document("2015/talks.md", b"---\ntitle: Talks open\n---\nDelegates met.\n", &Limits::default()).unwrap();
//! assert_eq!(doc.id, "2015/talks");
//! assert_eq!(doc.title, "Talks open");
//! assert_eq!(doc.body(), "Delegates met.\n");
//! ```

mod annotations;
pub(crate) mod bytes;
mod document;
mod embed;
mod error;
#[cfg(not(target_arch = "wasm32"))]
mod folder;
mod front_matter;
mod id;
mod parse;

pub use annotations::{
    Annotations, ArticleAnnotations, EntitySummary, EventAnnotation, EventTelling, Mark, MarkKind,
};
pub use bytes::DecodeError;
pub use document::{Document, Format, TitleOrigin};
pub use embed::{DecodedWithoutMarks, decode, decode_marks, decode_without_marks, encode};
pub use error::CorpusError;
#[cfg(not(target_arch = "wasm32"))]
pub use folder::{Corpus, load_folder};
pub use id::id_from_path;
pub use parse::{Limits, parse_document};
