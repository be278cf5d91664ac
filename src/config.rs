//! `yoxla.toml`: the site's configuration, read once and validated before
//! anything else runs. Keys follow the configuration contract of RULES.md,
//! plus `description`, `theme`, `paginate` and `cache_dir`; any other
//! key is an error that names it and its line.

use crate::diag::Rule;
use crate::diag::settings::RuleSettings;
use crate::text::{self, Language};
use crate::tomlkeys::KeySpans;
use anyhow::{Context, Result, bail};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The file name of a site's configuration.
pub const CONFIG_FILE: &str = "yoxla.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    title: String,
    base_url: String,
    #[serde(default = "default_language")]
    language: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    categories: Vec<String>,
    #[serde(default)]
    authors: BTreeMap<String, Author>,
    #[serde(default)]
    rules: toml::Table,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default = "default_paginate")]
    paginate: usize,
    #[serde(default = "default_true")]
    share_cards: bool,
    #[serde(default = "default_square_card_days")]
    square_card_days: u32,
    #[serde(default = "default_true")]
    search: bool,
    #[serde(default = "default_true")]
    api: bool,
    #[serde(default)]
    raw_html: RawHtml,
    #[serde(default = "default_cache_dir")]
    cache_dir: String,
}

/// What happens to raw HTML written in an article's Markdown
/// (`raw_html` in yoxla.toml).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RawHtml {
    /// Shown as text, exactly as written (the default): nothing an author
    /// types can become markup.
    #[default]
    Escape,
    /// Cleaned by ammonia: harmless tags (`<sup>`, `<abbr>`, `<table>`…)
    /// are kept, scripts, styles, event handlers and unsafe links removed.
    Clean,
}

/// The build cache's folder in a site when `cache_dir` is not set.
pub const DEFAULT_CACHE_DIR: &str = ".yoxla-cache";

fn default_cache_dir() -> String {
    DEFAULT_CACHE_DIR.to_string()
}

fn default_true() -> bool {
    true
}

fn default_language() -> String {
    "az".into()
}
fn default_theme() -> String {
    "default".into()
}
fn default_paginate() -> usize {
    10
}

/// Square cards are for posting a new check on Instagram: a year's worth
/// by default, so an archive's output stays within what GitHub Pages
/// publishes (two cards are a third of the output).
fn default_square_card_days() -> u32 {
    365
}

/// A person who writes or edits articles (`[authors.ID]`).
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Author {
    /// Full name as readers see it.
    pub name: String,
    /// A short biography for the author's page.
    #[serde(default)]
    pub bio: String,
}

/// One word of the verdict scale, with what readers see of it.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Verdict {
    /// The verdict word as written in front matter, e.g. `əsasən doğru`.
    pub word: String,
    /// Its URL slug, e.g. `esasen-dogru`.
    pub slug: String,
    /// 1 for the best verdict, N for the worst.
    pub rank: usize,
    /// The numeric rating (N for the best … 1 for the worst).
    pub value: usize,
    /// Badge colour, green for the best to red for the worst; white text
    /// on it meets WCAG AA.
    pub colour: &'static str,
    /// Icon name for the badge, so it reads without colour too.
    pub icon: &'static str,
    /// What the verdict means, in one line for readers: the language's
    /// default for the scale position, or the site's own wording from a
    /// content page's `[verdicts]` table ([`Config::explain_verdicts`]).
    pub meaning: String,
}

/// The default verdict scale of a site written in `language`, best to
/// worst: its catalogue's `verdict-scale` (six words on the same six
/// ratings in every language).
pub fn default_scale(language: Language) -> Vec<String> {
    language.list("verdict-scale")
}

/// Badge and bar colours, best to worst: each takes white text at 4.5:1
/// or more and stands out at 3:1 or more from both the light (#ffffff)
/// and the dark (#121417) page (WCAG's text and non-text contrast;
/// `tests/reader_site.rs` computes them from the built stylesheets).
const COLOURS: [&str; 6] = [
    "#1e7b3a", "#537a12", "#8a6400", "#b34d00", "#c9302c", "#c0265e",
];

const ICONS: [&str; 6] = [
    "check-double",
    "check",
    "half",
    "cross",
    "cross-double",
    "flame",
];

