//! Checking prose that is not an article (a press release, a document,
//! a passage of published journalism): the style rules only, over the
//! text's paragraphs. Used to measure false alarms on real prose.

use crate::config::Config;
use crate::content::{Article, Site, SourceFile};
use crate::diag::Finding;
use crate::diag::Rule;
use crate::text::Date;

/// The style findings of plain text, one paragraph per line (Markdown
/// syntax is read as Markdown). Lines and columns are the text's own.
pub fn check_text(text: &str, config: &Config) -> Vec<Finding> {
    // A front matter of three lines that rules need; findings are
    // shifted back so lines count in `text`.
    const HEADER: &str = "+++\ntitle = \"x\"\n+++\n";
    let offset = HEADER.lines().count();
    // Every line its own paragraph: a blank line between lines moves
    // line n of the text to line 2n - 1 of the body.
    let body = text.lines().collect::<Vec<_>>().join("\n\n");
    let article = match Article::parse(SourceFile::from_text("prose", format!("{HEADER}{body}\n")))
    {
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
    super::check_article(
        &site,
        &super::Params::from_settings(&config.rules),
        &article,
        today,
    )
    .into_iter()
    .filter(|f| f.rule.id().starts_with("style.") && f.rule != Rule::StyleTableSource)
    .map(|mut f| {
        f.line = (f.line - offset).div_ceil(2);
        f.end_line = (f.end_line - offset).div_ceil(2);
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
}
