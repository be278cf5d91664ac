//! `yoxla new`: a new fact-check as `content/YYYY/slug.md` with every
//! front-matter key (optional ones commented), the five parts as
//! headings, the Background's standard opening, `status = "draft"` and
//! `workflow.assigned` = today. It never overwrites a file.

use super::toml_string;
use crate::check::Part;
use crate::config::Config;
use crate::content::CONTENT_DIR;
use crate::text::{self, Date};
use anyhow::{Context, Result, bail};
use std::io::Write;
use std::path::{Path, PathBuf};

/// What the author knows when starting.
#[derive(Debug, Clone, Default)]
pub struct Draft {
    /// The statement, verbatim.
    pub claim: String,
    /// Who said it, full name.
    pub speaker: String,
    /// Their status, office or party.
    pub speaker_status: Option<String>,
    /// The category.
    pub category: Option<String>,
    /// The author's id in `[authors]`.
    pub author: Option<String>,
}

/// Where the article goes, relative to the site root.
pub fn path_for(draft: &Draft, today: Date) -> String {
    let slug = text::slugify(&format!("{} {}", draft.speaker, draft.claim));
    format!("{CONTENT_DIR}/{}/{slug}.md", today.year())
}

/// The text of the new article.
pub fn scaffold(config: &Config, draft: &Draft, today: Date) -> String {
    let claim = draft.claim.trim();
    let speaker = draft.speaker.trim();
    let status = draft.speaker_status.as_deref().unwrap_or("").trim();
    let author = draft
        .author
        .clone()
        .or_else(|| {
            (config.authors.len() == 1)
                .then(|| config.authors.keys().next().cloned())
                .flatten()
        })
        .unwrap_or_default();
    let category = draft.category.clone().unwrap_or_default();
    let scale: Vec<&str> = config.verdicts.iter().map(|v| v.word.as_str()).collect();
    let lang = config.language;
    let categories = if config.categories.is_empty() {
        String::new()
    } else {
        format!(
            "  # {}",
            say!(lang, "new-one-of", list = config.categories.join(", "))
        )
    };
    let title = format!("{speaker}: “{claim}”");
    let said_by = if status.is_empty() {
        speaker.to_string()
    } else {
        format!("{} {speaker}", lang.titlecase_first(status))
    };
    let source =
        format!("\n[[sources]]\ntitle = \"\"\nurl = \"\"\narchive = \"\"\nlang = \"{lang}\"\n");
    // The language's `new/article.md` is the skeleton, its comments in
    // the site's language.
    let template = lang
        .files_under("new")
        .into_iter()
        .find(|(path, _)| path == "article.md")
        .map_or("", |(_, text)| text);
    let vars = [
        ("title", toml_string(&title)),
        ("author", toml_string(&author)),
        ("category", toml_string(&category)),
        ("categories", categories),
        ("scale", scale.join(", ")),
        ("claim", toml_string(claim)),
        ("speaker", toml_string(speaker)),
        ("speaker_status", toml_string(status)),
        ("today", today.to_string()),
        ("sources", source.repeat(2)),
        ("body", body(config, claim, speaker, &said_by)),
    ];
    let mut t = template.to_string();
    for (key, value) in vars {
        t = t.replace(&format!("{{{{{key}}}}}"), &value);
    }
    t.trim_end().to_string() + "\n"
}

/// The skeleton's body in the site's language: the parts under the
/// headings the check knows, the Introduction's sentence with the claim,
/// the Background's opening and the Conclusion's formula, with
/// [bracketed] parts to fill in.
fn body(config: &Config, claim: &str, speaker: &str, said_by: &str) -> String {
    let params = crate::check::Params::for_config(config);
    let opening = crate::check::background_opening(config, &params);
    let name = |part| params.part_name(part);
    let (title, lang) = (&config.title, config.language);
    let claim_lower = lang.lowercase_first(claim);
    let intro = format!(
        "{}\n\n{}",
        say!(lang, "new-intro-said", said_by = said_by, claim = claim),
        say!(lang, "new-intro-hint")
    );
    let background = say!(lang, "new-background-hint");
    let facts = say!(lang, "new-factcheck-hint");
    let conclusion = say!(
        lang,
        "new-conclusion",
        speaker = speaker,
        claim = claim_lower,
        title = title
    );
    format!(
        "## {}\n\n{intro}\n\n## {}\n\n{opening}.\n\n{background}\n\n## {}\n\n{facts}\n\n## {}\n\n{conclusion}\n",
        name(Part::Intro),
        name(Part::Background),
        name(Part::FactCheck),
        name(Part::Conclusion),
    )
}

