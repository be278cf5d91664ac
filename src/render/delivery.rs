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

    /// Hands files to the sink; their paths, in the files' order. Many
    /// files are handed over in parallel (a sink takes files from any
    /// thread, in any order), but only from a thread of a pool: a thread
    /// outside it (the search indexer's) would queue behind the pool's
    /// own work, the share cards, and wait for all of them.
    pub(super) fn put_all(&self, files: Vec<Output>) -> Result<Vec<String>> {
        let put = |file: Output| {
            let path = file.path.clone();
            self.put(file).map(|()| path)
        };
        if files.len() < PARALLEL_FROM || rayon::current_thread_index().is_none() {
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
        let out = delivery(&sink);
        let files: Vec<Output> = (0..PARALLEL_FROM * 3)
            .map(|i| Output {
                path: format!("məqalə-{i:03}/index.html"),
                bytes: vec![b'x'; i],
            })
            .collect();
        let wanted: Vec<String> = files.iter().map(|f| f.path.clone()).collect();
        // On a pool's thread, as a render hands them over.
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(2)
            .build()
            .unwrap();
        assert_eq!(pool.install(|| out.put_all(files)).unwrap(), wanted);
        assert_eq!(out.written(), PARALLEL_FROM * 3);
        let mut got = crate::output::collected(sink).unwrap();
        got.sort_by(|a, b| a.path.cmp(&b.path));
        let got: Vec<(String, usize)> = got.into_iter().map(|f| (f.path, f.bytes.len())).collect();
        let expected: Vec<(String, usize)> = wanted.into_iter().zip(0..).collect();
        assert_eq!(got, expected);
    }

    fn delivery(sink: &Mutex<Vec<Output>>) -> Delivery<'_> {
        let names = search::Names {
            verdict: "Hökm".into(),
            category: "Bölmə".into(),
            year: "İl".into(),
            speaker: "Kim deyib".into(),
        };
        Delivery::new(
            sink,
            search::Kept::new(false, crate::text::Language::Az, names),
        )
    }

    #[test]
    fn a_thread_outside_the_pool_hands_its_files_over_while_the_pool_is_busy() {
        use std::sync::atomic::AtomicBool;
        use std::sync::{Arc, mpsc};
        // Every thread of the shared pool held, as the share cards hold
        // them while the search index hands its parts over.
        let threads = rayon::current_num_threads();
        let started = Arc::new(AtomicUsize::new(0));
        let release = Arc::new(AtomicBool::new(false));
        for _ in 0..threads {
            let (started, release) = (started.clone(), release.clone());
            rayon::spawn(move || {
                started.fetch_add(1, Ordering::SeqCst);
                while !release.load(Ordering::SeqCst) {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
            });
        }
        while started.load(Ordering::SeqCst) < threads {
            std::thread::sleep(std::time::Duration::from_millis(1));
        }
        let (done, finished) = mpsc::channel();
        std::thread::spawn(move || {
            let sink = Mutex::new(Vec::new());
            let out = delivery(&sink);
            let files: Vec<Output> = (0..PARALLEL_FROM * 2)
                .map(|i| Output {
                    path: format!("pagefind/hissə-{i}.pf"),
                    bytes: Vec::new(),
                })
                .collect();
            let _ = done.send(out.put_all(files).map(|p| p.len()).ok());
        });
        let handed = finished.recv_timeout(std::time::Duration::from_secs(10));
        release.store(true, Ordering::SeqCst);
        assert_eq!(handed, Ok(Some(PARALLEL_FROM * 2)), "waited for the pool");
    }
}
