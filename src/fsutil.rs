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
pub fn files_under(dir: &Path, lang: crate::text::Language) -> Result<Vec<(String, PathBuf)>> {
    let mut files = Vec::new();
    for entry in walkdir::WalkDir::new(dir)
        .follow_links(false)
        .sort_by_file_name()
    {
        let entry =
            entry.with_context(|| say!(lang, "io-cannot-read-folder", path = dir.display()))?;
        if entry.file_type().is_file() {
            files.push((relative_name(dir, entry.path()), entry.path().to_path_buf()));
        }
    }
    Ok(files)
}

/// Refuses a folder of the site that is, or lies behind, a symbolic
/// link: `rel` (`/`-separated, under `root`) is looked at one part at a
/// time, so `static/`, `themes/NAME/` and `themes/NAME/static/` cannot
/// pull files from elsewhere on the machine into the published site
/// (links *inside* these folders are skipped by [`files_under`]).
pub fn refuse_linked_folder(root: &Path, rel: &str, lang: crate::text::Language) -> Result<()> {
    let mut path = root.to_path_buf();
    for part in rel.split('/').filter(|p| !p.is_empty()) {
        path.push(part);
        let linked = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
        if linked {
            let shown = relative_name(root, &path);
            anyhow::bail!(
                "{}",
                say!(lang, "load-symbolic-link-yoxla-does-not", shown = shown)
            );
        }
    }
    Ok(())
}

/// A text file's text as every stage reads it: no byte-order mark, `\n`
/// line ends (line and column numbers stay those of the file as
/// written). The one place this normalisation is written; `check --fix`
/// maps its offsets back to the file's own bytes.
pub fn normalise(text: String) -> String {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text
    }
}

/// Reads a file, naming it in the error.
pub fn read(path: &Path, lang: crate::text::Language) -> Result<Vec<u8>> {
    std::fs::read(path).with_context(|| say!(lang, "io-cannot-read", path = path.display()))
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
