//! `yoxla check --fix`: applies the fixes that are certain (number
//! format, a near-miss verdict word, an initial where the article names
//! the person in full), each file written atomically, and nothing else
//! touched: a BOM and CRLF line ends stay as they were.
//!
//! A fix is an offset into the text that was checked. If the file on disk
//! is no longer that text (an author saved it while the check ran), the
//! offsets point at other words, so such a file is skipped and said so;
//! the file is compared once before the fixes are made and once more just
//! before it is replaced. A read-only file is never rewritten.

use crate::content::{Site, SourceFile};
use crate::diag::Finding;
use crate::diag::Rule;
use anyhow::{Context, Result};
use std::collections::{BTreeMap, HashMap};
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
    pub rule: Rule,
    /// What was there.
    pub old: String,
    /// What is there now.
    pub new: String,
}

/// A file whose fixes were not applied, and why (in the site's language).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// File, relative to the site root.
    pub file: String,
    /// Why, and what to do.
    pub reason: String,
}

/// What `--fix` did.
#[derive(Debug, Default)]
pub struct Outcome {
    /// The changes made, by file and position.
    pub changes: Vec<Change>,
    /// Files left as they were.
    pub skipped: Vec<Skipped>,
}

/// Applies every certain fix of `findings` to the files of `site`, each
/// only if the file is still the text the findings were made from.
/// Offsets of findings are in the normalised text (no BOM, `\n` line
/// ends); they are mapped back to the file's own bytes.
pub fn apply(site: &Site, findings: &[Finding]) -> Result<Outcome> {
    let lang = site.config.language;
    let checked: HashMap<&str, &str> = site
        .articles
        .iter()
        .map(|a| (a.file.as_str(), a.text.as_str()))
        .collect();
    let mut by_file: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in findings
        .iter()
        .filter(|f| f.certain && f.fix.is_some() && f.range.is_some())
    {
        by_file.entry(f.file.as_str()).or_default().push(f);
    }
    let mut outcome = Outcome::default();
    for (file, fs) in by_file {
        let skip = |reason: String| Skipped {
            file: file.to_string(),
            reason,
        };
        let Some(text) = checked.get(file) else {
            continue;
        };
        let path = site.root.join(file);
        match fix_file(&path, file, text, fs, lang)? {
            Ok(mut changes) => outcome.changes.append(&mut changes),
            Err(reason) => outcome.skipped.push(skip(reason)),
        }
    }
    Ok(outcome)
}

/// Fixes one file: `Ok(Err(reason))` when it is left as it was.
fn fix_file(
    path: &Path,
    file: &str,
    checked: &str,
    mut fs: Vec<&Finding>,
    lang: crate::text::Language,
) -> Result<std::result::Result<Vec<Change>, String>> {
    let changed = || say!(lang, "check-changed-since-was-checked-so");
    let bytes =
        std::fs::read(path).with_context(|| say!(lang, "io-cannot-read", path = path.display()))?;
    let Ok(original) = String::from_utf8(bytes.clone()) else {
        return Ok(Err(changed()));
    };
    if SourceFile::from_text(file, original.clone()).text != checked {
        return Ok(Err(changed()));
    }
    let writable = std::fs::metadata(path).is_ok_and(|m| !m.permissions().readonly());
    if !writable {
        return Ok(Err(say!(lang, "check-file-read-only-so-no")));
    }
    let map = OffsetMap::new(&original);
    fs.sort_by_key(|f| std::cmp::Reverse(f.range.as_ref().map_or(0, |r| r.start)));
    let mut text = original;
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
    if applied.is_empty() {
        return Ok(Ok(applied));
    }
    // The last look before the file is replaced: a save since the first
    // read wins over the fixes.
    if std::fs::read(path).ok().as_deref() != Some(bytes.as_slice()) {
        return Ok(Err(changed()));
    }
    write_atomically(path, text.as_bytes(), lang)?;
    applied.reverse();
    Ok(Ok(applied))
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
pub fn write_atomically(path: &Path, bytes: &[u8], lang: crate::text::Language) -> Result<()> {
    let dir = path
        .parent()
        .with_context(|| say!(lang, "io-no-folder", path = path.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| say!(lang, "io-cannot-create-temporary", path = dir.display()))?;
    tmp.write_all(bytes)
        .with_context(|| say!(lang, "io-cannot-write", path = path.display()))?;
    tmp.as_file().sync_all().ok();
    if let Ok(meta) = std::fs::metadata(path) {
        std::fs::set_permissions(tmp.path(), meta.permissions()).ok();
    }
    tmp.persist(path).map_err(|e| {
        let (path, why) = (path.display(), e.error);
        anyhow::anyhow!(
            "{}",
            say!(lang, "io-cannot-replace", path = path, why = why)
        )
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const CONFIG: &str = "title = \"Sınaq\"\nbase_url = \"https://sinaq.example.org\"\ncategories = [\"iqtisadiyyat\", \"siyasət\"]\n\n[authors.aysel-memmedova]\nname = \"Aysel Məmmədova\"\n";

    /// A site whose one article has a certain fix (`92.500,4`), loaded and
    /// checked: (folder, site, findings).
    fn checked_site() -> (tempfile::TempDir, Site, Vec<Finding>) {
        let dir = tempfile::tempdir().unwrap();
        let article = include_str!("../../tests/fixtures/valid.md")
            .replace("Artım 25 faizdir.", "Artım 92.500,4 nəfər olub.");
        assert!(article.contains("92.500,4"));
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        std::fs::write(dir.path().join("yoxla.toml"), CONFIG).unwrap();
        std::fs::write(dir.path().join("content/a.md"), article).unwrap();
        let site = Site::load(dir.path()).unwrap();
        let today = crate::text::Date::parse("2026-11-22").unwrap();
        let findings = crate::check::run_at(&site, today);
        assert!(findings.iter().any(|f| f.certain && f.fix.is_some()));
        (dir, site, findings)
    }

    #[test]
    fn a_file_saved_during_the_check_is_not_fixed_with_stale_offsets() {
        let (dir, site, findings) = checked_site();
        let path = dir.path().join("content/a.md");
        // The author saves while the check runs: a line is added above
        // the number, so the checked offsets now point at other words.
        let saved = std::fs::read_to_string(&path).unwrap().replacen(
            "\n\n",
            "\n\nYeni cümlə əlavə olundu.\n\n",
            2,
        );
        std::fs::write(&path, &saved).unwrap();
        let outcome = apply(&site, &findings).unwrap();
        assert!(outcome.changes.is_empty(), "{:?}", outcome.changes);
        assert_eq!(outcome.skipped.len(), 1);
        assert!(
            outcome.skipped[0].reason.contains("dəyişib"),
            "{:?}",
            outcome.skipped
        );
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            saved,
            "the save is kept whole"
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_read_only_file_is_not_rewritten() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, site, findings) = checked_site();
        let path = dir.path().join("content/a.md");
        let before = std::fs::read(&path).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        let outcome = apply(&site, &findings).unwrap();
        assert!(outcome.changes.is_empty());
        assert!(
            outcome.skipped[0].reason.contains("yalnız oxunmaq"),
            "{:?}",
            outcome.skipped
        );
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn an_unchanged_file_gets_its_fixes() {
        let (dir, site, findings) = checked_site();
        let outcome = apply(&site, &findings).unwrap();
        assert!(outcome.skipped.is_empty(), "{:?}", outcome.skipped);
        let text = std::fs::read_to_string(dir.path().join("content/a.md")).unwrap();
        assert!(text.contains("92,500.4 nəfər"));
    }

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
