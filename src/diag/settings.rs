//! The levels and parameters a site's `[rules]` sets, read once when
//! `yoxla.toml` is loaded and checked against the rule table: a rule that
//! does not exist, a level that is not one, a parameter a rule does not
//! take or a value of the wrong kind is an error naming the key's path
//! (`rules.title.length.max`), which the configuration turns into its
//! true line. It sits on the ground floor with the rule table so that the
//! configuration can hold it without depending on the check stage; the
//! check stage prepares its word lists from it.

use super::Severity;
use super::rules::{Level, ParamKind, RULES, Rule, SECTION_KEYS, rule};
use crate::text::Language;
use std::collections::BTreeMap;

/// Severities and parameters set in `[rules]`, already validated.
#[derive(Debug, Clone, Default)]
pub struct RuleSettings {
    levels: BTreeMap<Rule, Level>,
    params: BTreeMap<Rule, toml::Table>,
}

/// A `[rules]` entry that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingError {
    /// The dotted path of the key in `yoxla.toml`, e.g.
    /// `rules.title.length.max`.
    pub key: String,
    /// What is wrong and what to do.
    pub message: String,
}

impl RuleSettings {
    /// Reads `[rules]` in both forms: `"ID" = "warning"` (or `"off"`) and
    /// `[rules."ID"]` with `severity` and parameters.
    pub fn from_table(table: &toml::Table, lang: Language) -> Result<RuleSettings, SettingError> {
        let mut settings = RuleSettings::default();
        for (id, value) in table {
            let key = format!("rules.{id}");
            let info = rule(id).ok_or_else(|| SettingError {
                key: key.clone(),
                message: unknown_rule(id, lang),
            })?;
            match value {
                toml::Value::String(level) => {
                    let level = parse_level(id, level, lang).map_err(|message| SettingError {
                        key: key.clone(),
                        message,
                    })?;
                    settings.levels.insert(info.rule, level);
                }
                toml::Value::Table(t) => {
                    if let Some(level) = read_params(info.rule, t, lang)? {
                        settings.levels.insert(info.rule, level);
                    }
                    settings.params.insert(info.rule, t.clone());
                }
                _ => {
                    return Err(SettingError {
                        key,
                        message: say!(lang, "settings-level-or-table", id = id),
                    });
                }
            }
        }
        Ok(settings)
    }

    /// The level in force for a rule.
    pub fn level(&self, rule: Rule) -> Level {
        self.levels
            .get(&rule)
            .copied()
            .unwrap_or(rule.info().default)
    }

    /// A parameter's raw value (checked against its kind when read).
    pub fn param(&self, rule: Rule, name: &str) -> Option<&toml::Value> {
        self.params.get(&rule).and_then(|t| t.get(name))
    }

    /// A [`ParamKind::Words`] parameter, when set.
    pub fn words(&self, rule: Rule, name: &str) -> Option<Vec<String>> {
        strings(self.param(rule, name)?)
    }

    /// A [`ParamKind::Text`] parameter, when set.
    pub fn text(&self, rule: Rule, name: &str) -> Option<String> {
        self.param(rule, name)?.as_str().map(str::to_string)
    }

    /// A [`ParamKind::Count`] or [`ParamKind::Positive`] parameter, when
    /// set.
    pub fn count(&self, rule: Rule, name: &str) -> Option<usize> {
        self.param(rule, name)?
            .as_integer()
            .and_then(|n| usize::try_from(n).ok())
    }

    /// A [`ParamKind::Contexts`] parameter, when set: each word with its
    /// list of words.
    pub fn contexts(&self, rule: Rule, name: &str) -> Option<Vec<(String, Vec<String>)>> {
        let table = self.param(rule, name)?.as_table()?;
        Some(
            table
                .iter()
                .map(|(word, list)| (word.clone(), strings(list).unwrap_or_default()))
                .collect(),
        )
    }

    /// The headings a [`ParamKind::Sections`] parameter gives one part
    /// (`intro`, `background`, …), when set.
    pub fn section(&self, rule: Rule, name: &str, part: &str) -> Option<Vec<String>> {
        strings(self.param(rule, name)?.get(part)?)
    }
}

/// A list of strings, as [`ParamKind::Words`] (and each list of
/// [`ParamKind::Sections`] and [`ParamKind::Contexts`]) holds it; `None`
/// for another kind of value.
fn strings(v: &toml::Value) -> Option<Vec<String>> {
    Some(
        v.as_array()?
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
    )
}

/// Checks the keys of `[rules."ID"]`; returns the `severity` it sets.
fn read_params(rule: Rule, t: &toml::Table, lang: Language) -> Result<Option<Level>, SettingError> {
    let id = rule.id();
    let info = rule.info();
    let mut level = None;
    for (name, v) in t {
        let key = format!("rules.{id}.{name}");
        let fail = |message: String| SettingError {
            key: key.clone(),
            message,
        };
        if name == "severity" {
            let text = v
                .as_str()
                .ok_or_else(|| fail(say!(lang, "settings-severity", id = id)))?;
            level = Some(parse_level(id, text, lang).map_err(fail)?);
            continue;
        }
        let Some(param) = info.params.iter().find(|p| p.name == name) else {
            let known = if info.params.is_empty() {
                say!(lang, "settings-takes-only-severity")
            } else {
                let names: Vec<&str> = info.params.iter().map(|p| p.name).collect();
                say!(lang, "settings-takes", names = names.join("`, `"))
            };
            return Err(fail(say!(
                lang,
                "settings-no-parameter",
                id = id,
                name = name,
                known = known
            )));
        };
        check_kind((id, name), param.kind, v, lang).map_err(|(sub, message)| SettingError {
            key: if sub.is_empty() {
                key.clone()
            } else {
                format!("{key}.{sub}")
            },
            message,
        })?;
    }
    Ok(level)
}

