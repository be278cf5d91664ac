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

/// Every file of a new Azerbaijani site: (path, template).
const AZ: &[(&str, &str)] = &[
    (CONFIG_FILE, include_str!("init/az/yoxla.toml")),
    (
        "content/pages/haqqimizda.md",
        include_str!("init/az/about.md"),
    ),
    (
        "content/pages/metodologiya.md",
        include_str!("init/az/methodology.md"),
    ),
    (
        "content/pages/duzelis-siyaseti.md",
        include_str!("init/az/corrections-policy.md"),
    ),
    ("content/pages/elaqe.md", include_str!("init/az/contact.md")),
    (
        "content/pages/komanda-ve-maliyye.md",
        include_str!("init/az/team.md"),
    ),
    (
        "content/{{year}}/numune-parklar.md",
        include_str!("init/az/sample.md"),
    ),
    (".github/CODEOWNERS", include_str!("init/az/CODEOWNERS")),
    (
        ".github/pull_request_template.md",
        include_str!("init/az/pull_request_template.md"),
    ),
];

/// Every file of a new English site: (path, template).
const EN: &[(&str, &str)] = &[
    (CONFIG_FILE, include_str!("init/en/yoxla.toml")),
    ("content/pages/about.md", include_str!("init/en/about.md")),
    (
        "content/pages/methodology.md",
        include_str!("init/en/methodology.md"),
    ),
    (
        "content/pages/corrections-policy.md",
        include_str!("init/en/corrections-policy.md"),
    ),
    (
        "content/pages/contact.md",
        include_str!("init/en/contact.md"),
    ),
    (
        "content/pages/team-and-funding.md",
        include_str!("init/en/team.md"),
    ),
    (
        "content/{{year}}/sample-parks.md",
        include_str!("init/en/sample.md"),
    ),
    (".github/CODEOWNERS", include_str!("init/en/CODEOWNERS")),
    (
        ".github/pull_request_template.md",
        include_str!("init/en/pull_request_template.md"),
    ),
];

/// The name, address and editor `--yes` takes when none is given.
pub fn defaults(language: Language) -> Newsroom {
    Newsroom {
        name: language.pick("Yeni redaksiya", "New newsroom").into(),
        base_url: "https://example.org".into(),
        language,
        editor: language.pick("Redaktor", "Editor").into(),
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
        bail!(
            "{}",
            lang.pick(
                "redaksiyanın adı boşdur: --name \"Ad\" ilə verin",
                "the newsroom's name is empty: give it with --name \"Name\"",
            )
        );
    }
    let id = editor_id(editor);
    if !editor.chars().any(char::is_alphabetic) {
        bail!(
            "{}",
            lang.pick(
                "redaktorun adından id düzəltmək olmur: --editor \"Ad Soyad\" ilə hərflərlə yazılmış ad verin",
                "no id can be made from the editor's name: give a name in letters with --editor \"Full Name\"",
            )
        );
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
    let templates = lang.pick(AZ, EN);
    let config_text = fill(templates[0].1, &vars);
    let config = Config::parse(&config_text).map_err(|e| {
        anyhow::anyhow!(
            "{}",
            lang.pick(
                format!("bu cavablarla sayt qurmaq olmur ({e}): --name, --base-url və --editor dəyərlərini düzəldin"),
                format!("these answers make no site ({e}): correct --name, --base-url and --editor"),
            )
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
            lang.pick(
                format!("saytın ünvanı `{base_url}` tam ünvan deyil: --base-url ilə https://example.org və ya https://example.org/yoxlamalar/ kimi yazın"),
                format!("the site's address `{base_url}` is not a full address: give it with --base-url, such as https://example.org or https://example.org/fact-checks/"),
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
            lang.pick(
                format!("`{}` artıq var: bu qovluqda sayt var və yoxla init heç nəyin üzərinə yazmır; yeni sayt üçün boş qovluq seçin", config.display()),
                format!("`{}` already exists: this folder holds a site and yoxla init never overwrites anything; choose an empty folder for a new site", config.display()),
            )
        );
    }
    let mut outcomes = Vec::new();
    for file in files {
        let path = dir.join(&file.path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).with_context(|| {
                lang.pick(
                    format!(
                        "`{}` qovluğunu yaratmaq olmur: yazmaq icazəsini yoxlayın",
                        parent.display()
                    ),
                    format!(
                        "cannot create the folder `{}`: check that it can be written to",
                        parent.display()
                    ),
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
                    lang.pick(
                        format!(
                            "`{}` faylına yazmaq olmur: diskdə yer və icazəni yoxlayın",
                            path.display()
                        ),
                        format!(
                            "cannot write `{}`: check the disk's space and permissions",
                            path.display()
                        ),
                    )
                })?;
                outcomes.push(Outcome::Written(file.path.clone()));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                outcomes.push(Outcome::Kept(file.path.clone()));
            }
            Err(e) => {
                return Err(e).with_context(|| {
                    lang.pick(
                        format!(
                            "`{}` faylını yaratmaq olmur: yazmaq icazəsini yoxlayın",
                            path.display()
                        ),
                        format!(
                            "cannot create `{}`: check that its folder can be written to",
                            path.display()
                        ),
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
        for lang in Language::ALL {
            let files = plan(&newsroom(lang), today).unwrap();
            for f in &files {
                if f.path != ".github/workflows/yoxla.yml" {
                    assert!(!f.text.contains("{{"), "{}: {}", f.path, f.text);
                }
                assert!(!f.path.contains('{'), "{}", f.path);
            }
            let config = Config::parse(&files[0].text).unwrap();
            assert_eq!(config.title, "Sınaq Yoxla");
            assert_eq!(config.language, lang);
            assert_eq!(config.authors["resad-eliyev"].name, "Rəşad Əliyev");
            assert!(
                files
                    .iter()
                    .any(|f| f.path == "content/2026/numune-parklar.md"
                        || f.path == "content/2026/sample-parks.md")
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
        for lang in Language::ALL {
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
