//! Dossier: an in-browser explorer for a collection of news articles.
//!
//! A folder of articles is validated and embedded at compile time (`build.rs`); the app, a
//! Leptos single-page app compiled to WebAssembly, does everything else in the browser.
//!
//! - [`corpus`]: documents, validation of corpus files, the embedded form.
//! - [`analysis`]: pure text analysis over byte ranges (no I/O, no web types).
//! - [`search`]: full-text index, query language, filters and facet counts (pure).
//! - [`timeline`]: what the timeline draws: date shapes, zoom, axis ticks, lanes, clusters (pure).
//! - [`embedded`]: the corpus compiled into this binary.
//! - [`app`]: the user interface (URL-owned state; Leptos components in the browser).
//!
//! See `ARCHITECTURE.md` for how the parts fit together.
#![deny(missing_docs)]

pub mod analysis;
pub mod app;
pub mod corpus;
pub mod embedded;
pub mod search;
pub mod timeline;
