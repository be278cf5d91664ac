//! `yoxla check --fix`: applies the fixes that are certain (number
//! format, a near-miss verdict word, an initial where the article names
//! the person in full), each file written atomically, and nothing else
//! touched: a BOM and CRLF line ends stay as they were.

use crate::diag::Finding;
use anyhow::{Context, Result};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::Path;

/// One change made to a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// File, relative to the site root.
    pub file: String,
    /// Where the change starts.
    pub line: usize,
    /// Column (characters).
    pub column: usize,
    /// The rule whose fix it is.
    pub rule: &'static str,
    /// What was there.
    pub old: String,
    /// What is there now.
    pub new: String,
}

/// Applies every certain fix of `findings` to the files under `root`.
/// Offsets of findings are in the normalised text (no BOM, `\n` line
/// ends); they are mapped back to the file's own bytes.
pub fn apply(root: &Path, findings: &[Finding]) -> Result<Vec<Change>> {
    let mut by_file: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in findings
        .iter()
        .filter(|f| f.certain && f.fix.is_some() && f.range.is_some())
    {
        by_file.entry(f.file.as_str()).or_default().push(f);
    }
    let mut changes = Vec::new();
    for (file, mut fs) in by_file {
        let path = root.join(file);
        let original = std::fs::read_to_string(&path)
            .with_context(|| format!("cannot read `{}`", path.display()))?;
        let map = OffsetMap::new(&original);
        fs.sort_by_key(|f| std::cmp::Reverse(f.range.as_ref().map_or(0, |r| r.start)));
        let mut text = original.clone();
        let mut last_start = usize::MAX;
        let mut applied = Vec::new();
        for f in fs {
            let (Some(range), Some(fix)) = (&f.range, &f.fix) else {
                continue;
            };
            let start = map.original(range.start);
            let end = map.original(range.end);
            // Overlapping fixes: keep the later one; a second run does the rest.
            if end > last_start
                || start > end
                || end > text.len()
                || !text.is_char_boundary(start)
                || !text.is_char_boundary(end)
            {
                continue;
            }
            let old = text[start..end].to_string();
            if old == *fix {
                continue;
            }
            text.replace_range(start..end, fix);
            last_start = start;
            applied.push(Change {
                file: file.to_string(),
                line: f.line,
                column: f.column,
                rule: f.rule,
                old,
                new: fix.clone(),
            });
        }
        if !applied.is_empty() {
            write_atomically(&path, text.as_bytes())?;
            applied.reverse();
            changes.extend(applied);
        }
    }
    Ok(changes)
}

/// Maps offsets of the normalised text to the file's own bytes.
struct OffsetMap {
    bom: usize,
    /// Offsets (in the normalised text) of every `\n` that was `\r\n`.
    crlf: Vec<usize>,
}

impl OffsetMap {
    fn new(original: &str) -> OffsetMap {
        let bom = if original.starts_with('\u{feff}') {
            3
        } else {
            0
        };
        let crlf = original[bom..]
            .match_indices("\r\n")
            .enumerate()
            .map(|(removed, (i, _))| i - removed)
            .collect();
        OffsetMap { bom, crlf }
    }

    fn original(&self, normalised: usize) -> usize {
        self.bom + normalised + self.crlf.partition_point(|&p| p < normalised)
    }
}

/// Writes a file by writing a temporary file beside it and renaming it
/// over the original, keeping the original's permissions.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().context("the file has no folder")?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot create a temporary file in `{}`", dir.display()))?;
    tmp.write_all(bytes)
        .with_context(|| format!("cannot write `{}`", path.display()))?;
    tmp.as_file().sync_all().ok();
    if let Ok(meta) = std::fs::metadata(path) {
        std::fs::set_permissions(tmp.path(), meta.permissions()).ok();
    }
    tmp.persist(path)
        .map_err(|e| anyhow::anyhow!("cannot replace `{}`: {}", path.display(), e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_map_through_bom_and_crlf() {
        let original = "\u{feff}a\r\nbc\r\nd";
        let map = OffsetMap::new(original);
        // normalised: "a\nbc\nd"
        assert_eq!(map.original(0), 3);
        assert_eq!(map.original(2), 6);
        assert_eq!(&original[map.original(2)..map.original(4)], "bc");
        assert_eq!(&original[map.original(5)..], "d");
    }
}
