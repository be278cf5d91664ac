//! Every rule id of the style guide (RULES.md), its default severity, its
//! parameters, and the severities and parameters a site's `[rules]` sets.

use crate::diag::Severity;
use std::collections::BTreeMap;

/// What a rule is, for config validation, `yoxla rules` and SARIF.
#[derive(Debug, Clone, Copy)]
pub struct RuleInfo {
    /// The stable id, e.g. `style.full-names`.
    pub id: &'static str,
    /// Severity when the config says nothing.
    pub default: Level,
    /// Parameter names accepted in `[rules."ID"]`.
    pub params: &'static [&'static str],
    /// One line on what the rule checks.
    pub summary: &'static str,
}

/// A rule's level: a severity, or switched off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// The rule runs and reports at this severity.
    On(Severity),
    /// The rule does not run.
    Off,
    /// The rule feeds the status report only (no per-file finding).
    ReportOnly,
}

use Level::{On, ReportOnly};
use Severity::{Error, Suggestion, Warning};

/// All rules, in the order of RULES.md.
pub const RULES: &[RuleInfo] = &[
    RuleInfo {
        id: "structure.sections",
        default: On(Error),
        params: &["names"],
        summary: "the body has the parts Introduction, Background, Fact check, Conclusion, in order",
    },
    RuleInfo {
        id: "structure.verdict-in-conclusion",
        default: On(Error),
        params: &[],
        summary: "the Conclusion gives the front matter's verdict word in bold",
    },
    RuleInfo {
        id: "structure.conclusion-restates-claim",
        default: On(Warning),
        params: &[],
        summary: "the Conclusion restates the claim before the verdict",
    },
    RuleInfo {
        id: "structure.intro-who-what-when-where",
        default: On(Warning),
        params: &[],
        summary: "the Introduction names the speaker and says when the claim was made",
    },
    RuleInfo {
        id: "structure.background-opening",
        default: On(Suggestion),
        params: &[],
        summary: "the Background opens with the guide's standard sentence",
    },
    RuleInfo {
        id: "title.length",
        default: On(Error),
        params: &["max"],
        summary: "the title is at most 150 characters",
    },
    RuleInfo {
        id: "title.quote",
        default: On(Warning),
        params: &[],
        summary: "the title carries the claim as a direct quote",
    },
    RuleInfo {
        id: "title.speaker",
        default: On(Error),
        params: &[],
        summary: "the title names the speaker in full",
    },
    RuleInfo {
        id: "title.no-rank",
        default: On(Error),
        params: &["words"],
        summary: "the title gives no political status or rank",
    },
    RuleInfo {
        id: "claim.source",
        default: On(Error),
        params: &[],
        summary: "the statement's source link or video is given",
    },
    RuleInfo {
        id: "claim.archived",
        default: On(Warning),
        params: &[],
        summary: "the statement's source is archived within a day of assignment",
    },
    RuleInfo {
        id: "claim.video-length",
        default: On(Suggestion),
        params: &[],
        summary: "the video clip is 2–3 minutes long",
    },
    RuleInfo {
        id: "claim.quoted-in-body",
        default: On(Error),
        params: &[],
        summary: "the body quotes the claim directly",
    },
    RuleInfo {
        id: "claim.numbers-as-said",
        default: On(Warning),
        params: &[],
        summary: "numbers in the body's quotation are the claim's numbers",
    },
    RuleInfo {
        id: "claim.speaker-status",
        default: On(Error),
        params: &[],
        summary: "the speaker's status is given and stated in the body",
    },
    RuleInfo {
        id: "style.sentence-length",
        default: On(Warning),
        params: &["max_words"],
        summary: "sentences are at most 30 words",
    },
    RuleInfo {
        id: "style.full-names",
        default: On(Error),
        params: &[],
        summary: "people are named in full, not by an initial",
    },
    RuleInfo {
        id: "style.abbreviation-first-use",
        default: On(Warning),
        params: &["known"],
        summary: "an abbreviation follows its full name's first use",
    },
    RuleInfo {
        id: "style.banned-words",
        default: On(Error),
        params: &["words"],
        summary: "no rude words, slang or jargon outside quotations",
    },
    RuleInfo {
        id: "style.number-format",
        default: On(Error),
        params: &[],
        summary: "thousands with a comma or space, decimals with a dot",
    },
    RuleInfo {
        id: "style.number-rounding",
        default: On(Warning),
        params: &[],
        summary: "large figures and money are rounded",
    },
    RuleInfo {
        id: "style.numerals",
        default: On(Suggestion),
        params: &[],
        summary: "ages, addresses and numbers of decisions in Arabic numerals",
    },
    RuleInfo {
        id: "style.table-source",
        default: On(Warning),
        params: &[],
        summary: "every table has a source link beside it",
    },
    RuleInfo {
        id: "meta.required",
        default: On(Error),
        params: &[],
        summary: "required front-matter keys are present and well-typed; no unknown keys",
    },
    RuleInfo {
        id: "meta.verdict",
        default: On(Error),
        params: &["scale"],
        summary: "the verdict is one of the scale",
    },
    RuleInfo {
        id: "meta.category",
        default: On(Error),
        params: &[],
        summary: "the category is one of the configured categories",
    },
    RuleInfo {
        id: "meta.author",
        default: On(Error),
        params: &[],
        summary: "author and editor are in the site's authors",
    },
    RuleInfo {
        id: "meta.sources",
        default: On(Error),
        params: &["min"],
        summary: "enough sources, each with a title and an http(s) url",
    },
    RuleInfo {
        id: "meta.source-archived",
        default: On(Warning),
        params: &[],
        summary: "every source has an archived copy",
    },
    RuleInfo {
        id: "meta.foreign-sources",
        default: On(Warning),
        params: &[],
        summary: "foreign_sources agrees with the sources' languages",
    },
    RuleInfo {
        id: "meta.dates",
        default: On(Error),
        params: &[],
        summary: "dates are real and in order, none in the future",
    },
    RuleInfo {
        id: "meta.slug",
        default: On(Error),
        params: &[],
        summary: "the URL slug is unique and safe",
    },
    RuleInfo {
        id: "workflow.deadline",
        default: On(Warning),
        params: &[],
        summary: "the article was finished within the guide's deadline",
    },
    RuleInfo {
        id: "workflow.speaker-contacted",
        default: On(Warning),
        params: &[],
        summary: "the speaker was told before publication",
    },
    RuleInfo {
        id: "workflow.request-unanswered",
        default: On(Error),
        params: &[],
        summary: "an unanswered information request is said so in the body",
    },
    RuleInfo {
        id: "workflow.monthly-quota",
        default: ReportOnly,
        params: &[],
        summary: "each author prepares at least 3 articles a month",
    },
];

