//! One part of the index, made by Pagefind as a library from the part's
//! records, and a part's files packed as one build-cache entry.
//!
//! Pagefind splits some of its work over rayon; it is given a pool of its
//! own ([`pool`]), so that its work never waits behind the share cards,
//! which are drawn on the shared pool at the same time. Waiting, the
//! index ran only after the cards (16 of a 10,000-article cold build's
//! 40 s on two cores); beside them, with the records kept deflated, the
//! build took 22.6 s instead of 29.9 s.

use super::Names;
use super::record::Record;
use crate::text::Language;
use anyhow::{Result, anyhow};
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;

/// A part's files: each name inside the part's folder, and its bytes.
pub(super) type Files = Vec<(String, Vec<u8>)>;

/// Pagefind's files a yoxla site does not use: its ready-made search
/// interfaces (the theme's `search.js` is the interface) and playground.
const UNUSED: [&str; 4] = [
    "pagefind-ui",
    "pagefind-modular-ui",
    "pagefind-component-ui",
    "playground",
];

/// The indexer's threads.
pub(super) fn pool(language: Language) -> Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .thread_name(|i| format!("yoxla-search-{i}"))
        .build()
        .map_err(|e| anyhow!("{}", say!(language, "render-search-index", why = e)))
}

/// Indexes the records on `pool` and returns Pagefind's files. Pagefind
/// is async; it gets a runtime of its own on one of the pool's threads,
/// which no other runtime is ever entered on.
pub(super) fn index(
    records: Vec<Record>,
    names: &Names,
    language: Language,
    pool: &rayon::ThreadPool,
) -> Result<Files> {
    pool.install(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .map_err(|e| anyhow!("{}", say!(language, "render-search-index", why = e)))?;
        runtime.block_on(build(records, names, language))
    })
}

async fn build(records: Vec<Record>, names: &Names, language: Language) -> Result<Files> {
    let config = PagefindServiceConfig::builder()
        .keep_index_url(false)
        .build();
    let failed = |why: String| anyhow!("{}", say!(language, "render-search-index", why = why));
    let mut index = PagefindIndex::new(Some(config)).map_err(|e| failed(e.to_string()))?;
    for r in records {
        let content = r.content().map_err(|e| failed(format!("{}: {e}", r.url)))?;
        index
            .add_custom_record(
                r.url.clone(),
                content,
                language.code().to_string(),
                Some(r.meta()),
                Some(r.filters(names)),
                None,
            )
            .await
            .map_err(|e| failed(format!("{}: {e}", r.url)))?;
    }
    let files = index.get_files().await.map_err(|e| failed(e.to_string()))?;
    let mut out: Files = files
        .into_iter()
        .map(|f| (f.filename.to_string_lossy().replace('\\', "/"), f.contents))
        .filter(|(name, _)| !UNUSED.iter().any(|unused| name.starts_with(unused)))
        .collect();
    out.sort();
    Ok(out)
}

/// Files as one cache entry: for each, its name's length and name, its
/// length and bytes.
pub(super) fn pack(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(files.iter().map(|(_, b)| b.len() + 64).sum());
    for (name, bytes) in files {
        out.extend((name.len() as u64).to_le_bytes());
        out.extend(name.as_bytes());
        out.extend((bytes.len() as u64).to_le_bytes());
        out.extend(bytes);
    }
    out
}

/// The files of a cache entry; `None` when it is not one whole entry.
pub(super) fn unpack(mut bytes: &[u8]) -> Option<Files> {
    let mut files = Vec::new();
    let take = |bytes: &mut &[u8]| -> Option<Vec<u8>> {
        let (len, rest) = bytes.split_first_chunk::<8>()?;
        let len = usize::try_from(u64::from_le_bytes(*len)).ok()?;
        let (value, rest) = (rest.get(..len)?, rest.get(len..)?);
        *bytes = rest;
        Some(value.to_vec())
    };
    while !bytes.is_empty() {
        let name = String::from_utf8(take(&mut bytes)?).ok()?;
        let contents = take(&mut bytes)?;
        if name.starts_with('/') || name.split('/').any(|s| s == ".." || s.is_empty()) {
            return None;
        }
        files.push((name, contents));
    }
    Some(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_index_unpacks_to_the_same_files_and_a_cut_one_to_nothing() {
        let files = vec![
            ("pagefind-entry.json".to_string(), b"{}".to_vec()),
            ("index/x.pf_index".to_string(), vec![0, 1, 2]),
        ];
        let packed = pack(&files);
        assert_eq!(unpack(&packed).unwrap(), files);
        assert!(unpack(&packed[..packed.len() - 1]).is_none());
        // A name that would leave the index's folder is no entry.
        assert!(unpack(&pack(&[("../x".to_string(), vec![])])).is_none());
    }
}
