//! Check: the style guide (`RULES.md`, source of truth `beledci.az.txt`)
//! as rules over the loaded [`Site`].
//!
//! One module per rule family (`structure`, `title`, `claim`, `style`,
//! `meta`, `workflow`); each rule reports at its default severity with a
//! message in the site's language, and [`run`] then drops what an
//! article silences and applies the levels `[rules]` sets. Rules never
//! mutate the site and never stop at the first problem.

mod abbreviations;
mod claim;
pub mod doc;
pub mod fix;
mod full_names;
pub mod meta;
mod params;
pub mod prose;
pub mod registry;
pub mod report;
mod structure;
mod style;
pub mod suppress;
mod title;
pub mod workflow;

use crate::content::{Article, Site};
use crate::diag::Rule;
use crate::diag::{Finding, Severity, Span};
use crate::text::Date;
use doc::{Block, Doc};
pub use params::{Params, Part};
use rayon::prelude::*;
use registry::Level;
use std::ops::Range;
pub use structure::background_opening;

/// The environment variable that sets "today" for date rules
/// (`YYYY-MM-DD`), so a check can be reproduced on another day.
pub const TODAY_VAR: &str = "YOXLA_TODAY";

/// The date the rules compare against: `YOXLA_TODAY` or the machine's.
pub fn today() -> Date {
    std::env::var(TODAY_VAR)
        .ok()
        .and_then(|s| Date::parse(&s))
        .unwrap_or_else(Date::today)
}

/// Runs every rule over the site against today's date.
pub fn run(site: &Site) -> Vec<Finding> {
    run_at(site, today())
}

/// Runs every rule over the site; returns the findings in force (load
/// findings included), sorted by file, line and column.
pub fn run_at(site: &Site, today: Date) -> Vec<Finding> {
    run_with(site, today, &|| {})
}

/// [`run_at`], calling `tick` after each article (for a progress bar).
pub fn run_with(site: &Site, today: Date, tick: &(dyn Fn() + Sync)) -> Vec<Finding> {
    let params = &Params::for_config(&site.config);
    let per_article: Vec<Vec<Finding>> = site
        .articles
        .par_iter()
        .map(|article| {
            let found = check_article(site, params, article, today);
            tick();
            found
        })
        .collect();
    assemble(site, per_article.iter().map(Vec::as_slice))
}

/// The site's load findings, the articles' findings and the site-wide
/// rules', levels applied, sorted by file, line and column.
fn assemble<'a>(site: &Site, per_article: impl Iterator<Item = &'a [Finding]>) -> Vec<Finding> {
    let mut findings = site.findings.clone();
    for found in per_article {
        findings.extend_from_slice(found);
    }
    findings.extend(site_wide(site));
    sort(&mut findings);
    findings
}

/// Sorts findings by file, line and column, and drops repeats.
fn sort(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.rule).cmp(&(&b.file, b.line, b.column, b.rule))
    });
    findings.dedup();
}

/// The findings of the rules that look at the whole site (two articles
/// with one address, a page without one), levels applied.
pub fn site_wide(site: &Site) -> Vec<Finding> {
    let mut found = Vec::new();
    meta::check_site(site, &mut found);
    apply_levels(site, found)
}

/// The findings of one file of the site as it is held in memory (an
/// editor's unsaved text put in with `Site::put_article`), as [`run_at`]
/// gives them for that file: what the language server shows as an
/// author types.
pub fn check_file(site: &Site, file: &str, today: Date) -> Vec<Finding> {
    let params = &Params::from_settings(&site.config.rules);
    let own = match site.articles.iter().find(|a| a.file == file) {
        Some(article) => check_article(site, params, article, today),
        None => Vec::new(),
    };
    file_findings(site, file, own, &site_wide(site))
}

/// One file's findings put together: its load findings, `own` (its
/// article's, from [`check_article`]) and its share of `site_wide` (from
/// [`site_wide`]), sorted. A caller that keeps an article's findings
/// between changes puts them together here.
pub fn file_findings(
    site: &Site,
    file: &str,
    own: Vec<Finding>,
    site_wide: &[Finding],
) -> Vec<Finding> {
    let mut findings: Vec<Finding> = site
        .findings
        .iter()
        .filter(|f| f.file == file)
        .cloned()
        .collect();
    findings.extend(own);
    findings.extend(site_wide.iter().filter(|f| f.file == file).cloned());
    sort(&mut findings);
    findings
}

