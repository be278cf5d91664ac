//! The search index: Pagefind, run as a library over the rendered
//! article pages, in memory. Its output (the index chunks, the WASM
//! search engine and Pagefind's UI) goes under `pagefind/` and works
//! from static files alone; the browser fetches only the chunks a query
//! needs.
//!
//! The article pages are kept for the index as they are drawn
//! ([`Kept`]), whether with their views or with the other pages, and
//! indexed in the site's order once every page is drawn.
//!
//! What is indexed is marked in the article template:
//! `data-pagefind-body` on the article (title, claim box, body, tables,
//! sources) and `data-pagefind-filter` for verdict, category, speaker and
//! year.

use super::Output;
use anyhow::{Result, anyhow};
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
use std::sync::Mutex;

/// The folder of the index in the output.
pub const DIR: &str = "pagefind";

/// The article pages kept for the index while they are drawn, from
/// several threads, when search is on.
pub(super) struct Kept {
    /// Whether search is on (else nothing is kept or indexed).
    on: bool,
    /// The root-relative path of the home page.
    base: String,
    /// `(i, URL, html)` of `views[i]`'s page.
    pages: Mutex<Vec<(usize, String, String)>>,
}

impl Kept {
    /// Keeps pages when `on`, at URLs under `base`.
    pub(super) fn new(on: bool, base: &str) -> Kept {
        Kept {
            on,
            base: base.to_string(),
            pages: Mutex::new(Vec::new()),
        }
    }

    /// Keeps `output`, the page of the `i`th article.
    pub(super) fn keep(&self, i: usize, output: &Output) {
        if self.on {
            let base = &self.base;
            let url = format!("{base}{}", output.path.trim_end_matches("index.html"));
            let html = String::from_utf8_lossy(&output.bytes).into_owned();
            if let Ok(mut kept) = self.pages.lock() {
                kept.push((i, url, html));
            }
        }
    }

    /// The index of the pages kept, in the site's order (none when search
    /// is off).
    pub(super) fn index(&self) -> Result<Vec<Output>> {
        if !self.on {
            return Ok(Vec::new());
        }
        let mut kept = std::mem::take(
            &mut *self
                .pages
                .lock()
                .map_err(|_| anyhow::anyhow!("a render thread failed"))?,
        );
        kept.sort_by_key(|(i, _, _)| *i);
        index(kept.into_iter().map(|(_, url, html)| (url, html)).collect())
    }
}

/// Indexes `(URL, html)` pages and returns Pagefind's files.
pub fn index(pages: Vec<(String, String)>) -> Result<Vec<Output>> {
    // Pagefind is async; it gets a runtime of its own on a thread of its
    // own, so this works inside or outside another runtime.
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .build()
                    .map_err(|e| anyhow!("search index: {e}"))?;
                runtime.block_on(build(pages))
            })
            .join()
            .map_err(|_| anyhow!("search index: the indexer stopped unexpectedly"))?
    })
}

async fn build(pages: Vec<(String, String)>) -> Result<Vec<Output>> {
    let config = PagefindServiceConfig::builder()
        .keep_index_url(false)
        .build();
    let mut index = PagefindIndex::new(Some(config)).map_err(|e| anyhow!("search index: {e}"))?;
    for (path, html) in pages {
        index
            .add_html_file(None, Some(path.clone()), html)
            .await
            .map_err(|e| anyhow!("search index: {path}: {e}"))?;
    }
    let files = index
        .get_files()
        .await
        .map_err(|e| anyhow!("search index: {e}"))?;
    let mut out: Vec<Output> = files
        .into_iter()
        .filter(|f| !f.filename.starts_with("playground"))
        .map(|f| Output {
            path: format!("{DIR}/{}", f.filename.to_string_lossy().replace('\\', "/")),
            bytes: f.contents,
        })
        .collect();
    out.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(out)
}
