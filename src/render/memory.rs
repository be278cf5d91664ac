//! The preview's memory: what `yoxla serve` keeps from one render to the
//! next (article views by file and version, each page's signature, the
//! compiled templates) and the fingerprint of everything else, so a saved
//! article costs its own page and the few lists it appears on. A change
//! to what a preview may reuse belongs here; a page's signature, what it
//! is made from, is worked out with the job list (`jobs.rs`).

use super::contract::ArticleView;
use super::{Preview, Theme};
use crate::content::Site;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// What a preview remembers of its last render, so the next one redoes
/// only what changed. Anything that is not an article (configuration,
/// theme, content pages, drafts shown or not) is part of one fingerprint;
/// when it moves, everything is rendered again.
#[derive(Default)]
pub struct Memory {
    pub(super) fingerprint: u64,
    /// Article views by file, with the version they were made from.
    pub(super) views: HashMap<String, (u64, Arc<ArticleView>)>,
    /// Each page's signature (a hash of what it shows), by output path.
    pub(super) pages: HashMap<String, u64>,
    /// The theme's templates, compiled.
    pub(super) tera: Option<Arc<tera::Tera>>,
}

/// A hash of everything but the articles that pages are made from: the
/// configuration, the theme, the content pages and the preview's mode.
pub(super) fn site_fingerprint(site: &Site, theme: &Theme, preview: &Preview<'_>) -> u64 {
    let mut h = crate::fsutil::hasher();
    format!("{:?}", site.config).hash(&mut h);
    theme.templates.hash(&mut h);
    for p in &site.pages {
        format!("{p:?}").hash(&mut h);
    }
    (preview.drafts, preview.live).hash(&mut h);
    h.finish()
}