/// A preview's check: each article's findings are kept with the
/// article's revision, and a check re-runs the rules only on the
/// articles whose file changed. The site-wide rules run every time.
#[derive(Debug, Default)]
pub struct Memo {
    /// Findings by file and revision, under the configuration and day
    /// they were made with (rules, levels and parameters all live in the
    /// configuration).
    by_file: crate::memo::ByVersion<Vec<Finding>>,
}

impl Memo {
    /// Every finding of the site, as [`run_at`] gives them.
    pub fn run(&mut self, site: &Site, today: Date) -> Vec<Finding> {
        let config = format!("{:?}{today:?}", site.config);
        self.by_file
            .hold(crate::fsutil::fingerprint(config.as_bytes()));
        let params = &Params::for_config(&site.config);
        let fresh: Vec<(&str, u64, Vec<Finding>)> = site
            .articles
            .par_iter()
            .filter(|a| self.by_file.get(&a.file, a.revision()).is_none())
            .map(|a| {
                (
                    a.file.as_str(),
                    a.revision(),
                    check_article(site, params, a, today),
                )
            })
            .collect();
        for (file, revision, found) in fresh {
            self.by_file.put(file, revision, found);
        }
        self.by_file
            .keep_only(site.articles.iter().map(|a| a.file.as_str()));
        assemble(site, self.by_file.values().map(Vec::as_slice))
    }
}

/// The findings of one article, silencing and levels applied.
pub fn check_article(site: &Site, params: &Params, article: &Article, today: Date) -> Vec<Finding> {
    let doc = Doc::parse(article);
    let mut ctx = Ctx {
        site,
        params,
        article,
        doc: &doc,
        today,
        out: article.problems.clone(),
    };
    meta::check(&mut ctx);
    title::check(&mut ctx);
    claim::check(&mut ctx);
    structure::check(&mut ctx);
    style::check(&mut ctx);
    workflow::check(&mut ctx);
    let found = ctx.out;
    let body_line = doc.lines.position(&article.text, article.body_offset).line;
    let silenced = suppress::Suppressions::parse(&article.text, body_line);
    let kept: Vec<Finding> = found
        .into_iter()
        .filter(|f| f.guard || silenced.is_empty() || !silenced.silenced(f.rule.id(), f.line))
        .collect();
    apply_levels(site, kept)
}

/// Applies the levels `[rules]` sets. A guard finding (a verdict not on
/// the scale, a slug collision) stays an error whatever the level: the
/// levels say how strict the style guide is, never whether the site may
/// publish a verdict the newsroom did not give.
fn apply_levels(site: &Site, findings: Vec<Finding>) -> Vec<Finding> {
    findings
        .into_iter()
        .filter_map(|mut f| {
            if f.guard {
                return Some(f);
            }
            match site.config.rules.level(f.rule) {
                Level::Off | Level::ReportOnly => None,
                Level::On(severity) => {
                    f.severity = severity;
                    Some(f)
                }
            }
        })
        .collect()
}

/// What a rule sees of one article, and where it reports.
pub(crate) struct Ctx<'a> {
    pub site: &'a Site,
    pub params: &'a Params,
    pub article: &'a Article,
    pub doc: &'a Doc,
    pub today: Date,
    pub out: Vec<Finding>,
}

impl Ctx<'_> {
    /// The site's language, whose catalogue the messages come from.
    pub fn lang(&self) -> crate::text::Language {
        self.site.config.language
    }

    /// Reports at a front-matter key.
    pub fn at_key(
        &mut self,
        key: &str,
        rule: Rule,
        severity: Severity,
        message: String,
    ) -> &mut Finding {
        let keys = self.article.keys();
        let span = keys.get(key);
        let range = keys.value_range(key);
        let f = self.push(span, rule, severity, message);
        f.range = range;
        f
    }

    /// Reports at a range of a block's text.
    pub fn at_text(
        &mut self,
        block: &Block,
        range: Range<usize>,
        rule: Rule,
        severity: Severity,
        message: String,
    ) -> &mut Finding {
        let file_range = block.file_range(range);
        let span = self.doc.lines.span(&self.article.text, file_range.clone());
        let f = self.push(span, rule, severity, message);
        f.range = Some(file_range);
        f
    }

    /// Reports at the start of the body.
    pub fn at_body(&mut self, rule: Rule, severity: Severity, message: String) -> &mut Finding {
        let span = self.doc.body_start(&self.article.text);
        self.push(span, rule, severity, message)
    }

    /// Reports on a whole line of the file, found from a file offset.
    pub fn at_offset(
        &mut self,
        offset: usize,
        rule: Rule,
        severity: Severity,
        message: String,
    ) -> &mut Finding {
        let p = self.doc.lines.position(&self.article.text, offset);
        self.push(Span::line(p.line), rule, severity, message)
    }

    fn push(
        &mut self,
        span: Span,
        rule: Rule,
        severity: Severity,
        message: String,
    ) -> &mut Finding {
        self.out.push(Finding::new(
            &self.article.file,
            span,
            rule,
            severity,
            message,
        ));
        let last = self.out.len() - 1;
        &mut self.out[last]
    }

    /// The blocks of the section whose heading matches part `part`.
    pub fn part(&self, part: params::Part) -> Option<usize> {
        self.doc
            .sections
            .iter()
            .position(|s| self.params.part_of(&s.title) == Some(part))
    }
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Errors.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Suggestions.
    pub suggestions: usize,
}

