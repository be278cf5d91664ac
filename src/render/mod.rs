//! Render: the checked [`Site`] becomes the site's files, handed one by
//! one to a [`Sink`] as they are made (`write` puts them in the staging
//! folder, `serve` keeps them in memory). Nothing here touches the output
//! folder; `write` does that.
//!
//! [`render_with`] and [`render_again`] read as the table of contents of
//! a render; each step is a function in the file named for its job:
//!
//! 1. `setup.rs`: the site's addresses, language, theme, and whether
//!    share cards, search and the API are on; `memory.rs` compiles the templates
//!    (a preview keeps them).
//! 2. `order.rs`: the articles shown, newest first, and the content
//!    pages by weight; `related.rs`: each article's related checks.
//! 3. `views.rs` and `share_cards.rs`: the site's view (`site`) and its
//!    own share card.
//! 4. `articles.rs`: every article is rendered once (Markdown → HTML)
//!    into its view, with its share cards planned and its ClaimReview
//!    made, in parallel; in a build its page is drawn at once, and
//!    `api.rs` makes its API file and embeddable card.
//! 5. `groups.rs`: one pass groups the views by verdict, category, tag,
//!    speaker and author; `share_cards.rs` plans each speaker's card.
//! 6. `jobs.rs` lists every other page as a job; `pages.rs` draws them
//!    with the theme's Tera templates (`templates.rs`, `compact.rs` taking
//!    out their indentation), in parallel,
//!    while `machine_files.rs` makes the Atom feeds, `claimreview.json`,
//!    `sitemap.xml` and `robots.txt` from the same views.
//! 7. `share_cards.rs`, `api.rs` and `statics.rs`: the Telegram
//!    snippets, the API's index, speaker and verdict files, static files
//!    (theme, `highlight.css`, the verdict colours, the site's `static/`).
//! 8. `share_cards.rs` and `search.rs`, side by side: the share cards
//!    drawn (`cards.rs` lays them out, `card_raster.rs` draws), and the
//!    search index (Pagefind, over records of the articles kept as they
//!    were rendered), each taken from the build cache when it has them.
//! 9. `memory.rs`: a preview remembers this render.
//!
//! Every value a template sees is declared in `contract.rs`; files reach
//! the sink through `output.rs`.
//!
//! A preview renders again with a [`Memory`] of the last time: article
//! views whose file did not change are reused, and a page whose inputs
//! (what the entries it lists are made from, its place in the list) did
//! not change is not rendered at all, so a saved article costs its own
//! page, and the few list pages it appears on only when what they show of
//! it moved.

mod api;
mod articles;
mod card_raster;
pub mod cards;
pub mod claimreview;
mod compact;
pub mod contract;
mod deflate;
mod delivery;
mod escape;
pub mod feeds;
mod groups;
mod highlight;
pub mod i18n;
mod indexed_png;
mod jobs;
mod machine_files;
pub mod markdown;
mod memory;
mod order;
mod pages;
mod pagination;
mod related;
mod search;
mod setup;
mod share_cards;
mod statics;
mod templates;
mod theme;
pub mod views;

pub use crate::output::{Output, Sink, collected};
pub use contract::Kind;
pub use escape::escape;
pub use memory::Memory;
pub use theme::Theme;

use crate::content::Site;
use anyhow::Result;
use delivery::Delivery;
use pages::Renderer;
use setup::Setup;
use std::path::Path;
use std::sync::{Arc, Mutex};
use templates::Shared;

/// The Content-Security-Policy of every built page: nothing is loaded
/// from anywhere but the site itself, no inline script or style runs;
/// WebAssembly is allowed for the search engine.
pub const CSP: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

/// Every file of the site, sorted, and how many were rendered this time
/// (a preview with a [`Memory`] skips unchanged pages).
#[derive(Debug, Default)]
pub struct Rendered {
    /// Output paths of every file the site has, sorted. A preview that
    /// hands back the same list as its last render (the same `Arc`) made
    /// the same files (see [`Memory`]).
    pub paths: Arc<[String]>,
    /// Files handed to the sink.
    pub written: usize,
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
    /// The build cache: share cards and search index parts made before
    /// are taken from it, and what is made is kept in it.
    pub cache: Option<&'a crate::cache::Cache>,
}

