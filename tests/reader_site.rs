//! What readers, search engines, aggregators and social networks get from
//! a built site: ClaimReview, feeds, sitemap, share cards, search index,
//! transparency pages, and a page head that loads nothing from outside.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{ARTICLE, CONFIG, SCALE_SLUGS, TestSite, attr_values, tree, unescape};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use yoxla::build::{BuildOptions, build};

const BASE: &str = "https://faktyoxla.example.org";

fn build_example() -> (tempfile::TempDir, BTreeMap<String, Vec<u8>>) {
    let (tmp, out) = common::build_example_in_temp();
    let files = tree(&out);
    (tmp, files)
}

/// Builds `site` (it must build) and reads what it wrote.
fn built(site: &TestSite) -> BTreeMap<String, Vec<u8>> {
    build(&BuildOptions {
        root: site.root().into(),
        output: None,
    })
    .unwrap();
    tree(&site.public())
}

fn text(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(
        files
            .get(path)
            .unwrap_or_else(|| panic!("{path} missing"))
            .clone(),
    )
    .unwrap()
}

fn article_pages(files: &BTreeMap<String, Vec<u8>>) -> Vec<String> {
    files
        .keys()
        .filter(|k| k.starts_with("yoxlamalar/") && k.ends_with("/index.html"))
        .cloned()
        .collect()
}

/// Every `<script type="application/ld+json">` block of a page.
fn json_ld(html: &str) -> Vec<Value> {
    let open = "<script type=\"application/ld+json\">";
    html.match_indices(open)
        .map(|(i, _)| {
            let rest = &html[i + open.len()..];
            let end = rest.find("</script>").expect("script is closed");
            serde_json::from_str(&rest[..end]).expect("JSON-LD parses")
        })
        .collect()
}

/// The `content` of `<meta property|name="KEY" content="…">`.
fn meta(html: &str, key: &str) -> Option<String> {
    for attr in ["property", "name"] {
        let needle = format!("<meta {attr}=\"{key}\" content=\"");
        if let Some(i) = html.find(&needle) {
            let rest = &html[i + needle.len()..];
            return Some(unescape(&rest[..rest.find('"').unwrap()]));
        }
    }
    None
}

/// Width and height from a PNG's header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
    (
        u32::from_be_bytes(bytes[16..20].try_into().unwrap()),
        u32::from_be_bytes(bytes[20..24].try_into().unwrap()),
    )
}

/// The output file an absolute URL of the site points to.
fn file_of(url: &str) -> String {
    let path = url
        .strip_prefix(BASE)
        .unwrap_or_else(|| panic!("{url} is not on {BASE}"));
    let path = path.trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    }
}

#[test]
fn every_article_page_has_one_claimreview_that_matches_the_page() {
    let (_tmp, files) = build_example();
    let pages = article_pages(&files);
    assert_eq!(pages.len(), 12);
    let mut values = BTreeSet::new();
    for page in &pages {
        let html = text(&files, page);
        let blocks = json_ld(&html);
        assert_eq!(blocks.len(), 1, "{page}: exactly one JSON-LD block");
        let r = &blocks[0];
        // Google's required and recommended properties.
        assert_eq!(r["@context"], "https://schema.org");
        assert_eq!(r["@type"], "ClaimReview");
        let claim = r["claimReviewed"].as_str().expect("claimReviewed");
        assert!(!claim.is_empty());
        let canonical = attr_values(&html, "href")
            .into_iter()
            .find(|h| html.contains(&format!("<link rel=\"canonical\" href=\"{h}\">")))
            .expect("canonical link");
        assert_eq!(r["url"], canonical.as_str(), "{page}: url is the page");
        assert!(canonical.starts_with(BASE), "url on the site's domain");
        let rating = &r["reviewRating"];
        assert_eq!(rating["@type"], "Rating");
        let (value, best, worst) = (
            rating["ratingValue"].as_u64().unwrap(),
            rating["bestRating"].as_u64().unwrap(),
            rating["worstRating"].as_u64().unwrap(),
        );
        assert!(worst >= 1 && worst < best, "{page}: 1 ≤ worst < best");
        assert!((worst..=best).contains(&value), "{page}: value in range");
        assert_eq!((best, worst), (6, 1));
        values.insert(value);
        let word = rating["alternateName"].as_str().expect("alternateName");
        assert!(!word.is_empty() && !word.contains('<'), "plain text");
        assert_eq!(r["author"]["@type"], "Organization");
        assert_eq!(r["author"]["name"], "Fakt Yoxla");
        assert_eq!(r["author"]["url"], format!("{BASE}/"));
        assert_eq!(r["inLanguage"], "az");
        let item = &r["itemReviewed"];
        assert_eq!(item["@type"], "Claim");
        assert_eq!(item["author"]["@type"], "Person");
        let speaker = item["author"]["name"].as_str().unwrap();
        let first = item["firstAppearance"]["url"]
            .as_str()
            .expect("firstAppearance");
        assert!(first.starts_with("https://"));
        for date in [&r["datePublished"], &item["datePublished"]] {
            let d = date.as_str().expect("dates");
            assert!(d.len() == 10 && d.as_bytes()[4] == b'-', "{d}");
        }
        // The markup says what the page shows.
        let esc = yoxla::render::escape;
        assert!(
            html.contains(&format!("<p>“{}”</p></blockquote>", esc(claim))),
            "{page}: claim shown"
        );
        assert!(
            html.contains(&format!("<strong>{}</strong></span></a></p>", esc(word))),
            "{page}: verdict badge says {word}"
        );
        assert!(html.contains(&esc(speaker)), "{page}: speaker shown");
        assert!(html.contains(&format!(
            "<time datetime=\"{}\"",
            r["datePublished"].as_str().unwrap()
        )));
        // Its image is the article's share card.
        let image = r["image"].as_str().expect("image");
        assert_eq!(png_size(&files[&file_of(image)]), (1200, 630));
    }
    assert_eq!(values.len(), 6, "the example uses every verdict");
}