/// Whether `v` is a value of `kind`; the error names the sub-key it is
/// at (empty for the parameter itself).
fn check_kind(
    (id, name): (&str, &str),
    kind: ParamKind,
    v: &toml::Value,
    lang: Language,
) -> Result<(), (String, String)> {
    let words = |v: &toml::Value| {
        v.as_array()
            .is_some_and(|a| a.iter().all(toml::Value::is_str))
    };
    let whole = v.as_integer().and_then(|n| usize::try_from(n).ok());
    let here = |message: String| Err((String::new(), message));
    match kind {
        ParamKind::Count if whole.is_none() => {
            here(say!(lang, "settings-count", id = id, name = name))
        }
        ParamKind::Positive if whole.is_none_or(|n| n == 0) => {
            here(say!(lang, "settings-positive", id = id, name = name))
        }
        ParamKind::Text if !v.is_str() => here(say!(lang, "settings-text", id = id, name = name)),
        ParamKind::Words if !words(v) => here(say!(lang, "settings-words", id = id, name = name)),
        ParamKind::Contexts => {
            let Some(table) = v.as_table() else {
                return here(say!(lang, "settings-contexts", id = id, name = name));
            };
            match table.iter().find(|(_, list)| !words(list)) {
                Some((word, _)) => Err((
                    word.clone(),
                    say!(
                        lang,
                        "settings-contexts-word",
                        id = id,
                        name = name,
                        word = word
                    ),
                )),
                None => Ok(()),
            }
        }
        ParamKind::Sections => {
            let Some(table) = v.as_table() else {
                return here(say!(lang, "settings-sections", id = id, name = name));
            };
            for (part, headings) in table {
                if !SECTION_KEYS.contains(&part.as_str()) {
                    return Err((
                        part.clone(),
                        say!(
                            lang,
                            "settings-sections-part",
                            id = id,
                            name = name,
                            part = part
                        ),
                    ));
                }
                if !words(headings) {
                    return Err((
                        part.clone(),
                        say!(
                            lang,
                            "settings-sections-headings",
                            id = id,
                            name = name,
                            part = part
                        ),
                    ));
                }
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

fn unknown_rule(id: &str, lang: Language) -> String {
    RULES
        .iter()
        .find(|r| r.id.split('.').next() == id.split('.').next())
        .map(|r| {
            say!(
                lang,
                "settings-unknown-rule-family",
                id = id,
                example = r.id
            )
        })
        .unwrap_or_else(|| say!(lang, "settings-unknown-rule", id = id))
}

fn parse_level(id: &str, s: &str, lang: Language) -> Result<Level, String> {
    if s == "off" {
        return Ok(Level::Off);
    }
    Severity::parse(s)
        .map(Level::On)
        .ok_or_else(|| say!(lang, "settings-bad-level", id = id, level = s))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<RuleSettings, SettingError> {
        let table: toml::Table = toml::from_str(text).unwrap_or_default();
        RuleSettings::from_table(&table, Language::En)
    }

    #[test]
    fn both_forms_of_rules_are_read() {
        let s = read(
            "\"style.numerals\" = \"off\"\n[\"style.sentence-length\"]\nseverity = \"suggestion\"\nmax_words = 25\n",
        )
        .unwrap_or_default();
        assert_eq!(s.level(Rule::StyleNumerals), Level::Off);
        assert_eq!(
            s.level(Rule::StyleSentenceLength),
            Level::On(Severity::Suggestion)
        );
        assert_eq!(s.count(Rule::StyleSentenceLength, "max_words"), Some(25));
        assert_eq!(s.level(Rule::MetaVerdict), Level::On(Severity::Error));
    }

    #[test]
    fn each_mistake_names_its_key() {
        for (text, key, says) in [
            (
                "[\"title.length\"]\nmaks = 100\n",
                "rules.title.length.maks",
                "`maks`",
            ),
            (
                "\"title.length\" = \"fatal\"\n",
                "rules.title.length",
                "fatal",
            ),
            (
                "[\"title.length\"]\nmax = 0\n",
                "rules.title.length.max",
                "at least 1",
            ),
            (
                "[\"meta.sources\"]\nmin = -1\n",
                "rules.meta.sources.min",
                "≥ 0",
            ),
            (
                "[\"style.banned-words\"]\nwords = [1]\n",
                "rules.style.banned-words.words",
                "list of strings",
            ),
            (
                "[\"structure.sections\".names]\nintro = \"Giriş\"\n",
                "rules.structure.sections.names.intro",
                "list of headings",
            ),
            (
                "\"style.sentance-length\" = \"off\"\n",
                "rules.style.sentance-length",
                "not a rule",
            ),
        ] {
            let err = read(text).expect_err(text);
            assert_eq!(err.key, key, "{text}");
            assert!(err.message.contains(says), "{text}: {}", err.message);
        }
    }
}