/// Renders every page and static file of a checked site, in memory,
/// sorted by path.
pub fn render_site(site: &Site) -> Result<Vec<Output>> {
    let sink = Mutex::new(Vec::new());
    render_with(site, &Preview::default(), &sink)?;
    let mut files = collected(sink)?;
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
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

/// Draws the share cards while the search index is made from the
/// articles' records; both are handed to `out`, their paths returned.
/// The indexer runs on a thread of its own, never on one of the shared
/// pool's (where the cards are drawn): Pagefind uses rayon itself, on a
/// pool of its own, and a shared thread waiting for it could leave none
/// to draw.
fn cards_and_index(
    setup: &Setup<'_>,
    cards: &[share_cards::PlannedCard],
    out: &Delivery<'_>,
) -> Result<Vec<String>> {
    let (drawn, index) = std::thread::scope(|scope| {
        let index = scope.spawn(|| {
            out.kept
                .index(setup.preview.cache, |files| out.put_all(files))
        });
        let drawn = share_cards::draw_all(setup, cards, out);
        let index = index.join().map_err(|_| {
            let lang = setup.site.config.language;
            anyhow::anyhow!("{}", say!(lang, "render-indexer-stopped"))
        });
        (drawn, index)
    });
    let mut paths = drawn?;
    paths.extend(index??);
    Ok(paths)
}

/// The Telegram snippets, the JSON API's index, speaker and verdict
/// files, and the static files, handed to `out`; their paths.
fn other_files(site: &Site, renderer: &Renderer<'_>, out: &Delivery<'_>) -> Result<Vec<String>> {
    let setup = renderer.setup;
    // A snippet per article beside the API's lists: both are made from
    // every article, so neither waits for the other.
    let (telegram, api) = rayon::join(
        || out.put_all(share_cards::telegram_files(&renderer.views, setup.base)),
        || out.put_all(renderer.api_files()),
    );
    let mut paths = telegram?;
    paths.extend(api?);
    // The static files last, as always: a site's own file at an address
    // the build also makes is the one published.
    paths.extend(out.put_all(statics::statics(site, &setup.theme)?)?);
    Ok(paths)
}

/// Steps 6 to 9 of a render: every page but those drawn with their
/// views, the machine-readable files, the other files, the share cards
/// and the search index, each handed to `out`. Every path, sorted; a
/// preview's memory remembers what was made.
fn pages_and_files(
    renderer: Renderer<'_>,
    articles: articles::Articles,
    out: &Delivery<'_>,
    memory: Option<&mut Memory>,
) -> Result<Arc<[String]>> {
    let setup = renderer.setup;
    // 6. Every other page, and the machine-readable files alongside.
    let jobs = renderer.jobs(setup.with_search, memory.is_none());
    let (done, machine) = rayon::join(
        || pages::render_all(&renderer, &jobs, out),
        || machine_files::write(&renderer, &jobs, &articles.drawn, &articles.reviews, out),
    );
    drop(articles.reviews);
    let done = done?;
    let mut others: Vec<String> = articles.drawn.into_iter().map(|(path, _)| path).collect();
    others.extend(machine?);
    // 7. The Telegram snippets, the JSON API and static files.
    others.extend(articles.extra);
    others.extend(other_files(setup.site, &renderer, out)?);
    // 8. The share cards and the search index, side by side. A build
    // lets go of the views and the lists' values first: neither needs
    // them, and the index's parts are the build's peak.
    let kept = memory.is_some().then_some(renderer);
    others.extend(cards_and_index(setup, &articles.cards, out)?);
    // 9. A preview remembers what this render made.
    Ok(match (memory, kept) {
        (Some(memory), Some(renderer)) => memory.remember(done, others, &renderer),
        _ => memory::sorted(done.into_iter().map(|(path, _)| path), &others),
    })
}

/// A render, step by step (see the module's documentation).
fn render_into(
    site: &Site,
    preview: &Preview<'_>,
    sink: &dyn Sink,
    mut memory: Option<&mut Memory>,
) -> Result<Rendered> {
    // 1. What the render works from; the templates, compiled.
    let setup = Setup::new(site, preview)?;
    let tera = memory::templates(memory.as_deref_mut(), &setup)?;
    // 2. What it shows, in order, and what each article's page is made of.
    let order = memory::order(memory.as_deref_mut(), site, preview);
    let versions = memory::versions(&order);
    let related = memory::related(memory.as_deref_mut(), &setup, &order.published);
    // 3. The site's own view and share card.
    let site_card = share_cards::site_card(&setup);
    let site_image = site_card.as_ref().map(|card| card.image.clone());
    let site_view = views::site_view(&setup, &order.pages, site_image);
    let shared = Shared::new(&site_view, &setup, order.published.len())?;
    let kept = search::Kept::new(
        setup.with_search,
        site.config.language,
        setup.filter_names(),
    );
    let out = Delivery::new(sink, kept);
    // 4. Every article's view. A build (no memory to keep views in) draws
    // each article's page as soon as its view is made, then lets go of
    // the body and JSON-LD, the bulk of a view: the whole site's bodies
    // are never held at once.
    let stream = memory.is_none();
    let mut articles = articles::Pipeline {
        setup: &setup,
        order: &order,
        versions: &versions,
        tera: &tera,
        shared: &shared,
        memory: memory.as_deref(),
        related: &related,
        stream,
        out: &out,
    }
    .run()?;
    articles.cards.extend(site_card);
    // 5. The groups.
    let groups = memory::groups(
        memory.as_deref_mut(),
        &setup,
        &order.published,
        &articles.views,
    );
    let listed = memory::listed(memory.as_deref(), &order, &articles.views);
    let mut renderer = Renderer {
        setup: &setup,
        order: &order,
        tera,
        site_view,
        shared,
        views: std::mem::take(&mut articles.views),
        listed,
        versions,
        groups,
        related: &related,
        speaker_cards: std::collections::HashMap::new(),
        previous: memory.as_deref().map(Memory::previous),
    };
    let (speaker_cards, images) = share_cards::plan_speakers(&setup, &renderer);
    (renderer.speaker_cards, articles.cards) = (images, [articles.cards, speaker_cards].concat());
    let paths = pages_and_files(renderer, articles, &out, memory)?;
    Ok(Rendered {
        paths,
        written: out.written(),
    })
}
