//! Front matter and publishing rules (`meta.*`): required keys, the verdict
//! scale, categories, authors, sources, dates and slugs.

use crate::content::{Article, Site, Status};
use crate::diag::{Finding, Severity};
use crate::text::{self, Date};
use std::collections::HashMap;

/// Runs the per-article `meta.*` rules.
pub fn check_article(site: &Site, a: &Article, out: &mut Vec<Finding>) {
    required(a, out);
    verdict(site, a, out);
    category(site, a, out);
    author(site, a, out);
    sources(site, a, out);
    dates(a, Date::today(), out);
    slug_safe(a, out);
}

/// Runs the cross-article `meta.*` rules.
pub fn check_site(site: &Site, out: &mut Vec<Finding>) {
    slug_unique(site, out);
}

fn finding(a: &Article, key: &str, rule: &'static str, severity: Severity, msg: String) -> Finding {
    Finding::new(&a.file, a.keys.get(key), rule, severity, msg)
}

fn is_blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

fn required(a: &Article, out: &mut Vec<Finding>) {
    let fm = &a.fm;
    let claim = fm.claim.clone().unwrap_or_default();
    let mut missing: Vec<&str> = Vec::new();
    if is_blank(&fm.title) {
        missing.push("title");
    }
    if fm.date.is_none() && fm.status != Status::Draft {
        missing.push("date");
    }
    for (key, value) in [
        ("author", &fm.author),
        ("category", &fm.category),
        ("verdict", &fm.verdict),
    ] {
        if is_blank(value) {
            missing.push(key);
        }
    }
    if fm.foreign_sources.is_none() {
        missing.push("foreign_sources");
    }
    for (key, value) in [
        ("claim.text", &claim.text),
        ("claim.speaker", &claim.speaker),
        ("claim.speaker_status", &claim.speaker_status),
    ] {
        if is_blank(value) {
            missing.push(key);
        }
    }
    if claim.date.is_none() {
        missing.push("claim.date");
    }
    for key in missing {
        out.push(finding(
            a,
            key,
            "meta.required",
            Severity::Error,
            format!("`{key}` is missing or empty: add it to the front matter"),
        ));
    }
}

fn verdict(site: &Site, a: &Article, out: &mut Vec<Finding>) {
    let Some(word) = a.fm.verdict.as_deref().filter(|w| !w.trim().is_empty()) else {
        return;
    };
    if site.config.verdict(word).is_some() {
        return;
    }
    let scale: Vec<&str> = site
        .config
        .verdicts
        .iter()
        .map(|v| v.word.as_str())
        .collect();
    let mut f = finding(
        a,
        "verdict",
        "meta.verdict",
        Severity::Error,
        format!(
            "`{word}` is not a verdict of the scale: use one of {}",
            scale.join(", ")
        ),
    );
    if let Some(near) = nearest(word, &scale) {
        f.message = format!("`{word}` is not a verdict of the scale: did you mean `{near}`?");
        f = f.with_fix(near);
    }
    out.push(f);
}

/// The scale word a near miss was meant to be: same ASCII slug
/// (`yari-dogru` → `yarı-doğru`), or at most two edits away.
pub fn nearest<'a>(word: &str, choices: &[&'a str]) -> Option<&'a str> {
    let slug = text::slugify(word);
    if let Some(exact) = choices.iter().find(|c| text::slugify(c) == slug) {
        return Some(exact);
    }
    let folded = text::fold(word.trim()).into_owned();
    choices
        .iter()
        .map(|c| (edit_distance(&folded, &text::fold(c)), *c))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

fn category(site: &Site, a: &Article, out: &mut Vec<Finding>) {
    let allowed = &site.config.categories;
    let Some(cat) = a.fm.category.as_deref().filter(|c| !c.trim().is_empty()) else {
        return;
    };
    if allowed.is_empty() || allowed.iter().any(|c| c == cat) {
        return;
    }
    let choices: Vec<&str> = allowed.iter().map(String::as_str).collect();
    let mut f = finding(
        a,
        "category",
        "meta.category",
        Severity::Error,
        format!(
            "category `{cat}` is not one of yoxla.toml's categories: {}",
            choices.join(", ")
        ),
    );
    if let Some(near) = nearest(cat, &choices) {
        f = f.with_fix(near);
    }
    out.push(f);
}

fn author(site: &Site, a: &Article, out: &mut Vec<Finding>) {
    for (key, id) in [("author", &a.fm.author), ("editor", &a.fm.editor)] {
        let Some(id) = id.as_deref().filter(|s| !s.trim().is_empty()) else {
            continue;
        };
        if !site.config.authors.contains_key(id) {
            let known: Vec<&str> = site.config.authors.keys().map(String::as_str).collect();
            let mut f = finding(
                a,
                key,
                "meta.author",
                Severity::Error,
                format!(
                    "{key} `{id}` is not in yoxla.toml's [authors]: add [authors.{id}] there or use one of: {}",
                    known.join(", ")
                ),
            );
            if let Some(near) = nearest(id, &known) {
                f = f.with_fix(near);
            }
            out.push(f);
        }
    }
}

