//! The job list: every page the site has, as a [`Job`]; where each goes
//! ([`Renderer::route`]); and its signature, a hash of what it shows, by
//! which a preview skips a page that did not change. A new page type
//! starts here (a `Job`, its route and its signature), then gets its
//! drawing in `pages.rs` and its data in `contract.rs`.

use super::contract::Kind;
use super::pages::Renderer;
use super::pagination::{on_page, page_count};
use crate::routes::Route;
use std::hash::{Hash, Hasher};

/// Every page the site has.
#[derive(Debug, Clone)]
pub(super) enum Job {
    /// A page of the home page's list (from 1).
    Home { page: usize },
    /// The page of `views[i]`, unless it was drawn with its view.
    Article(usize),
    /// The page of every group of a kind.
    Terms(Kind),
    /// A page (from 1) of the list of a group (`groups.of(kind)[group]`).
    Term {
        kind: Kind,
        group: usize,
        page: usize,
    },
    /// A content page (`order.pages[i]`).
    Page(usize),
    /// The search page, when search is on.
    Search,
    /// The site-wide corrections log.
    Corrections,
    /// The not-found page.
    NotFound,
}

/// The not-found page's file: it has no URL of its own.
pub(super) const NOT_FOUND: &str = "404.html";

impl Renderer<'_> {
    /// Every page to render; the article pages only unless they were
    /// drawn with their views.
    pub(super) fn jobs(&self, with_search: bool, articles_drawn: bool) -> Vec<Job> {
        let per = self.setup.site.config.paginate;
        let mut jobs: Vec<Job> = (1..=page_count(self.views.len(), per))
            .map(|page| Job::Home { page })
            .collect();
        if !articles_drawn {
            jobs.extend((0..self.views.len()).map(Job::Article));
        }
        for kind in Kind::ALL {
            jobs.push(Job::Terms(kind));
            for (group, g) in self.groups.of(kind).iter().enumerate() {
                for page in 1..=page_count(g.articles.len(), per) {
                    jobs.push(Job::Term { kind, group, page });
                }
            }
        }
        jobs.extend((0..self.order.pages.len()).map(Job::Page));
        if with_search {
            jobs.push(Job::Search);
        }
        jobs.push(Job::Corrections);
        jobs.push(Job::NotFound);
        jobs
    }

    /// Where a job's page goes (`None`: the 404 page, which has no URL
    /// of its own).
    pub(super) fn route(&self, job: &Job) -> Option<Route> {
        let s = &self.setup.sections;
        Some(match job {
            Job::Home { page } => Route::root().paged(s, *page),
            Job::Article(i) => Route::article(s, self.order.published[*i].slug.as_str()),
            Job::Terms(kind) => Route::new([kind.segment(s)]),
            Job::Term { kind, group, page } => {
                let g = &self.groups.of(*kind)[*group];
                Route::new([kind.segment(s), g.slug.as_str()]).paged(s, *page)
            }
            Job::Page(i) => Route::new([self.order.pages[*i].page.slug.as_str()]),
            Job::Search => Route::new([s.search]),
            Job::Corrections => Route::new([s.corrections]),
            Job::NotFound => return None,
        })
    }

    /// A hash of everything a job's page shows that can change without
    /// the configuration, theme or content pages changing: which articles
    /// it lists (an article's page by its version, a list's entries by
    /// what they are made from), what it counts, and where the page sits
    /// in its list.
    pub(super) fn signature(&self, job: &Job) -> u64 {
        if self.previous.is_none() {
            return 0;
        }
        let mut h = crate::fsutil::hasher();
        let per = self.setup.site.config.paginate;
        match job {
            Job::Home { page } => {
                h.write_u8(0);
                h.write_usize(*page);
                h.write_usize(self.views.len());
                for listed in &self.listed[on_page(self.views.len(), *page, per)] {
                    h.write_u64(*listed);
                }
                if *page == 1 {
                    // The first page counts every verdict's articles.
                    for g in self.groups.of(Kind::Verdict) {
                        h.write_usize(g.articles.len());
                    }
                }
            }
            Job::Article(i) => {
                h.write_u8(1);
                h.write_u64(self.versions[*i]);
                // Its related checks, chosen from the whole site.
                for &j in self.related.indexes(*i) {
                    h.write_u64(self.listed[j as usize]);
                }
            }
            Job::Terms(kind) => {
                h.write_u8(2);
                kind.hash(&mut h);
                for g in self.groups.of(*kind) {
                    (&g.name, &g.slug, g.articles.len()).hash(&mut h);
                }
            }
            Job::Term { kind, group, page } => {
                let g = &self.groups.of(*kind)[*group];
                h.write_u8(3);
                (kind, &g.name, &g.slug, &g.status, g.articles.len(), page).hash(&mut h);
                if *kind == Kind::Speaker {
                    // The speaker's record counts every article.
                    for &i in &g.articles {
                        h.write_u64(self.listed[i]);
                    }
                } else {
                    for &i in &g.articles[on_page(g.articles.len(), *page, per)] {
                        h.write_u64(self.listed[i]);
                    }
                }
            }
            Job::Page(i) => {
                h.write_u8(4);
                h.write_usize(*i);
            }
            Job::Search => {
                // Its filters count the articles of each value.
                h.write_u8(5);
                for listed in &self.listed {
                    h.write_u64(*listed);
                }
            }
            Job::Corrections => {
                // Each correction with its article's card, all of which
                // its list entry is made from.
                h.write_u8(6);
                for (view, listed) in self.views.iter().zip(&self.listed) {
                    if !view.corrections.is_empty() {
                        h.write_u64(*listed);
                    }
                }
            }
            Job::NotFound => h.write_u8(7),
        }
        h.finish()
    }
}
