//! `yoxla init`: a new newsroom's site, from an empty folder to one that
//! builds and checks clean. A newsroom starting out should not meet the
//! configuration's errors one run at a time, nor write from nothing the
//! pages the IFCN code of principles asks a signatory to publish (who we
//! are and our nonpartisanship, methodology with the verdict scale,
//! corrections policy, contact, team and funding), nor its CI.
//!
//! What is written is data: one folder of templates per language
//! (`init/az/`, `init/en/`) with `{{key}}` places for the newsroom's
//! name, address and first editor. The site workflow is the very file in
//! `docs/github/workflows/`, so the shipped and the written one cannot
//! drift. Nothing is overwritten: a folder that holds a `yoxla.toml` is
//! refused, and any other file already there is left as it is and named.

use super::toml_string;
use crate::config::{CONFIG_FILE, Config};
use crate::text::{self, Date, Language};
use anyhow::{Context, Result, bail};
use std::io::Write;
use std::path::Path;

/// What the newsroom says about itself when it starts.
#[derive(Debug, Clone)]
pub struct Newsroom {
    /// Its name, the site's `title`.
    pub name: String,
    /// Where the site will be published (`base_url`).
    pub base_url: String,
    /// The language the site is written in.
    pub language: Language,
    /// The first editor's full name (their id is made from it).
    pub editor: String,
}

/// One file `init` writes: where, under the site's folder, and its text.
#[derive(Debug, Clone)]
pub struct Planned {
    /// The path under the site's folder, with `/`.
    pub path: String,
    /// The whole text.
    pub text: String,
}

/// What became of a planned file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Written, new.
    Written(String),
    /// Left alone: a file is already at this path.
    Kept(String),
}

/// The site workflow, the same file as the one shipped in `docs/github/`.
pub const SITE_WORKFLOW: &str = include_str!("../../docs/github/workflows/yoxla.yml");

const GITIGNORE: &str = include_str!("init/gitignore");

/// The name, address and editor `--yes` takes when none is given.
pub fn defaults(language: Language) -> Newsroom {
    Newsroom {
        name: say!(language, "newsroom-new-newsroom"),
        base_url: "https://example.org".into(),
        language,
        editor: say!(language, "newsroom-editor"),
    }
}

/// The editor's id in `[authors]`: their name as a readable slug
/// (`Aysel Məmmədova` → `aysel-memmedova`).
pub fn editor_id(name: &str) -> String {
    text::slugify(name.trim())
}

/// Every file of the new site, filled in, in the order they are
/// written. The configuration is read back as `yoxla build` will read
/// it, so an answer it refuses (an address that is not one, a name
/// that makes no id) stops `init` before anything is written.
pub fn plan(n: &Newsroom, today: Date) -> Result<Vec<Planned>> {
    let lang = n.language;
    let (name, editor) = (n.name.trim(), n.editor.trim());
    if name.is_empty() {
        bail!("{}", say!(lang, "newsroom-newsroom-s-name-empty-give"));
    }
    let id = editor_id(editor);
    if !editor.chars().any(char::is_alphabetic) {
        bail!("{}", say!(lang, "newsroom-no-id-can-made-from"));
    }
    check_address(n.base_url.trim(), lang)?;
    let mut vars: Vec<(&str, String)> = vec![
        ("name_toml", toml_string(name)),
        ("base_url_toml", toml_string(n.base_url.trim())),
        ("editor_toml", toml_string(editor)),
        ("editor_id_toml", toml_string(&id)),
        ("editor_id", id),
        ("editor", editor.to_string()),
        ("name", name.to_string()),
        ("today_text", text::format_date(today, lang)),
        ("today", today.to_string()),
        ("stamp", today.to_string().replace('-', "")),
        ("year", today.year().to_string()),
    ];
    // The language's `init/` folder mirrors the new site: each file's
    // path and text are templates.
    let templates = lang.files_under("init");
    let config_template = templates
        .iter()
        .find(|(path, _)| path == CONFIG_FILE)
        .map_or("", |(_, text)| *text);
    let config_text = fill(config_template, &vars);
    let config = Config::parse(&config_text).map_err(|e| {
        anyhow::anyhow!(
            "{}",
            say!(lang, "newsroom-these-answers-make-no-site", e = e)
        )
    })?;
    let params = crate::check::Params::for_config(&config);
    vars.push((
        "opening",
        crate::check::background_opening(&config, &params),
    ));
    vars.push(("base_path", config.base_path.clone()));
    let mut files: Vec<Planned> = templates
        .iter()
        .map(|(path, template)| Planned {
            path: fill(path, &vars),
            text: fill(template, &vars),
        })
        .collect();
    for (path, text) in [
        (".github/workflows/yoxla.yml", SITE_WORKFLOW),
        (".gitignore", GITIGNORE),
    ] {
        files.push(Planned {
            path: path.into(),
            text: text.into(),
        });
    }
    Ok(files)
}

