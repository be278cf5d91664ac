//! The search index: Pagefind, run as a library over records made from
//! the article views (title, claim, speaker, body text, sources), not
//! over rendered pages: nothing is parsed again, and only each article's
//! text is held until the index is made. Its output (the index chunks
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
//! many articles by months), merged in the browser: Pagefind holds about
//! 200 KB an article while it indexes, so a part bounds that, and each
//! part is kept in the build cache under a hash of its records, so a
//! build remakes only the parts whose articles changed.

use super::Output;
use super::contract::{ArticleView, Kind, SearchFilter, SearchValue, VerdictView};
use super::groups::Groups;
use crate::cache::{self, Cache};
use crate::text::Language;
use anyhow::{Result, anyhow};
use pagefind::api::PagefindIndex;
use pagefind::options::PagefindServiceConfig;
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
const INDEXER: &str = "pagefind-1.6.0/records-1/fold-1";

/// Letters written differently in an Azerbaijani index, and how: each
/// stand-in decomposes to the plain Latin letter a phone keyboard types.
pub const FOLDED: [(char, char); 4] = [('ə', 'ḙ'), ('Ə', 'Ḙ'), ('ı', 'ḭ'), ('I', 'Ḭ')];

/// Pagefind's files a yoxla site does not use: its ready-made search
/// interfaces (the theme's `search.js` is the interface) and playground.
const UNUSED: [&str; 4] = [
    "pagefind-ui",
    "pagefind-modular-ui",
    "pagefind-component-ui",
    "playground",
];

/// The filters, by name in the site's language.
#[derive(Debug, Clone)]
pub(super) struct Names {
    pub(super) verdict: String,
    pub(super) category: String,
    pub(super) year: String,
    pub(super) speaker: String,
}

/// What the index knows of one article.
#[derive(Debug, Clone)]
struct Record {
    /// Its publication month, `YYYY-MM` (empty when undated): which part
    /// of the index it goes in.
    month: String,
    url: String,
    content: String,
    meta: BTreeMap<String, String>,
    filters: BTreeMap<String, Vec<String>>,
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
    pub(super) fn keep(&self, i: usize, view: &ArticleView) {
        if !self.on {
            return;
        }
        let record = self.record(view);
        if let Ok(mut records) = self.records.lock() {
            records.push((i, record));
        }
    }

    fn record(&self, view: &ArticleView) -> Record {
        let card = &view.card;
        let mut text = vec![
            card.title.clone(),
            card.claim.clone(),
            card.speaker.name.clone(),
        ];
        text.push(view.claim_box.speaker_status.clone());
        text.push(html_text(&view.body));
        text.extend(view.sources.iter().map(|s| s.title.clone()));
        let content = searchable(&text.join("\n"), self.language);
        let date = card.date.as_ref().map_or("", |d| d.text.as_str());
        let meta = BTreeMap::from([
            ("title".to_string(), card.title.clone()),
            ("verdict".to_string(), card.verdict.label.clone()),
            ("verdict_slug".to_string(), card.verdict.slug.clone()),
            ("date".to_string(), date.to_string()),
            ("speaker".to_string(), card.speaker.name.clone()),
        ]);
        let names = &self.names;
        let mut filters = BTreeMap::from([
            (names.verdict.clone(), vec![card.verdict.label.clone()]),
            (names.category.clone(), vec![card.category.name.clone()]),
            (names.speaker.clone(), vec![card.speaker.name.clone()]),
        ]);
        if !view.year.is_empty() {
            filters.insert(names.year.clone(), vec![view.year.clone()]);
        }
        Record {
            month: month_of(view),
            url: card.url.clone(),
            content,
            meta,
            filters,
        }
    }

    /// The index of the records kept (none when search is off), in
    /// parts (see [`part_keys`]), newest first: `pagefind/` holds the
    /// newest part with the search engine, `pagefind/KEY/` each other
    /// part. A part is taken from the cache when it has an index of its
    /// very records, else made (and kept there), one part at a time, so
    /// the indexer holds at most one part's articles at once.
    pub(super) fn index(&self, cache: Option<&Cache>) -> Result<Vec<Output>> {
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
        let mut out = Vec::new();
        for (n, (part, records)) in parts.into_iter().rev().enumerate() {
            let dir = if n == 0 {
                DIR.to_string()
            } else {
                format!("{DIR}/{part}")
            };
            let files = self.part(records, cache)?;
            out.extend(
                files
                    .into_iter()
                    .filter(|(name, _)| n == 0 || !ENGINE.iter().any(|e| name.starts_with(e)))
                    .map(|(name, bytes)| Output {
                        path: format!("{dir}/{name}"),
                        bytes,
                    }),
            );
        }
        Ok(out)
    }

