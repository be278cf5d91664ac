//! The search index: Pagefind, run as a library over records made from
//! the article views (title, claim, speaker, body text, sources), not
//! over rendered pages: nothing is parsed again, and only each article's
//! text is held, deflated, until the index is made (`record.rs`). Its output (the index chunks
//! and the WASM search engine) goes under `pagefind/` and works from
//! static files alone; the browser fetches only the chunks a query needs.
//! The search page's own script (`search.js` in the theme) asks it.
//!
//! **Azerbaijani a reader can type.** Pagefind matches a query to words
//! whatever their diacritics (`ş`→`s`, `ö`→`o`), ranking exact spellings
//! first, but `ə` and `ı` have no diacritic to drop. In an Azerbaijani
//! index they are written as letters that do decompose (`ə` as `ḙ`, `e`
//! with a mark below, `ı` and the capital `I` as `ḭ` and `Ḭ`), which no
//! Azerbaijani text uses: `yanlis` then finds `yanlış`, `mekteb`
//! `məktəb`, `ISIQ` `ışıq`, while `yanlış` typed exactly still ranks
//! exact matches first. The search page writes the query the same way and
//! shows results with the letters put back ([`FOLDED`] is the table both
//! share).
//!
//! **In parts, cached.** The index is made in parts, by year (a year of
//! many articles by months, the newest year in small parts), merged in
//! the browser: Pagefind holds about 115 KB an article while it indexes,
//! so a part bounds that, and each part is kept in the build cache under
//! a hash of its records, so a build remakes only the parts whose
//! articles changed, and a change to a new article remakes a small one. Each part is made
//! on the indexer's own threads (`pagefind.rs`), beside the share cards,
//! and handed over as soon as it is made.

mod pagefind;
mod record;

use super::Output;
use super::contract::{ArticleView, Kind, SearchFilter, SearchValue, VerdictView};
use super::groups::Groups;
use crate::cache::{self, Cache};
use crate::text::Language;
use anyhow::{Result, anyhow};
use pagefind::Files;
use record::{FOLDED, Record, month_of};
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

/// The folder of the index in the output.
pub const DIR: &str = "pagefind";

/// The part of the index for articles without a publication date.
const UNDATED: &str = "undated";

/// Files only the first part needs: the search engine itself. The other
/// parts are merged into it in the browser and use its engine.
const ENGINE: [&str; 4] = [
    "pagefind.js",
    "pagefind-worker.js",
    "wasm.",
    "pagefind-highlight",
];

/// Part of the index's cache key: change it when the same records would
/// make a different index (Pagefind's version, the folding table).
const INDEXER: &str = "pagefind-1.6.0/records-2/fold-1";

/// The filters, by name in the site's language.
#[derive(Debug, Clone)]
pub(super) struct Names {
    pub(super) verdict: String,
    pub(super) category: String,
    pub(super) year: String,
    pub(super) speaker: String,
}

/// The records kept while the articles are rendered, from several
/// threads, when search is on.
pub(super) struct Kept {
    /// Whether search is on (else nothing is kept or indexed).
    on: bool,
    language: Language,
    names: Names,
    /// `(i, record)` of `views[i]`.
    records: Mutex<Vec<(usize, Record)>>,
}

impl Kept {
    /// Keeps records when `on`, for a site in `language`.
    pub(super) fn new(on: bool, language: Language, names: Names) -> Kept {
        Kept {
            on,
            language,
            names,
            records: Mutex::new(Vec::new()),
        }
    }

    /// Keeps the `i`th article's record, made from its view (before the
    /// view lets go of its body).
    pub(super) fn keep(&self, i: usize, view: &ArticleView) -> Result<()> {
        if !self.on {
            return Ok(());
        }
        let record = Record::new(view, self.language)?;
        self.records
            .lock()
            .map_err(|_| anyhow!("{}", say!(self.language, "render-thread-failed")))?
            .push((i, record));
        Ok(())
    }

    /// The index of the records kept (none when search is off), in
    /// parts (see [`part_keys`]), newest first: `pagefind/` holds the
    /// newest part with the search engine, `pagefind/KEY/` each other
    /// part. A part is taken from the cache when it has an index of its
    /// very records, else made (and kept there), one part at a time, so
    /// the indexer holds at most one part's articles at once; each part's
    /// files go to `put` as soon as it is made. The paths put.
    pub(super) fn index(
        &self,
        cache: Option<&Cache>,
        put: impl Fn(Vec<Output>) -> Result<Vec<String>>,
    ) -> Result<Vec<String>> {
        if !self.on {
            return Ok(Vec::new());
        }
        let mut records = std::mem::take(
            &mut *self
                .records
                .lock()
                .map_err(|_| anyhow!("{}", say!(self.language, "render-thread-failed")))?,
        );
        records.sort_by_key(|(i, _)| *i);
        let months: Vec<&str> = records.iter().map(|(_, r)| r.month.as_str()).collect();
        let keys = part_keys(&months);
        let mut parts: BTreeMap<String, Vec<Record>> = BTreeMap::new();
        for ((_, record), key) in records.into_iter().zip(keys) {
            parts.entry(key).or_default().push(record);
        }
        let mut pool = None;
        let mut paths = Vec::new();
        for (n, (part, records)) in parts.into_iter().rev().enumerate() {
            let dir = if n == 0 {
                DIR.to_string()
            } else {
                format!("{DIR}/{part}")
            };
            let files = self.part(records, cache, &mut pool)?;
            let files = files
                .into_iter()
                .filter(|(name, _)| n == 0 || !ENGINE.iter().any(|e| name.starts_with(e)))
                .map(|(name, bytes)| Output {
                    path: format!("{dir}/{name}"),
                    bytes,
                })
                .collect();
            paths.extend(put(files)?);
        }
        Ok(paths)
    }

