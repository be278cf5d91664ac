//! The machine-readable files, made from the same views as the pages and
//! written alongside them: the site's Atom feed and one per verdict,
//! category and speaker, `claimreview.json`, `sitemap.xml` and
//! `robots.txt` (none in a preview). Which feeds exist and what goes in
//! them belongs here; their XML is written by `feeds.rs`, the ClaimReview
//! JSON by `claimreview.rs`.

use super::claimreview::{self, ClaimReview};
use super::contract::Kind;
use super::delivery::Delivery;
use super::feeds;
use super::groups::Group;
use super::jobs::{Job, NOT_FOUND};
use super::pages::Renderer;
use crate::output::Output;
use crate::routes::Route;
use anyhow::Result;
use rayon::prelude::*;
use std::collections::HashMap;

/// Makes the feeds, the ClaimReview feed (of `reviews`), the sitemap (of
/// every page: those `drawn` with their views and every job's) and
/// `robots.txt`, and hands them to `out`; their paths.
pub(super) fn write(
    renderer: &Renderer<'_>,
    jobs: &[Job],
    drawn: &[(String, u64)],
    reviews: &[ClaimReview],
    out: &Delivery<'_>,
) -> Result<Vec<String>> {
    let setup = renderer.setup;
    if setup.preview.live {
        return Ok(Vec::new());
    }
    // Every page's file, known from the jobs before any is rendered.
    let page_paths: Vec<String> = drawn
        .iter()
        .map(|(path, _)| path.clone())
        .chain(jobs.iter().map(|job| {
            renderer
                .route(job)
                .map_or_else(|| NOT_FOUND.to_string(), |r| r.file())
        }))
        .collect();
    let (mut files, (reviews, sitemap)) = rayon::join(
        || renderer.feeds(),
        || {
            rayon::join(
                || Output {
                    path: "claimreview.json".into(),
                    bytes: claimreview::feed(reviews, &setup.site.config, &setup.home).into_bytes(),
                },
                || renderer.sitemap(&page_paths),
            )
        },
    );
    files.push(reviews);
    files.push(sitemap);
    files.push(Output {
        path: "robots.txt".into(),
        bytes: feeds::robots(&setup.home).into_bytes(),
    });
    files
        .into_par_iter()
        .map(|file| {
            let path = file.path.clone();
            out.put(file)?;
            Ok(path)
        })
        .collect()
}

impl Renderer<'_> {
    /// The Atom feed of a group's page, for verdicts, categories and
    /// speakers (root-relative URL).
    pub(super) fn group_feed(&self, kind: Kind, g: &Group) -> Option<String> {
        (matches!(kind, Kind::Verdict | Kind::Category | Kind::Speaker) && !g.articles.is_empty())
            .then(|| {
                format!(
                    "{}atom.xml",
                    Route::new([kind.segment(&self.setup.sections), g.slug.as_str()])
                        .url(self.setup.base)
                )
            })
    }

    /// A feed entry for `views[i]`.
    fn entry(&self, i: usize) -> feeds::Entry<'_> {
        let v = &self.views[i];
        feeds::Entry {
            card: &v.card,
            url: format!("{}{}", self.setup.origin, v.card.url),
            updated: v.updated.as_ref().map(|d| d.iso.as_str()),
            author: &v.author.name,
            summary: format!(
                "{}: {}. “{}” — {}",
                self.setup.t["verdict"], v.card.verdict.label, v.card.claim, v.card.speaker.name
            ),
        }
    }

    /// The site's Atom feed (the newest 50 articles) and one for every
    /// verdict, category and speaker (the newest 20 each).
    fn feeds(&self) -> Vec<Output> {
        let config = &self.setup.site.config;
        let home = &self.site_view.home;
        let mut out = vec![Output {
            path: "atom.xml".into(),
            bytes: feeds::atom(&feeds::Feed {
                title: config.title.clone(),
                self_url: format!("{home}atom.xml"),
                page_url: home.clone(),
                newsroom: &config.title,
                language: config.language.code(),
                entries: (0..self.views.len().min(50))
                    .map(|i| self.entry(i))
                    .collect(),
            })
            .into_bytes(),
        }];
        let groups: Vec<(Kind, &Group)> = [Kind::Verdict, Kind::Category, Kind::Speaker]
            .into_iter()
            .flat_map(|kind| self.groups.of(kind).iter().map(move |g| (kind, g)))
            .collect();
        let (base, origin) = (self.setup.base, &self.setup.origin);
        out.par_extend(groups.par_iter().filter_map(|&(kind, g)| {
            let feed = self.group_feed(kind, g)?;
            let page = feed.trim_end_matches("atom.xml");
            Some(Output {
                path: feed.strip_prefix(base).unwrap_or(&feed).to_string(),
                bytes: feeds::atom(&feeds::Feed {
                    title: format!("{}: {}", config.title, g.name),
                    self_url: format!("{origin}{feed}"),
                    page_url: format!("{origin}{page}"),
                    newsroom: &config.title,
                    language: config.language.code(),
                    entries: g.articles.iter().take(20).map(|&i| self.entry(i)).collect(),
                })
                .into_bytes(),
            })
        }));
        out
    }

    /// `sitemap.xml`: every HTML page but the 404, with the article
    /// pages' last change.
    fn sitemap(&self, paths: &[String]) -> Output {
        let sections = &self.setup.sections;
        let lastmod: HashMap<String, String> = self
            .views
            .iter()
            .zip(&self.order.published)
            .filter_map(|(v, a)| {
                let date = v.updated.as_ref().or(v.card.date.as_ref())?;
                Some((Route::article(sections, &a.slug).file(), date.iso.clone()))
            })
            .collect();
        let home = &self.site_view.home;
        let mut pages: Vec<&String> = paths
            .iter()
            .filter(|p| *p == "index.html" || p.ends_with("/index.html"))
            .collect();
        pages.sort();
        let urls: Vec<feeds::SitemapUrl> = pages
            .into_iter()
            .map(|p| feeds::SitemapUrl {
                loc: format!("{home}{}", p.trim_end_matches("index.html")),
                lastmod: lastmod.get(p).cloned(),
            })
            .collect();
        Output {
            path: "sitemap.xml".into(),
            bytes: feeds::sitemap(&urls).into_bytes(),
        }
    }
}
