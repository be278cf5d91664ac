//! The preview's memory: what `yoxla serve` keeps from one render to the
//! next (article views, each page's signature, the compiled templates,
//! the order, groups and related checks) and the fingerprint of
//! everything else, so a saved article costs its own page and the few
//! lists it appears on. A change to what a preview may reuse belongs
//! here; a page's signature, what it shows, is worked out with the job
//! list (`jobs.rs`).
//!
//! Most saves edit an article's text and leave every front matter as it
//! was. Then the same articles are shown in the same order, in the same
//! groups, so the same jobs make the same pages at the same paths: views
//! and signatures are kept by position, and nothing is looked up by name
//! or sorted again. At 10,000 articles that is what keeps a save's
//! rebuild near 20 ms; looking 18,000 pages up by path, sorting their
//! paths and pruning the served files by them took some 25 ms.

use super::Preview;
use super::Theme;
use super::contract::ArticleView;
use super::groups::Groups;
use super::order::{self, Order};
use super::pages::Renderer;
use super::related::{self, Related};
use super::setup::Setup;
use crate::content::{Article, Site};
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
    /// The fingerprint of everything but the articles; none before the
    /// first render.
    fingerprint: Option<u64>,
    /// The theme's templates, compiled.
    tera: Option<Arc<tera::Tera>>,
    /// The hash of every article's file name and front matter, as this
    /// render sees them (set by [`order`]).
    front_matter: u64,
    /// Which articles are shown, in order (indexes into the site's
    /// articles), under the hash of every article's front matter.
    shown: Option<(u64, Vec<usize>)>,
    /// The groups of the articles shown, under `front_matter` (which
    /// decides which articles are shown, in which order, with which
    /// front matter) and the hash of what groups are made from.
    groups: Option<(u64, u64, Arc<Groups>)>,
    /// Every article's related checks, with what they were made from.
    related: Option<KeptRelated>,
    /// What the last render made.
    made: Option<Made>,
    /// When the front matter moved since `made`: where each file's view
    /// is in `made.views`.
    by_file: HashMap<String, usize>,
}

/// What the last render made, by position, under the hash of the front
/// matter it was made from.
struct Made {
    front_matter: u64,
    /// Each article's view, in the order shown.
    views: Vec<KeptView>,
    /// Each job's page path and signature, in job order.
    pages: Vec<(String, u64)>,
    /// The paths of the other files (static files and the like).
    others: Vec<String>,
    /// Every path, sorted.
    paths: Arc<[String]>,
}

/// The related checks of the last render: under the hash of every
/// article's front matter (`front_matter`), the hash of what the lists
/// are chosen from (`lists`), and each entry's hash, in order.
struct KeptRelated {
    front_matter: u64,
    lists: u64,
    entries: Vec<u64>,
    related: Arc<Related>,
}

/// An article's view, with the file and version it was made from.
struct KeptView {
    file: String,
    version: u64,
    view: Arc<ArticleView>,
    /// What its list entry is made from (see [`listed`]).
    listed: u64,
}

/// A preview's page signatures from its last render: a page whose
/// signature has not moved is not rendered again.
pub(super) enum Previous {
    /// The same jobs as last time: each job's signature, by position (a
    /// page kept this way is handed back with an empty path).
    ByJob(Vec<u64>),
    /// The jobs moved: each page's signature, by path.
    ByPath(HashMap<String, u64>),
}