    /// One part's files (names inside its folder): from the cache, or
    /// made on the indexer's `pool` (started when the first part is).
    fn part(
        &self,
        records: Vec<Record>,
        cache: Option<&Cache>,
        pool: &mut Option<rayon::ThreadPool>,
    ) -> Result<Files> {
        let key = index_key(&records, &self.names, self.language);
        let cached = cache.and_then(|c| c.get(cache::Kind::Search, &key));
        if let Some(files) = cached.and_then(|bytes| pagefind::unpack(&bytes)) {
            return Ok(files);
        }
        let pool = match pool {
            Some(pool) => pool,
            None => pool.insert(pagefind::pool(self.language)?),
        };
        let files = pagefind::index(records, &self.names, self.language, pool)?;
        if let Some(cache) = cache {
            cache.put(cache::Kind::Search, &key, &pagefind::pack(&files));
        }
        Ok(files)
    }
}

/// The most articles one part of the index holds, unless one month has
/// more: Pagefind holds about 115 KB an article while it indexes, so a
/// part of 1,000 adds some 115 MB to a build's peak.
const MAX_PART: usize = 1_000;

/// The most articles one part of the newest year holds, unless one month
/// has more. The newest articles are the ones a newsroom publishes and
/// corrects, and a change indexes its whole part again (about a
/// millisecond an article): small parts keep that short. When the year
/// closes, its parts are packed into large ones, indexed once.
const NEWEST_PART: usize = 250;

/// The part of the index each article goes in, by publication month
/// (`YYYY-MM`, or empty): a year is one part (`2025`) unless it has more
/// than [`MAX_PART`] articles ([`NEWEST_PART`] for the newest year);
/// then its months, oldest first, are packed into parts of at most that
/// many, each named by its first month (`2025-07`), so a new article
/// changes only its year's newest part (a month of more articles than
/// that is a part of its own). Undated articles are one part, however
/// many.
fn part_keys(months: &[&str]) -> Vec<String> {
    let mut by_year: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for month in months {
        let year = month.get(..4).unwrap_or(UNDATED);
        *by_year.entry(year).or_default().entry(month).or_default() += 1;
    }
    let newest = by_year.keys().rfind(|y| **y != UNDATED).copied();
    let mut key_of: BTreeMap<&str, String> = BTreeMap::new();
    for (year, counts) in &by_year {
        let total: usize = counts.values().sum();
        let most = if Some(*year) == newest {
            NEWEST_PART
        } else {
            MAX_PART
        };
        let mut part: Option<(String, usize)> = None;
        for (month, count) in counts {
            let key = match part.take() {
                // Undated articles have no months to pack by.
                _ if *year == UNDATED => (UNDATED.to_string(), 0),
                _ if total <= most => (year.to_string(), 0),
                Some((key, size)) if size + count <= most => (key, size),
                _ => (month.to_string(), 0),
            };
            key_of.insert(month, key.0.clone());
            part = Some((key.0, key.1 + count));
        }
    }
    months
        .iter()
        .map(|m| {
            key_of
                .get(m)
                .cloned()
                .unwrap_or_else(|| UNDATED.to_string())
        })
        .collect()
}

/// The search page's list of the index's parts, newest first, as JSON:
/// the first is the search engine's own folder.
pub(super) fn parts_json(views: &[Arc<ArticleView>], base: &str) -> String {
    let months: Vec<String> = views.iter().map(|v| month_of(v)).collect();
    let months: Vec<&str> = months.iter().map(String::as_str).collect();
    let mut keys = part_keys(&months);
    keys.sort_unstable();
    keys.dedup();
    let parts: Vec<String> = keys
        .iter()
        .rev()
        .enumerate()
        .map(|(n, key)| {
            if n == 0 {
                format!("{base}{DIR}/")
            } else {
                format!("{base}{DIR}/{key}/")
            }
        })
        .collect();
    serde_json::to_string(&parts).unwrap_or_else(|_| "[]".to_string())
}