#[test]
fn the_claimreview_feed_lists_every_published_article() {
    let (_tmp, files) = build_example();
    let feed: Value = serde_json::from_slice(&files["claimreview.json"]).unwrap();
    assert_eq!(feed["@context"], "https://schema.org");
    assert_eq!(feed["@type"], "DataFeed");
    let items = feed["dataFeedElement"].as_array().unwrap();
    assert_eq!(items.len(), 12);
    let urls: BTreeSet<String> = items
        .iter()
        .map(|i| {
            assert_eq!(i["@type"], "DataFeedItem");
            assert_eq!(i["item"]["@type"], "ClaimReview");
            assert!(i["item"].get("@context").is_none());
            i["item"]["url"].as_str().unwrap().to_string()
        })
        .collect();
    let pages: BTreeSet<String> = article_pages(&files)
        .iter()
        .map(|p| format!("{BASE}/{}", p.trim_end_matches("index.html")))
        .collect();
    assert_eq!(urls, pages);
    // The corrected article says when it changed.
    assert!(items.iter().any(|i| i["dateModified"] == "2026-09-20"));
}

#[test]
fn atom_feeds_parse_and_follow_rfc_4287() {
    let (_tmp, files) = build_example();
    let feeds: Vec<&String> = files.keys().filter(|k| k.ends_with("atom.xml")).collect();
    // The site, 6 verdicts, 5 categories, 6 speakers.
    assert_eq!(feeds.len(), 1 + 6 + 5 + 6, "{feeds:?}");
    for path in feeds {
        let feed = atom_syndication::Feed::read_from(&files[path][..])
            .unwrap_or_else(|e| panic!("{path}: {e}"));
        // atom:feed MUST have id, title, updated, and an author unless
        // every entry has one; a self link SHOULD say where it lives.
        assert!(feed.id().starts_with(BASE), "{path}: id");
        assert!(!feed.title().is_empty(), "{path}: title");
        assert!(!feed.authors().is_empty(), "{path}: author");
        let this = feed
            .links()
            .iter()
            .find(|l| l.rel() == "self")
            .unwrap_or_else(|| panic!("{path}: self link"));
        assert_eq!(file_of(this.href()), *path);
        let alternate = feed
            .links()
            .iter()
            .find(|l| l.rel() == "alternate")
            .unwrap();
        assert!(
            files.contains_key(&file_of(alternate.href())),
            "{path}: alternate"
        );
        assert!(!feed.entries().is_empty(), "{path}: entries");
        let mut ids = BTreeSet::new();
        let mut newest = None;
        for e in feed.entries() {
            assert!(ids.insert(e.id().to_string()), "{path}: entry ids unique");
            assert!(!e.title().is_empty());
            let link = e.links().iter().find(|l| l.rel() == "alternate").unwrap();
            assert!(
                files.contains_key(&file_of(link.href())),
                "{path}: entry link"
            );
            assert!(e.published().is_some());
            assert!(e.updated() >= e.published().unwrap());
            assert!(e.summary().is_some_and(|s| !s.value.is_empty()));
            assert_eq!(e.categories().len(), 2);
            newest = newest.max(Some(*e.updated()));
        }
        // The feed changed when its newest entry did.
        assert_eq!(Some(*feed.updated()), newest, "{path}: updated");
    }
    let site = atom_syndication::Feed::read_from(&files["atom.xml"][..]).unwrap();
    assert_eq!(site.entries().len(), 12);
    assert_eq!(site.lang(), Some("az"));
}

