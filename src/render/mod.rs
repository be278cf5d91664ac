//! Render: the checked [`Site`] becomes the site's files, handed one by
//! one to a [`Sink`] as they are made (`write` puts them in the staging
//! folder, `serve` keeps them in memory).
//!
//! 1. Every published article is rendered once (Markdown → HTML) into an
//!    [`contract::ArticleView`], newest first.
//! 2. One pass over those groups them by verdict, category, tag, speaker
//!    and author.
//! 3. Every page of the site is listed as a [`Job`] and rendered with the
//!    theme's Tera templates, in parallel.
//! 4. The machine-readable files follow from the same views: Atom feeds,
//!    `sitemap.xml`, `robots.txt`, `claimreview.json`, the share cards
//!    and Telegram snippets, and the search index (Pagefind, over the
//!    rendered article pages).
//! 5. Static files (theme, `highlight.css`, the site's `static/`) are added.
//!
//! Nothing here touches the output folder; `write` does that.
//!
//! A preview renders again with a [`Memory`] of the last time: article
//! views whose file did not change are reused, and a page whose inputs
//! (the articles it shows, its place in the list) did not change is not
//! rendered at all, so one saved article costs its own page and the few
//! list pages it appears on.

pub mod cards;
pub mod claimreview;
pub mod contract;
mod escape;
pub mod feeds;
mod groups;
mod highlight;
pub mod i18n;
pub mod markdown;
mod memory;
mod output;
mod pagination;
mod search;
mod share_cards;
mod statics;
mod templates;
mod theme;
pub mod views;

pub use contract::Kind;
pub use escape::escape;
pub use memory::Memory;
pub use output::{Output, Sink, collected};
pub use theme::Theme;

use crate::content::Site;
use crate::routes::{Route, Sections};
use crate::text;
use anyhow::Result;
use contract::{
    ArticleData, ArticleView, ContentPage, CorrectionEntry, CorrectionsData, HomeData, Link,
    NotFoundData, PageData, Paginator, RecordRow, ScaleRow, SearchData, ShareView, SiteView,
    TermData, TermPage, TermsData, TermsEntry, VerdictView,
};
use groups::{Group, Groups};
use memory::site_fingerprint;
use pagination::{on_page, page_count, page_window};
use rayon::prelude::*;
use serde::Serialize;
use share_cards::PlannedCard;
use statics::statics;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::path::Path;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use templates::{Page, PageDone, Place, Shared, card_html, draw, tera_value};

/// The Content-Security-Policy of every built page: nothing is loaded
/// from anywhere but the site itself, no inline script or style runs;
/// WebAssembly is allowed for the search engine.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/// Every file of the site, sorted, and how many were rendered this time
/// (a preview with a [`Memory`] skips unchanged pages).
#[derive(Debug, Default)]
pub struct Rendered {
    /// Output paths of every file the site has.
    pub paths: Vec<String>,
    /// Files handed to the sink.
    pub written: usize,
}

/// Every page the site has.
#[derive(Debug, Clone)]
enum Job {
    Home {
        page: usize,
    },
    Article(usize),
    Terms(Kind),
    Term {
        kind: Kind,
        group: usize,
        page: usize,
    },
    Page(usize),
    Search,
    Corrections,
    NotFound,
}

struct Renderer<'a> {
    site: &'a Site,
    sections: Sections,
    tera: Arc<tera::Tera>,
    site_view: SiteView<'a>,
    t: BTreeMap<&'static str, &'static str>,
    shared: Shared,
    views: Vec<Arc<ArticleView>>,
    /// What `views[i]` was made from (see [`Memory`]).
    versions: Vec<u64>,
    /// The URL slug of `views[i]`'s article.
    slugs: Vec<&'a str>,
    groups: Groups,
    pages: Vec<PageEntry<'a>>,
    /// `https://host`: absolute URLs are this plus a root-relative URL.
    origin: String,
    /// A preview's page signatures from its last render: a page whose
    /// signature is unchanged is not rendered again.
    previous: Option<HashMap<String, u64>>,
}

/// The not-found page's file: it has no URL of its own.
const NOT_FOUND: &str = "404.html";

