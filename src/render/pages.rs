//! The pages: every job drawn in parallel with the theme's templates, and
//! one function per kind of page (home, article, the kinds' pages, a
//! group's page, content pages, search, corrections, not found) that
//! gathers what its template sees. A new page type's drawing belongs here
//! (its job and route are in `jobs.rs`, its data in `contract.rs`).

use super::contract::{
    ArticleData, ArticleView, ContentPage, CorrectionEntry, CorrectionsData, HomeData, ImageView,
    Kind, NotFoundData, PageData, RecordRow, ScaleRow, SearchData, SiteView, TermData, TermPage,
    TermsData, TermsEntry,
};
use super::delivery::Delivery;
use super::groups::{Group, Groups};
use super::jobs::{Job, NOT_FOUND};
use super::memory::Previous;
use super::order::{Order, PageEntry};
use super::pagination::{on_page, page_count, paginator};
use super::setup::Setup;
use super::templates::{Page, PageDone, Place, Shared, draw, tera_value};
use super::{i18n, search};
use crate::routes::Route;
use crate::text;
use anyhow::Result;
use rayon::prelude::*;
use serde::Serialize;
use std::sync::Arc;

/// What every page, feed and the sitemap are drawn from.
pub(super) struct Renderer<'a> {
    pub(super) setup: &'a Setup<'a>,
    /// The articles and content pages, in order.
    pub(super) order: &'a Order<'a>,
    pub(super) tera: Arc<tera::Tera>,
    pub(super) site_view: SiteView<'a>,
    pub(super) shared: Shared,
    /// The view of each article of `order.published`.
    pub(super) views: Vec<Arc<ArticleView>>,
    /// What `views[i]` was made from (see [`super::Memory`]).
    pub(super) versions: Vec<u64>,
    /// What each article's list entry is made from, in a preview (see
    /// [`super::memory::listed`]).
    pub(super) listed: Vec<u64>,
    pub(super) groups: Arc<Groups>,
    /// Every article's related checks.
    pub(super) related: &'a super::related::Related,
    /// Each speaker's share card, by the speaker's slug.
    pub(super) speaker_cards: std::collections::HashMap<String, ImageView>,
    /// A preview's page signatures from its last render: a page whose
    /// signature is unchanged is not rendered again.
    pub(super) previous: Option<Previous>,
}

/// Draws every job's page in parallel, handing each to `out`; every
/// page's path and signature, in job order (see [`Renderer::render`]).
pub(super) fn render_all(
    renderer: &Renderer<'_>,
    jobs: &[Job],
    out: &Delivery<'_>,
) -> Result<Vec<(String, u64)>> {
    jobs.par_iter()
        .enumerate()
        .map(|(i, job)| {
            let page = renderer.render(i, job)?;
            if let Some(output) = page.output {
                out.put(output)?;
            }
            Ok((page.path, page.signature))
        })
        .collect()
}

