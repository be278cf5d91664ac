//! How one render hands its files over: to its [`Sink`], counting the
//! files and keeping the articles' records for the search index. Anything
//! about handing files over, not about making them, belongs here.

use super::search;
use crate::output::{Output, Sink};
use anyhow::Result;
use rayon::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// From how many files [`Delivery::put_all`] hands them over in
/// parallel: an article's few files are not worth a split.
const PARALLEL_FROM: usize = 64;

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

    /// Hands files to the sink, many of them in parallel (a sink takes
    /// files from any thread, in any order); their paths, in the files'
    /// order.
    pub(super) fn put_all(&self, files: Vec<Output>) -> Result<Vec<String>> {
        let put = |file: Output| {
            let path = file.path.clone();
            self.put(file).map(|()| path)
        };
        if files.len() < PARALLEL_FROM {
            return files.into_iter().map(put).collect();
        }
        files.into_par_iter().map(put).collect()
    }

    /// How many files were handed to the sink.
    pub(super) fn written(self) -> usize {
        self.written.into_inner()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn many_files_handed_over_in_parallel_all_arrive_and_their_paths_keep_their_order() {
        let sink = Mutex::new(Vec::new());
        let names = search::Names {
            verdict: "Hökm".into(),
            category: "Bölmə".into(),
            year: "İl".into(),
            speaker: "Kim deyib".into(),
        };
        let kept = search::Kept::new(false, crate::text::Language::Az, names);
        let out = Delivery::new(&sink, kept);
        let files: Vec<Output> = (0..PARALLEL_FROM * 3)
            .map(|i| Output {
                path: format!("məqalə-{i:03}/index.html"),
                bytes: vec![b'x'; i],
            })
            .collect();
        let wanted: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
        assert_eq!(out.put_all(files).unwrap(), wanted);
        assert_eq!(out.written(), PARALLEL_FROM * 3);
        let mut got = crate::output::collected(sink).unwrap();
        got.sort_by(|a, b| a.path.cmp(&b.path));
        let got: Vec<(String, usize)> = got.into_iter().map(|f| (f.path, f.bytes.len())).collect();
        let expected: Vec<(String, usize)> = wanted.into_iter().zip(0..).collect();
        assert_eq!(got, expected);
    }
}