#[test]
fn sitemap_robots_and_404_cover_the_site() {
    let (_tmp, files) = build_example();
    let sitemap = text(&files, "sitemap.xml");
    let locs: BTreeSet<String> = sitemap
        .split("<loc>")
        .skip(1)
        .map(|s| s[..s.find("</loc>").unwrap()].to_string())
        .collect();
    let pages: BTreeSet<String> = files
        .keys()
        .filter(|k| k.ends_with("index.html"))
        .map(|k| format!("{BASE}/{}", k.trim_end_matches("index.html")))
        .collect();
    assert_eq!(locs, pages, "every page and nothing else");
    assert!(sitemap.contains(
        "<loc>https://faktyoxla.example.org/yoxlamalar/sevda-kerimova-yol-qezalarinda-olenlerin-sayi-iki-defe-azalib/</loc><lastmod>2026-09-20</lastmod>"
    ));
    assert!(text(&files, "robots.txt").contains(&format!("Sitemap: {BASE}/sitemap.xml")));
    let not_found = text(&files, "404.html");
    assert!(not_found.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(not_found.contains("Səhifə tapılmadı"));
}

#[test]
fn every_page_has_share_meta_and_every_article_its_cards() {
    let (_tmp, files) = build_example();
    // Embeddable cards are never shared themselves (their canonical
    // address is the article's): they carry no share metadata.
    let shared = |k: &String| k.ends_with(".html") && !k.starts_with("embed/");
    for (path, bytes) in files.iter().filter(|(k, _)| shared(k)) {
        let html = String::from_utf8_lossy(bytes);
        for key in [
            "og:title",
            "og:url",
            "og:image",
            "og:site_name",
            "twitter:card",
        ] {
            assert!(meta(&html, key).is_some(), "{path}: {key}");
        }
        let image = meta(&html, "og:image").unwrap();
        let (w, h) = png_size(&files[&file_of(&image)]);
        assert_eq!((w, h), (1200, 630), "{path}");
        assert_eq!(meta(&html, "og:image:width").as_deref(), Some("1200"));
    }
    for page in article_pages(&files) {
        let html = text(&files, &page);
        assert_eq!(meta(&html, "og:type").as_deref(), Some("article"));
        assert_eq!(
            meta(&html, "twitter:card").as_deref(),
            Some("summary_large_image")
        );
        let dir = page.trim_end_matches("index.html");
        let squares: Vec<&String> = files
            .keys()
            .filter(|k| k.starts_with(&format!("{dir}card-square-")))
            .collect();
        assert_eq!(squares.len(), 1, "{page}");
        assert_eq!(png_size(&files[squares[0]]), (1080, 1080));
        let telegram = text(&files, &format!("{dir}telegram.txt"));
        assert!(telegram.starts_with("HÖKM: "), "{telegram}");
        assert!(telegram.trim_end().ends_with(&format!("{BASE}/{dir}")));
        assert!(html.contains("<textarea id=\"yoxla-telegram\""));
    }
}

/// The fixture article, published `months` earlier in the same day of
/// the month (2026-10 → 2025-10 for 12), under its own slug.
fn article_published_earlier(slug: &str, month: &str) -> String {
    ARTICLE
        .replace("2026-10-", &format!("{month}-"))
        .replace("oktyabr 2026", "oktyabr 2025")
        .replacen("\ndate = ", &format!("\nslug = \"{slug}\"\ndate = "), 1)
}

#[test]
fn square_cards_are_drawn_for_a_years_articles_unless_set_otherwise() {
    let squares = |config: &str| {
        let site = TestSite::new(
            config,
            &[
                (
                    "content/new.md",
                    &ARTICLE.replacen("\ndate = ", "\nslug = \"yeni\"\ndate = ", 1),
                ),
                (
                    "content/a-year-less-a-day.md",
                    &article_published_earlier("ili-az", "2025-10")
                        .replace("2025-10-10", "2025-10-11"),
                ),
                (
                    "content/older.md",
                    &article_published_earlier("kohne", "2025-10"),
                ),
            ],
        );
        let files = built(&site);
        let mut with_square: Vec<String> = files
            .keys()
            .filter(|k| k.contains("/card-square-"))
            .map(|k| k.split('/').nth(1).unwrap_or_default().to_string())
            .collect();
        with_square.sort();
        for page in article_pages(&files) {
            let slug = page.split('/').nth(1).unwrap_or_default().to_string();
            let html = text(&files, &page);
            // Offered on the page exactly when it was drawn.
            assert_eq!(
                html.contains("/card-square-"),
                with_square.contains(&slug),
                "{page}"
            );
            // The wide card is every article's.
            assert!(html.contains("property=\"og:image\""), "{page}");
        }
        with_square
    };
    // 2025-10-11 is 364 days before 2026-10-10, 2025-10-10 is 365.
    assert_eq!(squares(CONFIG), ["ili-az", "yeni"]);
    let set = |days: u32| {
        CONFIG.replacen(
            "\n[authors",
            &format!("\nsquare_card_days = {days}\n[authors"),
            1,
        )
    };
    assert!(squares(&set(0)).is_empty());
    assert_eq!(squares(&set(3650)), ["ili-az", "kohne", "yeni"]);
}

#[test]
fn pages_load_nothing_from_outside_and_run_no_inline_code() {
    let (_tmp, files) = build_example();
    for (path, bytes) in files.iter().filter(|(k, _)| k.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        assert!(
            html.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;self&#39;;"
            ),
            "{path}: CSP"
        );
        for src in attr_values(&html, "src") {
            assert!(src.starts_with('/'), "{path}: loads {src}");
        }
        for tag in [
            "<link rel=\"stylesheet\" href=\"",
            "<link rel=\"icon\" href=\"",
        ] {
            for (i, _) in html.match_indices(tag) {
                assert!(html[i + tag.len()..].starts_with('/'), "{path}: {tag}");
            }
        }
        // Scripts: files of the site, or JSON-LD data.
        for (i, _) in html.match_indices("<script") {
            let tag = &html[i..i + html[i..].find('>').unwrap()];
            assert!(
                tag.contains(" src=\"/") || tag.contains("type=\"application/ld+json\""),
                "{path}: inline script {tag}"
            );
        }
        assert!(!html.contains(" style=\""), "{path}: inline style");
        // External links do not leak the reader's page or window.
        for (i, _) in html.match_indices("<a href=\"http") {
            let tag = &html[i..i + html[i..].find('>').unwrap()];
            assert!(tag.contains("rel=\"noopener noreferrer\""), "{path}: {tag}");
        }
    }
}

#[test]
fn sources_carry_robust_links_and_show_both_addresses() {
    let (_tmp, files) = build_example();
    let mut archived = 0;
    for page in article_pages(&files) {
        let html = text(&files, &page);
        for (i, _) in html.match_indices("data-versionurl=\"") {
            let start = html[..i].rfind("<a ").unwrap();
            let tag = &html[start..i + html[i..].find('>').unwrap()];
            assert!(tag.contains(" data-versiondate=\"2026-"), "{page}: {tag}");
            let version = &html[i + 17..i + 17 + html[i + 17..].find('"').unwrap()];
            // The archived copy is a link of its own too.
            assert!(
                html.contains(&format!("<a class=\"archive-link\" href=\"{version}\""))
                    || html.contains(&format!("(<a href=\"{version}\"")),
                "{page}: {version} shown"
            );
            archived += 1;
        }
    }
    assert!(archived >= 24, "{archived}");
}

#[test]
fn transparency_pages_explain_verdicts_and_log_corrections() {
    let (_tmp, files) = build_example();
    let method = text(&files, "metodologiya/index.html");
    for (word, value) in [
        ("Doğru", 6),
        ("Əsasən doğru", 5),
        ("Yarı-doğru", 4),
        ("Əsasən yanlış", 3),
        ("Yanlış", 2),
        ("Yalan", 1),
    ] {
        assert!(
            method.contains(&format!(
                "<strong>{word}</strong></span></a></th><td>{value}</td>"
            )),
            "methodology lacks {word} = {value}"
        );
    }
    // Readers are told what the score is, not the data format's words.
    assert!(!method.contains("ratingValue") && !method.contains("ClaimReview"));
    let log = text(&files, "duzelisler/index.html");
    assert!(log.contains("<time datetime=\"2026-09-20\">20 sentyabr 2026</time>"));
    assert!(
        log.contains("/yoxlamalar/sevda-kerimova-yol-qezalarinda-olenlerin-sayi-iki-defe-azalib/")
    );
    assert!(text(&files, "index.html").contains("<a href=\"/duzelisler/\">Düzəlişlər jurnalı</a>"));
    assert!(files.contains_key("duzelis-siyaseti/index.html"));
}

