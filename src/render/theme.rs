//! The theme: the default one is embedded in the binary, so a site with
//! only `yoxla.toml` and `content/` builds; a site's `themes/NAME/`
//! overrides it file by file (`templates/…` and `static/…`).

use super::escape::escape_runs;
use super::templates::tera_error_chain;
use anyhow::{Result, bail};
use std::collections::BTreeMap;
use std::path::Path;

macro_rules! embed {
    ($($path:literal),* $(,)?) => {
        &[$(($path, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/themes/default/", $path)))),*]
    };
}

/// The default theme's files, relative to `themes/default/`.
const DEFAULT_FILES: &[(&str, &str)] = embed!(
    "templates/base.html",
    "templates/index.html",
    "templates/article.html",
    "templates/term.html",
    "templates/terms.html",
    "templates/speaker.html",
    "templates/page.html",
    "templates/partials/article_card.html",
    "templates/partials/claim_box.html",
    "templates/partials/pagination.html",
    "templates/partials/sources.html",
    "templates/partials/verdict_badge.html",
    "templates/partials/share.html",
    "templates/search.html",
    "templates/corrections.html",
    "templates/404.html",
    "templates/embed.html",
    "templates/partials/related.html",
    "static/style.css",
    "static/search.js",
    "static/favicon.svg",
);

/// Templates by name (`article.html`) and static files by output path.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    /// Template name → source.
    pub templates: BTreeMap<String, String>,
    /// Output path → bytes.
    pub statics: BTreeMap<String, Vec<u8>>,
    /// The language its errors are said in (the site's).
    pub lang: crate::text::Language,
}

impl Theme {
    /// The embedded default theme.
    pub fn builtin() -> Theme {
        let mut theme = Theme::default();
        for (path, text) in DEFAULT_FILES {
            if let Some(name) = path.strip_prefix("templates/") {
                theme.templates.insert(name.to_string(), text.to_string());
            } else if let Some(name) = path.strip_prefix("static/") {
                theme
                    .statics
                    .insert(name.to_string(), text.as_bytes().to_vec());
            }
        }
        theme
    }

    /// The default theme with the files of `ROOT/themes/NAME/` laid over
    /// it. A theme other than `default` must exist.
    pub fn load(root: &Path, name: &str, lang: crate::text::Language) -> Result<Theme> {
        let mut theme = Theme::builtin();
        theme.lang = lang;
        crate::fsutil::refuse_linked_folder(root, &format!("themes/{name}"), lang)?;
        let dir = root.join("themes").join(name);
        if !dir.is_dir() {
            if name == "default" {
                return Ok(theme);
            }
            bail!("{}", say!(lang, "config-theme-not-found", name = name));
        }
        for (sub, is_template) in [("templates", true), ("static", false)] {
            crate::fsutil::refuse_linked_folder(root, &format!("themes/{name}/{sub}"), lang)?;
            let base = dir.join(sub);
            if !base.is_dir() {
                continue;
            }
            for (rel, path) in crate::fsutil::files_under(&base, lang)? {
                let bytes = crate::fsutil::read(&path, lang)?;
                if is_template {
                    let text = String::from_utf8(bytes).map_err(|_| {
                        anyhow::anyhow!("{}", say!(lang, "io-not-utf8", path = path.display()))
                    })?;
                    theme.templates.insert(rel, text);
                } else {
                    theme.statics.insert(rel, bytes);
                }
            }
        }
        Ok(theme)
    }

    /// Compiles every template once.
    pub fn tera(&self) -> Result<tera::Tera> {
        let mut tera = tera::Tera::default();
        tera.autoescape_on([".html", ".xml"]);
        // The same escapes as Tera's own (`& < > " '`), written a run of
        // plain text at a time instead of a byte at a time.
        tera.set_escape_fn(escape_for_tera);
        tera.add_raw_templates(self.templates.iter().map(|(n, s)| (n.as_str(), s.as_str())))
            .map_err(|e| {
                let why = tera_error_chain(&e);
                anyhow::anyhow!("{}", say!(self.lang, "render-theme-templates", why = why))
            })?;
        Ok(tera)
    }
}

fn escape_for_tera(s: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    escape_runs(s, |run| out.write_all(run.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_theme_compiles() {
        let theme = Theme::builtin();
        assert!(theme.templates.contains_key("article.html"));
        assert!(theme.statics.contains_key("style.css"));
        theme.tera().unwrap();
    }

    #[test]
    fn a_site_theme_overrides_one_template_and_keeps_the_rest() {
        let dir = tempfile::tempdir().unwrap();
        let t = dir.path().join("themes/mine/templates");
        std::fs::create_dir_all(&t).unwrap();
        std::fs::write(t.join("page.html"), "MINE {{ page.title }}").unwrap();
        let theme = Theme::load(dir.path(), "mine", crate::text::Language::Az).unwrap();
        assert_eq!(theme.templates["page.html"], "MINE {{ page.title }}");
        assert_eq!(
            theme.templates["article.html"],
            Theme::builtin().templates["article.html"]
        );
        assert!(Theme::load(dir.path(), "missing", crate::text::Language::Az).is_err());
    }
}
