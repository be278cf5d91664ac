//! A fact-check article: its front matter, body and where everything is.

use super::frontmatter::{self, FrontMatter, KeySpans, Status};
use super::source::SourceFile;
use crate::diag::Rule;
use crate::diag::{Finding, LineIndex, Severity, Span};
use crate::text;

/// A loaded article. Front-matter keys may still be missing; the check
/// stage reports that, and render only ever sees articles that passed.
#[derive(Debug, Clone)]
pub struct Article {
    /// Path relative to the site root.
    pub file: String,
    /// The whole file, normalised.
    pub text: String,
    /// Byte offset of the Markdown body in `text`.
    pub body_offset: usize,
    /// Where each front-matter key is: indexed on first use, since only
    /// an article with a finding needs it.
    keys: std::sync::OnceLock<KeySpans>,
    /// Where the TOML text is in `text`.
    toml_range: std::ops::Range<usize>,
    /// The typed front matter.
    pub fm: FrontMatter,
    /// The URL slug: `slug`, or made from the title, or the file name.
    pub slug: String,
    /// A hash of `text`: equal revisions mean an unchanged file (a
    /// preview re-renders only the pages of articles whose revision moved).
    revision: u64,
    /// A hash of the file's name and front matter alone: it holds while
    /// only the body is edited, so what is made from front matter only
    /// (the order of a list, its groups) can be kept.
    front_matter_revision: u64,
    /// What the loader could not take from the front matter (an unknown
    /// key, a wrongly typed value), each reported while the rest of the
    /// file is read and checked as if the entry were absent.
    pub problems: Vec<Finding>,
}

impl Article {
    /// Parses a content file into an article, or the findings that say
    /// why it cannot be read.
    pub fn parse(source: SourceFile) -> Result<Article, Box<Finding>> {
        let SourceFile { file, text, lang } = source;
        let split = frontmatter::split(&text, lang).map_err(|e| {
            Box::new(Finding::new(
                &file,
                Span::line(e.line),
                Rule::MetaRequired,
                Severity::Error,
                e.message,
            ))
        })?;
        let (fm, dropped) = super::recover::parse::<FrontMatter>(split.toml).map_err(|e| {
            let (span, message) = crate::tomlerr::locate(&text, split.toml_offset, &e, lang);
            Box::new(Finding::new(
                &file,
                span,
                Rule::MetaRequired,
                Severity::Error,
                message,
            ))
        })?;
        let mut problems: Vec<Finding> = dropped
            .iter()
            .map(|d| dropped_finding(&file, &text, split.toml_offset, d, lang))
            .collect();
        problems.sort_by_key(|f| (f.line, f.column));
        let toml_range = split.toml_offset..split.toml_offset + split.toml.len();
        let body_offset = split.body_offset;
        let slug = match (&fm.slug, &fm.title) {
            (Some(slug), _) => slug.clone(),
            (None, Some(title)) => text::slugify(title),
            (None, None) => text::slugify(file_stem(&file)),
        };
        let front_matter_revision = {
            use std::hash::{Hash, Hasher};
            let mut h = crate::fsutil::hasher();
            (&file, split.toml).hash(&mut h);
            h.finish()
        };
        Ok(Article {
            revision: crate::fsutil::fingerprint(text.as_bytes()),
            front_matter_revision,
            file,
            text,
            body_offset,
            keys: std::sync::OnceLock::new(),
            toml_range,
            fm,
            slug,
            problems,
        })
    }

    /// Where each front-matter key is.
    pub fn keys(&self) -> &KeySpans {
        self.keys.get_or_init(|| {
            let toml = self.text.get(self.toml_range.clone()).unwrap_or_default();
            KeySpans::new(&self.text, self.toml_range.start, toml)
        })
    }

    /// The Markdown body.
    pub fn body(&self) -> &str {
        &self.text[self.body_offset..]
    }

    /// The line number of the body's first line.
    pub fn body_line(&self) -> usize {
        LineIndex::new(&self.text)
            .position(&self.text, self.body_offset)
            .line
    }