#[test]
fn the_search_index_holds_every_article_and_its_filters() {
    let (_tmp, files) = build_example();
    let entry: Value = serde_json::from_slice(&files["pagefind/pagefind-entry.json"]).unwrap();
    assert_eq!(entry["languages"]["az"]["page_count"], 12);
    for f in ["pagefind/pagefind.js", "search.js"] {
        assert!(files.contains_key(f), "{f}");
    }
    // Pagefind's own interfaces are not published: the theme's script is
    // the interface.
    assert!(!files.keys().any(|k| k.contains("pagefind-ui")));
    let filters = files
        .keys()
        .filter(|k| k.starts_with("pagefind/filter/"))
        .count();
    assert!(filters >= 1, "the az index has filters");
    let search = text(&files, "axtaris/index.html");
    assert!(search.contains("<script src=\"/search.js\" type=\"module\"></script>"));
    // Every filter is offered before any query: the verdicts in the
    // scale's order, the categories in Azerbaijani alphabetical order.
    let at = |needle: &str| search.find(needle).unwrap_or_else(|| panic!("{needle}"));
    let verdicts: Vec<usize> = [
        "Doğru",
        "Əsasən doğru",
        "Yarı-doğru",
        "Əsasən yanlış",
        "Yanlış",
        "Yalan",
    ]
    .iter()
    .filter(|v| search.contains(&format!("name=\"hokm\" value=\"{v}\"")))
    .map(|v| at(&format!("name=\"hokm\" value=\"{v}\"")))
    .collect();
    assert!(verdicts.len() >= 4, "{verdicts:?}");
    assert!(verdicts.windows(2).all(|w| w[0] < w[1]), "scale order");
    for filter in ["Kateqoriya", "Şəxs", "İl"] {
        assert!(
            search.contains(&format!("data-filter=\"{filter}\"")),
            "{filter}"
        );
    }
    // Pages carry no indexing marks: the index is made from records.
    let article = text(&files, &article_pages(&files)[0]);
    assert!(!article.contains("data-pagefind"));
}

#[test]
fn a_hostile_title_cannot_break_json_ld_feeds_or_cards() {
    let hostile = "Lalə Babayeva: “</script><script>alert(1)</script> ]]> & <!-- şəkər”";
    let article = ARTICLE.replacen(
        "title = \"Lalə Babayeva: “Şəkərin qiyməti bu il iki dəfə artıb”\"",
        &format!("title = \"{hostile}\""),
        1,
    );
    assert!(
        article.contains("alert(1)"),
        "the fixture's title was replaced"
    );
    let site = TestSite::new(CONFIG, &[("content/a.md", &article)]);
    build(&BuildOptions {
        root: site.root().into(),
        output: None,
    })
    .expect("the title passes the style guide, so the site builds");
    let files = tree(&site.public());
    let page = files
        .keys()
        .find(|k| k.ends_with("/index.html") && k.starts_with("yoxlamalar/"))
        .unwrap()
        .clone();
    let html = text(&files, &page);
    assert_eq!(
        html.matches("<script").count(),
        html.matches("</script>").count()
    );
    assert!(!html.contains("<script>alert"));
    let ld = json_ld(&html);
    assert_eq!(ld[0]["headline"], hostile);
    atom_syndication::Feed::read_from(&files["atom.xml"][..]).expect("feed still parses");
    let feed: Value = serde_json::from_slice(&files["claimreview.json"]).unwrap();
    assert_eq!(feed["dataFeedElement"][0]["item"]["headline"], hostile);
}

#[test]
fn an_english_site_gets_english_paths_and_words() {
    let config = CONFIG.replacen("\n", "\nlanguage = \"en\"\n", 1);
    // The article in an English site's parts and verdict words.
    let mut article = ARTICLE.replace("yanlış", "false");
    for (az, en) in [
        ("## Giriş", "## Introduction"),
        ("## Tarixçə", "## Background"),
        ("## Faktın yoxlanması", "## Fact check"),
        ("## Nəticə", "## Conclusion"),
    ] {
        article = article.replace(az, en);
    }
    let site = TestSite::new(&config, &[("content/a.md", &article)]);
    let files = built(&site);
    let search = text(&files, "search/index.html");
    assert!(search.contains("<html lang=\"en\">"));
    assert!(search.contains("No results for [SEARCH_TERM]"));
    assert!(files.contains_key("corrections/index.html"));
    let ld = json_ld(&text(
        &files,
        files
            .keys()
            .find(|k| k.starts_with("fact-checks/") && k.ends_with("index.html"))
            .unwrap(),
    ));
    assert_eq!(ld[0]["inLanguage"], "en");
}

#[test]
fn a_methodology_page_may_only_explain_verdicts_of_the_scale() {
    let page = "+++\ntitle = \"Metodologiya\"\n\n[verdicts]\n\"bilinmir\" = \"Belə hökm yoxdur.\"\n+++\nMətn.\n";
    let site = TestSite::new(
        CONFIG,
        &[
            ("content/a.md", ARTICLE),
            ("content/pages/metodologiya.md", page),
        ],
    );
    let (code, out, _) = common::yoxla_at(site.root(), &["check"]);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains("meta.verdict") && out.contains("`bilinmir`"),
        "{out}"
    );
}