impl Counts {
    /// Counts a list of findings.
    pub fn of(findings: &[Finding]) -> Counts {
        let mut c = Counts::default();
        for f in findings {
            match f.severity {
                Severity::Error => c.errors += 1,
                Severity::Warning => c.warnings += 1,
                Severity::Suggestion => c.suggestions += 1,
            }
        }
        c
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Runs rules over one article written in a test.

    use super::*;
    use crate::config::Config;
    use crate::content::SourceFile;

    /// The site's config used by rule tests.
    pub const CONFIG: &str = "title = \"Sınaq Yoxla\"\nbase_url = \"https://example.org\"\ncategories = [\"iqtisadiyyat\", \"siyasət\"]\n[authors.aysel-memmedova]\nname = \"Aysel Məmmədova\"\n";

    /// A complete, valid article to vary.
    pub const ARTICLE: &str = include_str!("../../tests/fixtures/valid.md");

    /// The findings of `rule` for an article text, today = 2026-11-22.
    pub fn findings(text: &str, rule: Rule) -> Vec<Finding> {
        findings_with(CONFIG, text, rule)
    }

    /// Same, with a config.
    pub fn findings_with(config: &str, text: &str, rule: Rule) -> Vec<Finding> {
        let today = Date::parse("2026-11-22").expect("date");
        run_at(&site(config, text), today)
            .into_iter()
            .filter(|f| f.rule == rule)
            .collect()
    }

    /// A site of one article, `content/a.md`.
    fn site(config: &str, text: &str) -> Site {
        let config = Config::parse(config).expect("test config");
        let article = Article::parse(SourceFile::from_text("content/a.md", text.to_string()))
            .expect("test article parses");
        Site {
            root: ".".into(),
            config,
            articles: vec![article],
            pages: Vec::new(),
            findings: Vec::new(),
        }
    }

    /// The body with `from` replaced by `to` (which must occur).
    /// The findings of `rule` when `sentence` is a paragraph of the
    /// fixture's body.
    pub fn in_body(sentence: &str, rule: Rule) -> Vec<Finding> {
        const P: &str = "Şəkər ailələrin gündəlik xərclərinin bir hissəsidir.";
        findings(&with(P, sentence), rule)
    }

    pub fn with(from: &str, to: &str) -> String {
        assert!(ARTICLE.contains(from), "the fixture has no {from:?}");
        ARTICLE.replacen(from, to, 1)
    }

    #[test]
    fn one_file_is_checked_as_the_whole_site_checks_it() {
        let today = Date::parse("2026-11-22").expect("date");
        let mut site = site(CONFIG, ARTICLE);
        let twin = with("Şəkər ailələrin", "Şəkər 332,3 manat olan ailələrin");
        assert!(site.put_article("content/b.md", twin));
        site.put_article("content/c.md", "+++\ntitle = \"Yarımçıq\n".into());
        let all = run_at(&site, today);
        for file in ["content/a.md", "content/b.md", "content/c.md"] {
            let whole: Vec<Finding> = all.iter().filter(|f| f.file == file).cloned().collect();
            assert_eq!(whole.is_empty(), file == "content/a.md", "{file}");
            assert_eq!(check_file(&site, file, today), whole, "{file}");
        }
        let b = check_file(&site, "content/b.md", today);
        assert!(b.iter().any(|f| f.rule == Rule::MetaSlug), "{b:#?}");
        assert!(
            b.iter().any(|f| f.rule == Rule::StyleNumberFormat),
            "{b:#?}"
        );
    }

    #[test]
    fn the_fixture_is_clean() {
        let site = site(CONFIG, ARTICLE);
        let found = run_at(&site, Date::parse("2026-11-22").expect("date"));
        assert!(found.is_empty(), "{found:#?}");
    }
}
