//! The user interface: a thin Leptos layer over [`crate::corpus`] and [`crate::analysis`].
//!
//! [`query`] is pure (the URL-owned view state) and compiles everywhere; the components exist
//! only in the WebAssembly build.

pub mod query;

#[cfg(target_arch = "wasm32")]
mod article_list;
#[cfg(target_arch = "wasm32")]
mod location;
#[cfg(target_arch = "wasm32")]
mod reader;
#[cfg(target_arch = "wasm32")]
mod root;

#[cfg(target_arch = "wasm32")]
pub use reader::Reader;
#[cfg(target_arch = "wasm32")]
pub use root::App;
