//! Front matter and publishing (`meta.*`): required keys, the verdict
//! scale, categories, authors, sources and their archives, the
//! foreign-sources flag, dates, slugs.

use super::Ctx;
use crate::content::{Article, Site, Status};
use crate::diag::Rule;
use crate::diag::{Finding, Severity};
use crate::text::{self, Date};
use foldhash::{HashMap, HashMapExt as _};

/// Runs the per-article `meta.*` rules.
pub(crate) fn check(ctx: &mut Ctx<'_>) {
    required(ctx);
    verdict(ctx);
    category(ctx);
    author(ctx);
    sources(ctx);
    source_archived(ctx);
    foreign_sources(ctx);
    dates(ctx);
    slug_safe(ctx);
}

/// Runs the cross-article `meta.*` rules.
pub fn check_site(site: &Site, out: &mut Vec<Finding>) {
    slug_unique(site, out);
    pages_addressed(site, out);
}

fn is_blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|s| s.trim().is_empty())
}

fn required(ctx: &mut Ctx<'_>) {
    let fm = &ctx.article.fm;
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
        let msg = say!(
            ctx.lang(),
            "check-missing-empty-add-front-matter",
            key = key
        );
        ctx.at_key(key, Rule::MetaRequired, Severity::Error, msg);
    }
}

fn verdict(ctx: &mut Ctx<'_>) {
    let Some(word) = ctx
        .article
        .fm
        .verdict
        .clone()
        .filter(|w| !w.trim().is_empty())
    else {
        return;
    };
    let config = &ctx.site.config;
    if let Some(v) = config.verdict(&word) {
        if v.word != word {
            // On the scale, written in other letters: publishable, and
            // the fix writes the scale's own spelling.
            let exact = v.word.clone();
            let msg = say!(
                ctx.lang(),
                "check-written-verdict-scale",
                word = word,
                exact = exact
            );
            let f = ctx.at_key("verdict", Rule::MetaVerdict, Severity::Error, msg);
            f.set_fix(exact, true);
        }
        return;
    }
    let scale: Vec<&str> = config.verdicts.iter().map(|v| v.word.as_str()).collect();
    let near = nearest(&word, &scale).map(str::to_string);
    let list = scale.join(", ");
    let msg = match &near {
        Some(n) => say!(
            ctx.lang(),
            "check-not-verdict-scale-did-you",
            word = word,
            n = n
        ),
        None => say!(
            ctx.lang(),
            "check-not-verdict-scale-use-one",
            word = word,
            list = list
        ),
    };
    // Not on the scale: the site cannot say which verdict the newsroom
    // gave, so the article is never published as it is.
    let f = ctx.at_key("verdict", Rule::MetaVerdict, Severity::Error, msg);
    f.set_guard();
    if let Some(n) = near {
        f.set_fix(n, true);
    }
}

/// The word of `choices` a near miss was meant to be: the same ASCII
/// slug (`yari-dogru` → `yarı-doğru`), or at most two edits away.
pub fn nearest<'a>(word: &str, choices: &[&'a str]) -> Option<&'a str> {
    let slug = text::slugify(word);
    if let Some(exact) = choices.iter().find(|c| text::slugify(c) == slug) {
        return Some(exact);
    }
    let folded = text::fold(word.trim()).into_owned();
    choices
        .iter()
        .map(|c| (text::edit_distance(&folded, &text::fold(c)), *c))
        .filter(|(d, _)| *d <= 2)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

fn category(ctx: &mut Ctx<'_>) {
    let allowed = &ctx.site.config.categories;
    let Some(cat) = ctx
        .article
        .fm
        .category
        .clone()
        .filter(|c| !c.trim().is_empty())
    else {
        return;
    };
    if allowed.is_empty() || allowed.contains(&cat) {
        return;
    }
    let choices: Vec<&str> = allowed.iter().map(String::as_str).collect();
    let near = nearest(&cat, &choices).map(str::to_string);
    let list = choices.join(", ");
    let msg = say!(
        ctx.lang(),
        "check-category-not-one-yoxla-toml",
        cat = cat,
        list = list
    );
    let f = ctx.at_key("category", Rule::MetaCategory, Severity::Error, msg);
    if let Some(n) = near {
        f.set_fix(n, false);
    }
}

