//! What a preview keeps between two rebuilds, file by file: a value made
//! from one version of a file (its findings, its article view), reused
//! while the file keeps that version, forgotten when the file goes, and
//! all forgotten when anything every file depends on (the configuration,
//! the theme) moves. The check's findings and render's article views are
//! kept this one way.

use foldhash::{HashMap, HashMapExt as _, HashSet};

/// Values by file, each with the version of the file it was made from.
#[derive(Debug)]
pub struct ByVersion<V> {
    /// What every value depends on besides its own file.
    fingerprint: u64,
    entries: HashMap<String, (u64, V)>,
}

impl<V> Default for ByVersion<V> {
    fn default() -> Self {
        ByVersion {
            fingerprint: 0,
            entries: HashMap::new(),
        }
    }
}

impl<V> ByVersion<V> {
    /// Starts a rebuild under `fingerprint`: when it moved since the last
    /// one, everything is forgotten. Returns whether it held (nothing was
    /// forgotten).
    pub fn hold(&mut self, fingerprint: u64) -> bool {
        if self.fingerprint == fingerprint {
            return true;
        }
        self.entries.clear();
        self.fingerprint = fingerprint;
        false
    }

    /// The value of `file`, when it was made from `version`.
    pub fn get(&self, file: &str, version: u64) -> Option<&V> {
        self.entries
            .get(file)
            .filter(|(v, _)| *v == version)
            .map(|(_, value)| value)
    }

    /// Keeps `value` as made from `version` of `file`.
    pub fn put(&mut self, file: &str, version: u64, value: V) {
        match self.entries.get_mut(file) {
            Some(kept) => *kept = (version, value),
            None => {
                self.entries.insert(file.to_string(), (version, value));
            }
        }
    }

    /// Forgets the files not in `live` (deleted or hidden since). Cheap
    /// when nothing went: it looks only when more values are kept than
    /// there are live files.
    pub fn keep_only<'a>(&mut self, live: impl ExactSizeIterator<Item = &'a str>) {
        if self.entries.len() > live.len() {
            let live: HashSet<&str> = live.collect();
            self.entries.retain(|file, _| live.contains(file.as_str()));
        }
    }

    /// Every value kept.
    pub fn values(&self) -> impl Iterator<Item = &V> {
        self.entries.values().map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_hold_while_their_file_and_the_fingerprint_do() {
        let mut m = ByVersion::default();
        assert!(!m.hold(7), "a new fingerprint");
        m.put("a.md", 1, "a1");
        m.put("b.md", 1, "b1");
        assert!(m.hold(7));
        assert_eq!(m.get("a.md", 1), Some(&"a1"));
        assert_eq!(m.get("a.md", 2), None, "another version of the file");
        m.put("a.md", 2, "a2");
        assert_eq!(m.get("a.md", 2), Some(&"a2"));
        m.keep_only(["a.md"].into_iter());
        assert_eq!(m.get("b.md", 1), None, "b.md is gone");
        assert!(!m.hold(8), "the fingerprint moved: all forgotten");
        assert_eq!(m.get("a.md", 2), None);
    }
}
