//! Reading one content file: size limit, UTF-8, BOM and CRLF, with errors
//! that name the file and the line.

use crate::diag::Rule;
use crate::diag::{Finding, LineIndex, Severity, Span};
use std::path::Path;

/// The largest content file read (a fact-check is a few dozen KiB).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// A content file's text, normalised: no BOM, `\n` line ends. Line and
/// column numbers are the same as in the file as written.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the site root, `/`-separated.
    pub file: String,
    /// The normalised text.
    pub text: String,
    /// The site's language, for the messages.
    pub lang: crate::text::Language,
}

impl SourceFile {
    /// Reads `path` (shown to the user as `file`); messages in the
    /// site's language.
    pub fn read(
        path: &Path,
        file: &str,
        lang: crate::text::Language,
    ) -> Result<SourceFile, Box<Finding>> {
        let fail = |line: usize, msg: String| {
            Box::new(Finding::new(
                file,
                Span::line(line),
                Rule::MetaRequired,
                Severity::Error,
                msg,
            ))
        };
        let unreadable = |e: std::io::Error| fail(1, say!(lang, "load-cannot-read-file", e = e));
        let bytes = match read_at_most(path, MAX_FILE_BYTES).map_err(unreadable)? {
            Ok(bytes) => bytes,
            Err(size) => {
                let mib = size as f64 / 1048576.0;
                let limit = MAX_FILE_BYTES / 1048576;
                let mib = format!("{mib:.1}");
                let msg = say!(
                    lang,
                    "load-file-mib-over-mib-limit",
                    mib = mib,
                    limit = limit
                );
                return Err(fail(1, msg));
            }
        };
        // simdutf8 checks Azerbaijani text some ten times faster than the
        // standard library (which slows down at every non-ASCII letter);
        // copying the checked text costs less than checking it again.
        let checked = match simdutf8::basic::from_utf8(&bytes) {
            Ok(text) => Ok(text.to_owned()),
            Err(_) => String::from_utf8(bytes),
        };
        let text = match checked {
            Ok(t) => t,
            Err(e) => {
                let valid = e.utf8_error().valid_up_to();
                let bytes = e.into_bytes();
                let prefix = String::from_utf8_lossy(&bytes[..valid]);
                let pos = LineIndex::new(&prefix).position(&prefix, valid);
                let mut f = fail(pos.line, say!(lang, "load-file-not-utf-8-text"));
                f.column = pos.column;
                f.end_column = pos.column + 1;
                return Err(f);
            }
        };
        let mut source = SourceFile::from_text(file, text);
        source.lang = lang;
        Ok(source)
    }

    /// Reads `path` (shown to the user as `file`) for display only: a
    /// file that failed to load is still shown beside its findings, with
    /// any invalid UTF-8 replaced and the same normalisation as
    /// [`SourceFile::read`], so lines stay where the finding says. `None`
    /// when it is not a regular file of at most [`MAX_FILE_BYTES`] or
    /// cannot be read.
    pub fn read_lossy(path: &Path, file: &str) -> Option<SourceFile> {
        let small = std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= MAX_FILE_BYTES);
        if !small {
            return None;
        }
        let bytes = std::fs::read(path).ok()?;
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => String::from_utf8_lossy(e.as_bytes()).into_owned(),
        };
        Some(SourceFile::from_text(file, text))
    }

    /// Normalises text already in memory.
    pub fn from_text(file: &str, text: String) -> SourceFile {
        SourceFile {
            file: file.to_string(),
            text: crate::fsutil::normalise(text),
            lang: crate::text::Language::default(),
        }
    }
}

/// The bytes of the file at `path`, or `Err(size)` when it is over
/// `limit`. One open: the size comes from the open file, and at most one
/// byte over the limit is read, so a file that grows after it was
/// measured is refused rather than read whole.
fn read_at_most(path: &Path, limit: u64) -> std::io::Result<Result<Vec<u8>, u64>> {
    use std::io::Read as _;
    let mut handle = std::fs::File::open(path)?;
    let size = handle.metadata()?.len();
    if size > limit {
        return Ok(Err(size));
    }
    let mut bytes = Vec::with_capacity(size as usize + 1);
    (&mut handle).take(limit + 1).read_to_end(&mut bytes)?;
    let read = bytes.len() as u64;
    if read > limit {
        // It grew after it was measured: its size now, as the user sees it.
        let now = handle.metadata().map_or(read, |m| m.len());
        return Ok(Err(now.max(read)));
    }
    Ok(Ok(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_and_crlf_are_normalised() {
        let s = SourceFile::from_text("a.md", "\u{feff}+++\r\ntitle = \"ş\"\r\n+++\r\n".into());
        assert_eq!(s.text, "+++\ntitle = \"ş\"\n+++\n");
    }

    #[test]
    fn a_file_over_the_limit_is_refused_with_its_size_and_one_at_it_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.md");
        std::fs::write(&p, "ə".repeat(6)).unwrap();
        assert_eq!(read_at_most(&p, 11).unwrap(), Err(12));
        assert_eq!(
            read_at_most(&p, 12).unwrap().unwrap(),
            "ə".repeat(6).as_bytes()
        );
        assert!(read_at_most(&dir.path().join("gone.md"), 12).is_err());
        // A content file over the limit is a finding that says how big it is.
        let big = dir.path().join("big.md");
        std::fs::write(&big, vec![b'a'; MAX_FILE_BYTES as usize + 200_000]).unwrap();
        let f = SourceFile::read(&big, "content/big.md", crate::text::Language::En).unwrap_err();
        assert_eq!((f.file.as_str(), f.line), ("content/big.md", 1));
        assert!(f.message.contains("4.2"), "{}", f.message);
    }

    #[test]
    fn read_lossy_normalises_like_read() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.md");
        std::fs::write(&p, b"\xef\xbb\xbf+++\r\nx = \"\xff\"\r\n+++\r\n").unwrap();
        let s = SourceFile::read_lossy(&p, "content/a.md").unwrap();
        assert_eq!(s.text, "+++\nx = \"\u{fffd}\"\n+++\n");
        assert_eq!(s.file, "content/a.md");
        assert!(SourceFile::read_lossy(dir.path(), "content").is_none());
        assert!(SourceFile::read_lossy(&dir.path().join("gone.md"), "gone.md").is_none());
    }

    #[test]
    fn non_utf8_names_the_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.md");
        std::fs::write(&p, b"+++\ntitle = \"ok\"\nx = \"\xff\"\n+++\n").unwrap();
        let f = SourceFile::read(&p, "content/a.md", crate::text::Language::Az).unwrap_err();
        assert_eq!((f.line, f.column), (3, 6));
        assert!(f.message.contains("UTF-8 mətni deyil"), "{}", f.message);
    }
}