fn author(ctx: &mut Ctx<'_>) {
    let people = [
        ("author", ctx.article.fm.author.clone()),
        ("editor", ctx.article.fm.editor.clone()),
    ];
    for (key, id) in people {
        let Some(id) = id.filter(|s| !s.trim().is_empty()) else {
            continue;
        };
        let authors = &ctx.site.config.authors;
        if authors.contains_key(&id) {
            continue;
        }
        let known: Vec<&str> = authors.keys().map(String::as_str).collect();
        let near = nearest(&id, &known).map(str::to_string);
        let list = known.join(", ");
        let msg = say!(
            ctx.lang(),
            "check-not-yoxla-toml-s-authors",
            key = key,
            id = id,
            list = list
        );
        let f = ctx.at_key(key, Rule::MetaAuthor, Severity::Error, msg);
        if let Some(n) = near {
            f.set_fix(n, false);
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

fn sources(ctx: &mut Ctx<'_>) {
    let min = ctx.params.sources_min;
    let sources = ctx.article.fm.sources.clone();
    if sources.len() < min {
        let n = sources.len();
        let msg = say!(
            ctx.lang(),
            "check-source-s-given-least-needed",
            n = n,
            min = min
        );
        ctx.at_key("sources", Rule::MetaSources, Severity::Error, msg);
    }
    for (i, s) in sources.iter().enumerate() {
        let n = i + 1;
        if is_blank(&s.title) {
            let msg = say!(ctx.lang(), "check-source-has-no-title-add", n = n);
            ctx.at_key(
                &format!("sources[{i}].title"),
                Rule::MetaSources,
                Severity::Error,
                msg,
            );
        }
        match s.url.as_deref() {
            Some(url) if is_http_url(url) => {}
            Some(url) => {
                let msg = say!(ctx.lang(), "check-source-url-not-http-s", n = n, url = url);
                ctx.at_key(
                    &format!("sources[{i}].url"),
                    Rule::MetaSources,
                    Severity::Error,
                    msg,
                );
            }
            None => {
                let msg = say!(ctx.lang(), "check-source-has-no-url-add", n = n);
                ctx.at_key(
                    &format!("sources[{i}]"),
                    Rule::MetaSources,
                    Severity::Error,
                    msg,
                );
            }
        }
    }
}

fn source_archived(ctx: &mut Ctx<'_>) {
    let sources = ctx.article.fm.sources.clone();
    for (i, s) in sources.iter().enumerate() {
        let archived = s.archive.as_deref().is_some_and(is_http_url);
        if !archived {
            let n = i + 1;
            let msg = say!(ctx.lang(), "check-source-has-no-archived-copy", n = n);
            ctx.at_key(
                &format!("sources[{i}]"),
                Rule::MetaSourceArchived,
                Severity::Warning,
                msg,
            );
        }
    }
}

fn foreign_sources(ctx: &mut Ctx<'_>) {
    let Some(stated) = ctx.article.fm.foreign_sources else {
        return;
    };
    let site_lang = ctx.site.config.language.code();
    let actual = ctx.article.fm.sources.iter().any(|s| {
        s.lang
            .as_deref()
            .is_some_and(|l| !l.trim().eq_ignore_ascii_case(site_lang))
    });
    if stated != actual {
        let msg = if actual {
            say!(ctx.lang(), "check-source-foreign-language-lang-but")
        } else {
            say!(ctx.lang(), "check-foreign-sources-true-but-no")
        };
        let f = ctx.at_key(
            "foreign_sources",
            Rule::MetaForeignSources,
            Severity::Warning,
            msg,
        );
        f.set_fix(actual.to_string(), false);
    }
}

fn dates(ctx: &mut Ctx<'_>) {
    let fm = &ctx.article.fm;
    let claim_date = fm.claim.as_ref().and_then(|c| c.date);
    let assigned = fm.workflow.as_ref().and_then(|w| w.assigned);
    let ordered = [
        ("claim.date", claim_date),
        ("workflow.assigned", assigned),
        ("date", fm.date),
    ];
    let present: Vec<(&str, Date)> = ordered
        .iter()
        .filter_map(|(k, d)| d.map(|d| (*k, d)))
        .collect();
    for pair in present.windows(2) {
        let ((k1, d1), (k2, d2)) = (pair[0], pair[1]);
        if d2 < d1 {
            let msg = say!(
                ctx.lang(),
                "check-before-order-claim-date-workflow",
                k2 = k2,
                d2 = d2,
                k1 = k1,
                d1 = d1
            );
            ctx.at_key(k2, Rule::MetaDates, Severity::Error, msg);
        }
    }
    let today = ctx.today;
    for (key, d) in present {
        if d > today {
            let msg = say!(
                ctx.lang(),
                "check-future-today-check-date",
                key = key,
                d = d,
                today = today
            );
            ctx.at_key(key, Rule::MetaDates, Severity::Error, msg);
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
        && !text::slug::is_device_name(slug)
}

fn slug_safe(ctx: &mut Ctx<'_>) {
    let slug = ctx.article.slug.clone();
    if !is_safe_slug(&slug) {
        let fixed = text::slugify(&slug);
        let msg = say!(
            ctx.lang(),
            "check-slug-not-safe-use-lowercase",
            slug = slug,
            fixed = fixed
        );
        let f = ctx.at_key("slug", Rule::MetaSlug, Severity::Error, msg);
        f.set_guard();
        f.set_fix(fixed, true);
    }
}

fn slug_unique(site: &Site, out: &mut Vec<Finding>) {
    let lang = site.config.language;
    // Published articles first, so a draft that takes a published
    // article's address is the one reported (it does not block the
    // build), and two published articles with one address stop it: the
    // finding is a guard, since one of the two pages would be lost.
    let mut seen: HashMap<&str, &str> = HashMap::with_capacity(site.articles.len());
    let (published, unpublished): (Vec<&Article>, Vec<&Article>) =
        site.articles.iter().partition(|a| a.is_published());
    for a in published.into_iter().chain(unpublished) {
        if let Some(first) = seen.insert(&a.slug, &a.file) {
            let msg = say!(
                lang,
                "check-slug-already-used-give-article",
                a_slug = a.slug,
                first = first
            );
            out.push(
                Finding::new(
                    &a.file,
                    a.keys().get("slug"),
                    Rule::MetaSlug,
                    Severity::Error,
                    msg,
                )
                .guarded(),
            );
        }
    }
}

/// Content pages: each with an address of its own, not a section's or a
/// reserved file's, and a `[verdicts]` table that names the scale's words.
fn pages_addressed(site: &Site, out: &mut Vec<Finding>) {
    let lang = site.config.language;
    let sections = crate::routes::Sections::for_language(site.config.language);
    let mut pages: HashMap<&str, &str> = HashMap::new();
    for p in &site.pages {
        let taken = sections.all().contains(&p.slug.as_str())
            || crate::routes::RESERVED_FILES.contains(&p.slug.as_str());
        let clash = pages.insert(&p.slug, &p.file);
        if taken || clash.is_some() || !is_safe_slug(&p.slug) {
            let msg = say!(
                lang,
                "check-page-slug-unsafe-already-taken",
                p_slug = p.slug
            );
            out.push(
                Finding::new(
                    &p.file,
                    crate::diag::Span::line(1),
                    Rule::MetaSlug,
                    Severity::Error,
                    msg,
                )
                .guarded(),
            );
        }
        for word in p.verdicts.keys() {
            if site.config.verdict(word).is_none() {
                let msg = say!(lang, "check-verdicts-names-which-not-verdict", word = word);
                out.push(Finding::new(
                    &p.file,
                    crate::diag::Span::line(1),
                    Rule::MetaVerdict,
                    Severity::Error,
                    msg,
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::{findings, with};
    use crate::diag::Rule;

    #[test]
    fn near_misses_find_their_verdict() {
        let scale = crate::config::default_scale(crate::text::Language::Az);
        let scale: Vec<&str> = scale.iter().map(String::as_str).collect();
        assert_eq!(nearest("yari-dogru", &scale), Some("yarı-doğru"));
        assert_eq!(nearest("Əsasən Doğru", &scale), Some("əsasən doğru"));
        assert_eq!(nearest("yalnış", &scale), Some("yanlış"));
        assert_eq!(nearest("manipulyasiya", &scale), None);
    }

    #[test]
    fn only_http_links_are_sources() {
        assert!(is_http_url("https://stat.gov.az/source/budget/"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("https://exa mple.org"));
    }

    #[test]
    fn safe_slugs() {
        assert!(is_safe_slug("ramil-qasimov-corek-ucuzlasib"));
        for bad in ["", "../x", "a/b", "Böyük", "a--b", "-a", "a b", "a\\b"] {
            assert!(!is_safe_slug(bad), "{bad}");
        }
    }

    #[test]
    fn required_keys() {
        let f = findings(
            &with("speaker_status = \"millət vəkili\"\n", ""),
            Rule::MetaRequired,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].line, 11, "points at [claim]");
        assert!(f[0].message.contains("claim.speaker_status"));
        assert!(
            findings(
                &with("date = 2026-10-10\n", "")
                    .replace("status = \"ready\"", "status = \"draft\""),
                Rule::MetaRequired
            )
            .is_empty(),
            "a draft needs no date"
        );
    }

    #[test]
    fn verdict_near_miss_has_a_certain_fix() {
        let f = findings(
            &with("verdict = \"yanlış\"", "verdict = \"yanlis\""),
            Rule::MetaVerdict,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].fix.as_deref(), Some("yanlış"));
        assert!(f[0].certain);
        assert_eq!((f[0].line, f[0].column), (8, 1));
        assert!(
            f[0].message.contains("nəzərdə tutulub"),
            "messages are Azerbaijani by default"
        );
    }

    #[test]
    fn categories_and_authors_come_from_the_config() {
        assert_eq!(
            findings(
                &with("category = \"iqtisadiyyat\"", "category = \"idman\""),
                Rule::MetaCategory
            )
            .len(),
            1
        );
        assert_eq!(
            findings(
                &with("author = \"aysel-memmedova\"", "author = \"aysel\""),
                Rule::MetaAuthor
            )
            .len(),
            1
        );
        assert_eq!(
            findings(
                &with(
                    "author = \"aysel-memmedova\"",
                    "author = \"aysel-memmedova\"\neditor = \"nobody\""
                ),
                Rule::MetaAuthor
            )
            .len(),
            1
        );
    }

    #[test]
    fn sources_need_title_url_and_archive() {
        let text = with(
            "url = \"https://ticaret.example.az/qiymetler\"",
            "url = \"javascript:alert(1)\"",
        );
        assert_eq!(findings(&text, Rule::MetaSources).len(), 1);
        let text = with(
            "archive = \"https://web.archive.org/web/20261008120000/https://ticaret.example.az/qiymetler\"\n",
            "",
        );
        let f = findings(&text, Rule::MetaSourceArchived);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].line, 26);
    }

    #[test]
    fn foreign_sources_must_agree_with_languages() {
        let text = with(
            "lang = \"az\"\n\n[[sources]]\ntitle = \"Ticarət",
            "lang = \"en\"\n\n[[sources]]\ntitle = \"Ticarət",
        );
        let f = findings(&text, Rule::MetaForeignSources);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].fix.as_deref(), Some("true"));
        assert!(
            findings(
                &text.replace("foreign_sources = false", "foreign_sources = true"),
                Rule::MetaForeignSources
            )
            .is_empty()
        );
    }

    #[test]
    fn dates_in_order_and_not_in_the_future() {
        let f = findings(
            &with("assigned = 2026-10-07", "assigned = 2026-10-01"),
            Rule::MetaDates,
        );
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("workflow.assigned"));
        let f = findings(
            &with("date = 2026-10-10", "date = 2026-12-10"),
            Rule::MetaDates,
        );
        assert_eq!(f.len(), 1);
    }

    #[test]
    fn unsafe_slugs_are_fixed() {
        let f = findings(
            &with("tags =", "slug = \"Şəkər/../qiymət\"\ntags ="),
            Rule::MetaSlug,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].fix.as_deref(), Some("seker-qiymet"));
    }
}
