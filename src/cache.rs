//! The build's persistent cache: what is costly to make (share cards,
//! parts of the search index) is kept on disk by a hash of everything it
//! is made from, outside the output folder (`.yoxla-cache/` in the site
//! unless `cache_dir` says otherwise), so a fresh output folder, or a
//! fresh CI runner that restored the folder, draws nothing it drew
//! before.
//!
//! An entry's name is the hash of its inputs, so an entry is either
//! exactly what would be made again or absent: deleting the folder, or
//! any file in it, never changes the output's bytes, only the time a
//! build takes. Entries are written to a temporary file and renamed, so a
//! build stopped half-way leaves no half-written entry, and two builds
//! sharing the folder never read each other's half-written files.
//!
//! The folder carries a `CACHEDIR.TAG` (the convention backup tools and
//! `cargo` follow), and it is how yoxla knows the folder is its own: a
//! build removes entries it did not use only from a tagged folder, only
//! files named like its entries, and never follows a link.

use std::collections::HashSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The tag that marks a folder as a cache (see bford.info/cachedir).
const TAG: &str = "CACHEDIR.TAG";
const TAG_TEXT: &str = "Signature: 8a477f597d28d172789f06886806bc55\n# This folder is yoxla's build cache: it can be deleted at any time.\n# Deleting it never changes a built site, only how long a build takes.\n";

/// What an entry is, and the folder it is kept in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A share card's PNG.
    Card,
    /// One part of the search index, all its files in one entry.
    Search,
}

impl Kind {
    fn folder(self) -> &'static str {
        match self {
            Kind::Card => "cards",
            Kind::Search => "search",
        }
    }

    fn all() -> [Kind; 2] {
        [Kind::Card, Kind::Search]
    }
}

/// An open cache folder. Reads and writes never fail a build: an entry
/// that cannot be read is made again, one that cannot be written is
/// skipped (the build is only slower).
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    /// Whether the folder can be written (else entries are only read).
    writable: bool,
    /// Entries read or written by this build, as `folder/name`.
    used: Mutex<HashSet<String>>,
    /// Entries made by this build (not found in the folder).
    made: Mutex<usize>,
}

impl Cache {
    /// Opens (making it when missing) the cache folder `dir`. A folder
    /// that is a link, or that exists without yoxla's tag and is not
    /// empty, is not used: `None`, and the build goes on without a cache.
    pub fn open(dir: &Path) -> Option<Cache> {
        match std::fs::symlink_metadata(dir) {
            Ok(meta) if !meta.is_dir() => return None,
            Ok(_) => {
                let tagged = dir.join(TAG).is_file();
                let empty = std::fs::read_dir(dir).ok()?.next().is_none();
                if !tagged && !empty {
                    return None;
                }
            }
            Err(_) => std::fs::create_dir_all(dir).ok()?,
        }
        let tag = dir.join(TAG);
        let writable = tag.is_file() || std::fs::write(&tag, TAG_TEXT).is_ok();
        Some(Cache {
            dir: dir.to_path_buf(),
            writable,
            used: Mutex::new(HashSet::new()),
            made: Mutex::new(0),
        })
    }