/// What making one article's view gives: the view, its share cards to
/// draw, its ClaimReview (none for a view reused from memory) and, in a
/// build, the path of its page, already drawn.
type Planned = (
    Arc<ArticleView>,
    Vec<PlannedCard>,
    Option<claimreview::ClaimReview>,
    Option<String>,
);

/// Renders every page and static file of a checked site, in memory,
/// sorted by path.
pub fn render_site(site: &Site) -> Result<Vec<Output>> {
    let sink = Mutex::new(Vec::new());
    render_with(site, &Preview::default(), &sink)?;
    let mut files = collected(sink)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// How `serve` renders: drafts and review copies too, each article with
/// the check's findings for it.
#[derive(Debug, Clone, Default)]
pub struct Preview<'a> {
    /// Render unpublished articles too (with a draft banner).
    pub drafts: bool,
    /// The check's findings, shown on their article's page.
    pub findings: &'a [crate::diag::Finding],
    /// Rendering for `yoxla serve`: no share cards, no search index and
    /// no Content-Security-Policy (the reload script is inline).
    pub live: bool,
    /// The previous build's output folder: a share card whose file (named
    /// by its content's hash) is there is taken from it, not drawn again.
    pub previous: Option<&'a Path>,
}

/// Renders every page and static file, as a build or as a preview,
/// handing each file to `sink` as it is made.
pub fn render_with(site: &Site, preview: &Preview<'_>, sink: &dyn Sink) -> Result<Rendered> {
    render_into(site, preview, sink, None)
}

/// [`render_with`] for a preview that renders again and again: what
/// `memory` holds from the last time and did not change is not rendered
/// (nor handed to `sink`) again. `Rendered::paths` still lists every
/// file, so the caller can drop the ones that are gone.
pub fn render_again(
    site: &Site,
    preview: &Preview<'_>,
    sink: &dyn Sink,
    memory: &mut Memory,
) -> Result<Rendered> {
    render_into(site, preview, sink, Some(memory))
}

