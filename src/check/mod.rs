//! Check: the style guide as rules over the loaded [`Site`]. Each rule
//! family lives in its own module; every rule reports at its default
//! severity and [`run`] applies the levels the site's `[rules]` sets.
//!
//! Rules never mutate the site and never stop at the first problem: an
//! editor sees every finding of every article in one run.

pub mod meta;
pub mod registry;

use crate::content::Site;
use crate::diag::{Finding, Severity};
use registry::Level;

/// Runs every rule over the site, returns the findings in force (load
/// findings first), sorted by file, line and column.
pub fn run(site: &Site) -> Vec<Finding> {
    let mut findings = site.findings.clone();
    let mut rule_findings = Vec::new();
    for article in &site.articles {
        meta::check_article(site, article, &mut rule_findings);
    }
    meta::check_site(site, &mut rule_findings);
    for mut f in rule_findings {
        match site.config.rules.level(f.rule) {
            Level::Off | Level::ReportOnly => {}
            Level::On(severity) => {
                f.severity = severity;
                findings.push(f);
            }
        }
    }
    findings.sort_by(|a, b| {
        (&a.file, a.line, a.column, a.rule).cmp(&(&b.file, b.line, b.column, b.rule))
    });
    findings.dedup();
    findings
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
