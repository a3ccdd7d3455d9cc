//! The timeline, pure: what each event's date looks like, the visible stretch of time and how
//! it zooms and pans, the axis ticks, the lanes, and the marks to draw (with dense stretches
//! gathered into clusters). No web types, no I/O: the app's `timeline` component draws what
//! these functions return as SVG.
//!
//! ```
//! use dossier::timeline::{Shape, Window, ticks};
//! let shape = Shape::of("2015-05-25?/2015-05-27?");
//! assert_eq!(shape.describe(), "range of days, uncertain");
//! let window = Window::fit(16_581, 16_800); // 2015-05-25 … 2015-12-31
//! let (_, marks) = ticks(&window, 600.0);
//! assert!(marks.iter().any(|t| t.label == "Sep"));
//! ```

mod axis;
mod glyphs;
mod lanes;
mod shape;
mod window;

pub use axis::{Step, Tick, Unit, ticks};
pub use glyphs::{CELL_PX, Glyph, glyphs};
pub use lanes::{Lane, LaneMode, lanes};
pub use shape::{Precision, Shape};
pub use window::{Window, within};
