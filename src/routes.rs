//! Where every page of the site lives: URL segments in the site's
//! language, and the one function that turns segments into a URL and an
//! output path. Render and the slug checks both read this.

/// URL segments of the site's sections.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Sections {
    /// Article pages: `/SEG/slug/`.
    pub articles: &'static str,
    /// One page per verdict.
    pub verdicts: &'static str,
    /// One page per category.
    pub categories: &'static str,
    /// One page per tag.
    pub tags: &'static str,
    /// One page per speaker.
    pub speakers: &'static str,
    /// One page per author.
    pub authors: &'static str,
    /// Pagination: `/…/SEG/2/`.
    pub page: &'static str,
    /// The search page.
    pub search: &'static str,
    /// The site-wide corrections log.
    pub corrections: &'static str,
}

/// Names taken by files the build writes at the top of the output.
pub const RESERVED_FILES: &[&str] = &[
    "static",
    "style",
    "highlight",
    "verdicts",
    "search",
    "pagefind",
    "atom",
    "sitemap",
    "robots",
    "claimreview",
    "404",
    "share",
];

impl Sections {
    /// The URL segments for a language, from its catalogue
    /// (`route-articles`, …): read once per language and kept.
    pub fn for_language(language: crate::text::Language) -> Sections {
        use std::sync::OnceLock;
        static ALL: OnceLock<Vec<(crate::text::Language, Sections)>> = OnceLock::new();
        let all = ALL.get_or_init(|| {
            crate::text::Language::all()
                .map(|l| (l, Sections::read(l)))
                .collect()
        });
        all.iter()
            .find(|(l, _)| *l == language)
            .map(|(_, s)| *s)
            .unwrap_or_else(|| Sections::read(language))
    }

    fn read(language: crate::text::Language) -> Sections {
        // Kept for the life of the process: one small set per language.
        let seg = |id: &str| -> &'static str {
            let s = crate::text::slugify(&language.text(id));
            Box::leak(s.into_boxed_str())
        };
        Sections {
            articles: seg("route-articles"),
            verdicts: seg("route-verdicts"),
            categories: seg("route-categories"),
            tags: seg("route-tags"),
            speakers: seg("route-speakers"),
            authors: seg("route-authors"),
            page: seg("route-page"),
            search: seg("route-search"),
            corrections: seg("route-corrections"),
        }
    }

    /// Every top-level segment the site uses.
    pub fn all(&self) -> [&'static str; 9] {
        [
            self.articles,
            self.verdicts,
            self.categories,
            self.tags,
            self.speakers,
            self.authors,
            self.page,
            self.search,
            self.corrections,
        ]
    }
}

/// A page's place: `segments` below the site root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    segments: Vec<String>,
}

impl Route {
    /// The site root.
    pub fn root() -> Route {
        Route {
            segments: Vec::new(),
        }
    }

    /// A route from segments; each must already be a safe slug.
    pub fn new<S: Into<String>>(segments: impl IntoIterator<Item = S>) -> Route {
        Route {
            segments: segments.into_iter().map(Into::into).collect(),
        }
    }

    /// An article's page: its slug under the articles section.
    pub fn article(sections: &Sections, slug: &str) -> Route {
        Route::new([sections.articles, slug])
    }

    /// The `n`th page of a paginated list (1 is the list itself).
    pub fn paged(&self, sections: &Sections, n: usize) -> Route {
        let mut r = self.clone();
        if n > 1 {
            r.segments.push(sections.page.to_string());
            r.segments.push(n.to_string());
        }
        r
    }

    /// The URL path under `base_path` (`/` … `/`).
    pub fn url(&self, base_path: &str) -> String {
        let mut url = base_path.to_string();
        for s in &self.segments {
            url.push_str(s);
            url.push('/');
        }
        url
    }

    /// The file written for the route, relative to the output folder.
    pub fn file(&self) -> String {
        let mut path = String::new();
        for s in &self.segments {
            path.push_str(s);
            path.push('/');
        }
        path.push_str("index.html");
        path
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_give_urls_and_files() {
        let s = Sections::for_language(crate::text::Language::Az);
        let r = Route::new(["hokmler", "yalan"]);
        assert_eq!(r.url("/"), "/hokmler/yalan/");
        assert_eq!(r.url("/yoxla/"), "/yoxla/hokmler/yalan/");
        assert_eq!(r.file(), "hokmler/yalan/index.html");
        assert_eq!(r.paged(&s, 1), r);
        assert_eq!(r.paged(&s, 3).file(), "hokmler/yalan/sehife/3/index.html");
        assert_eq!(Route::root().file(), "index.html");
    }
}
