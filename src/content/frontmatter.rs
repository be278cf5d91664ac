//! Splits a Markdown file into its TOML front matter (between `+++` lines)
//! and its body, deserializes the front matter into typed structs, and
//! remembers the line of every key so that later findings can point at it.
//!
//! Required keys are `Option`s here: the file still loads when one is
//! missing, and the `meta.required` rule reports every missing key at once.

use crate::text::Date;
pub use crate::tomlkeys::KeySpans;
use serde::Deserialize;

/// The front matter of an article, exactly the keys of RULES.md.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatter {
    pub title: Option<String>,
    pub subtitle: Option<String>,
    #[serde(default)]
    pub title_paraphrase: bool,
    pub slug: Option<String>,
    pub date: Option<Date>,
    pub author: Option<String>,
    pub editor: Option<String>,
    pub category: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub status: Status,
    pub verdict: Option<String>,
    pub foreign_sources: Option<bool>,
    /// The ruling in one or two sentences, shown beside the badge (the
    /// Conclusion's last paragraph serves when it is absent).
    pub summary: Option<String>,
    pub claim: Option<Claim>,
    #[serde(default)]
    pub sources: Vec<Source>,
    pub workflow: Option<Workflow>,
    #[serde(default)]
    pub corrections: Vec<Correction>,
}

/// Where an article stands; only `ready` is published.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Being written.
    #[default]
    Draft,
    /// With the editor.
    Review,
    /// Signed off: published.
    Ready,
}

/// The statement checked.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Claim {
    pub text: Option<String>,
    pub speaker: Option<String>,
    pub speaker_status: Option<String>,
    pub date: Option<Date>,
    /// Where it was said: outlet, programme, platform or event.
    #[serde(rename = "where")]
    pub said_where: Option<String>,
    pub url: Option<String>,
    pub video: Option<String>,
    pub video_seconds: Option<u32>,
    pub archive: Option<String>,
    pub archived_on: Option<Date>,
}

/// One piece of evidence.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: Option<String>,
    pub url: Option<String>,
    pub archive: Option<String>,
    /// When the archived copy was made; read from a Wayback Machine
    /// address when not given.
    pub archived_on: Option<Date>,
    pub lang: Option<String>,
}

/// Newsroom data: checked and reported, never published.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Workflow {
    pub assigned: Option<Date>,
    pub topics: Option<u8>,
    #[serde(default)]
    pub interview: bool,
    pub speaker_contacted: Option<Date>,
    #[serde(default)]
    pub requests: Vec<InfoRequest>,
}

/// An official request for public information.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InfoRequest {
    pub agency: Option<String>,
    pub sent: Option<Date>,
    pub answered: Option<Date>,
}

/// A correction published with the article.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub date: Option<Date>,
    pub text: Option<String>,
}

/// A Markdown file split at its front matter, with line bookkeeping.
#[derive(Debug, Clone)]
pub struct Split<'a> {
    /// The TOML text between the `+++` lines.
    pub toml: &'a str,
    /// Byte offset of `toml` in the file.
    pub toml_offset: usize,
    /// The Markdown body after the closing `+++` line.
    pub body: &'a str,
    /// Byte offset of `body` in the file.
    pub body_offset: usize,
}

/// Why a file could not be split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitError {
    /// Where to point.
    pub line: usize,
    /// What is wrong and what to do.
    pub message: String,
}

/// Splits `text` (already without BOM and CRLF) at its `+++` lines;
/// errors in English when `en`, else Azerbaijani.
pub fn split(text: &str, lang: crate::text::Language) -> Result<Split<'_>, SplitError> {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != "+++" {
        return Err(SplitError {
            line: 1,
            message: if text.trim().is_empty() {
                say!(lang, "load-file-empty-article-starts-front")
            } else if text.starts_with("---") {
                say!(lang, "load-front-matter-must-toml-between")
            } else {
                say!(lang, "load-no-front-matter-file-must")
            },
        });
    }
    let toml_offset = (first_line_end + 1).min(text.len());
    let mut pos = toml_offset;
    while pos < text.len() {
        let end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        if text[pos..end].trim_end() == "+++" {
            let body_offset = (end + 1).min(text.len());
            return Ok(Split {
                toml: &text[toml_offset..pos],
                toml_offset,
                body: &text[body_offset..],
                body_offset,
            });
        }
        pos = end + 1;
    }
    Err(SplitError {
        line: 1,
        message: say!(lang, "load-front-matter-opened-line-1"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARTICLE: &str = "+++\ntitle = \"A\"\n\n[claim]\ntext = \"B\"\n\n[[sources]]\ntitle = \"C\"\n[[sources]]\nurl = \"https://example.org\"\n+++\n## Giriş\n";

    #[test]
    fn splits_front_matter_from_body() {
        let s = split(ARTICLE, crate::text::Language::En).unwrap();
        assert!(s.toml.starts_with("title"));
        assert_eq!(s.body, "## Giriş\n");
        assert_eq!(&ARTICLE[s.body_offset..], s.body);
    }

    #[test]
    fn missing_or_unclosed_front_matter_is_explained() {
        assert!(
            split("", crate::text::Language::En)
                .unwrap_err()
                .message
                .contains("empty")
        );
        assert!(
            split("---\ntitle: a\n---\n", crate::text::Language::En)
                .unwrap_err()
                .message
                .contains("YAML")
        );
        assert!(
            split("# Başlıq\n", crate::text::Language::En)
                .unwrap_err()
                .message
                .contains("no front matter")
        );
        assert!(
            split("+++\ntitle = \"a\"\n", crate::text::Language::En)
                .unwrap_err()
                .message
                .contains("never closed")
        );
    }

    #[test]
    fn key_spans_point_at_lines_in_the_file() {
        let s = split(ARTICLE, crate::text::Language::En).unwrap();
        let keys = KeySpans::new(ARTICLE, s.toml_offset, s.toml);
        assert_eq!(keys.get("title").start.line, 2);
        assert_eq!(keys.get("claim.text").start.line, 5);
        assert_eq!(keys.get("sources[1].url").start.line, 10);
        // A missing key points at its table, then at the opening `+++`.
        assert_eq!(keys.get("claim.speaker").start.line, 4);
        assert_eq!(keys.get("verdict").start.line, 1);
        assert_eq!(&ARTICLE[keys.value_range("claim.text").unwrap()], "B");
    }

    #[test]
    fn summary_and_where_are_known_keys() {
        let text = "summary = \"Qısa hökm.\"\n[claim]\nwhere = \"Şəhər FM\"\n";
        let fm: FrontMatter = toml::from_str(text).unwrap();
        assert_eq!(fm.summary.as_deref(), Some("Qısa hökm."));
        assert_eq!(fm.claim.unwrap().said_where.as_deref(), Some("Şəhər FM"));
    }
}
