//! yoxla: a static site generator for fact-checking newsrooms.
//!
//! The pipeline runs in one direction, one module per stage:
//!
//! 1. [`content`] loads `yoxla.toml` ([`config`]) and every article and
//!    page into one immutable [`content::Site`];
//! 2. [`check`] runs the style guide's rules over it and returns
//!    [`diag::Finding`]s;
//! 3. [`render`] turns a checked site into output files in memory;
//! 4. [`write`] swaps them into the output folder atomically.
//!
//! [`build`] strings the four together; [`text`] is the Azerbaijani text
//! toolkit every stage shares. [`serve`] (the preview) and [`lsp`] (the
//! language server for editors) keep a site in memory and check it again
//! as files change. [`cmd`] sits on top: one function per
//! `yoxla` command, which the binary only parses arguments for.

// First, so its `say!` macro is seen by every module after it.
#[macro_use]
pub mod text;
pub mod build;
pub mod cache;
pub mod check;
pub mod cmd;
pub mod config;
pub mod content;
pub mod diag;
mod fsutil;
pub mod lsp;
mod memo;
pub mod newsroom;
pub mod output;
pub mod render;
pub mod routes;
pub mod serve;
mod tomlerr;
mod tomlkeys;
pub mod write;