impl Renderer<'_> {
    fn base(&self) -> &str {
        self.setup.base
    }

    /// Renders a page at `place`, with an Atom feed when it has one
    /// (see [`draw`]).
    fn frame<T: Serialize>(
        &self,
        place: Place,
        feed: Option<String>,
        template: &str,
        data: T,
        articles: Option<tera::Value>,
    ) -> Result<PageDone> {
        draw(
            &self.tera,
            &self.shared,
            Page {
                place,
                feed,
                template,
                articles,
            },
            data,
        )
    }

    /// The cards of `views[i]` for each `i`, as a list page's `articles`.
    fn cards(&self, indexes: impl Iterator<Item = usize>) -> Result<tera::Value> {
        let mut list = Vec::new();
        for i in indexes {
            let slot = &self.shared.cards[i];
            let card = match slot.get() {
                Some(card) => card.clone(),
                None => {
                    let card = &self.views[i].card;
                    let made = tera_value(card, &card.url, self.setup.site.config.language)?;
                    // Another thread may have made it meanwhile: the two
                    // are equal, and the first one stays.
                    slot.get_or_init(|| made).clone()
                }
            };
            list.push(card);
        }
        Ok(list.into())
    }

    /// The `i`th job's page, unless a preview finds its signature
    /// unchanged. A page kept by position is handed back with an empty
    /// path: its path is the one the memory has.
    pub(super) fn render(&self, i: usize, job: &Job) -> Result<PageDone> {
        let signature = self.signature(job);
        let kept = |path: String| PageDone {
            path,
            signature,
            output: None,
        };
        // A preview skips a page whose signature has not moved before
        // gathering anything for it, by position when it can.
        if let Some(Previous::ByJob(signatures)) = &self.previous
            && signatures.get(i) == Some(&signature)
        {
            return Ok(kept(String::new()));
        }
        let route = self.route(job);
        let path = route
            .as_ref()
            .map_or_else(|| NOT_FOUND.to_string(), Route::file);
        if let Some(Previous::ByPath(signatures)) = &self.previous
            && signatures.get(&path) == Some(&signature)
        {
            return Ok(kept(path));
        }
        let canonical = route.as_ref().map_or_else(
            || self.site_view.home.clone(),
            |r| format!("{}{}", self.setup.origin, r.url(self.base())),
        );
        let place = Place {
            path,
            canonical,
            signature,
        };
        match job {
            Job::Home { page } => self.render_home(*page, place),
            Job::Article(i) => {
                let data = ArticleData {
                    article: &self.views[*i],
                    related: self.related.of(*i),
                };
                self.frame(place, None, "article.html", data, None)
            }
            Job::Terms(kind) => self.render_terms(*kind, place),
            Job::Term { kind, group, page } => {
                self.render_term(*kind, &self.groups.of(*kind)[*group], *page, place)
            }
            Job::Page(i) => self.render_page(&self.order.pages[*i], place),
            Job::Search => self.render_search(place),
            Job::Corrections => self.render_corrections(place),
            Job::NotFound => self.frame(place, None, "404.html", NotFoundData {}, None),
        }
    }

    /// A page of the home page's list: the newest articles first.
    fn render_home(&self, page: usize, place: Place) -> Result<PageDone> {
        let per = self.setup.site.config.paginate;
        let route = Route::root();
        let total = page_count(self.views.len(), per);
        let shown = on_page(self.views.len(), page, per);
        // The first page leads with the newest article, drawn large.
        let lead = (page == 1).then(|| self.views.first()).flatten();
        let skip = usize::from(lead.is_some());
        let articles = self.cards(shown.skip(skip))?;
        self.frame(
            place,
            Some(self.site_view.feed.clone()),
            "index.html",
            HomeData {
                paginator: paginator(&route, &self.setup.sections, self.base(), page, total),
                lead: lead.map(|v| &v.card),
                totals: if page == 1 { self.totals() } else { Vec::new() },
                total: self.views.len(),
                total_text: self.setup.count_text(self.views.len()),
            },
            Some(articles),
        )
    }

    /// The page of every group of a kind.
    fn render_terms(&self, kind: Kind, place: Place) -> Result<PageDone> {
        let terms = self
            .groups
            .of(kind)
            .iter()
            .map(|g| TermsEntry {
                name: &g.name,
                url: Route::new([kind.segment(&self.setup.sections), g.slug.as_str()])
                    .url(self.base()),
                count: g.articles.len(),
                verdict: g.verdict.as_ref(),
            })
            .collect();
        self.frame(
            place,
            None,
            "terms.html",
            TermsData {
                kind,
                title: &self.setup.t[kind.title_key()],
                terms,
            },
            None,
        )
    }

    /// A page of a group's list; a speaker's page also shows their record.
    fn render_term(&self, kind: Kind, g: &Group, page: usize, place: Place) -> Result<PageDone> {
        let per = self.setup.site.config.paginate;
        let sections = &self.setup.sections;
        let route = Route::new([kind.segment(sections), g.slug.as_str()]);
        let total = page_count(g.articles.len(), per);
        let articles = self.cards(
            g.articles[on_page(g.articles.len(), page, per)]
                .iter()
                .copied(),
        )?;
        let record = if kind == Kind::Speaker {
            self.record(g)
        } else {
            Vec::new()
        };
        let data = TermPage {
            term: TermData {
                kind,
                kind_title: &self.setup.t[kind.title_key()],
                kind_url: Route::new([kind.segment(sections)]).url(self.base()),
                name: &g.name,
                url: route.url(self.base()),
                count: g.articles.len(),
                count_text: self.setup.count_text(g.articles.len()),
                status: g.status.as_deref(),
                verdict: g.verdict.as_ref(),
                bio: g.bio.as_deref(),
                record,
                card: (kind == Kind::Speaker)
                    .then(|| self.speaker_cards.get(&g.slug).cloned())
                    .flatten(),
            },
            paginator: paginator(&route, sections, self.base(), page, total),
        };
        let template = if kind == Kind::Speaker {
            "speaker.html"
        } else {
            "term.html"
        };
        self.frame(
            place,
            self.group_feed(kind, g),
            template,
            data,
            Some(articles),
        )
    }

    /// A content page, with the verdict scale when it explains it.
    fn render_page(&self, entry: &PageEntry<'_>, place: Place) -> Result<PageDone> {
        let PageEntry { page, rendered } = entry;
        let scale = if page.verdicts.is_empty() {
            Vec::new()
        } else {
            self.site_view
                .verdicts
                .iter()
                .map(|v| ScaleRow {
                    verdict: v,
                    meaning: page.verdicts.get(&v.word).map_or("", String::as_str),
                })
                .collect()
        };
        self.frame(
            place,
            None,
            "page.html",
            ContentPage {
                page: PageData {
                    title: &page.title,
                    description: &page.description,
                    body: &rendered.html,
                    headings: &rendered.headings,
                    has_code: rendered.has_code,
                    scale,
                },
            },
            None,
        )
    }

    /// The search page.
    fn render_search(&self, place: Place) -> Result<PageDone> {
        let translations =
            serde_json::to_string(&i18n::search_strings(self.setup.site.config.language))
                .unwrap_or_default();
        self.frame(
            place,
            None,
            "search.html",
            SearchData {
                bundle: format!("{}{}/", self.base(), search::DIR),
                translations,
                strings: i18n::search_strings(self.setup.site.config.language),
                folded: search::folded_json(self.setup.site.config.language),
                parts: search::parts_json(&self.views, self.base()),
                filters: self.setup.filter_names().filters(&self.groups, &self.views),
                badges: search::badges(&self.groups),
            },
            None,
        )
    }

    /// Every correction of every published article, newest first.
    fn render_corrections(&self, place: Place) -> Result<PageDone> {
        let mut corrections: Vec<CorrectionEntry<'_>> = self
            .views
            .iter()
            .flat_map(|v| {
                v.corrections.iter().map(move |c| CorrectionEntry {
                    date: c.date.as_ref(),
                    text: &c.text,
                    article: &v.card,
                })
            })
            .collect();
        corrections.sort_by(|a, b| {
            b.date
                .map(|d| d.iso.as_str())
                .cmp(&a.date.map(|d| d.iso.as_str()))
                .then_with(|| text::compare(&a.article.title, &b.article.title))
        });
        self.frame(
            place,
            None,
            "corrections.html",
            CorrectionsData { corrections },
            None,
        )
    }

    /// A speaker's checked claims counted per verdict, best first.
    pub(super) fn record(&self, g: &Group) -> Vec<RecordRow> {
        let counts: Vec<usize> = self
            .site_view
            .verdicts
            .iter()
            .map(|v| {
                g.articles
                    .iter()
                    .filter(|&&i| self.views[i].card.verdict.slug == v.slug)
                    .count()
            })
            .collect();
        let most = counts.iter().copied().max().unwrap_or(0);
        self.site_view
            .verdicts
            .iter()
            .zip(counts)
            .map(|(v, count)| RecordRow::new(v.clone(), count, g.articles.len(), most))
            .collect()
    }

    /// How many articles got each verdict, in the scale's order.
    fn totals(&self) -> Vec<TermsEntry<'_>> {
        self.groups
            .of(Kind::Verdict)
            .iter()
            .map(|g| TermsEntry {
                name: &g.name,
                url: Route::new([Kind::Verdict.segment(&self.setup.sections), g.slug.as_str()])
                    .url(self.base()),
                count: g.articles.len(),
                verdict: g.verdict.as_ref(),
            })
            .collect()
    }
}
