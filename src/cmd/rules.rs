//! `yoxla rules`: every rule of the registry with the severity in force
//! for this site (its `[rules]` table, or the defaults when the
//! configuration cannot be read) and what it checks, in the site's
//! language (`rule-ID` in its catalogue's `check.ftl`). It takes no
//! arguments.

use super::Exit;
use crate::check::registry::{self, Level, RuleSettings};
use crate::config::Config;
use std::io::Write;
use std::path::Path;

/// Writes one line per rule to `out`: id, level, summary.
pub fn run(root: &Path, out: &mut dyn Write) -> anyhow::Result<Exit> {
    let (settings, lang) = match Config::load(root) {
        Ok(c) => (c.rules, c.language),
        Err(_) => (RuleSettings::default(), crate::text::Language::from_env()),
    };
    for r in registry::RULES {
        let level = match settings.level(r.rule) {
            Level::On(s) => s.to_string(),
            Level::Off => "off".into(),
            Level::ReportOnly => "report".into(),
        };
        // What the rule checks, in the site's language.
        let summary = r.summary_in(lang);
        writeln!(out, "{:<38} {:<10} {summary}", r.id, level)?;
    }
    Ok(Exit::Clean)
}
