//! The per-article pipeline, run in parallel: each article shown becomes
//! its view (body rendered, list card drawn, the preview's findings
//! attached), with its share cards planned and its ClaimReview made; in a
//! build, its page is drawn at once and the view lets go of its body, so
//! the whole site's bodies are never held at once. A change to what
//! happens to every article, once, belongs here; its page's template data
//! is in `contract.rs`.

use super::api;
use super::claimreview::{self, ClaimReview};
use super::contract::{ArticleData, ArticleView, EmbedData, FindingView};
use super::delivery::Delivery;
use super::memory::Memory;
use super::order::Order;
use super::setup::Setup;
use super::share_cards::{self, PlannedCard};
use super::templates::{Page, Place, Shared, card_html, draw};
use super::views;
use crate::content::Article;
use crate::routes::Route;
use anyhow::Result;
use rayon::prelude::*;
use std::sync::Arc;

/// What the pipeline works with.
pub(super) struct Pipeline<'a> {
    pub(super) setup: &'a Setup<'a>,
    pub(super) order: &'a Order<'a>,
    /// What each article's page is made from (see [`Memory`]).
    pub(super) versions: &'a [u64],
    pub(super) tera: &'a tera::Tera,
    pub(super) shared: &'a Shared,
    /// A preview's memory, whose unchanged views are reused.
    pub(super) memory: Option<&'a Memory>,
    /// Every article's related checks.
    pub(super) related: &'a super::related::Related,
    /// Whether each article's page is drawn as soon as its view is made.
    pub(super) stream: bool,
    pub(super) out: &'a Delivery<'a>,
}

/// What the pipeline gives for the whole site.
pub(super) struct Articles {
    /// Each article's view, newest first.
    pub(super) views: Vec<Arc<ArticleView>>,
    /// The share cards to draw.
    pub(super) cards: Vec<PlannedCard>,
    /// The ClaimReviews of the published articles, for `claimreview.json`.
    pub(super) reviews: Vec<ClaimReview>,
    /// The article pages already drawn, with their signatures.
    pub(super) drawn: Vec<(String, u64)>,
    /// The other files made with them: API files, embeddable cards.
    pub(super) extra: Vec<String>,
}

/// What making one article's view gives: the view, its share cards to
/// draw, its ClaimReview (none for a view reused from memory) and, in a
/// build, the path of its page, already drawn.
struct Planned {
    view: Arc<ArticleView>,
    cards: Vec<PlannedCard>,
    review: Option<ClaimReview>,
    drawn: Option<String>,
    extra: Vec<String>,
}

