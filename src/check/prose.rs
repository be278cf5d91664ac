//! Checking prose that is not an article (a press release, a document,
//! a passage of published journalism): the style rules only, over the
//! text's paragraphs. Used to measure false alarms on real prose.

use crate::config::Config;
use crate::content::{Article, Site, SourceFile};
use crate::diag::Finding;
use crate::diag::Rule;
use crate::text::Date;

/// How a text's paragraphs are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// One paragraph per line, as a word processor pastes it.
    LinePerParagraph,
    /// Markdown: paragraphs separated by blank lines.
    Markdown,
}

/// The style findings of a text that is not an article, in `file` (the
/// name findings carry). Lines and columns are the text's own.
pub fn check_text(text: &str, file: &str, layout: Layout, config: &Config) -> Vec<Finding> {
    // A front matter of three lines that rules need; findings are
    // shifted back so lines count in `text`.
    const HEADER: &str = "+++\ntitle = \"x\"\n+++\n";
    let offset = HEADER.lines().count();
    let text = crate::fsutil::normalise(text.to_string());
    // One paragraph per line: a blank line between lines moves line n of
    // the text to line 2n - 1 of the body.
    let body = match layout {
        Layout::LinePerParagraph => text.lines().collect::<Vec<_>>().join("\n\n"),
        Layout::Markdown => text,
    };
    let article = match Article::parse(SourceFile::from_text(file, format!("{HEADER}{body}\n"))) {
        Ok(a) => a,
        Err(_) => return Vec::new(),
    };
    let site = Site {
        root: ".".into(),
        config: config.clone(),
        articles: Vec::new(),
        pages: Vec::new(),
        findings: Vec::new(),
    };
    let today = Date::parse("2100-01-01").unwrap_or_else(Date::today);
    let line = |l: usize| match layout {
        Layout::LinePerParagraph => (l - offset).div_ceil(2),
        Layout::Markdown => l - offset,
    };
    super::check_article(&site, &super::Params::for_config(config), &article, today)
        .into_iter()
        .filter(|f| f.rule.id().starts_with("style.") && f.rule != Rule::StyleTableSource)
        .map(|mut f| {
            f.line = line(f.line);
            f.end_line = line(f.end_line);
            f
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Rule;

    #[test]
    fn finds_style_problems_in_plain_text() {
        let config = Config::parse("title = \"x\"\nbase_url = \"https://example.org\"\n").unwrap();
        let f = check_text(
            "Birinci abzas.\nİkinci abzas.\nBüdcə 332,3 manat olub.\n",
            "qaralama.txt",
            Layout::LinePerParagraph,
            &config,
        );
        let rules: Vec<(Rule, usize, usize)> =
            f.iter().map(|f| (f.rule, f.line, f.column)).collect();
        assert_eq!(
            rules,
            [
                (Rule::StyleNumberFormat, 3, 7),
                (Rule::StyleNumberRounding, 3, 7)
            ]
        );
    }

    #[test]
    fn markdown_paragraphs_span_lines() {
        let config = Config::parse("title = \"x\"\nbase_url = \"https://example.org\"\n").unwrap();
        let text =
            "# Başlıq\n\nBirinci cümlə uzun bir\nabzasın davamıdır, büdcə 332,3 manat olub.\n";
        let f = check_text(text, "qaralama.md", Layout::Markdown, &config);
        let at: Vec<(Rule, usize, usize)> = f.iter().map(|f| (f.rule, f.line, f.column)).collect();
        assert_eq!(at[0], (Rule::StyleNumberFormat, 4, 26));
        assert!(f.iter().all(|f| f.file == "qaralama.md"));
    }
}