/// Looks a rule up by id.
pub fn rule(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}

/// Severities and parameters set in `[rules]`.
#[derive(Debug, Clone, Default)]
pub struct RuleSettings {
    levels: BTreeMap<&'static str, Level>,
    params: BTreeMap<&'static str, toml::Table>,
}

impl RuleSettings {
    /// The level in force for a rule.
    pub fn level(&self, id: &'static str) -> Level {
        self.levels
            .get(id)
            .copied()
            .or_else(|| rule(id).map(|r| r.default))
            .unwrap_or(Level::Off)
    }

    /// A parameter's raw value.
    pub fn param(&self, id: &str, name: &str) -> Option<&toml::Value> {
        self.params.get(id).and_then(|t| t.get(name))
    }

    /// A parameter that must be a list of strings.
    pub fn string_list(&self, id: &str, name: &str) -> Result<Option<Vec<String>>, String> {
        let Some(value) = self.param(id, name) else {
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
    pub fn count(&self, id: &str, name: &str) -> Result<Option<usize>, String> {
        match self.param(id, name) {
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
                    .insert(info.id, parse_level(info.id, level)?);
            }
            toml::Value::Table(t) => {
                for (key, v) in t {
                    if key == "severity" {
                        let level = v.as_str().ok_or_else(|| {
                            format!("[rules.\"{id}\"] severity must be \"error\", \"warning\", \"suggestion\" or \"off\"")
                        })?;
                        settings
                            .levels
                            .insert(info.id, parse_level(info.id, level)?);
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
                settings.params.insert(info.id, t.clone());
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
        assert_eq!(s.level("style.numerals"), Level::Off);
        assert_eq!(
            s.level("style.sentence-length"),
            Level::On(Severity::Suggestion)
        );
        assert_eq!(
            s.count("style.sentence-length", "max_words").unwrap(),
            Some(25)
        );
        assert_eq!(s.level("meta.verdict"), Level::On(Severity::Error));
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
