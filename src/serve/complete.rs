//! The rest of the real site in the preview: share cards, the search
//! index and search page, the feeds, sitemap, ClaimReview feed and
//! Telegram texts. The preview's own render skips them (drawing
//! and indexing take seconds on a large site, and a save must show in
//! about 100 ms), so after each rebuild this thread renders the site as
//! `yoxla build` does (with the build cache, so only what changed is
//! drawn or indexed) and serves the files the quick render lacks.
//! Requests that arrive while it works are folded into one.

use super::Shared;
use crate::content::Site;
use crate::render::{self, Preview};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, Sender, channel};

/// Asks for a complete render after a rebuild.
pub(super) struct Completer {
    tx: Sender<()>,
}

impl Completer {
    /// Starts the thread for the site at `root`, serving into `served`.
    pub(super) fn start(root: PathBuf, served: Shared) -> Completer {
        let (tx, rx) = channel();
        std::thread::spawn(move || run(&root, &served, &rx));
        Completer { tx }
    }

    /// Renders the site again when the thread is free.
    pub(super) fn ask(&self) {
        let _ = self.tx.send(());
    }
}

fn run(root: &Path, served: &Shared, rx: &Receiver<()>) {
    while rx.recv().is_ok() {
        while rx.try_recv().is_ok() {}
        // A site that does not load or render is the quick render's to
        // report; the files from the last complete render stay.
        if let Ok(files) = complete(root)
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

/// Every file of a full render of the site (drafts included), by path.
fn complete(root: &Path) -> anyhow::Result<HashMap<String, Vec<u8>>> {
    let site = Site::load(root)?;
    let cache = crate::cache::Cache::open(&site.root.join(&site.config.cache_dir));
    let sink = Mutex::new(Vec::new());
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
    Ok(crate::output::collected(sink)?
        .into_iter()
        .map(|o| (o.path, o.bytes))
        .collect())
}
