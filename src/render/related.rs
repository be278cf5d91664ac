//! Related fact-checks: for every article, a few others chosen at build
//! time, the same speaker's checks first, then checks that share a tag or
//! the category. Chosen from indexes, never by comparing every pair of
//! articles: each speaker, tag and category lists its articles newest
//! first, and an article looks only at the few neighbours in time of its
//! place in each of its lists, so a site of 10,000 articles costs a few
//! milliseconds. Deterministic: ties go to the nearer in time, then the
//! newer.

use super::contract::{self, DateView, VerdictView};
use super::setup::Setup;
use crate::content::Article;
use crate::routes::Route;
use rayon::prelude::*;
use std::collections::HashMap;

/// How many related checks an article lists.
const SHOWN: usize = 4;
/// How many neighbours on each side of an article's place in each of its
/// lists are looked at.
const WINDOW: usize = 8;
/// What sharing each kind of list is worth: the same speaker outweighs
/// a tag and the category together.
const SPEAKER: u32 = 4;
const TAG: u32 = 2;
const CATEGORY: u32 = 1;

/// Every article's related checks (indexes into the newest-first list)
/// and the entry each article is listed with.
pub(super) struct Related {
    items: Vec<contract::Related>,
    lists: Vec<Vec<u32>>,
}

impl Related {
    /// Chooses the related checks of `articles` (newest first).
    pub(super) fn new(setup: &Setup<'_>, articles: &[&Article]) -> Related {
        let mut index: HashMap<(u8, &str), Vec<u32>> = HashMap::new();
        for (i, a) in articles.iter().enumerate() {
            for key in keys(a) {
                let list = index.entry(key).or_default();
                // A tag given twice lists the article once.
                if list.last() != Some(&(i as u32)) {
                    list.push(i as u32);
                }
            }
        }
        let lists = (0..articles.len())
            .into_par_iter()
            .map(|i| choose(i as u32, articles[i], &index))
            .collect();
        let items = articles.par_iter().map(|a| item(setup, a)).collect();
        Related { items, lists }
    }

    /// The related checks of the `i`th article, as its page lists them.
    pub(super) fn of(&self, i: usize) -> Vec<&contract::Related> {
        self.indexes(i)
            .iter()
            .filter_map(|&j| self.items.get(j as usize))
            .collect()
    }

    /// The indexes of the `i`th article's related checks.
    pub(super) fn indexes(&self, i: usize) -> &[u32] {
        self.lists.get(i).map_or(&[], Vec::as_slice)
    }
}

/// The lists an article is in: (kind, name).
fn keys(a: &Article) -> impl Iterator<Item = (u8, &str)> {
    let speaker = a.fm.claim.as_ref().and_then(|c| c.speaker.as_deref());
    speaker
        .map(|s| (0u8, s))
        .into_iter()
        .chain(a.fm.category.as_deref().map(|c| (2u8, c)))
        .chain(a.fm.tags.iter().map(|t| (1u8, t.as_str())))
}

/// The `i`th article's related checks: its neighbours in each of its
/// lists, scored by what they share.
fn choose(i: u32, a: &Article, index: &HashMap<(u8, &str), Vec<u32>>) -> Vec<u32> {
    let mut score: HashMap<u32, u32> = HashMap::new();
    for key in keys(a) {
        let Some(list) = index.get(&key) else {
            continue;
        };
        let worth = match key.0 {
            0 => SPEAKER,
            1 => TAG,
            _ => CATEGORY,
        };
        let at = list.binary_search(&i).unwrap_or_else(|at| at);
        let near = &list[at.saturating_sub(WINDOW)..(at + WINDOW + 1).min(list.len())];
        for &j in near.iter().filter(|&&j| j != i) {
            *score.entry(j).or_default() += worth;
        }
    }
    let mut chosen: Vec<(u32, u32)> = score.into_iter().collect();
    chosen.sort_by(|(j, s), (k, t)| {
        t.cmp(s)
            .then_with(|| j.abs_diff(i).cmp(&k.abs_diff(i)))
            .then_with(|| j.cmp(k))
    });
    chosen.truncate(SHOWN);
    chosen.into_iter().map(|(j, _)| j).collect()
}

/// How an article is listed among another's related checks.
fn item(setup: &Setup<'_>, a: &Article) -> contract::Related {
    let config = &setup.site.config;
    let verdict =
        a.fm.verdict
            .as_deref()
            .and_then(|w| config.verdict(w))
            .map(|v| VerdictView::new(v, config, &setup.sections));
    contract::Related {
        title: a.title().to_string(),
        url: Route::article(&setup.sections, &a.slug).url(setup.base),
        date: a.fm.date.map(|d| DateView::new(d, config.language)),
        verdict,
    }
}
