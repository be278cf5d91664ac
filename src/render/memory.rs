//! The preview's memory: what `yoxla serve` keeps from one render to the
//! next (article views by file and version, each page's signature, the
//! compiled templates) and the fingerprint of everything else, so a saved
//! article costs its own page and the few lists it appears on. A change
//! to what a preview may reuse belongs here; a page's signature, what it
//! shows, is worked out with the job list (`jobs.rs`).

use super::Preview;
use super::Theme;
use super::contract::ArticleView;
use super::order::Order;
use super::related::Related;
use super::setup::Setup;
use crate::content::{Article, Site};
use crate::memo::ByVersion;
use anyhow::Result;
use foldhash::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// What a preview remembers of its last render, so the next one redoes
/// only what changed. Anything that is not an article (configuration,
/// theme, content pages, drafts shown or not) is part of one fingerprint;
/// when it moves, everything is rendered again.
#[derive(Default)]
pub struct Memory {
    /// Article views by file and version, under the fingerprint of
    /// everything else (configuration, theme, pages, preview mode).
    views: ByVersion<Arc<ArticleView>>,
    /// Each page's signature (a hash of what it shows), by output path.
    pages: HashMap<String, u64>,
    /// The theme's templates, compiled.
    tera: Option<Arc<tera::Tera>>,
    /// Every article's related checks, under a hash of what they are
    /// chosen from.
    related: Option<(u64, Arc<Related>)>,
}

/// The theme's templates, compiled. A memory holds for the same
/// configuration, theme and pages only; article views are reused only
/// where no share card is planned. The compiled templates are kept with
/// it.
pub(super) fn templates(memory: Option<&mut Memory>, setup: &Setup<'_>) -> Result<Arc<tera::Tera>> {
    let theme = &setup.theme;
    Ok(match memory {
        Some(memory) => {
            let fingerprint = site_fingerprint(setup.site, theme, setup.preview);
            // Share cards are planned with the views: with them, nothing
            // is reused.
            if !memory.views.hold(fingerprint) || setup.cards.is_some() {
                *memory = Memory::default();
                memory.views.hold(fingerprint);
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
    })
}

/// Every article's related checks (`published` newest first), kept in
/// `memory` while nothing they are chosen from or show has moved: each
/// article's title, slug, date, verdict, speaker, category and tags. A
/// save that edits an article's text keeps them (choosing them again is
/// some 30 ms at 10,000 articles).
pub(super) fn related(
    memory: Option<&mut Memory>,
    setup: &Setup<'_>,
    published: &[&Article],
) -> Arc<Related> {
    let Some(memory) = memory else {
        return Arc::new(Related::new(setup, published));
    };
    let mut h = crate::fsutil::hasher();
    for a in published {
        let fm = &a.fm;
        (a.title(), &a.slug, fm.date.map(|d| d.0), &fm.verdict).hash(&mut h);
        let speaker = fm.claim.as_ref().and_then(|c| c.speaker.as_deref());
        (speaker, &fm.category, &fm.tags).hash(&mut h);
    }
    let key = h.finish();
    if let Some((kept, related)) = &memory.related
        && *kept == key
    {
        return related.clone();
    }
    let related = Arc::new(Related::new(setup, published));
    memory.related = Some((key, related.clone()));
    related
}

/// What each article's page is made from: its file and the findings it
/// shows.
pub(super) fn versions(order: &Order<'_>) -> Vec<u64> {
    order
        .published
        .iter()
        .map(|a| {
            let mut h = crate::fsutil::hasher();
            a.revision().hash(&mut h);
            a.is_published().hash(&mut h);
            for f in order.findings_of.get(a.file.as_str()).into_iter().flatten() {
                (f.line, f.column, f.rule, &f.message, f.severity as u8).hash(&mut h);
            }
            h.finish()
        })
        .collect()
}

impl Memory {
    /// The view of the article in `file`, when it is remembered as made
    /// from `version`.
    pub(super) fn view(&self, file: &str, version: u64) -> Option<&Arc<ArticleView>> {
        self.views.get(file, version)
    }

    /// The page signatures of the last render; the memory holds this
    /// render's once it is done ([`Memory::remember`]).
    pub(super) fn take_pages(&mut self) -> HashMap<String, u64> {
        std::mem::take(&mut self.pages)
    }

    /// Remembers this render: every page's signature (`pages`), and the
    /// view of every article shown (`published[i]`, made from
    /// `versions[i]`, is `views[i]`).
    pub(super) fn remember(
        &mut self,
        pages: Vec<(String, u64)>,
        published: &[&Article],
        versions: &[u64],
        views: &[Arc<ArticleView>],
    ) {
        self.pages = pages.into_iter().collect();
        for ((a, version), view) in published.iter().zip(versions).zip(views) {
            if self.views.get(&a.file, *version).is_none() {
                self.views.put(&a.file, *version, view.clone());
            }
        }
        // Every article shown is now remembered: the others were deleted
        // or hidden since.
        self.views
            .keep_only(published.iter().map(|a| a.file.as_str()));
    }
}

/// A hash of everything but the articles that pages are made from: the
/// configuration, the theme, the content pages and the preview's mode.
fn site_fingerprint(site: &Site, theme: &Theme, preview: &Preview<'_>) -> u64 {
    let mut h = crate::fsutil::hasher();
    format!("{:?}", site.config).hash(&mut h);
    theme.templates.hash(&mut h);
    for p in &site.pages {
        format!("{p:?}").hash(&mut h);
    }
    (preview.drafts, preview.live).hash(&mut h);
    h.finish()
}