impl Pipeline<'_> {
    /// Runs every article through the pipeline, in parallel.
    pub(super) fn run(&self) -> Result<Articles> {
        // Collected as results, in place: collecting into a `Result`
        // stitches per-thread lists together, copying every entry again.
        let planned: Vec<Result<Planned>> = self
            .order
            .published
            .par_iter()
            .zip(self.versions)
            .enumerate()
            .map(|(i, (a, version))| self.one(i, a, *version))
            .collect();
        let mut articles = Articles {
            views: Vec::with_capacity(planned.len()),
            cards: Vec::new(),
            reviews: Vec::with_capacity(planned.len()),
            drawn: Vec::with_capacity(planned.len()),
            extra: Vec::new(),
        };
        for p in planned {
            let p = p?;
            articles.views.push(p.view);
            articles.drawn.extend(p.drawn.map(|path| (path, 0)));
            articles.extra.extend(p.extra);
            articles.cards.extend(p.cards);
            if let Some(review) = p.review
                && !self.setup.preview.drafts
            {
                articles.reviews.push(claimreview::without_context(review));
            }
        }
        Ok(articles)
    }

    /// Whether `a` gets a square card: published within
    /// `square_card_days` of the newest article (so the same content
    /// gives the same cards whatever the day of the build).
    fn square_card_wanted(&self, a: &Article) -> bool {
        let days = i64::from(self.setup.site.config.square_card_days);
        let newest = self
            .order
            .published
            .first()
            .and_then(|n| n.fm.date.as_ref());
        match (newest, a.fm.date.as_ref()) {
            (Some(newest), Some(date)) => (newest.0 - date.0).num_days() < days,
            _ => false,
        }
    }

    /// The `i`th article, made from `version`: its view with its share
    /// cards planned (as SVG) and its ClaimReview, and, in a build, its
    /// page drawn.
    fn one(&self, i: usize, a: &Article, version: u64) -> Result<Planned> {
        if let Some(view) = self.memory.and_then(|m| m.view(i, &a.file, version)) {
            return Ok(Planned {
                view: view.clone(),
                cards: Vec::new(),
                review: None,
                drawn: None,
                extra: Vec::new(),
            });
        }
        let setup = self.setup;
        let mut view = self.view(a)?;
        let route = Route::article(&setup.sections, &a.slug);
        let url = format!("{}{}", setup.origin, route.url(setup.base));
        view.share_links = share_cards::share_links(&view.card.title, &url, &setup.t["email"]);
        view.absolute_url = url.clone();
        let cards = if setup.cards.is_some() {
            let square = self.square_card_wanted(a);
            share_cards::plan_article(setup, (&mut view, square), &route, &url)
        } else {
            Vec::new()
        };
        let review = claimreview::for_article(
            &view,
            &setup.site.config,
            &setup.home,
            &url,
            view.share.as_ref().map(|s| s.card.url.as_str()),
        );
        view.json_ld = claimreview::script_json(&review);
        self.out.kept.keep(i, &view)?;
        // A build (not the preview) makes the data for others too.
        let mut extra = Vec::new();
        if setup.with_api {
            api::plan_article(setup, &mut view, &a.slug);
            extra = self.reusable(i, &a.slug, &view)?;
        }
        let drawn = if self.stream {
            Some(self.draw(i, &route, url, &mut view)?)
        } else {
            None
        };
        Ok(Planned {
            view: Arc::new(view),
            cards,
            review: Some(review),
            drawn,
            extra,
        })
    }

    /// The article's data for others: its API file, its embeddable card
    /// and the card's oEmbed file, handed over; their paths.
    fn reusable(&self, i: usize, slug: &str, view: &ArticleView) -> Result<Vec<String>> {
        let related = self
            .related
            .of(i)
            .iter()
            .map(|r| format!("{}{}", self.setup.origin, r.url))
            .collect();
        let mut files = vec![api::article_file(self.setup, view, slug, related)];
        files.extend(api::oembed_file(self.setup, view, slug));
        let place = Place {
            path: format!("{}/{slug}.html", api::EMBED),
            canonical: view.absolute_url.clone(),
            signature: 0,
        };
        let page = Page {
            place,
            feed: None,
            template: "embed.html",
            articles: None,
        };
        let done = draw(self.tera, self.shared, page, EmbedData { article: view })?;
        files.extend(done.output);
        self.out.put_all(files)
    }

    /// An article's view: a draft or not, its list card drawn, the
    /// check's findings for it.
    fn view(&self, a: &Article) -> Result<ArticleView> {
        let mut view = views::article_view(a, &self.setup.site.config, &self.setup.sections);
        view.draft = !a.is_published();
        view.card.html = card_html(self.tera, &view.card, self.shared)?;
        view.findings = self
            .order
            .findings_of
            .get(a.file.as_str())
            .into_iter()
            .flatten()
            .map(|f| FindingView::from(*f))
            .collect();
        Ok(view)
    }

    /// Draws the article's page (at `route`, canonical `url`) and
    /// hands it over, then lets go of what only the page needed: the
    /// body, JSON-LD, headings and sources. The page's path.
    fn draw(&self, i: usize, route: &Route, url: String, view: &mut ArticleView) -> Result<String> {
        let place = Place {
            path: route.file(),
            canonical: url,
            signature: 0,
        };
        let page = Page {
            place,
            feed: None,
            template: "article.html",
            articles: None,
        };
        let data = ArticleData {
            article: view,
            related: self.related.of(i),
        };
        let done = draw(self.tera, self.shared, page, data)?;
        if let Some(output) = done.output {
            self.out.put(output)?;
        }
        view.body = String::new();
        view.json_ld = String::new();
        view.headings = Vec::new();
        view.sources = Vec::new();
        Ok(done.path)
    }
}
