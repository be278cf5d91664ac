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

/// The part of an article page the index reads: the `<html>` element's
/// opening tag (for its language) and the article, which holds every
/// `data-pagefind-*` mark. Pagefind then parses a fraction of each page.
pub fn indexed_part(html: &[u8]) -> Vec<u8> {
    let find = |needle: &[u8], from: usize| {
        html[from..]
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|i| i + from)
    };
    let (Some(open), Some(start)) = (find(b"<html", 0), find(b"<article", 0)) else {
        return html.to_vec();
    };
    let Some(end) = find(b"</article>", start) else {
        return html.to_vec();
    };
    let Some(open_end) = find(b">", open) else {
        return html.to_vec();
    };
    let mut out = Vec::with_capacity(end - start + 64);
    out.extend_from_slice(&html[open..=open_end]);
    out.extend_from_slice(b"<body>");
    out.extend_from_slice(&html[start..end + b"</article>".len()]);
    out.extend_from_slice(b"</body></html>");
    out
}

/// Indexes `(URL, html)` pages and returns Pagefind's files.
pub fn index(pages: &[(String, Vec<u8>)]) -> Result<Vec<Output>> {
    let pages: Vec<(String, String)> = pages
        .iter()
        .map(|(path, html)| (path.to_string(), String::from_utf8_lossy(html).into_owned()))
        .collect();
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