fn render_into(
    site: &Site,
    preview: &Preview<'_>,
    sink: &dyn Sink,
    mut memory: Option<&mut Memory>,
) -> Result<Rendered> {
    let config = &site.config;
    let sections = Sections::for_language(&config.language);
    let theme = Theme::load(&site.root, &config.theme, config.language == "en")?;
    let t = i18n::strings(&config.language);
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
    let cards = if with_cards {
        Some(cards::Cards::new()?)
    } else {
        None
    };
    // A memory holds for the same configuration, theme and pages only;
    // article views are reused only where no share card is planned. The
    // compiled templates are kept with it.
    let tera = match memory.as_deref_mut() {
        Some(memory) => {
            let fingerprint = site_fingerprint(site, &theme, preview);
            if memory.fingerprint != fingerprint || cards.is_some() {
                *memory = Memory {
                    fingerprint,
                    ..Memory::default()
                };
            }
            match &memory.tera {
                Some(tera) => tera.clone(),
                None => {
                    let tera = Arc::new(theme.tera()?);
                    memory.tera = Some(tera.clone());
                    tera
                }
            }
        }
        None => Arc::new(theme.tera()?),
    };

    let mut published: Vec<_> = site
        .articles
        .iter()
        .filter(|a| a.is_published() || preview.drafts)
        .collect();
    published.sort_by(|a, b| {
        b.fm.date
            .cmp(&a.fm.date)
            .then_with(|| text::compare(a.title(), b.title()))
            .then_with(|| a.slug.cmp(&b.slug))
    });
    let mut findings_of: HashMap<&str, Vec<&crate::diag::Finding>> = HashMap::new();
    for f in preview.findings {
        findings_of.entry(f.file.as_str()).or_default().push(f);
    }
    // What each article's page is made from: its file and the findings
    // it shows.
    let versions: Vec<u64> = published
        .iter()
        .map(|a| {
            let mut h = crate::fsutil::hasher();
            a.revision().hash(&mut h);
            a.is_published().hash(&mut h);
            for f in findings_of.get(a.file.as_str()).into_iter().flatten() {
                (f.line, f.column, f.rule, &f.message, f.severity as u8).hash(&mut h);
            }
            h.finish()
        })
        .collect();
    let mut content_pages: Vec<_> = site.pages.iter().collect();
    content_pages.sort_by(|a, b| {
        a.weight
            .cmp(&b.weight)
            .then_with(|| text::compare(&a.title, &b.title))
    });
    let pages: Vec<PageEntry<'_>> = content_pages
        .iter()
        .map(|p| PageEntry {
            page: p,
            rendered: markdown::render_with(&p.body, config.raw_html),
        })
        .collect();

    // The site's own card, for pages that are not articles.
    let mut site_planned = None;
    let site_card = match &cards {
        Some(cards) => {
            let text = cards::CardText {
                verdict: None,
                title: if config.description.is_empty() {
                    &config.title
                } else {
                    &config.description
                },
                speaker: "",
                date: "",
                brand: &config.title,
                domain: &domain,
            };
            let card = PlannedCard::new(
                cards,
                &text,
                cards::Shape::Wide,
                &Route::root(),
                "share",
                base,
                &origin,
                &config.title,
            );
            let image = card.image.clone();
            site_planned = Some(card);
            Some(image)
        }
        None => None,
    };

    let site_view = SiteView {
        title: &config.title,
        description: &config.description,
        base_url: &config.base_url,
        base_path: base,
        language: &config.language,
        menu: content_pages
            .iter()
            .map(|p| Link {
                name: p.title.clone(),
                url: Route::new([p.slug.as_str()]).url(base),
            })
            .collect(),
        sections: [
            Kind::Verdict,
            Kind::Category,
            Kind::Speaker,
            Kind::Tag,
            Kind::Author,
        ]
        .iter()
        .map(|k| Link {
            name: t[k.title_key()].to_string(),
            url: Route::new([k.segment(&sections)]).url(base),
        })
        .collect(),
        verdicts: config
            .verdicts
            .iter()
            .map(|v| VerdictView::new(v, config, &sections))
            .collect(),
        stylesheets: ["style.css", "verdicts.css", "highlight.css"]
            .iter()
            .map(|f| format!("{base}{f}"))
            .collect(),
        home: home.clone(),
        locale: if config.language == "en" {
            "en_US"
        } else {
            "az_AZ"
        },
        csp: (!preview.live).then_some(CSP),
        feed: format!("{base}atom.xml"),
        search_url: with_search.then(|| Route::new([sections.search]).url(base)),
        corrections_url: Route::new([sections.corrections]).url(base),
        card: site_card,
    };
    let shared = Shared {
        site: tera_value(&site_view, "`site`")?,
        t: tera_value(&t, "`t`")?,
        cards: published.iter().map(|_| OnceLock::new()).collect(),
    };
    let written = AtomicUsize::new(0);
    let put = |file: Output| -> Result<()> {
        written.fetch_add(1, Ordering::Relaxed);
        sink.put(file)
    };
    // Article pages, kept for the search index when there is one.
    let articles_html: Mutex<Vec<(usize, String, String)>> = Mutex::new(Vec::new());
    let keep_for_search = |i: usize, output: &Output| {
        if with_search {
            let url = format!("{base}{}", output.path.trim_end_matches("index.html"));
            let html = String::from_utf8_lossy(&output.bytes).into_owned();
            if let Ok(mut kept) = articles_html.lock() {
                kept.push((i, url, html));
            }
        }
    };
    // A build (no memory to keep views in) draws each article's page as
    // soon as its view is made, then lets go of the body and JSON-LD, the
    // bulk of a view: the whole site's bodies are never held at once.
    let stream = memory.is_none();
    let remembered = memory.as_deref().map(|m| &m.views);
    // Each article's view, with its share cards planned (as SVG) and its
    // ClaimReview, and, in a build, its page drawn.
    let planned: Vec<Planned> = published
        .par_iter()
        .zip(&versions)
        .enumerate()
        .map(|(i, (a, version))| {
            if let Some((v, view)) = remembered.and_then(|m| m.get(&a.file))
                && v == version
            {
                return Ok((view.clone(), Vec::new(), None, None));
            }
            let mut view = views::article_view(a, config, &sections);
            view.draft = !a.is_published();
            view.card.html = card_html(&tera, &view.card, &shared.t)?;
            view.findings = findings_of
                .get(a.file.as_str())
                .into_iter()
                .flatten()
                .map(|f| contract::FindingView::from(*f))
                .collect();
            let route = Route::article(&sections, &a.slug);
            let url = format!("{origin}{}", route.url(base));
            let mut planned_cards = Vec::new();
            if let Some(cards) = &cards {
                let speaker = if view.claim_box.speaker_status.is_empty() {
                    view.card.speaker.name.clone()
                } else {
                    format!(
                        "{}, {}",
                        view.card.speaker.name, view.claim_box.speaker_status
                    )
                };
                let text = cards::CardText {
                    verdict: Some(&view.card.verdict),
                    title: &view.card.title,
                    speaker: &speaker,
                    date: view.card.date.as_ref().map_or("", |d| d.text.as_str()),
                    brand: &config.title,
                    domain: &domain,
                };
                let alt = format!(
                    "{}: {}. {}",
                    t["verdict"], view.card.verdict.label, view.card.title
                );
                let mut images = Vec::new();
                for (shape, stem) in [
                    (cards::Shape::Wide, "card"),
                    (cards::Shape::Square, "card-square"),
                ] {
                    let card =
                        PlannedCard::new(cards, &text, shape, &route, stem, base, &origin, &alt);
                    images.push(card.image.clone());
                    planned_cards.push(card);
                }
                let telegram = cards::telegram(
                    t["verdict"],
                    &view.card.verdict.label,
                    &view.card.title,
                    &view.card.claim,
                    &speaker,
                    &url,
                );
                let square = images.pop();
                let card = images.pop();
                if let (Some(card), Some(square)) = (card, square) {
                    view.share = Some(ShareView {
                        card,
                        square,
                        telegram,
                        telegram_path: format!("{}telegram.txt", route.url(base)),
                    });
                }
            }
            let review = claimreview::for_article(
                &view,
                config,
                &home,
                &url,
                view.share.as_ref().map(|s| s.card.url.as_str()),
            );
            view.json_ld = claimreview::script_json(&review);
            let mut drawn = None;
            if stream {
                let place = Place {
                    path: route.file(),
                    canonical: url.clone(),
                    signature: 0,
                };
                let page = Page {
                    place,
                    feed: None,
                    template: "article.html",
                    articles: None,
                };
                let done = draw(&tera, &shared, page, ArticleData { article: &view })?;
                if let Some(output) = done.output {
                    keep_for_search(i, &output);
                    put(output)?;
                }
                drawn = Some(done.path);
                view.body = String::new();
                view.json_ld = String::new();
                view.headings = Vec::new();
                view.sources = Vec::new();
            }
            Ok((Arc::new(view), planned_cards, Some(review), drawn))
        })
        .collect::<Result<_>>()?;
    let mut views = Vec::with_capacity(planned.len());
    let mut planned_cards = Vec::new();
    let mut reviews = Vec::with_capacity(planned.len());
    // The article pages already drawn, with their signatures.
    let mut drawn_pages = Vec::with_capacity(planned.len());
    for (view, cards, review, drawn) in planned {
        views.push(view);
        drawn_pages.extend(drawn.map(|path| (path, 0)));
        planned_cards.extend(cards);
        if let Some(review) = review
            && !preview.drafts
        {
            reviews.push(claimreview::without_context(review));
        }
    }
    planned_cards.extend(site_planned);
    let groups = Groups::build(site, &published, &views, &sections);

    let previous = memory.as_deref_mut().map(|m| std::mem::take(&mut m.pages));
    let renderer = Renderer {
        site,
        sections,
        tera,
        site_view,
        t,
        shared,
        views,
        versions,
        slugs: published.iter().map(|a| a.slug.as_str()).collect(),
        groups,
        pages,
        origin,
        previous,
    };
    let jobs = renderer.jobs(with_search, stream);
    let render_jobs = || {
        jobs.par_iter()
            .map(|job| {
                let page = renderer.render(job)?;
                if let Some(output) = page.output {
                    if let Job::Article(i) = job {
                        keep_for_search(*i, &output);
                    }
                    put(output)?;
                }
                Ok((page.path, page.signature))
            })
            .collect::<Result<Vec<(String, u64)>>>()
    };
    // The feeds, ClaimReview feed and sitemap are made and written
    // alongside the pages.
    let machine_files = || -> Result<Vec<String>> {
        if preview.live {
            return Ok(Vec::new());
        }
        // Every page's file, known from the jobs before any is rendered.
        let page_paths: Vec<String> = drawn_pages
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
                        bytes: claimreview::feed(&reviews, config, &home).into_bytes(),
                    },
                    || renderer.sitemap(&page_paths),
                )
            },
        );
        files.push(reviews);
        files.push(sitemap);
        files.push(Output {
            path: "robots.txt".into(),
            bytes: feeds::robots(&home).into_bytes(),
        });
        files
            .into_par_iter()
            .map(|file| {
                let path = file.path.clone();
                put(file)?;
                Ok(path)
            })
            .collect()
    };
    let (done, machine) = rayon::join(render_jobs, machine_files);
    let mut done = done?;
    done.extend(drawn_pages);
    let mut paths: Vec<String> = done.iter().map(|(path, _)| path.clone()).collect();
    paths.extend(machine?);
    let mut extra = Vec::new();
    for view in &renderer.views {
        if let Some(share) = &view.share {
            let dir = view.card.url.strip_prefix(base).unwrap_or(&view.card.url);
            extra.push(Output {
                path: format!("{dir}telegram.txt"),
                bytes: share.telegram.clone().into_bytes(),
            });
        }
    }
    extra.extend(statics(site, &theme)?);
    for file in extra {
        paths.push(file.path.clone());
        put(file)?;
    }
    if let Some(cards) = &cards {
        let drawn: Vec<String> = planned_cards
            .par_iter()
            .map(|c| {
                let file = c.draw(cards, preview.previous)?;
                let path = file.path.clone();
                put(file)?;
                Ok(path)
            })
            .collect::<Result<Vec<_>>>()?;
        paths.extend(drawn);
    }
    if with_search {
        let mut kept = articles_html
            .into_inner()
            .map_err(|_| anyhow::anyhow!("a render thread failed"))?;
        kept.sort_by_key(|(i, _, _)| *i);
        let index = search::index(kept.into_iter().map(|(_, url, html)| (url, html)).collect())?;
        for file in index {
            paths.push(file.path.clone());
            put(file)?;
        }
    }
    if let Some(memory) = memory {
        memory.pages = done.into_iter().collect();
        for ((a, version), view) in published
            .iter()
            .zip(&renderer.versions)
            .zip(&renderer.views)
        {
            match memory.views.get_mut(&a.file) {
                Some(kept) if kept.0 == *version => {}
                Some(kept) => *kept = (*version, view.clone()),
                None => {
                    memory
                        .views
                        .insert(a.file.clone(), (*version, view.clone()));
                }
            }
        }
        // Every article shown is now remembered: more entries than that
        // are articles deleted or hidden since.
        if memory.views.len() > published.len() {
            let shown: HashSet<&str> = published.iter().map(|a| a.file.as_str()).collect();
            memory.views.retain(|file, _| shown.contains(file.as_str()));
        }
    }
    paths.sort();
    paths.dedup();
    Ok(Rendered {
        paths,
        written: written.into_inner(),
    })
}