    /// A hash of the file's text.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// A hash of the file's name and front matter (see the field).
    pub fn front_matter_revision(&self) -> u64 {
        self.front_matter_revision
    }

    /// Whether the article is published.
    pub fn is_published(&self) -> bool {
        self.fm.status == Status::Ready
    }

    /// The title, or an empty string while it is missing.
    pub fn title(&self) -> &str {
        self.fm.title.as_deref().unwrap_or_default()
    }
}

/// The finding for a front-matter entry the loader dropped: where serde
/// points, what to do, and the known key as a certain fix when one was
/// clearly meant.
fn dropped_finding(
    file: &str,
    text: &str,
    toml_offset: usize,
    d: &super::recover::Dropped,
    lang: crate::text::Language,
) -> Finding {
    let (span, message) = crate::tomlerr::locate(text, toml_offset, &d.error, lang);
    let rest = say!(lang, "load-rest-file-checked-without");
    let mut f = Finding::new(
        file,
        span,
        Rule::MetaRequired,
        Severity::Error,
        message + &rest,
    );
    if let Some(known) = crate::tomlerr::meant_key(d.error.message()) {
        f.range = Some(toml_offset + d.key.start..toml_offset + d.key.end);
        f.set_fix(known, true);
    }
    f
}

/// `content/2026/a.md` → `a`.
pub(super) fn file_stem(file: &str) -> &str {
    let name = file.rsplit('/').next().unwrap_or(file);
    name.strip_suffix(".md").unwrap_or(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Rule;

    fn parse(text: &str) -> Result<Article, Box<Finding>> {
        Article::parse(SourceFile::from_text("content/2026/test.md", text.into()))
    }

    #[test]
    fn the_slug_comes_from_the_title() {
        let a = parse("+++\ntitle = \"Ramil Qasımov: “Çörək ucuzlaşıb”\"\n+++\nMətn\n").unwrap();
        assert_eq!(a.slug, "ramil-qasimov-corek-ucuzlasib");
        assert_eq!(a.body(), "Mətn\n");
        assert_eq!(a.body_line(), 4);
        assert!(!a.is_published());
    }

    #[test]
    fn broken_toml_names_the_line() {
        let f = parse("+++\ntitle = \"A\"\nverdict = yalan\n+++\n").unwrap_err();
        assert_eq!(f.line, 3);
        assert_eq!(f.rule, Rule::MetaRequired);
    }

    #[test]
    fn unknown_and_mistyped_keys_name_the_line_and_the_rest_is_read() {
        let a = parse("+++\ntitle = \"A\"\n[claim]\nspeker = \"X\"\ntext = \"B\"\n+++\n").unwrap();
        assert_eq!(a.problems.len(), 1);
        assert_eq!(a.problems[0].line, 4);
        assert!(
            a.problems[0].message.contains("`speker`"),
            "{}",
            a.problems[0].message
        );
        assert_eq!(a.fm.claim.and_then(|c| c.text).as_deref(), Some("B"));
        let a = parse("+++\ntitle = \"A\"\nforeign_sources = \"bəli\"\n+++\n").unwrap();
        assert_eq!(a.problems[0].line, 3);
        assert_eq!(a.title(), "A");
        let f = parse("+++\ndate = 2026-02-30\n+++\n").unwrap_err();
        assert_eq!(f.line, 2);
    }

    #[test]
    fn a_misspelt_key_clearly_meant_gets_a_certain_fix() {
        let text = "+++\ntitle = \"A\"\ntag = [\"büdcə\"]\ncateogry = \"iqtisadiyyat\"\n+++\n";
        let a = parse(text).unwrap();
        let fixes: Vec<(&str, &str)> = a
            .problems
            .iter()
            .map(|f| {
                (
                    &text[f.range.clone().unwrap_or_default()],
                    f.fix.as_deref().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(fixes, [("tag", "tags"), ("cateogry", "category")]);
        assert!(a.problems.iter().all(|f| f.certain));
        assert!(
            a.problems[0].message.contains("`tags` nəzərdə tutulub?"),
            "{}",
            a.problems[0].message
        );
    }
}
