//! The Azerbaijani text toolkit shared by every stage: Turkic casing,
//! alphabetical order, readable ASCII slugs and dates written the
//! Azerbaijani way.
//!
//! Rust's `str::to_lowercase` maps `İ` to `i̇` (with a combining dot) and `I`
//! to `i`, both wrong in Azerbaijani; everything here goes through ICU4X with
//! the `az` locale instead.

// First, so its `say!` macro is seen by the modules after it.
#[macro_use]
mod language;
mod case;
mod catalog;
mod collate;
mod date;
pub mod numbers;
pub mod quotes;
pub mod sentences;
pub mod slug;
mod visible;
pub mod words;

pub use case::{
    fold, is_capitalised, lowercase, lowercase_first, starts_small, titlecase_first, uppercase,
};
pub use collate::{compare, sort_by_key};
pub use date::{Date, format_date};
pub use language::{Language, NumberArg, TextArg};
pub use slug::slugify;
pub use visible::{visible, visible_text};

/// How many one-letter insertions, deletions or substitutions turn `a`
/// into `b` (Levenshtein, by characters): how near a misspelt word is to
/// a known one.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}