impl Names {
    /// The filters the search page offers before any query: verdicts in
    /// the scale's order, categories and speakers in the language's
    /// alphabetical order (as `groups` has them), years newest first;
    /// only values some article has.
    pub(super) fn filters(&self, groups: &Groups, views: &[Arc<ArticleView>]) -> Vec<SearchFilter> {
        let of = |kind: Kind| -> Vec<SearchValue> {
            groups
                .of(kind)
                .iter()
                .filter(|g| !g.articles.is_empty())
                .map(|g| SearchValue {
                    value: g.name.clone(),
                    count: g.articles.len(),
                })
                .collect()
        };
        let mut years: BTreeMap<&str, usize> = BTreeMap::new();
        for v in views.iter().filter(|v| !v.year.is_empty()) {
            *years.entry(v.year.as_str()).or_default() += 1;
        }
        let years = years
            .into_iter()
            .rev()
            .map(|(year, count)| SearchValue {
                value: year.to_string(),
                count,
            })
            .collect();
        let filter = |name: &str, choose_one: bool, values: Vec<SearchValue>| SearchFilter {
            key: crate::text::slugify(name),
            name: name.to_string(),
            choose_one,
            values,
        };
        vec![
            filter(&self.verdict, false, of(Kind::Verdict)),
            filter(&self.category, false, of(Kind::Category)),
            filter(&self.year, false, years),
            filter(&self.speaker, true, of(Kind::Speaker)),
        ]
    }
}

/// Every verdict of the scale, for the search results' badges.
pub(super) fn badges(groups: &Groups) -> Vec<VerdictView> {
    groups
        .of(Kind::Verdict)
        .iter()
        .filter_map(|g| g.verdict.clone())
        .collect()
}

/// The folding table as JSON pairs for the search page's script (`[]`
/// when the language folds nothing).
pub(super) fn folded_json(language: Language) -> String {
    let pairs: Vec<[String; 2]> = if language == Language::Az {
        FOLDED
            .iter()
            .map(|(a, b)| [a.to_string(), b.to_string()])
            .collect()
    } else {
        Vec::new()
    };
    serde_json::to_string(&pairs).unwrap_or_else(|_| "[]".to_string())
}

/// The cache key of an index of `records`: a hash of every record.
fn index_key(records: &[Record], names: &Names, language: Language) -> String {
    let mut parts: Vec<&[u8]> = vec![INDEXER.as_bytes(), language.code().as_bytes()];
    parts.extend(
        [&names.verdict, &names.category, &names.year, &names.speaker].map(|n| n.as_bytes()),
    );
    for r in records {
        parts.extend(r.key_parts());
    }
    cache::key(&parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_year_is_one_part_until_it_is_too_big_then_its_months_are_packed() {
        assert_eq!(MAX_PART, 1_000, "the counts below are chosen around it");
        let mut months = vec!["2024-03"; 10];
        months.extend(vec!["2025-01"; 700]);
        months.extend(vec!["2025-02"; 200]);
        months.extend(vec!["2025-03"; 150]);
        months.extend(vec!["2025-04"; 1_300]);
        months.extend(vec!["2026-01"; 10]);
        months.push("");
        let keys = part_keys(&months);
        assert_eq!(keys[0], "2024");
        assert_eq!(keys[10], "2025-01");
        assert_eq!(keys[710], "2025-01", "February still fits with January");
        assert_eq!(keys[910], "2025-03", "March starts a new part");
        assert_eq!(
            keys[1_060], "2025-04",
            "a month over the limit is a part of its own"
        );
        assert_eq!(keys[2_360], "2026", "the newest year, small, is one part");
        assert_eq!(keys.last().unwrap(), UNDATED);
    }

    #[test]
    fn many_undated_articles_are_one_part_named_undated() {
        let mut months = vec![""; MAX_PART + 5];
        months.push("2026-01");
        let keys = part_keys(&months);
        assert!(
            keys[..MAX_PART + 5].iter().all(|k| k == UNDATED),
            "{:?}",
            &keys[..3]
        );
        assert_eq!(keys[MAX_PART + 5], "2026");
    }

    #[test]
    fn the_newest_year_is_packed_in_small_parts_and_closed_years_in_large_ones() {
        assert_eq!(NEWEST_PART, 250, "the counts below are chosen around it");
        // A year of 150 articles a month: closed, its twelve months make
        // two parts; as the newest year, parts of one month.
        let year = |y: &str| -> Vec<String> {
            (1..=12)
                .flat_map(|m| vec![format!("{y}-{m:02}"); 150])
                .collect()
        };
        let mut months = year("2025");
        months.extend(year("2026"));
        let months: Vec<&str> = months.iter().map(String::as_str).collect();
        let keys = part_keys(&months);
        let mut parts: Vec<&str> = keys.iter().map(String::as_str).collect();
        parts.dedup();
        assert_eq!(&parts[..2], ["2025-01", "2025-07"]);
        assert_eq!(parts.len(), 2 + 12);
        assert_eq!(parts[2], "2026-01");
        assert_eq!(parts.last(), Some(&"2026-12"));
        // The next year's first article closes 2026: its months are packed
        // in large parts again, and 2027 is the newest.
        let mut later = months.clone();
        later.push("2027-01");
        let keys = part_keys(&later);
        assert_eq!(keys[1_800], "2026-01");
        assert_eq!(keys[2_700], "2026-07");
        assert_eq!(keys[3_600], "2027");
    }
}