/// The validated site configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The newsroom's name.
    pub title: String,
    /// Where the site is published, without a trailing slash.
    pub base_url: String,
    /// The path part of `base_url`, always starting and ending with `/`.
    pub base_path: String,
    /// UI strings, dates, section names, rule messages.
    pub language: Language,
    /// One line about the site.
    pub description: String,
    /// Allowed categories (empty = any).
    pub categories: Vec<String>,
    /// Authors and editors by id.
    pub authors: BTreeMap<String, Author>,
    /// The verdict scale, best first.
    pub verdicts: Vec<Verdict>,
    /// Rule severities and parameters from `[rules]`, checked against
    /// the rule table (the check stage prepares its word lists from
    /// them).
    pub rules: RuleSettings,
    /// The theme folder name under `themes/`.
    pub theme: String,
    /// Articles per list page.
    pub paginate: usize,
    /// Draw a share card (PNG) for every article.
    pub share_cards: bool,
    /// Draw the square (Instagram) card for articles published within
    /// this many days of the newest one; 0 draws none.
    pub square_card_days: u32,
    /// Build the search index and page.
    pub search: bool,
    /// Write the JSON API and each article's embeddable card.
    pub api: bool,
    /// Raw HTML in articles: escaped or cleaned.
    pub raw_html: RawHtml,
    /// The build cache's folder, relative to the site's root (or
    /// absolute).
    pub cache_dir: String,
}

impl Config {
    /// Reads and validates `ROOT/yoxla.toml`.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join(CONFIG_FILE);
        // Before the configuration is read, messages follow the
        // terminal's language (`LANG`).
        let lang = Language::from_env();
        let bytes = std::fs::read(&path).with_context(|| {
            say!(
                lang,
                "config-cannot-read",
                path = path.display(),
                file = CONFIG_FILE
            )
        })?;
        let text = String::from_utf8(bytes).map_err(|e| {
            anyhow::anyhow!(
                "{CONFIG_FILE}: {}",
                say!(
                    lang,
                    "config-not-utf8",
                    offset = e.utf8_error().valid_up_to()
                )
            )
        })?;
        Config::parse(&text)
    }

    /// Validates the text of a `yoxla.toml`. Every error names the line
    /// of the key it is about (found in toml's own spans, never by
    /// searching the text).
    pub fn parse(text: &str) -> Result<Config> {
        let text = &crate::fsutil::normalise(text.to_string());
        let lang = stated_language(text);
        let raw: RawConfig = toml::from_str(text).map_err(|e| {
            let (span, msg) = crate::tomlerr::locate(text, 0, &e, lang);
            anyhow::anyhow!(
                "{CONFIG_FILE}:{}:{}: {msg}",
                span.start.line,
                span.start.column
            )
        })?;
        let keys = KeySpans::new(text, 0, text);
        let at = |key: &str, msg: String| {
            anyhow::anyhow!("{CONFIG_FILE}:{}: {msg}", keys.get(key).start.line)
        };
        let Some(language) = Language::from_code(&raw.language) else {
            let codes = Language::codes().join("\", \"");
            let msg = say!(
                lang,
                "config-language-unknown",
                code = raw.language,
                codes = codes
            );
            return Err(at("language", msg));
        };
        let lang = language;
        let (base_url, base_path) = site_address(&raw.base_url, lang)
            .map_err(|why| at("base_url", say!(lang, "config-base-url", why = why)))?;
        if raw.paginate == 0 {
            return Err(at("paginate", say!(lang, "config-paginate")));
        }
        check_theme(&raw.theme, lang).map_err(|msg| at("theme", msg))?;
        if raw.cache_dir.trim().is_empty() {
            return Err(at("cache_dir", say!(lang, "config-cache-dir-empty")));
        }
        check_authors(&raw.authors, lang).map_err(|(id, msg)| at(&format!("authors.{id}"), msg))?;
        let rules =
            RuleSettings::from_table(&raw.rules, lang).map_err(|e| at(&e.key, e.message))?;
        let scale = rules
            .words(Rule::MetaVerdict, "scale")
            .unwrap_or_else(|| default_scale(language));
        let verdicts = verdict_scale(&scale, lang)
            .map_err(|e| at("rules.meta.verdict.scale", e.to_string()))?;
        Ok(Config {
            title: raw.title,
            base_url,
            base_path,
            language,
            description: raw.description,
            categories: raw.categories,
            authors: raw.authors,
            verdicts,
            rules,
            theme: raw.theme,
            paginate: raw.paginate,
            share_cards: raw.share_cards,
            square_card_days: raw.square_card_days,
            search: raw.search,
            api: raw.api,
            raw_html: raw.raw_html,
            cache_dir: raw.cache_dir,
        })
    }

    /// The verdict this word names: the scale's word as configured, or
    /// the same word in other letter case (Turkic casing on an
    /// Azerbaijani site, so `Doğru` and `DOĞRU` are `doğru`), spaces
    /// around it aside. `None` for a word that is not on the scale.
    pub fn verdict(&self, word: &str) -> Option<&Verdict> {
        let word = word.trim();
        self.verdicts.iter().find(|v| v.word == word).or_else(|| {
            let key = self.case_key(word);
            self.verdicts.iter().find(|v| self.case_key(&v.word) == key)
        })
    }

    /// Takes the site's own wording of what verdicts mean (a content
    /// page's `[verdicts]` table, word → meaning) over the defaults; a
    /// word not on the scale is left to the check to report.
    pub fn explain_verdicts(&mut self, meanings: &BTreeMap<String, String>) {
        for (word, meaning) in meanings {
            let Some(rank) = self.verdict(word).map(|v| v.rank) else {
                continue;
            };
            if let Some(v) = self.verdicts.get_mut(rank - 1)
                && !meaning.trim().is_empty()
            {
                v.meaning = meaning.trim().to_string();
            }
        }
    }

    /// A word folded for comparing without letter case, by the site's
    /// language (Turkic `I`/`ı`, `İ`/`i` only in Azerbaijani).
    fn case_key(&self, word: &str) -> String {
        self.language.case_key(word)
    }
}