    /// One part's files (names inside its folder): from the cache, or
    /// made.
    fn part(&self, records: Vec<Record>, cache: Option<&Cache>) -> Result<Vec<(String, Vec<u8>)>> {
        let key = index_key(&records, self.language);
        let cached = cache.and_then(|c| c.get(cache::Kind::Search, &key));
        if let Some(files) = cached.and_then(|bytes| unpack(&bytes)) {
            return Ok(files);
        }
        let files = index(records, self.language)?;
        if let Some(cache) = cache {
            cache.put(cache::Kind::Search, &key, &pack(&files));
        }
        Ok(files)
    }
}

/// The most articles one part of the index holds, unless one month has
/// more: Pagefind holds about 200 KB an article while it indexes.
const MAX_PART: usize = 2_000;

/// An article's publication month, `YYYY-MM` (empty when undated).
fn month_of(view: &ArticleView) -> String {
    view.card
        .date
        .as_ref()
        .and_then(|d| d.iso.get(..7))
        .unwrap_or_default()
        .to_string()
}

/// The part of the index each article goes in, by publication month
/// (`YYYY-MM`, or empty): a year is one part (`2025`) unless it has more
/// than [`MAX_PART`] articles; then its months, oldest first, are packed
/// into parts of at most that many, each named by its first month
/// (`2025-07`), so a new article changes only its year's newest part.
/// Undated articles are one part.
fn part_keys(months: &[&str]) -> Vec<String> {
    let mut by_year: BTreeMap<&str, BTreeMap<&str, usize>> = BTreeMap::new();
    for month in months {
        let year = month.get(..4).unwrap_or(UNDATED);
        *by_year.entry(year).or_default().entry(month).or_default() += 1;
    }
    let mut key_of: BTreeMap<&str, String> = BTreeMap::new();
    for (year, counts) in &by_year {
        let total: usize = counts.values().sum();
        let mut part: Option<(String, usize)> = None;
        for (month, count) in counts {
            let key = match part.take() {
                _ if total <= MAX_PART => (year.to_string(), 0),
                Some((key, size)) if size + count <= MAX_PART => (key, size),
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
fn index_key(records: &[Record], language: Language) -> String {
    let mut parts: Vec<&[u8]> = vec![INDEXER.as_bytes(), language.code().as_bytes()];
    for r in records {
        parts.extend([r.url.as_bytes(), r.content.as_bytes()]);
        for (k, v) in &r.meta {
            parts.extend([k.as_bytes(), v.as_bytes()]);
        }
        for (k, values) in &r.filters {
            parts.push(k.as_bytes());
            parts.extend(values.iter().map(|v| v.as_bytes()));
        }
    }
    cache::key(&parts)
}

/// Text as it goes into the index: in Azerbaijani, `ə`, `ı` and `I` as
/// their stand-ins (see the module's documentation).
pub fn searchable(text: &str, language: Language) -> String {
    if language != Language::Az {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            FOLDED
                .iter()
                .find(|(letter, _)| *letter == c)
                .map_or(c, |(_, stand_in)| *stand_in)
        })
        .collect()
}

/// The text of rendered HTML: tags dropped, entities decoded, a space
/// where a block ends; a heading's `§` link is not text.
fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find(['<', '&']) {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        if rest.starts_with('&') {
            let end = rest.find(';').filter(|e| *e <= 10).unwrap_or(0);
            out.push_str(entity(&rest[..=end]));
            rest = &rest[end + 1..];
            continue;
        }
        let Some(close) = rest.find('>') else {
            break;
        };
        let tag = &rest[..=close];
        rest = &rest[close + 1..];
        if tag.starts_with("<a class=\"anchor\"") {
            rest = rest.find("</a>").map_or("", |end| &rest[end + 4..]);
        } else if !is_inline(tag) {
            out.push(' ');
        }
    }
    out.push_str(rest);
    out
}

fn entity(e: &str) -> &str {
    match e {
        "&amp;" => "&",
        "&lt;" => "<",
        "&gt;" => ">",
        "&quot;" => "\"",
        "&#39;" | "&#x27;" => "'",
        "&nbsp;" | "&#160;" => " ",
        "&" => "&",
        _ => " ",
    }
}

/// Whether a tag sits inside a line of text (no word break around it).
fn is_inline(tag: &str) -> bool {
    let name: String = tag
        .trim_start_matches(['<', '/'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    matches!(
        name.as_str(),
        "a" | "strong"
            | "em"
            | "b"
            | "i"
            | "code"
            | "span"
            | "sup"
            | "sub"
            | "abbr"
            | "mark"
            | "small"
            | "time"
            | "q"
    )
}

/// A part's files: each name inside the part's folder, and its bytes.
type Files = Vec<(String, Vec<u8>)>;

/// Indexes the records and returns Pagefind's files.
fn index(records: Vec<Record>, language: Language) -> Result<Files> {
    // Pagefind is async; it gets a runtime of its own on a thread of its
    // own, so this works inside or outside another runtime.
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                let runtime = tokio::runtime::Builder::new_current_thread()
                    .build()
                    .map_err(|e| anyhow!("{}", say!(language, "render-search-index", why = e)))?;
                runtime.block_on(build(records, language))
            })
            .join()
            .map_err(|_| anyhow!("{}", say!(language, "render-indexer-stopped")))?
    })
}

