//! The user interface: a thin Leptos layer over [`crate::search`], [`crate::corpus`] and
//! [`crate::analysis`].
//!
//! [`query`] is pure (the URL-owned view state) and compiles everywhere; the components exist
//! only in the WebAssembly build:
//!
//! - `root`: loads the corpus, lays out filters, results and reader;
//! - `location`: the URL as a signal, navigation, links;
//! - `search_box`, `facets`, `result_list`, `reader`, `timeline`: one component family each;
//! - `keyboard`: page-wide shortcuts;
//! - `dom`: plain DOM helpers for the long lists, which are drawn by hand.

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