#[test]
fn raw_html_in_an_article_is_escaped_or_cleaned_as_configured() {
    let article = ARTICLE.replacen(
        "## Tarixçə",
        "Qiymət 2 dəfə<sup>1</sup> artıb.<script>alert('x')</script><img src=x onerror=alert(1)>\n\n## Tarixçə",
        1,
    );
    let page = |config: &str| {
        let site = TestSite::new(config, &[("content/a.md", &article)]);
        let (code, _, stderr) = common::yoxla_at(site.root(), &["build"]);
        assert_eq!(code, 0, "{stderr}");
        let files = tree(&site.public());
        let (_, html) = files
            .iter()
            .find(|(k, _)| k.starts_with("yoxlamalar/") && k.ends_with("index.html"))
            .unwrap();
        String::from_utf8(html.clone()).unwrap()
    };
    let escaped = page(CONFIG);
    assert!(escaped.contains("&lt;sup&gt;1&lt;/sup&gt;"));
    assert!(!escaped.contains("<script>alert") && !escaped.contains("<img src=x"));
    assert!(
        escaped.contains("&lt;img src=x onerror=alert(1)&gt;"),
        "shown as written"
    );
    let cleaned = page(&format!("raw_html = \"clean\"\n{CONFIG}"));
    assert!(cleaned.contains("<sup>1</sup>"), "kept");
    assert!(!cleaned.contains("<script>alert") && !cleaned.contains("onerror"));
    // Anything else is a configuration error that names the key.
    let site = TestSite::new(
        &format!("raw_html = \"allow\"\n{CONFIG}"),
        &[("content/a.md", ARTICLE)],
    );
    let (code, _, stderr) = common::yoxla_at(site.root(), &["build"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("raw_html") || stderr.contains("allow"),
        "{stderr}"
    );
}

#[test]
fn hostile_tags_statuses_and_source_titles_are_escaped_everywhere() {
    let evil = "<script>alert('x')</script><img src=x onerror=alert(1)>\\\" ]]> &amp;";
    let article = ARTICLE
        .replacen(
            "tags = [\"qiymətlər\"]",
            &format!("tags = [\"qiymətlər\", \"{evil}\"]"),
            1,
        )
        .replacen(
            "speaker_status = \"millət vəkili\"",
            &format!("speaker_status = \"millət vəkili {evil}\""),
            1,
        )
        .replacen(
            "title = \"Statistika Mərkəzi: ərzaq qiymətləri\"",
            &format!("title = \"Statistika Mərkəzi {evil}\""),
            1,
        );
    assert_eq!(
        article.matches("alert('x')").count(),
        3,
        "all three were replaced"
    );
    // The guide wants the status in the body too; that rule is not the
    // point here.
    let config = format!("{CONFIG}\n[rules]\n\"claim.speaker-status\" = \"off\"\n");
    let site = TestSite::new(&config, &[("content/a.md", &article)]);
    let (code, _, stderr) = common::yoxla_at(site.root(), &["build"]);
    assert_eq!(code, 0, "{stderr}");
    let files = tree(&site.public());
    let as_written = format!("millət vəkili {}", evil.replace("\\\"", "\""));
    let mut seen_in = 0;
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        if path.ends_with(".html") || path.ends_with(".xml") {
            assert!(!text.contains("<script>alert"), "{path}: script");
            assert!(!text.contains("<img src=x"), "{path}: img");
            if text.contains("&lt;script&gt;alert") || text.contains("\\u003cscript\\u003ealert") {
                seen_in += 1;
            }
        }
        if path.ends_with(".html") {
            for block in json_ld(&text) {
                // Parsed back, the JSON-LD holds the text as written.
                assert_eq!(
                    block["itemReviewed"]["author"]["jobTitle"],
                    as_written.as_str()
                );
            }
        }
        if path.ends_with(".xml") {
            atom_syndication::Feed::read_from(&bytes[..])
                .map(|_| ())
                .or_else(|_| {
                    if path == "sitemap.xml" {
                        Ok(())
                    } else {
                        Err(())
                    }
                })
                .unwrap_or_else(|()| panic!("{path} does not parse"));
        }
    }
    assert!(
        seen_in >= 3,
        "the hostile text is shown, escaped, on {seen_in} files"
    );
}

const COREK: &str =
    "yoxlamalar/ramil-qasimov-son-bes-ilde-coreyin-qiymeti-iki-defe-artib/index.html";

/// The part of `html` from `from` to the first `to` after it.
fn between<'h>(html: &'h str, from: &str, to: &str) -> &'h str {
    let start = html.find(from).unwrap_or_else(|| panic!("{from} missing"));
    let rest = &html[start..];
    &rest[..rest.find(to).unwrap_or(rest.len())]
}

#[test]
fn the_ruling_is_seen_at_a_glance_beside_the_badge() {
    let (_tmp, files) = build_example();
    let html = text(&files, COREK);
    let header = between(&html, "<header class=\"factcheck-header\">", "</header>");
    // The verdict's meaning (the methodology page's words) and the
    // ruling in short (`summary`), beside the badge.
    assert!(header.contains("<strong>Əsasən doğru</strong>"));
    assert!(header.contains(
        "<p class=\"verdict-meaning\">Açıqlama dəqiqdir, amma əlavə izah və ya kontekst tələb edir.</p>"
    ));
    assert!(header.contains("Çörəyin qiyməti beş ildə 83 faiz artıb"));
    // Author, editor and dates near the top.
    assert!(
        header.contains("Müəllif: <a href=\"/muellifler/aysel-memmedova/\">Aysel Məmmədova</a>")
    );
    assert!(header.contains("Redaktor: <a href=\"/muellifler/samir-rzayev/\">Samir Rzayev</a>"));
    assert!(header.contains("Dərc olunub: <time datetime=\"2026-10-10\">"));
    // Where and when it was said; the source and its copy linked by name.
    let claim = between(&html, "<section class=\"claim-box\"", "</section>");
    assert!(
        claim.contains("“Kanal 7”, müsahibə, <time datetime=\"2026-10-06\">6 oktyabr 2026</time>")
    );
    assert!(claim.contains(">kanal7.example.az</a>"), "{claim}");
    assert!(claim.contains(">arxiv nüsxəsi</a>"));
    assert!(
        !claim.contains(">https://"),
        "no raw address shown: {claim}"
    );
    // A correction's date shows as updated.
    let corrected = text(
        &files,
        "yoxlamalar/sevda-kerimova-yol-qezalarinda-olenlerin-sayi-iki-defe-azalib/index.html",
    );
    assert!(corrected.contains("Yenilənib: <time datetime=\"2026-09-20\">"));
}

