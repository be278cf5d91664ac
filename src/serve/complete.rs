//! The rest of the real site in the preview: share cards, the search
//! index and search page, the feeds, sitemap, ClaimReview feed and
//! Telegram texts. The preview's own render skips them (drawing
//! and indexing take seconds on a large site, and a save must show in
//! about 100 ms), so after each rebuild this thread renders the site as
//! `yoxla build` does (with the build cache, so only what changed is
//! drawn or indexed) and serves the files the quick render lacks.
//! Requests that arrive while it works are folded into one.
//!
//! It must never slow the quick render down (at 10,000 articles a
//! complete render takes seconds of both cores): it starts only after
//! the saves have paused for [`QUIET`], a save stops it at its next file
//! (it starts again after the next pause), and its threads run at the
//! lowest scheduling priority.

use super::Shared;
use crate::content::Site;
use crate::output::{Output, Sink};
use crate::render::{self, Preview};
use foldhash::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// How long the saves must pause before a complete render starts.
const QUIET: Duration = Duration::from_secs(1);

/// Asks for a complete render after a rebuild.
pub(super) struct Completer {
    tx: Sender<()>,
    /// Set by a save: the complete render under way is out of date.
    stale: Arc<AtomicBool>,
}

impl Completer {
    /// Starts the thread for the site at `root`, serving into `served`.
    pub(super) fn start(root: PathBuf, served: Shared) -> Completer {
        let (tx, rx) = channel();
        let stale = Arc::new(AtomicBool::new(false));
        let flag = stale.clone();
        std::thread::spawn(move || run(&root, &served, &rx, &flag));
        Completer { tx, stale }
    }

    /// Stops the complete render under way and renders the site again
    /// once the saves pause.
    pub(super) fn ask(&self) {
        self.stale.store(true, Ordering::Relaxed);
        let _ = self.tx.send(());
    }
}

fn run(root: &Path, served: &Shared, rx: &Receiver<()>, stale: &AtomicBool) {
    lower_priority();
    // Its own threads, all at the lowest priority (a thread inherits its
    // creator's): the quick render keeps the shared pool.
    let pool = rayon::ThreadPoolBuilder::new()
        .thread_name(|i| format!("yoxla-complete-{i}"))
        .build();
    while rx.recv().is_ok() {
        loop {
            match rx.recv_timeout(QUIET) {
                Ok(()) => continue,
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        stale.store(false, Ordering::Relaxed);
        // A site that does not load or render is the quick render's to
        // report, and a render a save stopped is done again after the next
        // pause; the files from the last complete render stay.
        let files = match &pool {
            Ok(pool) => pool.install(|| complete(root, stale)),
            Err(_) => complete(root, stale),
        };
        if let Ok(files) = files
            && let Ok(mut state) = served.write()
        {
            let extra = files
                .into_iter()
                .filter(|(path, _)| !state.files.contains_key(path))
                .collect();
            state.extra = extra;
        }
    }
}

/// Puts the calling thread at the lowest scheduling priority (Linux
/// sets it per thread; elsewhere it would be the whole process's, so it
/// is left alone there).
fn lower_priority() {
    #[cfg(target_os = "linux")]
    {
        // Not being able to is no reason to stop: the render still runs.
        let _ = rustix::process::setpriority_process(None, 19);
    }
}

/// Every file of a full render of the site (drafts included), by path.
fn complete(root: &Path, stale: &AtomicBool) -> anyhow::Result<HashMap<String, Vec<u8>>> {
    let site = Site::load(root)?;
    let cache = crate::cache::Cache::open(&site.root.join(&site.config.cache_dir));
    let sink = Stoppable {
        files: Mutex::new(Vec::new()),
        stale,
    };
    render::render_with(
        &site,
        &Preview {
            drafts: true,
            findings: &[],
            live: false,
            previous: None,
            cache: cache.as_ref(),
        },
        &sink,
    )?;
    Ok(crate::output::collected(sink.files)?
        .into_iter()
        .map(|o| (o.path, o.bytes))
        .collect())
}

/// Collects the files, and stops the render (its next file is refused)
/// once a save has made it stale.
struct Stoppable<'a> {
    files: Mutex<Vec<Output>>,
    stale: &'a AtomicBool,
}

impl Sink for Stoppable<'_> {
    fn put(&self, file: Output) -> anyhow::Result<()> {
        if self.stale.load(Ordering::Relaxed) {
            anyhow::bail!("stopped by a newer save");
        }
        self.files.put(file)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_stops_the_complete_render_at_its_next_file() {
        let stale = AtomicBool::new(false);
        let sink = Stoppable {
            files: Mutex::new(Vec::new()),
            stale: &stale,
        };
        let file = |path: &str| Output {
            path: path.into(),
            bytes: b"<p>Salam</p>".to_vec(),
        };
        assert!(sink.put(file("a.html")).is_ok());
        stale.store(true, Ordering::Relaxed);
        assert!(sink.put(file("b.html")).is_err());
        let kept = crate::output::collected(sink.files).unwrap();
        assert_eq!(kept.len(), 1);
    }
}