/// The site's address must be an absolute http(s) URL with a host, said
/// in the site's language before the configuration reads it.
fn check_address(base_url: &str, lang: Language) -> Result<()> {
    let ok = url::Url::parse(base_url).is_ok_and(|u| {
        matches!(u.scheme(), "http" | "https") && u.host_str().is_some_and(|h| !h.is_empty())
    });
    if !ok || base_url.chars().any(char::is_whitespace) {
        bail!(
            "{}",
            say!(
                lang,
                "newsroom-site-s-address-not-full",
                base_url = base_url
            )
        );
    }
    Ok(())
}

/// `{{key}}` replaced by its value, for every key.
fn fill(template: &str, vars: &[(&str, String)]) -> String {
    let mut out = template.to_string();
    for (key, value) in vars {
        out = out.replace(&format!("{{{{{key}}}}}"), value);
    }
    out
}

/// Writes the planned files under `dir` (made if missing). A `dir` that
/// already holds a site (a `yoxla.toml`) is refused before anything is
/// written; any other file already there is kept, untouched, and
/// reported as [`Outcome::Kept`].
pub fn write(dir: &Path, files: &[Planned], lang: Language) -> Result<Vec<Outcome>> {
    let config = dir.join(CONFIG_FILE);
    if config.exists() || config.is_symlink() {
        bail!(
            "{}",
            say!(
                lang,
                "newsroom-already-exists-folder-holds-site",
                config_display = config.display().to_string()
            )
        );
    }
    let mut outcomes = Vec::new();
    for file in files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| {
                say!(
                    lang,
                    "newsroom-cannot-create-folder-check-can",
                    parent_display = parent.display()
                )
            })?;
        }
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut f) => {
                f.write_all(file.text.as_bytes()).with_context(|| {
                    say!(
                        lang,
                        "newsroom-cannot-write-check-disk-s",
                        path_display = path.display()
                    )
                })?;
                outcomes.push(Outcome::Written(file.path.clone()));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                outcomes.push(Outcome::Kept(file.path.clone()));
            }
            Err(e) => {
                return Err(e).with_context(|| {
                    say!(
                        lang,
                        "newsroom-cannot-create-check-folder-can",
                        path_display = path.display().to_string()
                    )
                });
            }
        }
    }
    Ok(outcomes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn newsroom(language: Language) -> Newsroom {
        Newsroom {
            name: "Sınaq Yoxla".into(),
            base_url: "https://sinaq.example.org/yoxla/".into(),
            language,
            editor: "Rəşad Əliyev".into(),
        }
    }

    #[test]
    fn every_place_is_filled_and_the_configuration_reads() {
        let today = Date::parse("2026-11-22").unwrap();
        for lang in Language::all() {
            let files = plan(&newsroom(lang), today).unwrap();
            for f in &files {
                if f.path != ".github/workflows/yoxla.yml" {
                    assert!(!f.text.contains("{{"), "{}: {}", f.path, f.text);
                }
                assert!(!f.path.contains('{'), "{}", f.path);
            }
            let config_file = files.iter().find(|f| f.path == CONFIG_FILE).unwrap();
            let config = Config::parse(&config_file.text).unwrap();
            assert_eq!(config.title, "Sınaq Yoxla");
            assert_eq!(config.language, lang);
            assert_eq!(config.authors["resad-eliyev"].name, "Rəşad Əliyev");
            assert!(
                files
                    .iter()
                    .any(|f| f.path.starts_with("content/2026/") && f.path.ends_with(".md"))
            );
        }
    }

    #[test]
    fn a_bad_address_stops_before_anything_is_planned() {
        let today = Date::parse("2026-11-22").unwrap();
        let mut n = newsroom(Language::En);
        n.base_url = "sinaq.example.org".into();
        let err = plan(&n, today).unwrap_err().to_string();
        assert!(err.contains("--base-url"), "{err}");
        n.base_url = "https://sinaq.example.org".into();
        n.editor = "—".into();
        let err = plan(&n, today).unwrap_err().to_string();
        assert!(err.contains("--editor"), "{err}");
    }

    #[test]
    fn the_methodology_gives_every_verdict_a_meaning() {
        let today = Date::parse("2026-11-22").unwrap();
        for lang in Language::all() {
            let files = plan(&newsroom(lang), today).unwrap();
            let page = files
                .iter()
                .find(|f| f.path.contains("metodologiya") || f.path.contains("methodology"))
                .unwrap();
            for word in crate::config::default_scale(lang) {
                assert!(page.text.contains(&format!("\"{word}\" = \"")), "{word}");
            }
        }
    }
}
