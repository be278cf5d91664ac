//! Reporters: findings as people and machines read them. They know
//! nothing of rules beyond the registry's descriptions.
//!
//! - `human`: `file:line:col`, severity, rule, message, the source line
//!   with the span underlined, the fix (annotate-snippets);
//! - `json`: the array of RULES.md's contract;
//! - `github`: workflow commands that annotate a pull request's lines;
//! - `sarif`: SARIF 2.1.0 for code-scanning tools.

mod github;
mod human;
mod sarif;

pub use github::github;
pub use human::human;
pub use sarif::sarif;

use crate::content::Site;
use crate::diag::Finding;
use std::collections::{HashMap, HashSet};

/// The text of every article that has a finding, by file: what the
/// human report shows lines from (no copy of the rest of the site).
pub fn sources(site: &Site, findings: &[Finding]) -> HashMap<String, String> {
    let files: HashSet<&str> = findings.iter().map(|f| f.file.as_str()).collect();
    site.articles
        .iter()
        .filter(|a| files.contains(a.file.as_str()))
        .map(|a| (a.file.clone(), a.text.clone()))
        .collect()
}

/// The JSON contract of RULES.md: one array of findings.
pub fn json(findings: &[Finding]) -> String {
    serde_json::to_string_pretty(findings).unwrap_or_else(|_| "[]".to_string())
}
