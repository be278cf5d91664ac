//! Every rule id of the style guide (RULES.md), its default severity, its
//! parameters, and the severities and parameters a site's `[rules]` sets.

use crate::diag::Severity;
use std::collections::BTreeMap;

pub use crate::diag::rules::{Level, RULES, Rule, RuleInfo, rule};

/// Severities and parameters set in `[rules]`.
#[derive(Debug, Clone, Default)]
pub struct RuleSettings {
    levels: BTreeMap<Rule, Level>,
    params: BTreeMap<Rule, toml::Table>,
}

impl RuleSettings {
    /// The level in force for a rule.
    pub fn level(&self, rule: Rule) -> Level {
        self.levels
            .get(&rule)
            .copied()
            .unwrap_or(rule.info().default)
    }

    /// A parameter's raw value.
    pub fn param(&self, rule: Rule, name: &str) -> Option<&toml::Value> {
        self.params.get(&rule).and_then(|t| t.get(name))
    }

    /// A parameter that must be a list of strings.
    pub fn string_list(&self, rule: Rule, name: &str) -> Result<Option<Vec<String>>, String> {
        let id = rule.id();
        let Some(value) = self.param(rule, name) else {
            return Ok(None);
        };
        let err = || format!("[rules.\"{id}\"] {name} must be a list of strings");
        let array = value.as_array().ok_or_else(err)?;
        array
            .iter()
            .map(|v| v.as_str().map(str::to_string).ok_or_else(err))
            .collect::<Result<Vec<_>, _>>()
            .map(Some)
    }

    /// A parameter that must be a whole number ≥ 0.
    pub fn count(&self, rule: Rule, name: &str) -> Result<Option<usize>, String> {
        let id = rule.id();
        match self.param(rule, name) {
            None => Ok(None),
            Some(v) => v
                .as_integer()
                .and_then(|n| usize::try_from(n).ok())
                .map(Some)
                .ok_or_else(|| format!("[rules.\"{id}\"] {name} must be a whole number ≥ 0")),
        }
    }
}

/// Reads `[rules]` in both forms: `"ID" = "warning"` (or `"off"`) and
/// `[rules."ID"]` with `severity` and parameters.
pub fn settings_from_table(table: &toml::Table) -> Result<RuleSettings, String> {
    let mut settings = RuleSettings::default();
    for (id, value) in table {
        let info = rule(id).ok_or_else(|| {
            let near = RULES
                .iter()
                .find(|r| r.id.split('.').next() == id.split('.').next())
                .map(|r| {
                    format!(
                        " (rules in that family include `{}`; `yoxla rules` lists all)",
                        r.id
                    )
                })
                .unwrap_or_else(|| " (`yoxla rules` lists every rule id)".to_string());
            format!("[rules] names `{id}`, which is not a rule{near}")
        })?;
        match value {
            toml::Value::String(level) => {
                settings
                    .levels
                    .insert(info.rule, parse_level(info.id, level)?);
            }
            toml::Value::Table(t) => {
                for (key, v) in t {
                    if key == "severity" {
                        let level = v.as_str().ok_or_else(|| {
                            format!("[rules.\"{id}\"] severity must be \"error\", \"warning\", \"suggestion\" or \"off\"")
                        })?;
                        settings
                            .levels
                            .insert(info.rule, parse_level(info.id, level)?);
                    } else if !info.params.contains(&key.as_str()) {
                        let known = if info.params.is_empty() {
                            "it takes only `severity`".to_string()
                        } else {
                            format!("it takes `severity`, `{}`", info.params.join("`, `"))
                        };
                        return Err(format!(
                            "[rules.\"{id}\"] has no parameter `{key}`: {known}"
                        ));
                    }
                }
                settings.params.insert(info.rule, t.clone());
            }
            _ => {
                return Err(format!(
                    "[rules] `{id}` must be a severity (\"error\", \"warning\", \"suggestion\", \"off\") or a table"
                ));
            }
        }
    }
    Ok(settings)
}

fn parse_level(id: &str, s: &str) -> Result<Level, String> {
    if s == "off" {
        return Ok(Level::Off);
    }
    Severity::parse(s).map(Level::On).ok_or_else(|| {
        format!("[rules] `{id}` = \"{s}\": use \"error\", \"warning\", \"suggestion\" or \"off\"")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_forms_of_rules_are_read() {
        let table: toml::Table = toml::from_str(
            "\"style.numerals\" = \"off\"\n[\"style.sentence-length\"]\nseverity = \"suggestion\"\nmax_words = 25\n",
        )
        .unwrap();
        let s = settings_from_table(&table).unwrap();
        assert_eq!(s.level(Rule::StyleNumerals), Level::Off);
        assert_eq!(
            s.level(Rule::StyleSentenceLength),
            Level::On(Severity::Suggestion)
        );
        assert_eq!(
            s.count(Rule::StyleSentenceLength, "max_words").unwrap(),
            Some(25)
        );
        assert_eq!(s.level(Rule::MetaVerdict), Level::On(Severity::Error));
    }

    #[test]
    fn unknown_parameters_and_levels_are_refused() {
        let t: toml::Table = toml::from_str("[\"title.length\"]\nmaks = 100\n").unwrap();
        assert!(settings_from_table(&t).unwrap_err().contains("`maks`"));
        let t: toml::Table = toml::from_str("\"title.length\" = \"fatal\"\n").unwrap();
        assert!(settings_from_table(&t).unwrap_err().contains("fatal"));
    }

    #[test]
    fn ids_are_unique() {
        let mut ids: Vec<_> = RULES.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
    }
}