#[test]
fn without_a_summary_the_conclusions_last_paragraph_rules_and_a_site_words_its_verdicts() {
    let page = "+++\ntitle = \"Metodologiya\"\n\n[verdicts]\n\"yanlış\" = \"Bizim redaksiyanın sözləri.\"\n+++\nMətn.\n";
    let site = TestSite::new(
        CONFIG,
        &[
            ("content/a.md", ARTICLE),
            ("content/pages/metodologiya.md", page),
        ],
    );
    let files = built(&site);
    let page = files
        .keys()
        .find(|k| k.starts_with("yoxlamalar/") && k.ends_with("index.html"))
        .unwrap()
        .clone();
    let html = text(&files, &page);
    let conclusion = ARTICLE
        .rsplit("\n\n")
        .next()
        .unwrap()
        .trim()
        .replace("**", "");
    let header = between(&html, "<header class=\"factcheck-header\">", "</header>");
    assert!(header.contains(&conclusion), "{conclusion} in {header}");
    assert!(header.contains("<p class=\"verdict-meaning\">Bizim redaksiyanın sözləri.</p>"));
    // The verdict's page defines it too.
    let verdict = text(&files, "hokmler/yanlis/index.html");
    assert!(verdict.contains("<p class=\"verdict-definition\">Bizim redaksiyanın sözləri.</p>"));
    // And the page of every verdict lists each with its meaning.
    let all = text(&files, "hokmler/index.html");
    assert!(all.contains("<span class=\"term-meaning\">Bizim redaksiyanın sözləri.</span>"));
    assert_eq!(all.matches("class=\"term-meaning\"").count(), 6);
}

#[test]
fn every_article_lists_related_checks_the_speakers_first() {
    let (_tmp, files) = build_example();
    for page in article_pages(&files) {
        let html = text(&files, &page);
        let related = between(&html, "<section class=\"related\"", "</section>");
        let links: Vec<String> = attr_values(related, "href")
            .into_iter()
            .filter(|h| h.starts_with("/yoxlamalar/"))
            .collect();
        assert!((1..=4).contains(&links.len()), "{page}: {links:?}");
        let own = format!("/{}", page.trim_end_matches("index.html"));
        assert!(!links.contains(&own), "{page} lists itself");
        for link in &links {
            assert!(
                files.contains_key(&format!("{}index.html", &link[1..])),
                "{link}"
            );
        }
    }
    // Two of Ramil Qasımov's other checks come first, then two on the
    // same topics by others.
    let html = text(&files, COREK);
    let related = between(&html, "<section class=\"related\"", "</section>");
    let titles: Vec<&str> = related
        .split("class=\"related-title\"")
        .skip(1)
        .map(|s| &s[s.find('>').unwrap() + 1..s.find("</a>").unwrap()])
        .collect();
    assert_eq!(titles.len(), 4, "{titles:?}");
    let by_ramil = |t: &&str| t.starts_with("Ramil Qasımov");
    assert!(titles[..2].iter().all(by_ramil), "{titles:?}");
    assert!(!titles[2..].iter().any(by_ramil), "{titles:?}");
}

#[test]
fn sharing_is_plain_links_a_copy_field_and_cards_for_articles_and_speakers() {
    let (_tmp, files) = build_example();
    let html = text(&files, COREK);
    let url = format!("{BASE}/{}", COREK.trim_end_matches("index.html"));
    let encoded = url.replace(':', "%3A").replace('/', "%2F");
    let share = between(&html, "<section class=\"share\"", "</section>");
    for start in [
        "https://www.facebook.com/sharer/sharer.php?u=",
        "https://x.com/intent/post?url=",
        "https://t.me/share/url?url=",
        "https://wa.me/?text=",
        "mailto:?subject=",
    ] {
        let link = attr_values(share, "href")
            .into_iter()
            .find(|h| h.starts_with(start))
            .unwrap_or_else(|| panic!("{start} missing"));
        assert!(link.contains(&encoded), "{link}");
    }
    // The address to copy, without script; the button only with it.
    assert!(share.contains(&format!("readonly value=\"{url}\"")));
    assert!(share.contains("class=\"copy-button\" data-for=\"yoxla-link\""));
    assert!(share.contains(" hidden>"));
    assert!(text(&files, "search.js").contains(".copy-button[data-for]"));
    assert!(html.contains("<script src=\"/search.js\" type=\"module\"></script>"));
    // A speaker's page shares the speaker's own record card.
    let speaker = text(&files, "sexsler/ramil-qasimov/index.html");
    let image = meta(&speaker, "og:image").unwrap();
    assert!(
        image.starts_with(&format!("{BASE}/sexsler/ramil-qasimov/card-")),
        "{image}"
    );
    assert_eq!(png_size(&files[&file_of(&image)]), (1200, 630));
    assert!(
        meta(&speaker, "og:image:alt")
            .unwrap()
            .contains("Ramil Qasımov: 4 yoxlama")
    );
}

