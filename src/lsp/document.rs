//! An open document: the editor's text of one file, kept current change
//! by change (incremental sync: each change replaces a range), with the
//! version the editor gave it, so diagnostics are only ever published for
//! the text the author sees.

use super::position::{self, Encoding};
use lsp_types::{TextDocumentContentChangeEvent, Uri};
use std::path::PathBuf;

/// One file open in the editor.
#[derive(Debug, Clone)]
pub struct Document {
    /// The editor's name for it.
    pub uri: Uri,
    /// The file, when the URI names a local file.
    pub path: Option<PathBuf>,
    /// The editor's text, as the editor has it (line ends and all).
    pub text: String,
    /// The editor's version of the text.
    pub version: i32,
}

impl Document {
    /// A document as opened.
    pub fn new(uri: Uri, text: String, version: i32) -> Document {
        let path = file_path(&uri);
        Document {
            uri,
            path,
            text,
            version,
        }
    }

    /// Applies the editor's changes in order: a change with a range
    /// replaces that range, one without replaces the whole text.
    pub fn apply(&mut self, changes: Vec<TextDocumentContentChangeEvent>, enc: Encoding) {
        for change in changes {
            match change.range {
                Some(range) => {
                    let start = position::to_offset(&self.text, range.start, enc);
                    let end = position::to_offset(&self.text, range.end, enc).max(start);
                    self.text.replace_range(start..end, &change.text);
                }
                None => self.text = change.text,
            }
        }
    }
}

/// The local file a `file:` URI names.
pub fn file_path(uri: &Uri) -> Option<PathBuf> {
    url::Url::parse(uri.as_str()).ok()?.to_file_path().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use lsp_types::{Position, Range};

    fn change(from: (u32, u32), to: (u32, u32), text: &str) -> TextDocumentContentChangeEvent {
        let at = |(line, character)| Position { line, character };
        TextDocumentContentChangeEvent {
            range: Some(Range {
                start: at(from),
                end: at(to),
            }),
            range_length: None,
            text: text.into(),
        }
    }

    #[test]
    fn incremental_changes_land_after_multibyte_letters() {
        let uri: Uri = "file:///sayt/content/a.md".parse().expect("uri");
        let mut doc = Document::new(uri, "Şəkər “bahadır” 🙂\nİkinci sətir.\n".into(), 1);
        // "bahadır" starts after 7 characters, all one UTF-16 unit.
        doc.apply(vec![change((0, 7), (0, 14), "ucuzdur")], Encoding::Utf16);
        assert_eq!(doc.text, "Şəkər “ucuzdur” 🙂\nİkinci sətir.\n");
        // In bytes: from the end of line 1 (after the emoji) to after
        // "İkinci" (İ is two bytes).
        let end = "Şəkər “ucuzdur” 🙂".len() as u32;
        doc.apply(vec![change((0, end), (1, 7), " ")], Encoding::Utf8);
        assert_eq!(doc.text, "Şəkər “ucuzdur” 🙂  sətir.\n");
        doc.apply(
            vec![TextDocumentContentChangeEvent {
                range: None,
                range_length: None,
                text: "Yeni mətn.".into(),
            }],
            Encoding::Utf16,
        );
        assert_eq!(doc.text, "Yeni mətn.");
    }

    #[test]
    fn a_file_uri_names_its_path() {
        let uri: Uri = "file:///sayt/content/%C5%9F%C9%99k%C9%99r.md"
            .parse()
            .expect("uri");
        let path = file_path(&uri).expect("a file");
        assert_eq!(path, PathBuf::from("/sayt/content/şəkər.md"));
        let web: Uri = "https://example.org/a.md".parse().expect("uri");
        assert_eq!(file_path(&web), None);
    }
}