    /// The folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn path(&self, kind: Kind, key: &str) -> PathBuf {
        self.dir.join(kind.folder()).join(key)
    }

    fn mark(&self, kind: Kind, key: &str) {
        if let Ok(mut used) = self.used.lock() {
            used.insert(format!("{}/{key}", kind.folder()));
        }
    }

    /// The entry `key` of `kind`, when the cache has it.
    pub fn get(&self, kind: Kind, key: &str) -> Option<Vec<u8>> {
        if !is_key(key) {
            return None;
        }
        let bytes = std::fs::read(self.path(kind, key)).ok()?;
        self.mark(kind, key);
        Some(bytes)
    }

    /// Keeps `bytes` as the entry `key` of `kind` (`key` must be a hash:
    /// lowercase hex digits, dashes and dots).
    pub fn put(&self, kind: Kind, key: &str, bytes: &[u8]) {
        if !is_key(key) {
            return;
        }
        self.mark(kind, key);
        if let Ok(mut made) = self.made.lock() {
            *made += 1;
        }
        if !self.writable {
            return;
        }
        let folder = self.dir.join(kind.folder());
        if std::fs::create_dir_all(&folder).is_err() {
            return;
        }
        let Ok(mut temp) = tempfile::NamedTempFile::new_in(&folder) else {
            return;
        };
        if temp.write_all(bytes).is_ok() {
            let _ = temp.persist(folder.join(key));
        }
    }

    /// How many entries this build made (found nowhere in the cache).
    pub fn made(&self) -> usize {
        self.made.lock().map_or(0, |m| *m)
    }

    /// Removes the entries this build did not use: what a changed article
    /// or an older yoxla left. Only regular files named like entries, in
    /// the entry folders of a tagged cache, are removed. Returns how many.
    pub fn prune(&self) -> usize {
        let (Ok(used), true) = (self.used.lock(), self.dir.join(TAG).is_file()) else {
            return 0;
        };
        let mut removed = 0;
        for kind in Kind::all() {
            let folder = self.dir.join(kind.folder());
            let Ok(entries) = std::fs::read_dir(&folder) else {
                continue;
            };
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let is_file = entry.file_type().is_ok_and(|t| t.is_file());
                let stale = !used.contains(&format!("{}/{name}", kind.folder()));
                if is_file && is_key(&name) && stale && std::fs::remove_file(entry.path()).is_ok() {
                    removed += 1;
                }
            }
        }
        removed
    }
}

/// Whether `name` is shaped like an entry's key: a hash, with an
/// optional dotted extension.
fn is_key(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 80
        && !name.starts_with('.')
        && name
            .bytes()
            .all(|b| b.is_ascii_digit() || b.is_ascii_lowercase() || b == b'-' || b == b'.')
}

/// A stable 64-bit FNV-1a hash of `parts`, each ended by a zero byte, as
/// 16 hex digits: an entry's key.
pub fn key(parts: &[&[u8]]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for b in part.iter().chain(std::iter::once(&0u8)) {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_written_is_read_back_and_unused_ones_are_pruned() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(&dir.path().join("c")).unwrap();
        cache.put(Kind::Card, "0123abcd.png", b"one");
        cache.put(Kind::Search, "ffee", b"two");
        assert_eq!(cache.get(Kind::Card, "0123abcd.png").unwrap(), b"one");
        assert_eq!(cache.made(), 2);
        // A second build that uses only the card.
        let again = Cache::open(&dir.path().join("c")).unwrap();
        assert!(again.get(Kind::Card, "0123abcd.png").is_some());
        std::fs::write(dir.path().join("c/cards/notes.TXT"), "mine").unwrap();
        assert_eq!(again.prune(), 1);
        assert!(dir.path().join("c/cards/0123abcd.png").is_file());
        assert!(!dir.path().join("c/search/ffee").exists());
        // A file not named like an entry is never removed.
        assert!(dir.path().join("c/cards/notes.TXT").is_file());
    }

    #[test]
    fn a_folder_that_is_not_a_cache_is_never_used() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("thesis.md"), "not yoxla's").unwrap();
        assert!(Cache::open(dir.path()).is_none());
        #[cfg(unix)]
        {
            let target = tempfile::tempdir().unwrap();
            let link = dir.path().join("link");
            std::os::unix::fs::symlink(target.path(), &link).unwrap();
            assert!(Cache::open(&link).is_none());
        }
    }

    #[test]
    fn keys_that_could_leave_the_folder_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let cache = Cache::open(dir.path()).unwrap();
        cache.put(Kind::Card, "../escape", b"x");
        assert!(!dir.path().join("escape").exists());
        assert!(cache.get(Kind::Card, "../escape").is_none());
        assert_ne!(key(&[b"ab", b"c"]), key(&[b"a", b"bc"]));
    }
}