/// The language a `yoxla.toml` states, read before the file is
/// validated (so even its syntax errors are in the site's language): its
/// top-level `language = "…"` line, else the default (as the parsed file
/// would have it).
fn stated_language(text: &str) -> Language {
    text.lines()
        .take_while(|l| !l.trim_start().starts_with('['))
        .filter_map(|l| l.split_once('='))
        .find(|(k, _)| k.trim() == "language")
        .and_then(|(_, v)| Language::from_code(v.trim().trim_matches('"')))
        .unwrap_or_default()
}

/// A theme is a folder name under `themes/`.
fn check_theme(theme: &str, lang: Language) -> std::result::Result<(), String> {
    let plain = theme
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if theme.is_empty() || !plain {
        return Err(say!(lang, "config-theme", theme = theme));
    }
    Ok(())
}

/// Author ids are slugs and every author has a name; the error comes
/// with the id it is about.
fn check_authors(
    authors: &BTreeMap<String, Author>,
    lang: Language,
) -> std::result::Result<(), (String, String)> {
    for (id, author) in authors {
        if text::slugify(id) != *id {
            let msg = say!(lang, "config-author-id", id = id, slug = text::slugify(id));
            return Err((id.clone(), msg));
        }
        if author.name.trim().is_empty() {
            return Err((id.clone(), say!(lang, "config-author-name", id = id)));
        }
    }
    Ok(())
}

/// Validates `base_url` as an absolute http(s) address and returns it
/// without a trailing `/`, with its path part (`https://example.org/fact/`
/// → `/fact/`). The address is written into robots.txt, feeds, the
/// sitemap, ClaimReview and the Telegram text, so control characters and
/// white space are refused before parsing (a URL parser would silently
/// drop a newline, and the raw value would still reach those files).
fn site_address(raw: &str, lang: Language) -> std::result::Result<(String, String), String> {
    if let Some(c) = raw.chars().find(|c| c.is_control() || c.is_whitespace()) {
        let c = c.escape_unicode();
        return Err(say!(lang, "config-address-control", c = c));
    }
    let url = url::Url::parse(raw)
        .map_err(|e| say!(lang, "config-address-unreadable", raw = raw, e = e))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(say!(lang, "config-address-scheme", raw = raw));
    }
    if url.host_str().is_none_or(str::is_empty) {
        return Err(say!(lang, "config-address-host", raw = raw));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(say!(lang, "config-address-user", raw = raw));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(say!(lang, "config-address-query", raw = raw));
    }
    let base_url = url.as_str().trim_end_matches('/').to_string();
    let path = url.path().trim_matches('/');
    let base_path = if path.is_empty() {
        "/".to_string()
    } else {
        format!("/{path}/")
    };
    Ok((base_url, base_path))
}

