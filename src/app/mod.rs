//! The user interface: a thin layer over [`crate::search`], [`crate::timeline`],
//! [`crate::corpus`] and [`crate::analysis`]; Leptos holds the reactive state, the DOM is
//! built by hand (see ARCHITECTURE.md for why).
//!
//! [`query`] is pure (the URL-owned view state) and compiles everywhere; the rest exists only
//! in the WebAssembly build:
//!
//! - `root`: loads the corpus, lays out the timeline, filters, results and reader;
//! - `location`: the URL as a signal, and navigation;
//! - `search_box`, `facets`, `result_list`, `reader`, `timeline`: one UI part each, a function
//!   that builds its elements and the effects that keep them in step;
//! - `keyboard`: page-wide shortcuts;
//! - `dom`: the DOM helpers everything is drawn with.

pub mod query;

#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod facets;
#[cfg(target_arch = "wasm32")]
mod keyboard;
#[cfg(target_arch = "wasm32")]
mod location;
#[cfg(target_arch = "wasm32")]
mod reader;
#[cfg(target_arch = "wasm32")]
mod result_list;
#[cfg(target_arch = "wasm32")]
mod root;
#[cfg(target_arch = "wasm32")]
mod search_box;
#[cfg(target_arch = "wasm32")]
mod timeline;

#[cfg(target_arch = "wasm32")]
pub use reader::{Activation, ReaderProps, reader};
#[cfg(target_arch = "wasm32")]
pub use root::start;
