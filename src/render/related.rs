//! Related fact-checks: for every article, four others chosen at build
//! time: two of the same speaker's checks first, then checks that share
//! a tag or the category (more of the speaker's when there are too few).
//! Chosen from indexes, never by comparing every pair of articles: each
//! speaker, tag and category lists its articles newest first, and an
//! article scores only the few neighbours in time of its place in each
//! of its lists, so the cost grows with the number of articles, not its
//! square. Deterministic: ties go to the nearer in time, then the newer.

use super::contract::{self, DateView, VerdictView};
use super::setup::Setup;
use crate::content::Article;
use crate::content::frontmatter::FrontMatter;
use crate::routes::Route;
use rayon::prelude::*;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

/// How many related checks an article lists.
const SHOWN: usize = 4;
/// How many of them may be the same speaker's when others are there.
const SPEAKERS: usize = 2;
/// How many neighbours on each side of an article's place in each of its
/// lists are looked at.
const WINDOW: usize = 8;
/// What sharing each kind of list is worth; any score of SPEAKER or
/// more is the same speaker's.
const SPEAKER: u32 = 100;
const TAG: u32 = 2;
const CATEGORY: u32 = 1;

/// Every article's related checks (indexes into the newest-first list)
/// and the entry each article is listed with.
pub(super) struct Related {
    items: Vec<Arc<contract::Related>>,
    lists: Arc<Vec<Vec<u32>>>,
}

impl Related {
    /// Chooses the related checks of `articles` (newest first).
    pub(super) fn new(setup: &Setup<'_>, articles: &[&Article]) -> Related {
        Related {
            items: articles
                .par_iter()
                .map(|a| Arc::new(item(setup, a)))
                .collect(),
            lists: Arc::new(lists_of(articles)),
        }
    }

    /// Chooses again after a save, from this choice: its lists when
    /// `same_lists` ([`lists_key`] has not moved), and the entry of each
    /// article whose [`entry_key`] is in `before` at the same place as
    /// in `now`. A saved title redraws one entry and chooses nothing.
    pub(super) fn again(
        &self,
        setup: &Setup<'_>,
        articles: &[&Article],
        same_lists: bool,
        (before, now): (&[u64], &[u64]),
    ) -> Related {
        let lists = if same_lists {
            self.lists.clone()
        } else {
            Arc::new(lists_of(articles))
        };
        let items = articles
            .par_iter()
            .enumerate()
            .map(
                |(i, a)| match (before.get(i), now.get(i), self.items.get(i)) {
                    (Some(b), Some(n), Some(kept)) if b == n => kept.clone(),
                    _ => Arc::new(item(setup, a)),
                },
            )
            .collect();
        Related { items, lists }
    }

    /// The related checks of the `i`th article, as its page lists them.
    pub(super) fn of(&self, i: usize) -> Vec<&contract::Related> {
        self.indexes(i)
            .iter()
            .filter_map(|&j| self.items.get(j as usize).map(Arc::as_ref))
            .collect()
    }

    /// The indexes of the `i`th article's related checks.
    pub(super) fn indexes(&self, i: usize) -> &[u32] {
        self.lists.get(i).map_or(&[], Vec::as_slice)
    }
}

/// A hash of what the lists are chosen from: each article's speaker,
/// category and tags, newest first. The lists are a function of it.
pub(super) fn lists_key(articles: &[&Article]) -> u64 {
    let mut h = crate::fsutil::hasher();
    h.write_usize(articles.len());
    for a in articles {
        keys(&a.fm).for_each(|key| key.hash(&mut h));
        h.write_u8(0xff);
    }
    h.finish()
}

/// A hash of what an article's entry ([`item`]) shows: its title, slug,
/// date and verdict.
pub(super) fn entry_key(a: &Article) -> u64 {
    let mut h = crate::fsutil::hasher();
    (a.title(), &a.slug, a.fm.date.map(|d| d.0), &a.fm.verdict).hash(&mut h);
    h.finish()
}

fn lists_of(articles: &[&Article]) -> Vec<Vec<u32>> {
    let fms: Vec<&FrontMatter> = articles.iter().map(|a| &a.fm).collect();
    lists(&fms)
}

/// Each article's related checks (`fms` newest first), by index.
fn lists(fms: &[&FrontMatter]) -> Vec<Vec<u32>> {
    let mut index: HashMap<(u8, &str), Vec<u32>> = HashMap::new();
    for (i, fm) in fms.iter().enumerate() {
        for key in keys(fm) {
            let list = index.entry(key).or_default();
            // A tag given twice lists the article once.
            if list.last() != Some(&(i as u32)) {
                list.push(i as u32);
            }
        }
    }
    fms.par_iter()
        .enumerate()
        .map(|(i, fm)| choose(i as u32, fm, &index))
        .collect()
}