/// Builds the verdict scale from its words, best first.
fn verdict_scale(words: &[String], lang: Language) -> Result<Vec<Verdict>> {
    if words.len() < 2 {
        bail!("{}", say!(lang, "config-scale-short"));
    }
    let meanings = lang.list("verdict-meanings");
    let n = words.len();
    let mut verdicts: Vec<Verdict> = Vec::with_capacity(n);
    for (i, word) in words.iter().enumerate() {
        let word = word.trim().to_string();
        let slug = text::slugify(&word);
        if word.is_empty() {
            bail!("{}", say!(lang, "config-scale-empty-word"));
        }
        if verdicts.iter().any(|v| v.slug == slug) {
            bail!(
                "{}",
                say!(lang, "config-scale-twice", word = word, slug = slug)
            );
        }
        // Spread any scale length over the six colours and icons.
        let pick = if n == 1 { 0 } else { i * 5 / (n - 1) };
        verdicts.push(Verdict {
            word,
            slug,
            rank: i + 1,
            value: n - i,
            colour: COLOURS[pick],
            icon: ICONS[pick],
            meaning: meanings.get(pick).cloned().unwrap_or_default(),
        });
    }
    Ok(verdicts)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str = "title = \"Fakt Yoxla\"\nbase_url = \"https://example.org\"\n";

    #[test]
    fn a_minimal_config_gets_the_guides_scale() {
        let c = Config::parse(MINIMAL).unwrap();
        assert_eq!(c.language, Language::Az);
        assert_eq!(c.base_path, "/");
        let words: Vec<_> = c.verdicts.iter().map(|v| v.word.as_str()).collect();
        assert_eq!(words, default_scale(Language::Az));
        assert_eq!(words[0], "doğru");
        assert_eq!(c.verdicts[0].value, 6);
        assert_eq!(c.verdicts[5].value, 1);
        assert_eq!(c.verdicts[2].slug, "yari-dogru");
    }

    #[test]
    fn an_english_site_gets_the_english_scale_on_the_same_six_ratings() {
        let c = Config::parse(&format!("language = \"en\"\n{MINIMAL}")).unwrap();
        let words: Vec<_> = c.verdicts.iter().map(|v| v.word.as_str()).collect();
        assert_eq!(words, default_scale(Language::En));
        assert_eq!(words[5], "absurd");
        assert_eq!(c.verdicts.len(), 6);
        assert_eq!(c.verdict("False").map(|v| v.value), Some(2));
        assert_eq!(
            c.verdict("MOSTLY TRUE").map(|v| v.slug.as_str()),
            Some("mostly-true")
        );
        assert!(c.verdict("yanlış").is_none());
    }

    #[test]
    fn unknown_keys_are_named_with_their_line() {
        let err = Config::parse(&format!("{MINIMAL}pagniate = 5\n")).unwrap_err();
        let msg = err.to_string();
        assert!(msg.starts_with("yoxla.toml:3:"), "{msg}");
        assert!(msg.contains("`pagniate`"), "{msg}");
    }

    #[test]
    fn base_path_comes_from_base_url() {
        let c =
            Config::parse("title = \"x\"\nbase_url = \"https://example.org/yoxla/\"\n").unwrap();
        assert_eq!(c.base_url, "https://example.org/yoxla");
        assert_eq!(c.base_path, "/yoxla/");
        assert!(Config::parse("title = \"x\"\nbase_url = \"javascript:alert(1)\"\n").is_err());
    }

    #[test]
    fn base_url_cannot_smuggle_lines_into_robots_txt() {
        for bad in [
            "https://x.example/a\\nDisallow: /",
            "https://x.example/a\\rb",
            "https://x.example/a b",
            "https://x.example/\\u0007",
            "https://",
            "ftp://x.example",
            "https://user:pw@x.example",
            "https://x.example/?q=1",
            "https://x.example/#top",
            "x.example",
        ] {
            let text = format!("title = \"x\"\n\nbase_url = \"{bad}\"\n");
            let err = Config::parse(&text).expect_err(bad).to_string();
            assert!(err.starts_with("yoxla.toml:3: base_url"), "{bad}: {err}");
        }
        let c = Config::parse("title = \"x\"\nbase_url = \"https://X.Example/Fakt\"\n").unwrap();
        assert_eq!(c.base_url, "https://x.example/Fakt");
        assert_eq!(c.base_path, "/Fakt/");
    }

    #[test]
    fn verdict_words_match_with_azerbaijani_casing() {
        let c = Config::parse(MINIMAL).unwrap();
        for word in [
            "doğru",
            "Doğru",
            "DOĞRU",
            " doğru ",
            "YARI-DOĞRU",
            "Əsasən Doğru",
        ] {
            assert!(c.verdict(word).is_some(), "{word}");
        }
        assert_eq!(c.verdict("YANLIŞ").map(|v| v.word.as_str()), Some("yanlış"));
        // Dotless and dotted i are different letters in Azerbaijani.
        assert!(c.verdict("YANLİŞ").is_none());
        assert!(c.verdict("düz").is_none());
    }

    #[test]
    fn config_mistakes_are_reported_at_their_true_lines() {
        // A key mentioned in an earlier description, a bad language after
        // other keys, and a bad parameter in the second of two rule
        // tables: each names the line of its own key.
        let cases = [
            (
                "title = \"x\"\ndescription = \"the theme of our site\"\nbase_url = \"https://example.org\"\ntheme = \"../up\"\n",
                "yoxla.toml:4: `../up` mövzusu",
            ),
            (
                "title = \"x\"\n# language = \"az\"\nbase_url = \"https://example.org\"\nlanguage = \"fr\"\n",
                "yoxla.toml:4: `fr` dili dəstəklənmir",
            ),
            (
                "title = \"x\"\nbase_url = \"https://example.org\"\n\n[rules.\"style.numerals\"]\nseverity = \"off\"\n\n[rules.\"title.length\"]\nmax = 0\n",
                "yoxla.toml:8: [rules.\"title.length\"] max ən azı 1 olan tam ədəd olmalıdır",
            ),
            (
                "title = \"x\"\nbase_url = \"https://example.org\"\n[authors.ok]\nname = \"A\"\n[authors.Bad]\nname = \"B\"\n",
                "yoxla.toml:5: `Bad` müəllif id-si",
            ),
            (
                "title = \"x\"\nbase_url = \"https://example.org\"\n[rules.\"meta.verdict\"]\nseverity = \"error\"\nscale = [\"bir\"]\n",
                "yoxla.toml:5: hökm şkalasında ən azı iki söz",
            ),
        ];
        for (text, says) in cases {
            let err = Config::parse(text).expect_err(says).to_string();
            assert!(err.starts_with(says), "{says}\n{err}");
        }
    }

    #[test]
    fn every_verdict_has_a_meaning_the_site_may_reword() {
        let mut c = Config::parse(MINIMAL).unwrap();
        assert!(c.verdicts[4].meaning.starts_with("Açıqlama dəqiq deyil"));
        let own = BTreeMap::from([("YANLIŞ".to_string(), "Bizim sözlərimiz.".to_string())]);
        c.explain_verdicts(&own);
        assert_eq!(c.verdicts[4].meaning, "Bizim sözlərimiz.");
        assert!(c.verdicts[5].meaning.contains("absurd"));
    }

    #[test]
    fn a_custom_scale_is_spread_over_the_colours() {
        let c = Config::parse(&format!(
            "{MINIMAL}[rules.\"meta.verdict\"]\nscale = [\"doğru\", \"yanlış\", \"yalan\"]\n"
        ))
        .unwrap();
        assert_eq!(c.verdicts.len(), 3);
        assert_eq!(c.verdicts[0].colour, COLOURS[0]);
        assert_eq!(c.verdicts[2].colour, COLOURS[5]);
    }

    #[test]
    fn unknown_rule_ids_are_errors() {
        let err = Config::parse(&format!(
            "{MINIMAL}[rules]\n\"style.sentance-length\" = \"off\"\n"
        ))
        .unwrap_err();
        assert!(err.to_string().contains("style.sentance-length"), "{err}");
    }
}