/// Whether a link is an absolute http(s) address.
pub fn is_http_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !r.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

fn sources(site: &Site, a: &Article, out: &mut Vec<Finding>) {
    let min = site
        .config
        .rules
        .count("meta.sources", "min")
        .ok()
        .flatten()
        .unwrap_or(2);
    if a.fm.sources.len() < min {
        out.push(finding(
            a,
            "sources",
            "meta.sources",
            Severity::Error,
            format!(
                "{} source(s) given, at least {min} needed: add [[sources]] entries with title and url",
                a.fm.sources.len()
            ),
        ));
    }
    for (i, s) in a.fm.sources.iter().enumerate() {
        if is_blank(&s.title) {
            out.push(finding(
                a,
                &format!("sources[{i}].title"),
                "meta.sources",
                Severity::Error,
                format!("source {} has no title: add `title = \"…\"`", i + 1),
            ));
        }
        match s.url.as_deref() {
            Some(url) if is_http_url(url) => {}
            Some(url) => out.push(finding(
                a,
                &format!("sources[{i}].url"),
                "meta.sources",
                Severity::Error,
                format!("source {} url `{url}` is not an http(s) address", i + 1),
            )),
            None => out.push(finding(
                a,
                &format!("sources[{i}]"),
                "meta.sources",
                Severity::Error,
                format!("source {} has no url: add `url = \"https://…\"`", i + 1),
            )),
        }
    }
}

fn dates(a: &Article, today: Date, out: &mut Vec<Finding>) {
    let claim_date = a.fm.claim.as_ref().and_then(|c| c.date);
    let assigned = a.fm.workflow.as_ref().and_then(|w| w.assigned);
    let published = a.fm.date;
    let mut push = |key: &str, msg: String| {
        out.push(finding(a, key, "meta.dates", Severity::Error, msg));
    };
    let ordered = [
        ("claim.date", claim_date),
        ("workflow.assigned", assigned),
        ("date", published),
    ];
    let present: Vec<(&str, Date)> = ordered
        .iter()
        .filter_map(|(k, d)| d.map(|d| (*k, d)))
        .collect();
    for pair in present.windows(2) {
        let ((k1, d1), (k2, d2)) = (pair[0], pair[1]);
        if d2 < d1 {
            push(
                k2,
                format!(
                    "`{k2}` ({d2}) is before `{k1}` ({d1}): the order is claim.date ≤ workflow.assigned ≤ date"
                ),
            );
        }
    }
    for (key, d) in present {
        if d > today {
            push(
                key,
                format!("`{key}` ({d}) is in the future (today is {today})"),
            );
        }
    }
}

/// Whether a slug is lowercase ASCII letters, digits and single inner
/// hyphens.
pub fn is_safe_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.len() <= 100
        && slug
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
        && !slug.contains("--")
}

fn slug_safe(a: &Article, out: &mut Vec<Finding>) {
    if !is_safe_slug(&a.slug) {
        out.push(
            finding(
                a,
                "slug",
                "meta.slug",
                Severity::Error,
                format!(
                    "slug `{}` is not safe: use lowercase ASCII letters, digits and hyphens",
                    a.slug
                ),
            )
            .with_fix(text::slugify(&a.slug)),
        );
    }
}

fn slug_unique(site: &Site, out: &mut Vec<Finding>) {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for a in &site.articles {
        if let Some(first) = seen.insert(&a.slug, &a.file) {
            out.push(finding(
                a,
                "slug",
                "meta.slug",
                Severity::Error,
                format!(
                    "slug `{}` is already used by {first}: give this article its own `slug = \"…\"`",
                    a.slug
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn near_misses_find_their_verdict() {
        let scale = crate::config::DEFAULT_SCALE;
        assert_eq!(nearest("yari-dogru", &scale), Some("yarı-doğru"));
        assert_eq!(nearest("Əsasən Doğru", &scale), Some("əsasən doğru"));
        assert_eq!(nearest("yalnış", &scale), Some("yanlış"));
        assert_eq!(nearest("manipulyasiya", &scale), None);
    }

    #[test]
    fn only_http_links_are_sources() {
        assert!(is_http_url("https://stat.gov.az/source/budget/"));
        assert!(is_http_url("http://example.org"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("ftp://example.org"));
        assert!(!is_http_url("https://exa mple.org"));
    }

    #[test]
    fn safe_slugs() {
        assert!(is_safe_slug("ramil-qasimov-corek-ucuzlasib"));
        for bad in ["", "../x", "a/b", "Böyük", "a--b", "-a", "a b", "a\\b"] {
            assert!(!is_safe_slug(bad), "{bad}");
        }
    }
}
