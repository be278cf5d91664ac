//! Any bytes as an article or a content page: parsing gives an article,
//! a page or a finding, never a panic, and a finding names a line of the
//! file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use yoxla::content::{Article, Page, SourceFile};
use yoxla::text::Language;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let lines = text.lines().count().max(1);
    // Messages in every catalogued language: each formats its variables.
    for lang in Language::all() {
        let mut source = SourceFile::from_text("content/a.md", text.clone());
        source.lang = lang;
        match Article::parse(source) {
            Err(f) => {
                assert!(f.line >= 1 && f.line <= lines + 1, "line {} of {lines}", f.line);
                assert!(!f.message.is_empty());
            }
            // Entries dropped past a typo are findings on lines of the file.
            Ok(a) => {
                for f in &a.problems {
                    assert!(f.line >= 1 && f.line <= lines + 1, "line {} of {lines}", f.line);
                }
            }
        }
    }
    let _ = Page::parse(SourceFile::from_text("content/pages/p.md", text));
});