/// The theme's templates, compiled. A memory holds for the same
/// configuration, theme and pages only, and only in the live preview
/// (which plans no share card, search record or API file). The compiled
/// templates are kept with it.
pub(super) fn templates(memory: Option<&mut Memory>, setup: &Setup<'_>) -> Result<Arc<tera::Tera>> {
    let theme = &setup.theme;
    Ok(match memory {
        Some(memory) => {
            let fingerprint = site_fingerprint(setup.site, theme, setup.preview);
            // Share cards, search records and API files are made with
            // the views: a render that makes them (anything but the live
            // preview) reuses nothing.
            let reuse = setup.preview.live && setup.cards.is_none();
            if memory.fingerprint != Some(fingerprint) || !reuse {
                *memory = Memory {
                    fingerprint: Some(fingerprint),
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
    })
}

/// What this render shows, in order. A preview keeps the order while
/// no article's file name or front matter moves, and when it moves,
/// keeps it if the same articles are still in order (one pass): sorting
/// compares titles in the site's alphabet, some 8 ms a save at 10,000
/// articles.
pub(super) fn order<'a>(
    memory: Option<&mut Memory>,
    site: &'a Site,
    preview: &Preview<'a>,
) -> Order<'a> {
    let Some(memory) = memory else {
        return Order::new(site, preview);
    };
    let key = front_matter_key(&site.articles);
    memory.front_matter = key;
    if memory.shown.as_ref().is_none_or(|(kept, _)| *kept != key) {
        let still = memory
            .shown
            .take()
            .map(|(_, kept)| kept)
            .filter(|kept| order::still_shown(site, preview, kept));
        memory.shown = Some((key, still.unwrap_or_else(|| order::shown(site, preview))));
    }
    memory.index_views();
    let shown = memory.shown.as_ref().map_or(&[][..], |(_, s)| s.as_slice());
    Order::of(site, preview, shown)
}

/// The groups of the articles shown (`published[i]` is shown as
/// `views[i]`). Groups are made from front matter and configuration
/// alone, so a preview keeps them while every article's front matter
/// holds (the hash [`order`] took for this render); when it moves, while
/// what groups read of it holds ([`group_key`]): a saved title or summary
/// keeps them (building them is some 15 ms at 10,000 articles).
pub(super) fn groups(
    memory: Option<&mut Memory>,
    setup: &Setup<'_>,
    published: &[&Article],
    views: &[Arc<ArticleView>],
) -> Arc<Groups> {
    let build = || Arc::new(Groups::build(setup.site, published, views, &setup.sections));
    let Some(memory) = memory else {
        return build();
    };
    if let Some((kept, _, groups)) = &memory.groups
        && *kept == memory.front_matter
    {
        return groups.clone();
    }
    let key = group_key(published);
    let groups = match &memory.groups {
        Some((_, kept, groups)) if *kept == key => groups.clone(),
        _ => build(),
    };
    memory.groups = Some((memory.front_matter, key, groups.clone()));
    groups
}

/// A hash of what [`Groups::build`] reads of the articles shown, in
/// order: verdict, category, tags, author, editor, speaker and the
/// speaker's status (the rest comes from the configuration, which the
/// memory's fingerprint holds).
fn group_key(published: &[&Article]) -> u64 {
    let mut h = crate::fsutil::hasher();
    h.write_usize(published.len());
    for a in published {
        let fm = &a.fm;
        (&fm.verdict, &fm.category, &fm.tags, &fm.author, &fm.editor).hash(&mut h);
        let claim = fm.claim.as_ref();
        (
            claim.and_then(|c| c.speaker.as_deref()),
            claim.and_then(|c| c.speaker_status.as_deref()),
        )
            .hash(&mut h);
    }
    h.finish()
}

/// Every article's related checks (`published` newest first), kept in
/// `memory` while every article's front matter holds: a save that edits
/// an article's text keeps them (choosing them is some 30 ms at 10,000
/// articles, making every entry some 40 ms). When front matter moves,
/// the lists are chosen again only when a speaker, category, tag or the
/// order moved, and only the entries whose title, slug, date or verdict
/// moved are made again (hashing both is some 5 ms).
pub(super) fn related(
    memory: Option<&mut Memory>,
    setup: &Setup<'_>,
    published: &[&Article],
) -> Arc<Related> {
    let Some(memory) = memory else {
        return Arc::new(Related::new(setup, published));
    };
    let front_matter = memory.front_matter;
    if let Some(kept) = &memory.related
        && kept.front_matter == front_matter
    {
        return kept.related.clone();
    }
    let lists = related::lists_key(published);
    let entries: Vec<u64> = published.iter().map(|a| related::entry_key(a)).collect();
    let related = Arc::new(match &memory.related {
        Some(kept) => kept.related.again(
            setup,
            published,
            kept.lists == lists,
            (&kept.entries, &entries),
        ),
        None => Related::new(setup, published),
    });
    memory.related = Some(KeptRelated {
        front_matter,
        lists,
        entries,
        related: related.clone(),
    });
    related
}

/// A hash of the articles' file names and front matter, in file order.
fn front_matter_key(articles: &[Article]) -> u64 {
    let mut h = crate::fsutil::hasher();
    h.write_usize(articles.len());
    for a in articles {
        h.write_u64(a.front_matter_revision());
    }
    h.finish()
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

/// What each article's entry in a list is made from, in a preview: its
/// file name and front matter, and its summary (which may come from the
/// body). A save that edits only the rest of an article's body leaves the
/// lists it is on as they were. While the jobs are the last render's, a
/// view kept from it keeps its hash.
pub(super) fn listed(
    memory: Option<&Memory>,
    order: &Order<'_>,
    views: &[Arc<ArticleView>],
) -> Vec<u64> {
    let Some(memory) = memory else {
        return Vec::new();
    };
    let kept = memory.made.as_ref().filter(|_| memory.same_jobs());
    let kept = kept.map_or(&[][..], |made| made.views.as_slice());
    let shown = order.published.iter().zip(views).enumerate();
    shown
        .map(|(i, (a, view))| match kept.get(i) {
            Some(k) if Arc::ptr_eq(&k.view, view) => k.listed,
            _ => {
                let mut h = crate::fsutil::hasher();
                h.write_u64(a.front_matter_revision());
                view.card.summary.hash(&mut h);
                h.finish()
            }
        })
        .collect()
}

impl Memory {
    /// Whether the jobs are the last render's: nothing of any article
    /// but its body moved since.
    fn same_jobs(&self) -> bool {
        self.made
            .as_ref()
            .is_some_and(|made| made.front_matter == self.front_matter)
    }

    /// Where each file's view is, when the views cannot be found by
    /// position (the front matter moved since the last render).
    fn index_views(&mut self) {
        self.by_file.clear();
        if let Some(made) = self
            .made
            .as_ref()
            .filter(|m| m.front_matter != self.front_matter)
        {
            let files = made.views.iter().enumerate();
            self.by_file = files.map(|(i, kept)| (kept.file.clone(), i)).collect();
        }
    }

    /// The view of the `i`th article shown, in `file`, when it is
    /// remembered as made from `version`.
    pub(super) fn view(&self, i: usize, file: &str, version: u64) -> Option<&Arc<ArticleView>> {
        let made = self.made.as_ref()?;
        let at = if self.same_jobs() {
            i
        } else {
            *self.by_file.get(file)?
        };
        let kept = made.views.get(at)?;
        (kept.version == version && kept.file == file).then_some(&kept.view)
    }

    /// The page signatures of the last render, by job when the jobs are
    /// the same, else by path (none before the first).
    pub(super) fn previous(&self) -> Previous {
        let Some(made) = self.made.as_ref() else {
            return Previous::ByPath(HashMap::default());
        };
        if self.same_jobs() {
            Previous::ByJob(made.pages.iter().map(|(_, signature)| *signature).collect())
        } else {
            Previous::ByPath(made.pages.iter().cloned().collect())
        }
    }

    /// Remembers this render: each job's page path and signature
    /// (`pages`, a kept page's path empty), the other files' paths, and
    /// the view of every article shown, with what it was made from.
    /// Every path, sorted.
    pub(super) fn remember(
        &mut self,
        pages: Vec<(String, u64)>,
        others: Vec<String>,
        renderer: &Renderer<'_>,
    ) -> Arc<[String]> {
        let front_matter = self.front_matter;
        let r = renderer;
        let shown = r
            .order
            .published
            .iter()
            .zip(&r.versions)
            .zip(&r.views)
            .zip(&r.listed);
        if let Some(made) = self
            .made
            .as_mut()
            .filter(|m| m.front_matter == front_matter)
        {
            for (kept, (_, signature)) in made.pages.iter_mut().zip(pages) {
                kept.1 = signature;
            }
            for (kept, (((_, version), view), listed)) in made.views.iter_mut().zip(shown) {
                if !Arc::ptr_eq(&kept.view, view) {
                    (kept.version, kept.view, kept.listed) = (*version, view.clone(), *listed);
                }
            }
            if made.others != others {
                made.paths = sorted(made.pages.iter().map(|(p, _)| p.clone()), &others);
                made.others = others;
            }
            return made.paths.clone();
        }
        let made = Made {
            front_matter,
            views: shown
                .map(|(((a, version), view), listed)| KeptView {
                    file: a.file.clone(),
                    version: *version,
                    view: view.clone(),
                    listed: *listed,
                })
                .collect(),
            paths: sorted(pages.iter().map(|(p, _)| p.clone()), &others),
            pages,
            others,
        };
        self.by_file.clear();
        self.made.insert(made).paths.clone()
    }
}

/// `pages` and `others`, sorted, each path once.
pub(super) fn sorted(pages: impl Iterator<Item = String>, others: &[String]) -> Arc<[String]> {
    let mut paths: Vec<String> = pages.chain(others.iter().cloned()).collect();
    paths.sort_unstable();
    paths.dedup();
    paths.into()
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