/// Writes the new article under `root`; fails if the file exists.
pub fn create(root: &Path, config: &Config, draft: &Draft, today: Date) -> Result<PathBuf> {
    if draft.claim.trim().is_empty() || draft.speaker.trim().is_empty() {
        bail!(
            "{}",
            say!(config.language, "newsroom-give-claim-who-said-yoxla")
        );
    }
    if let Some(author) = draft
        .author
        .as_deref()
        .filter(|a| !config.authors.contains_key(*a))
    {
        let known: Vec<&str> = config.authors.keys().map(String::as_str).collect();
        let known = if known.is_empty() {
            say!(config.language, "newsroom-authors-empty")
        } else {
            known.join(", ")
        };
        bail!(
            "{}",
            say!(
                config.language,
                "newsroom-author-not-authors-yoxla-toml",
                author = author,
                known = known
            )
        );
    }
    let rel = path_for(draft, today);
    let path = root.join(&rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .with_context(|| say!(config.language, "io-cannot-create", path = dir.display()))?;
    }
    let mut file = match std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            bail!(
                "{}",
                say!(
                    config.language,
                    "newsroom-already-exists-yoxla-new-never",
                    rel = rel
                )
            )
        }
        Err(e) => {
            return Err(e).with_context(|| say!(config.language, "io-cannot-create", path = rel));
        }
    };
    file.write_all(scaffold(config, draft, today).as_bytes())
        .with_context(|| say!(config.language, "io-cannot-write", path = rel))?;
    Ok(PathBuf::from(rel))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn config() -> Config {
        Config::parse("title = \"x\"\nbase_url = \"https://example.org\"\ncategories = [\"iqtisadiyyat\"]\n[authors.aysel-memmedova]\nname = \"Aysel Məmmədova\"\n").unwrap()
    }

    fn draft() -> Draft {
        Draft {
            claim: "Ərzaq qiymətləri \"iki dəfə\" artıb".into(),
            speaker: "Məhəmməd Əliyev".into(),
            speaker_status: Some("millət vəkili".into()),
            category: Some("iqtisadiyyat".into()),
            author: None,
        }
    }

    #[test]
    fn the_path_is_a_readable_ascii_slug() {
        let today = Date::parse("2026-11-22").unwrap();
        assert_eq!(
            path_for(&draft(), today),
            "content/2026/mehemmed-eliyev-erzaq-qiymetleri-iki-defe-artib.md"
        );
    }

    #[test]
    fn the_scaffold_parses_and_is_a_draft() {
        let today = Date::parse("2026-11-22").unwrap();
        let text = scaffold(&config(), &draft(), today);
        let a = crate::content::Article::parse(crate::content::SourceFile::from_text(
            "content/a.md",
            text,
        ))
        .unwrap();
        assert_eq!(a.fm.status, crate::content::Status::Draft);
        assert_eq!(
            a.fm.author.as_deref(),
            Some("aysel-memmedova"),
            "the only author is the default"
        );
        assert_eq!(
            a.fm.claim.as_ref().unwrap().text.as_deref(),
            Some("Ərzaq qiymətləri \"iki dəfə\" artıb")
        );
        assert_eq!(a.fm.workflow.as_ref().unwrap().assigned, Some(today));
        for part in [
            "## Giriş",
            "## Tarixçə",
            "## Faktın yoxlanması",
            "## Nəticə",
        ] {
            assert!(a.body().contains(part), "{part}");
        }
    }

    #[test]
    fn it_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let today = Date::parse("2026-11-22").unwrap();
        let rel = create(dir.path(), &config(), &draft(), today).unwrap();
        std::fs::write(dir.path().join(&rel), "mine").unwrap();
        let err = create(dir.path(), &config(), &draft(), today).unwrap_err();
        assert!(err.to_string().contains("artıq var"), "{err}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join(&rel)).unwrap(),
            "mine"
        );
    }
}