/// A content page with its rendered body.
struct PageEntry<'a> {
    page: &'a crate::content::Page,
    rendered: markdown::Rendered,
}

impl Renderer<'_> {
    /// Every page to render; the article pages only unless they were
    /// drawn with their views.
    fn jobs(&self, with_search: bool, articles_drawn: bool) -> Vec<Job> {
        let per = self.site.config.paginate;
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
        jobs.extend((0..self.pages.len()).map(Job::Page));
        if with_search {
            jobs.push(Job::Search);
        }
        jobs.push(Job::Corrections);
        jobs.push(Job::NotFound);
        jobs
    }

    fn base(&self) -> &str {
        &self.site.config.base_path
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

    /// A hash of everything a job's page shows that can change without
    /// the configuration, theme or content pages changing: which articles
    /// it lists (by version) and where the page sits in its list.
    fn signature(&self, job: &Job) -> u64 {
        if self.previous.is_none() {
            return 0;
        }
        let mut h = crate::fsutil::hasher();
        let per = self.site.config.paginate;
        match job {
            Job::Home { page } => {
                h.write_u8(0);
                h.write_usize(*page);
                h.write_usize(self.views.len());
                for version in &self.versions[on_page(self.views.len(), *page, per)] {
                    h.write_u64(*version);
                }
            }
            Job::Article(i) => {
                h.write_u8(1);
                h.write_u64(self.versions[*i]);
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
                        h.write_u64(self.versions[i]);
                    }
                } else {
                    for &i in &g.articles[on_page(g.articles.len(), *page, per)] {
                        h.write_u64(self.versions[i]);
                    }
                }
            }
            Job::Page(i) => {
                h.write_u8(4);
                h.write_usize(*i);
            }
            Job::Search => h.write_u8(5),
            Job::Corrections => {
                h.write_u8(6);
                for (view, version) in self.views.iter().zip(&self.versions) {
                    if !view.corrections.is_empty() {
                        h.write_u64(*version);
                    }
                }
            }
            Job::NotFound => h.write_u8(7),
        }
        h.finish()
    }

    /// The Atom feed of a group's page, for verdicts, categories and
    /// speakers (root-relative URL).
    fn group_feed(&self, kind: Kind, g: &Group) -> Option<String> {
        (matches!(kind, Kind::Verdict | Kind::Category | Kind::Speaker) && !g.articles.is_empty())
            .then(|| {
                format!(
                    "{}atom.xml",
                    Route::new([kind.segment(&self.sections), g.slug.as_str()]).url(self.base())
                )
            })
    }

    fn paginator(&self, route: &Route, current: usize, total: usize) -> Paginator {
        let url = |n: usize| route.paged(&self.sections, n).url(self.base());
        Paginator {
            current,
            total,
            previous: (current > 1).then(|| url(current - 1)),
            next: (current < total).then(|| url(current + 1)),
            pages: page_window(current, total)
                .into_iter()
                .map(|n| match n {
                    Some(n) => Link {
                        name: n.to_string(),
                        url: url(n),
                    },
                    None => Link {
                        name: "…".to_string(),
                        url: String::new(),
                    },
                })
                .collect(),
        }
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
                    let made = tera_value(card, &card.url)?;
                    // Another thread may have made it meanwhile: the two
                    // are equal, and the first one stays.
                    slot.get_or_init(|| made).clone()
                }
            };
            list.push(card);
        }
        Ok(list.into())
    }

    /// Where a job's page goes (`None`: the 404 page, which has no URL
    /// of its own).
    fn route(&self, job: &Job) -> Option<Route> {
        let s = &self.sections;
        Some(match job {
            Job::Home { page } => Route::root().paged(s, *page),
            Job::Article(i) => Route::article(s, self.slugs[*i]),
            Job::Terms(kind) => Route::new([kind.segment(s)]),
            Job::Term { kind, group, page } => {
                let g = &self.groups.of(*kind)[*group];
                Route::new([kind.segment(s), g.slug.as_str()]).paged(s, *page)
            }
            Job::Page(i) => Route::new([self.pages[*i].page.slug.as_str()]),
            Job::Search => Route::new([s.search]),
            Job::Corrections => Route::new([s.corrections]),
            Job::NotFound => return None,
        })
    }

    fn render(&self, job: &Job) -> Result<PageDone> {
        let per = self.site.config.paginate;
        let signature = self.signature(job);
        let route = self.route(job);
        let path = route
            .as_ref()
            .map_or_else(|| NOT_FOUND.to_string(), Route::file);
        // A preview skips a page whose signature has not moved before
        // gathering anything for it.
        if self
            .previous
            .as_ref()
            .is_some_and(|previous| previous.get(&path) == Some(&signature))
        {
            return Ok(PageDone {
                path,
                signature,
                output: None,
            });
        }
        let canonical = route.as_ref().map_or_else(
            || self.site_view.home.clone(),
            |r| format!("{}{}", self.origin, r.url(self.base())),
        );
        let place = Place {
            path,
            canonical,
            signature,
        };
        match job {
            Job::Home { page } => {
                let route = Route::root();
                let total = page_count(self.views.len(), per);
                let articles = self.cards(on_page(self.views.len(), *page, per))?;
                self.frame(
                    place,
                    Some(self.site_view.feed.clone()),
                    "index.html",
                    HomeData {
                        paginator: self.paginator(&route, *page, total),
                    },
                    Some(articles),
                )
            }
            Job::Article(i) => {
                let article = &self.views[*i];
                self.frame(place, None, "article.html", ArticleData { article }, None)
            }
            Job::Terms(kind) => {
                let terms = self
                    .groups
                    .of(*kind)
                    .iter()
                    .map(|g| TermsEntry {
                        name: &g.name,
                        url: Route::new([kind.segment(&self.sections), g.slug.as_str()])
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
                        kind: *kind,
                        title: self.t[kind.title_key()],
                        terms,
                    },
                    None,
                )
            }
            Job::Term { kind, group, page } => {
                self.render_term(*kind, &self.groups.of(*kind)[*group], *page, place)
            }
            Job::Page(i) => {
                let PageEntry { page, rendered } = &self.pages[*i];
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
                            scale,
                        },
                    },
                    None,
                )
            }
            Job::Search => {
                let translations =
                    serde_json::to_string(&i18n::search_strings(&self.site.config.language))
                        .unwrap_or_default();
                self.frame(
                    place,
                    None,
                    "search.html",
                    SearchData {
                        bundle: format!("{}{}/", self.base(), search::DIR),
                        translations,
                    },
                    None,
                )
            }
            Job::Corrections => self.render_corrections(place),
            Job::NotFound => self.frame(place, None, "404.html", NotFoundData {}, None),
        }
    }

    fn render_term(&self, kind: Kind, g: &Group, page: usize, place: Place) -> Result<PageDone> {
        let per = self.site.config.paginate;
        let route = Route::new([kind.segment(&self.sections), g.slug.as_str()]);
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
                kind_title: self.t[kind.title_key()],
                kind_url: Route::new([kind.segment(&self.sections)]).url(self.base()),
                name: &g.name,
                url: route.url(self.base()),
                count: g.articles.len(),
                status: g.status.as_deref(),
                verdict: g.verdict.as_ref(),
                bio: g.bio.as_deref(),
                chart_height: record.len() * 28,
                record,
            },
            paginator: self.paginator(&route, page, total),
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

    /// A feed entry for `views[i]`.
    fn entry(&self, i: usize) -> feeds::Entry<'_> {
        let v = &self.views[i];
        feeds::Entry {
            card: &v.card,
            url: format!("{}{}", self.origin, v.card.url),
            updated: v.updated.as_ref().map(|d| d.iso.as_str()),
            author: &v.author.name,
            summary: format!(
                "{}: {}. “{}” — {}",
                self.t["verdict"], v.card.verdict.label, v.card.claim, v.card.speaker.name
            ),
        }
    }

    /// The site's Atom feed (the newest 50 articles) and one for every
    /// verdict, category and speaker (the newest 20 each).
    fn feeds(&self) -> Vec<Output> {
        let config = &self.site.config;
        let home = &self.site_view.home;
        let mut out = vec![Output {
            path: "atom.xml".into(),
            bytes: feeds::atom(&feeds::Feed {
                title: config.title.clone(),
                self_url: format!("{home}atom.xml"),
                page_url: home.clone(),
                newsroom: &config.title,
                language: &config.language,
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
        out.par_extend(groups.par_iter().filter_map(|&(kind, g)| {
            let feed = self.group_feed(kind, g)?;
            let page = feed.trim_end_matches("atom.xml");
            Some(Output {
                path: feed.strip_prefix(self.base()).unwrap_or(&feed).to_string(),
                bytes: feeds::atom(&feeds::Feed {
                    title: format!("{}: {}", config.title, g.name),
                    self_url: format!("{}{feed}", self.origin),
                    page_url: format!("{}{page}", self.origin),
                    newsroom: &config.title,
                    language: &config.language,
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
        let lastmod: HashMap<String, String> = self
            .views
            .iter()
            .zip(&self.slugs)
            .filter_map(|(v, slug)| {
                let date = v.updated.as_ref().or(v.card.date.as_ref())?;
                Some((
                    Route::article(&self.sections, slug).file(),
                    date.iso.clone(),
                ))
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

    /// A speaker's checked claims counted per verdict, best first.
    fn record(&self, g: &Group) -> Vec<RecordRow> {
        self.site_view
            .verdicts
            .iter()
            .map(|v| {
                let count = g
                    .articles
                    .iter()
                    .filter(|&&i| self.views[i].card.verdict.slug == v.slug)
                    .count();
                RecordRow::new(v.clone(), count, g.articles.len())
            })
            .collect()
    }
}