#[test]
fn home_leads_with_the_newest_check_and_counts_verdicts() {
    let (_tmp, files) = build_example();
    let home = text(&files, "index.html");
    let lead = between(&home, "<section class=\"lead\"", "</section>");
    // The newest published check, with its badge, meaning and ruling.
    assert!(lead.contains("Ramil Qasımov: “Dövlət büdcəsinin yarısı müdafiəyə xərclənir”"));
    assert!(lead.contains("<strong>Yanlış</strong>"));
    assert!(lead.contains("müdafiənin payı 17 faizdir"));
    let totals = between(&home, "<section class=\"totals\"", "</section>");
    assert!(totals.contains("12 yoxlama"), "{totals}");
    assert_eq!(totals.matches("class=\"count\"").count(), 6);
    // The list: the lead is not repeated; each card has its summary and
    // names the speaker once (in the title).
    let cards = between(&home, "<ul class=\"cards\">", "</ul>\n");
    assert!(!cards.contains("Dövlət büdcəsinin yarısı"));
    assert_eq!(cards.matches("<li class=\"card\">").count(), 9);
    assert_eq!(cards.matches("class=\"card-summary\"").count(), 9);
    for card in cards.split("<li class=\"card\">").skip(1) {
        assert_eq!(card.matches("/sexsler/").count(), 0, "{card}");
    }
    // The menu folds into <details> on a phone, no script needed.
    assert!(home.contains("<details class=\"site-menu\">"));
}

#[test]
fn speaker_records_scale_their_bars_and_show_empty_rows() {
    let (_tmp, files) = build_example();
    let html = text(&files, "sexsler/ramil-qasimov/index.html");
    let record = between(&html, "<table class=\"record-table\">", "</table>");
    assert!(record.contains("<th scope=\"col\">Say</th>"));
    assert!(!record.contains("<svg"));
    // Two of four are `yanlış`, the most: its bar is the full length.
    assert!(record.contains("verdict-yanlis\"><th scope=\"row\"><a href=\"/hokmler/yanlis/\">Yanlış</a></th><td class=\"num\">2</td><td class=\"record-bar-cell\"><span class=\"record-bar bar-100\">"), "{record}");
    assert!(record.contains(
        "<td class=\"num\">1</td><td class=\"record-bar-cell\"><span class=\"record-bar bar-50\">"
    ));
    // Every verdict has its row, the ones never given too.
    assert_eq!(record.matches("<tr class=\"verdict-").count(), 6);
    assert_eq!(record.matches("record-bar-zero").count(), 3);
    let css = text(&files, "verdicts.css");
    assert!(css.contains(".bar-50 { width: 50%; }"));
}

#[test]
fn corrections_show_the_verdict_and_the_about_page_a_mail_link() {
    let (_tmp, files) = build_example();
    let log = text(&files, "duzelisler/index.html");
    let entry = between(&log, "<li class=\"correction\">", "</li>");
    assert!(entry.contains("<strong>Əsasən yanlış</strong>"), "{entry}");
    assert!(!log.contains("<table"));
    let about = text(&files, "haqqimizda/index.html");
    assert!(
        about.contains("<a href=\"mailto:redaksiya@faktyoxla.example.org\">"),
        "{about}"
    );
}

#[test]
fn the_code_stylesheet_is_loaded_only_by_pages_with_code() {
    let with_code = ARTICLE.replacen("## Tarixçə\n", "## Tarixçə\n\n```toml\na = 1\n```\n", 1);
    let site = TestSite::new(CONFIG, &[("content/a.md", &with_code)]);
    let files = built(&site);
    let link = "<link rel=\"stylesheet\" href=\"/highlight.css\">";
    for (path, bytes) in files.iter().filter(|(k, _)| k.ends_with(".html")) {
        let html = String::from_utf8_lossy(bytes);
        let article = path.starts_with("yoxlamalar/") && path.ends_with("/index.html");
        assert_eq!(html.contains(link), article, "{path}");
    }
    let (_tmp, example) = build_example();
    for (path, bytes) in example.iter().filter(|(k, _)| k.ends_with(".html")) {
        assert!(
            !String::from_utf8_lossy(bytes).contains("highlight.css"),
            "{path}"
        );
    }
}

#[test]
fn pages_carry_no_repeated_icons_or_indentation_and_code_keeps_its_spaces() {
    let with_code = ARTICLE.replacen(
        "## Tarixçə\n",
        "## Tarixçə\n\n```toml\n[cədvəl]\n    il = 2026\n\n    say = 3\n```\n",
        1,
    );
    let site = TestSite::new(CONFIG, &[("content/a.md", &with_code)]);
    let files = built(&site);
    let path = article_pages(&files).pop().expect("one article page");
    let page = text(&files, &path);
    // The code block keeps its indentation and its blank line.
    let code = between(&page, "<pre", "</pre>");
    assert!(code.contains("\n    il = 2026\n\n    say = 3"), "{code}");
    // Nothing else is indented, and no line is blank (text areas, like
    // code, keep theirs).
    let mut outside = page.replace(code, "");
    while let Some(start) = outside.find("<textarea") {
        let end = outside[start..]
            .find("</textarea>")
            .map_or(outside.len(), |e| start + e);
        outside.replace_range(start..end, "");
    }
    for line in outside.lines() {
        assert!(!line.starts_with([' ', '\t']), "{line:?}");
        assert!(!line.trim().is_empty(), "a blank line in the page");
    }
    // The badge's icon is drawn by verdicts.css, once, not by each page.
    assert!(page.contains("class=\"verdict verdict-"), "{page}");
    assert!(!page.contains("<svg"), "{page}");
    let css = text(&files, "verdicts.css");
    for slug in SCALE_SLUGS {
        // On badges only: rows and other elements carry the class too.
        let rule = format!(
            ".verdict.verdict-{slug}::before {{ content: \"\"; -webkit-mask-image: url(\"data:image/svg+xml,"
        );
        assert!(css.contains(&rule), "{slug}: {css}");
    }
    // ClaimReview is one compact line of JSON.
    let ld = between(&page, "<script type=\"application/ld+json\">", "</script>");
    // (`between` keeps the opening tag: its line, then the JSON's one.)
    assert_eq!(ld.trim().lines().count(), 2, "{ld}");
    assert_eq!(json_ld(&page).len(), 1);
    // The embeddable card has no share metadata of its own.
    let slug = path
        .trim_start_matches("yoxlamalar/")
        .trim_end_matches("/index.html");
    let embed = text(&files, &format!("embed/{slug}.html"));
    assert!(!embed.contains("og:"), "{embed}");
    assert!(embed.contains("<link rel=\"canonical\""), "{embed}");
}

