//! The Azerbaijani text toolkit shared by every stage: Turkic casing,
//! alphabetical order, readable ASCII slugs and dates written the
//! Azerbaijani way.
//!
//! Rust's `str::to_lowercase` maps `İ` to `i̇` (with a combining dot) and `I`
//! to `i`, both wrong in Azerbaijani; everything here goes through ICU4X with
//! the `az` locale instead.

mod case;
mod collate;
mod date;
pub mod numbers;
pub mod quotes;
pub mod sentences;
pub mod slug;
mod visible;
pub mod words;

pub use case::{fold, lowercase, lowercase_first, titlecase_first, uppercase};
pub use collate::{compare, sort_by_key};
pub use date::{Date, format_date};
pub use slug::slugify;
pub use visible::{visible, visible_text};