async fn build(records: Vec<Record>, language: Language) -> Result<Files> {
    let config = PagefindServiceConfig::builder()
        .keep_index_url(false)
        .build();
    let failed = |why: String| anyhow!("{}", say!(language, "render-search-index", why = why));
    let mut index = PagefindIndex::new(Some(config)).map_err(|e| failed(e.to_string()))?;
    for r in records {
        index
            .add_custom_record(
                r.url.clone(),
                r.content,
                language.code().to_string(),
                Some(r.meta),
                Some(r.filters),
                None,
            )
            .await
            .map_err(|e| failed(format!("{}: {e}", r.url)))?;
    }
    let files = index.get_files().await.map_err(|e| failed(e.to_string()))?;
    let mut out: Files = files
        .into_iter()
        .map(|f| (f.filename.to_string_lossy().replace('\\', "/"), f.contents))
        .filter(|(name, _)| !UNUSED.iter().any(|unused| name.starts_with(unused)))
        .collect();
    out.sort();
    Ok(out)
}

/// Files as one cache entry: for each, its name's length and name, its
/// length and bytes.
fn pack(files: &[(String, Vec<u8>)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(files.iter().map(|(_, b)| b.len() + 64).sum());
    for (name, bytes) in files {
        out.extend((name.len() as u64).to_le_bytes());
        out.extend(name.as_bytes());
        out.extend((bytes.len() as u64).to_le_bytes());
        out.extend(bytes);
    }
    out
}

/// The files of a cache entry; `None` when it is not one whole entry.
fn unpack(mut bytes: &[u8]) -> Option<Files> {
    let mut files = Vec::new();
    let take = |bytes: &mut &[u8]| -> Option<Vec<u8>> {
        let (len, rest) = bytes.split_first_chunk::<8>()?;
        let len = usize::try_from(u64::from_le_bytes(*len)).ok()?;
        let (value, rest) = (rest.get(..len)?, rest.get(len..)?);
        *bytes = rest;
        Some(value.to_vec())
    };
    while !bytes.is_empty() {
        let name = String::from_utf8(take(&mut bytes)?).ok()?;
        let contents = take(&mut bytes)?;
        if name.starts_with('/') || name.split('/').any(|s| s == ".." || s.is_empty()) {
            return None;
        }
        files.push((name, contents));
    }
    Some(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn azerbaijani_letters_without_a_diacritic_get_stand_ins_that_have_one() {
        let text = "Yanlış məktəb İSIQ";
        assert_eq!(searchable(text, Language::Az), "Yanlḭş mḙktḙb İSḬQ");
        assert_eq!(searchable(text, Language::En), text);
        // Each stand-in decomposes to the plain letter and a mark, which
        // is what Pagefind drops when it matches a query.
        for (_, stand_in) in FOLDED {
            let mut s = [0u8; 4];
            assert!(stand_in.encode_utf8(&mut s).len() > 1);
        }
    }

    #[test]
    fn a_year_is_one_part_until_it_is_too_big_then_its_months_are_packed() {
        let mut months = vec!["2024-03"; 10];
        months.extend(vec!["2025-01"; 1_500]);
        months.extend(vec!["2025-02"; 400]);
        months.extend(vec!["2025-03"; 300]);
        months.extend(vec!["2025-04"; 2_500]);
        months.push("");
        let keys = part_keys(&months);
        assert_eq!(keys[0], "2024");
        assert_eq!(keys[10], "2025-01");
        assert_eq!(keys[1_510], "2025-01", "February still fits with January");
        assert_eq!(keys[1_910], "2025-03", "March starts a new part");
        assert_eq!(
            keys[2_210], "2025-04",
            "a month over the limit is a part of its own"
        );
        assert_eq!(keys.last().unwrap(), UNDATED);
    }

    #[test]
    fn html_becomes_words_without_tags_entities_or_heading_marks() {
        let html = "<h2 id=\"giris\">Giriş <a class=\"anchor\" href=\"#giris\">§</a></h2><p>Qiymət <strong>3,2</strong>&nbsp;manat &amp; “artıb”</p><ul><li>bir</li><li>iki</li></ul>";
        let text = html_text(html);
        assert!(!text.contains('§') && !text.contains('<'), "{text}");
        assert!(text.contains("Qiymət 3,2 manat & “artıb”"), "{text}");
        assert!(text.contains("bir") && !text.contains("biriki"), "{text}");
    }

    #[test]
    fn a_packed_index_unpacks_to_the_same_files_and_a_cut_one_to_nothing() {
        let files = vec![
            ("pagefind-entry.json".to_string(), b"{}".to_vec()),
            ("index/x.pf_index".to_string(), vec![0, 1, 2]),
        ];
        let packed = pack(&files);
        assert_eq!(unpack(&packed).unwrap(), files);
        assert!(unpack(&packed[..packed.len() - 1]).is_none());
        // A name that would leave the index's folder is no entry.
        assert!(unpack(&pack(&[("../x".to_string(), vec![])])).is_none());
    }
}