/// The lists an article is in: (kind, name).
fn keys(fm: &FrontMatter) -> impl Iterator<Item = (u8, &str)> {
    let speaker = fm.claim.as_ref().and_then(|c| c.speaker.as_deref());
    speaker
        .map(|s| (0u8, s))
        .into_iter()
        .chain(fm.category.as_deref().map(|c| (2u8, c)))
        .chain(fm.tags.iter().map(|t| (1u8, t.as_str())))
}

/// The `i`th article's related checks: its neighbours in each of its
/// lists, scored by what they share.
fn choose(i: u32, fm: &FrontMatter, index: &HashMap<(u8, &str), Vec<u32>>) -> Vec<u32> {
    let mut score: HashMap<u32, u32> = HashMap::new();
    // A tag given twice counts once.
    let mut mine: Vec<(u8, &str)> = keys(fm).collect();
    mine.sort_unstable();
    mine.dedup();
    for key in mine {
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
    let mut ranked: Vec<(u32, u32)> = score.into_iter().collect();
    ranked.sort_by(|(j, s), (k, t)| {
        t.cmp(s)
            .then_with(|| j.abs_diff(i).cmp(&k.abs_diff(i)))
            .then_with(|| j.cmp(k))
    });
    // The speaker's own checks first, but at most SPEAKERS of them while
    // other checks on the same topics are there to show.
    let by_speaker = |&(_, s): &(u32, u32)| s >= SPEAKER;
    let mut chosen: Vec<u32> = ranked
        .iter()
        .filter(|c| by_speaker(c))
        .take(SPEAKERS)
        .map(|&(j, _)| j)
        .collect();
    let others = ranked.iter().filter(|c| !by_speaker(c));
    chosen.extend(others.take(SHOWN - chosen.len()).map(|&(j, _)| j));
    for &(j, _) in &ranked {
        if chosen.len() == SHOWN {
            break;
        }
        if !chosen.contains(&j) {
            chosen.push(j);
        }
    }
    chosen
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::frontmatter::Claim;

    /// `n` articles, newest first, as the benchmark corpus spreads them:
    /// 160 speakers, 5 categories, two of 14 tags each.
    fn site(n: usize) -> Vec<FrontMatter> {
        (0..n)
            .map(|i| FrontMatter {
                category: Some(format!("category {}", i % 5)),
                tags: vec![format!("tag {}", i % 14), format!("tag {}", (i / 3) % 14)],
                claim: Some(Claim {
                    speaker: Some(format!("speaker {}", i % 160)),
                    ..Claim::default()
                }),
                ..FrontMatter::default()
            })
            .collect()
    }

    #[test]
    fn the_speakers_checks_come_first_then_shared_topics_never_itself() {
        let fms = site(2000);
        let refs: Vec<&FrontMatter> = fms.iter().collect();
        let lists = lists(&refs);
        for (i, list) in lists.iter().enumerate() {
            assert_eq!(list.len(), SHOWN);
            assert!(!list.contains(&(i as u32)));
            // Two of the speaker's own, then two on the same topics.
            let same = |j: u32| j as usize % 160 == i % 160;
            assert!(same(list[0]) && same(list[1]), "{i}: {list:?}");
            assert!(!same(list[2]) && !same(list[3]), "{i}: {list:?}");
        }
        // The speaker's nearest in time, two on each side.
        assert_eq!(lists[500][..2], [340, 660]);
        assert_eq!(lists, super::lists(&refs), "deterministic");
    }

    #[test]
    fn ten_thousand_articles_are_related_without_comparing_pairs() {
        let fms = site(10_000);
        let refs: Vec<&FrontMatter> = fms.iter().collect();
        let start = std::time::Instant::now();
        let lists = lists(&refs);
        let took = start.elapsed();
        println!("related checks of 10,000 articles: {took:?}");
        assert_eq!(lists.len(), 10_000);
        // Generous for an unoptimised build on a busy machine; comparing
        // every pair would be 50 million comparisons.
        assert!(took < std::time::Duration::from_secs(5), "{took:?}");
    }

    #[test]
    fn an_article_alone_in_its_lists_has_no_related_checks() {
        let mut fms = site(3);
        fms[0].claim = None;
        fms[0].category = Some("alone".into());
        fms[0].tags = vec!["alone".into(), "alone".into()];
        let refs: Vec<&FrontMatter> = fms.iter().collect();
        assert!(lists(&refs)[0].is_empty());
    }
}
