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
    let categories = if config.categories.is_empty() {
        String::new()
    } else {
        format!("  # one of: {}", config.categories.join(", "))
    };
    let lang = &config.language;
    let title = format!("{speaker}: “{claim}”");
    let said_by = if status.is_empty() {
        speaker.to_string()
    } else {
        format!("{} {speaker}", lang.titlecase_first(status))
    };
    let mut t = String::new();
    t.push_str("+++\n");
    t.push_str(&format!("title = {}\n", toml_string(&title)));
    t.push_str("# subtitle = \"\"\n# title_paraphrase = false           # true when the title paraphrases the quote\n# slug = \"\"                          # made from the title when absent\n");
    t.push_str("# date = YYYY-MM-DD                  # publication date: set it when the article is ready\n");
    t.push_str(&format!("author = {}\n", toml_string(&author)));
    t.push_str("# editor = \"\"                        # the editor's id, once they sign off\n");
    t.push_str(&format!(
        "category = {}{categories}\n",
        toml_string(&category)
    ));
    t.push_str("tags = []\nstatus = \"draft\"                     # draft | review | ready: only ready is published\n");
    t.push_str(&format!(
        "verdict = \"\"                         # one of: {}\n",
        scale.join(", ")
    ));
    t.push_str(
        "foreign_sources = false              # true when a source is not in the site's language\n",
    );
    t.push_str("# summary = \"\"                       # the ruling in one or two sentences, beside the badge\n\n");
    t.push_str("[claim]\n");
    t.push_str(&format!("text = {}\n", toml_string(claim)));
    t.push_str(&format!("speaker = {}\n", toml_string(speaker)));
    t.push_str(&format!("speaker_status = {}\n", toml_string(status)));
    t.push_str(&format!(
        "date = {today}                    # when it was said\n"
    ));
    t.push_str(
        "# where = \"\"                         # where: outlet, programme, platform or event\n",
    );
    t.push_str("url = \"\"                             # the statement's source: url and/or video\n# video = \"\"\n# video_seconds = 150\n");
    t.push_str("archive = \"\"                         # the saved copy (within a day)\n");
    t.push_str(&format!("# archived_on = {today}\n"));
    for _ in 0..2 {
        t.push_str(&format!(
            "\n[[sources]]\ntitle = \"\"\nurl = \"\"\narchive = \"\"\nlang = \"{lang}\"\n"
        ));
    }
    t.push_str(&format!("\n[workflow]\nassigned = {today}\ntopics = 1\ninterview = false\n# speaker_contacted = YYYY-MM-DD      # when the speaker was told\n"));
    t.push_str("\n# [[workflow.requests]]\n# agency = \"\"\n# sent = YYYY-MM-DD\n# answered = YYYY-MM-DD\n");
    t.push_str("\n# [[corrections]]\n# date = YYYY-MM-DD\n# text = \"\"\n+++\n");
    t.push_str(&body(config, claim, speaker, &said_by));
    t
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
    let (intro, background, facts, conclusion) = lang.pick(
        (
            format!("{said_by} [nə vaxt və harada] deyib: “{claim}”.\n\n[Giriş: açıqlama ilə bağlı hadisə — kim, nə, nə vaxt, harada.]"),
            "[Tarixçə: açıqlamaya qədər olan şərait, əvvəl yoxlanılmış faktlar.]",
            "[Faktın yoxlanması: mənbələr, rəqəmlər, cədvəllər və keçidlər.]",
            format!("{speaker} deyib ki, “{claim_lower}”. [Qısa analitik xülasə.] Buna görə “{title}” bu açıqlamanı **[hökm]** hesab edir."),
        ),
        (
            format!("{said_by} said [when and where]: “{claim}”.\n\n[Introduction: the event around the statement — who, what, when, where.]"),
            "[Background: the circumstances before the statement, facts checked before.]",
            "[Fact check: sources, figures, tables and links.]",
            format!("{speaker} said that “{claim_lower}”. [A short analytical summary.] Therefore “{title}” rates this statement **[verdict]**."),
        ),
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
            config.language.pick(
                "iddianı və onu kimin dediyini yazın: yoxla new \"İDDİA\" --speaker \"Ad Soyad\"",
                "give the claim and who said it: yoxla new \"CLAIM\" --speaker \"Full Name\"",
            )
        );
    }
    if let Some(author) = draft
        .author
        .as_deref()
        .filter(|a| !config.authors.contains_key(*a))
    {
        let known: Vec<&str> = config.authors.keys().map(String::as_str).collect();
        let known = if known.is_empty() {
            config.language.pick(
                "[authors] boşdur".to_string(),
                "[authors] is empty".to_string(),
            )
        } else {
            known.join(", ")
        };
        bail!(
            "{}",
            config.language.pick(
                format!("müəllif `{author}` yoxla.toml-un [authors] siyahısında yoxdur: [authors.{author}] əlavə edin və ya bunlardan birini yazın: {known}"),
                format!("author `{author}` is not in [authors] of yoxla.toml: add [authors.{author}] or use one of: {known}"),
            )
        );
    }
    let rel = path_for(draft, today);
    let path = root.join(&rel);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create `{}`", dir.display()))?;
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
                config.language.pick(
                    format!("`{rel}` artıq var: yoxla new heç bir faylın üzərinə yazmır; onu redaktə edin və ya iddianı başqa sözlərlə yazın"),
                    format!("`{rel}` already exists: yoxla new never overwrites a file; edit it, or give the claim in other words"),
                )
            )
        }
        Err(e) => return Err(e).with_context(|| format!("cannot create `{rel}`")),
    };
    file.write_all(scaffold(config, draft, today).as_bytes())
        .with_context(|| format!("cannot write `{rel}`"))?;
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
