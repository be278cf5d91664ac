//! How one render hands its files over: to its [`Sink`], counting the
//! files and keeping the articles' records for the search index. Anything
//! about handing files over, not about making them, belongs here.

use super::search;
use crate::output::{Output, Sink};
use anyhow::Result;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Where one render's files go: its sink, with a count of the files
/// handed over and the articles' records kept for the search index.
pub(super) struct Delivery<'a> {
    sink: &'a dyn Sink,
    written: AtomicUsize,
    /// The articles' records, for the search index.
    pub(super) kept: search::Kept,
}

impl<'a> Delivery<'a> {
    /// Files to `sink`, the articles' records kept in `kept`.
    pub(super) fn new(sink: &'a dyn Sink, kept: search::Kept) -> Delivery<'a> {
        Delivery {
            sink,
            written: AtomicUsize::new(0),
            kept,
        }
    }

    /// Hands one file to the sink.
    pub(super) fn put(&self, file: Output) -> Result<()> {
        self.written.fetch_add(1, Ordering::Relaxed);
        self.sink.put(file)
    }

    /// Hands files to the sink in order; their paths.
    pub(super) fn put_all(&self, files: Vec<Output>) -> Result<Vec<String>> {
        let mut paths = Vec::with_capacity(files.len());
        for file in files {
            paths.push(file.path.clone());
            self.put(file)?;
        }
        Ok(paths)
    }

    /// How many files were handed to the sink.
    pub(super) fn written(self) -> usize {
        self.written.into_inner()
    }
}
