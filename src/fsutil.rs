//! File-system helpers shared by the stages, each naming its file in its
//! errors.

use anyhow::{Context, Result};
use std::path::{Path, PathBuf};

/// `/`-separated name of `path` relative to `base`.
pub fn relative_name(base: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(base).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Every regular file under `dir` (symbolic links are not followed),
/// sorted by name, as (relative name, path).
pub fn files_under(dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry = entry.with_context(|| format!("cannot read the folder `{}`", dir.display()))?;
        if entry.file_type().is_file() {
            files.push((relative_name(dir, entry.path()), entry.path().to_path_buf()));
        }
    }
    Ok(files)
}

/// Reads a file, naming it in the error.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("cannot read `{}`", path.display()))
}

/// A fast hasher with a fixed seed, the same in every run (for telling
/// whether a file or a page changed between two builds; not for security).
pub fn hasher() -> foldhash::quality::FoldHasher<'static> {
    use std::hash::BuildHasher;
    const STATE: foldhash::quality::FixedState =
        foldhash::quality::FixedState::with_seed(0x0079_6f78_6c61);
    STATE.build_hasher()
}

/// A fast, stable 64-bit hash of `bytes` (see [`hasher`]).
pub fn fingerprint(bytes: &[u8]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = hasher();
    bytes.hash(&mut h);
    h.finish()
}