/// The relative luminance of `#rrggbb` (WCAG 2.1).
fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

fn contrast(a: &str, b: &str) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The value of `--NAME: #rrggbb;` in a piece of CSS.
fn css_var(css: &str, name: &str) -> String {
    let needle = format!("--{name}: ");
    let i = css.find(&needle).unwrap_or_else(|| panic!("--{name}")) + needle.len();
    css[i..i + 7].to_string()
}

#[test]
fn verdict_colours_stand_out_on_light_and_dark_pages_and_carry_white_text() {
    let (_tmp, files) = build_example();
    let style = text(&files, "style.css");
    let light = css_var(&style, "bg");
    let dark = css_var(
        between(&style, "@media (prefers-color-scheme: dark)", "}\n}"),
        "bg",
    );
    assert_eq!((light.as_str(), dark.as_str()), ("#ffffff", "#121417"));
    let badge = between(&style, ".verdict {", "}");
    assert!(badge.contains("color: #ffffff;"), "{badge}");
    let verdicts = text(&files, "verdicts.css");
    let colours: Vec<&str> = verdicts
        .match_indices("--verdict: ")
        .map(|(i, _)| &verdicts[i + 11..i + 18])
        .collect();
    assert_eq!(colours.len(), 6);
    for colour in colours {
        // Badges and bars are non-text content (3:1) against both pages;
        // the badge's word is text (4.5:1) on the colour.
        let (on_light, on_dark) = (contrast(colour, &light), contrast(colour, &dark));
        let text = contrast(colour, "#ffffff");
        println!(
            "{colour}: {on_light:.2}:1 on light, {on_dark:.2}:1 on dark, white text {text:.2}:1"
        );
        assert!(
            on_light >= 3.0 && on_dark >= 3.0,
            "{colour}: {on_light:.2}, {on_dark:.2}"
        );
        assert!(text >= 4.5, "{colour}: text {text:.2}");
    }
    assert!(contrast("#7d1416", &dark) < 3.0, "the test can fail");
}

fn schema(name: &str) -> jsonschema::Validator {
    let path = common::example_root().join(format!("docs/api/{name}.schema.json"));
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::validator_for(&schema).expect("schema compiles")
}

#[test]
fn the_json_api_and_oembed_files_follow_their_schemas() {
    let (_tmp, files) = build_example();
    let mut checked = BTreeMap::new();
    for (prefix, name) in [
        ("api/articles/", "article"),
        ("api/speakers/", "speaker"),
        ("api/verdicts/", "verdict"),
        ("api/index.json", "index"),
        ("embed/", "oembed"),
    ] {
        let validator = schema(name);
        for (path, bytes) in files
            .iter()
            .filter(|(k, _)| k.starts_with(prefix) && k.ends_with(".json"))
        {
            let value: Value = serde_json::from_slice(bytes).unwrap();
            let errors: Vec<String> = validator
                .iter_errors(&value)
                .map(|e| format!("{e} at {}", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{path}: {errors:#?}");
            *checked.entry(name).or_insert(0) += 1;
        }
        // The schema does refuse a broken file.
        assert!(
            !validator.is_valid(&serde_json::json!({"title": 1})),
            "{name}"
        );
    }
    assert_eq!(checked["article"], 12);
    assert_eq!(checked["oembed"], 12);
    assert_eq!(checked["speaker"], 6);
    assert_eq!(checked["verdict"], 6);
    assert_eq!(checked["index"], 1);
    let index: Value = serde_json::from_slice(&files["api/index.json"]).unwrap();
    assert_eq!(index["count"], 12);
    assert_eq!(index["articles"][0]["verdict"], "yanlış");
    let article: Value = serde_json::from_slice(
        &files["api/articles/ramil-qasimov-son-bes-ilde-coreyin-qiymeti-iki-defe-artib.json"],
    )
    .unwrap();
    assert_eq!(article["claim"]["where"], "“Kanal 7”, müsahibə");
    assert_eq!(article["verdict"]["value"], 5);
    assert_eq!(article["related"].as_array().unwrap().len(), 4);
}

#[test]
fn every_article_has_an_embeddable_card_found_through_oembed() {
    let (_tmp, files) = build_example();
    for page in article_pages(&files) {
        let html = text(&files, &page);
        let slug = page
            .trim_start_matches("yoxlamalar/")
            .trim_end_matches("/index.html");
        let oembed = format!("{BASE}/embed/{slug}.json");
        assert!(
            html.contains(&format!(
                "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{oembed}\""
            )),
            "{page}"
        );
        let json: Value = serde_json::from_slice(&files[&file_of(&oembed)]).unwrap();
        let card = format!("{BASE}/embed/{slug}.html");
        assert!(
            json["html"]
                .as_str()
                .unwrap()
                .contains(&format!("src=\"{card}\""))
        );
        let embed = text(&files, &file_of(&card));
        assert!(embed.contains("<meta name=\"robots\" content=\"noindex\">"));
        assert!(embed.contains("class=\"verdict verdict-"));
        assert!(embed.contains(&format!(
            "href=\"/{}\"",
            page.trim_end_matches("index.html")
        )));
    }
}

#[test]
fn a_site_may_turn_the_api_and_embeds_off() {
    // A top-level key, before the first table.
    let config = CONFIG.replacen("\n", "\napi = false\n", 1);
    let site = TestSite::new(&config, &[("content/a.md", ARTICLE)]);
    let files = built(&site);
    assert!(
        !files
            .keys()
            .any(|k| k.starts_with("api/") || k.starts_with("embed/"))
    );
    let page = files
        .keys()
        .find(|k| k.starts_with("yoxlamalar/") && k.ends_with("index.html"))
        .unwrap()
        .clone();
    let html = text(&files, &page);
    assert!(!html.contains("json+oembed") && !html.contains("yoxla-embed"));
    // Sharing does not depend on it.
    assert!(html.contains("https://t.me/share/url?url="));
}
