//! What one render works from, worked out once before anything is drawn:
//! the site's addresses (base path, origin, home page, host name), its
//! language's URL sections and theme strings, the theme, and whether
//! share cards and search are on. A new site-wide setting that several
//! steps read belongs here.

use super::{Preview, Theme, cards, i18n};
use crate::content::Site;
use crate::routes::Sections;
use anyhow::Result;
use std::collections::BTreeMap;

/// The settings of one render.
pub(super) struct Setup<'a> {
    /// The checked site.
    pub(super) site: &'a Site,
    /// How it is rendered: a build, or `yoxla serve`'s preview.
    pub(super) preview: &'a Preview<'a>,
    /// The URL segments of the site's sections, in its language.
    pub(super) sections: Sections,
    /// The theme's templates and static files.
    pub(super) theme: Theme,
    /// The theme's strings (`t`), in the site's language.
    pub(super) t: BTreeMap<&'static str, String>,
    /// The root-relative path of the home page (`/` or `/sub/`).
    pub(super) base: &'a str,
    /// `https://host`: absolute URLs are this plus a root-relative URL.
    pub(super) origin: String,
    /// The home page's absolute URL.
    pub(super) home: String,
    /// The site's host name, shown on share cards.
    pub(super) domain: String,
    /// Whether the search page and index are made.
    pub(super) with_search: bool,
    /// Whether the JSON API and embeddable cards are made.
    pub(super) with_api: bool,
    /// The share cards' fonts, when share cards are drawn.
    pub(super) cards: Option<cards::Cards>,
}

impl<'a> Setup<'a> {
    /// `n` fact-checks in words, in the site's language, with the
    /// language's plural form ("1 fact-check", "5 проверок").
    pub(super) fn count_text(&self, n: usize) -> String {
        say!(self.site.config.language, "fact-check-count", count = n)
    }

    /// The search filters' names, in the site's language.
    pub(super) fn filter_names(&self) -> super::search::Names {
        super::search::Names {
            verdict: self.t["verdict"].to_string(),
            category: self.t["category"].to_string(),
            year: self.t["year"].to_string(),
            speaker: self.t["speaker"].to_string(),
        }
    }

    /// Reads the settings and loads the theme (and, when share cards are
    /// on, their fonts).
    pub(super) fn new(site: &'a Site, preview: &'a Preview<'a>) -> Result<Setup<'a>> {
        let config = &site.config;
        let sections = Sections::for_language(config.language);
        let theme = Theme::load(&site.root, &config.theme, config.language)?;
        let t = i18n::strings(config.language);
        let base = config.base_path.as_str();
        let origin = config
            .base_url
            .strip_suffix(base.trim_end_matches('/'))
            .unwrap_or(&config.base_url)
            .to_string();
        let home = format!("{origin}{base}");
        let domain = origin
            .split("://")
            .nth(1)
            .unwrap_or(origin.as_str())
            .to_string();
        let with_cards = config.share_cards && !preview.live;
        let with_search = config.search && !preview.live;
        let with_api = config.api && !preview.live;
        let cards =
            if with_cards {
                let lang = config.language;
                let fonts = cards::Cards::new();
                Some(fonts.map_err(|e| {
                    anyhow::anyhow!("{}", say!(lang, "render-bundled-font", why = e))
                })?)
            } else {
                None
            };
        Ok(Setup {
            site,
            preview,
            sections,
            theme,
            t,
            base,
            origin,
            home,
            domain,
            with_search,
            with_api,
            cards,
        })
    }
}
