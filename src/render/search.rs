//! The search index: Pagefind, run as a library over the rendered
//! article pages, in memory. Its output (the index chunks, the WASM
//! search engine and Pagefind's UI) goes under `pagefind/` and works
//! from static files alone; the browser fetches only the chunks a query
//! needs.
//!
//! What is indexed is marked in the article template:
//! `data-pagefind-body` on the article (title, claim box, body, tables,
//! sources) and `data-pagefind-filter` for verdict, category, speaker and
//! year.

use super::Output;
use anyhow::{Result, anyhow};
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

/// The folder of the index in the output.
pub const DIR: &str = "pagefind";

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
