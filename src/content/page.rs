//! A content page that is not a fact-check (about, methodology,
//! corrections policy): `content/pages/NAME.md` with a title and a body.

use super::article::file_stem;
use super::frontmatter;
use super::source::SourceFile;
use crate::diag::Rule;
use crate::diag::{Finding, Severity, Span};
use crate::text;
use serde::Deserialize;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PageFrontMatter {
    title: String,
    slug: Option<String>,
    #[serde(default)]
    description: String,
    #[serde(default)]
    weight: i64,
    #[serde(default)]
    verdicts: std::collections::BTreeMap<String, String>,
}

/// A loaded content page.
#[derive(Debug, Clone)]
pub struct Page {
    /// Path relative to the site root.
    pub file: String,
    /// The page title.
    pub title: String,
    /// URL slug: `slug`, or the file name.
    pub slug: String,
    /// One line for the meta description.
    pub description: String,
    /// Order in the menu (lower first).
    pub weight: i64,
    /// The Markdown body.
    pub body: String,
    /// What each verdict means (`[verdicts]`, word → meaning): the page
    /// then shows the verdict scale with its badges and numbers, as a
    /// methodology page does.
    pub verdicts: std::collections::BTreeMap<String, String>,
}

impl Page {
    /// Parses `content/pages/NAME.md`.
    pub fn parse(source: SourceFile) -> Result<Page, Box<Finding>> {
        let SourceFile { file, text, lang } = source;
        let err = |span: Span, msg: String| {
            Box::new(Finding::new(
                &file,
                span,
                Rule::MetaRequired,
                Severity::Error,
                msg,
            ))
        };
        let split =
            frontmatter::split(&text, lang).map_err(|e| err(Span::line(e.line), e.message))?;
        let fm: PageFrontMatter = toml::from_str(split.toml).map_err(|e| {
            let (span, message) = crate::tomlerr::locate(&text, split.toml_offset, &e, lang);
            err(span, message)
        })?;
        let slug = fm.slug.unwrap_or_else(|| text::slugify(file_stem(&file)));
        Ok(Page {
            title: fm.title,
            slug,
            description: fm.description,
            weight: fm.weight,
            verdicts: fm.verdicts,
            body: split.body.to_string(),
            file,
        })
    }
}
