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

use crate::diag::Finding;

/// The JSON contract of RULES.md: one array of findings.
pub fn json(findings: &[Finding]) -> String {
    serde_json::to_string_pretty(findings).unwrap_or_else(|_| "[]".to_string())
}
