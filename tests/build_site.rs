//! `yoxla build` on real sites in temporary folders: the example site, a
//! minimal site, broken sites, and what the output holds.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use std::collections::BTreeSet;
use yoxla::build::{BuildOptions, build};

fn build_example(out: &std::path::Path) -> yoxla::build::BuildReport {
    build(&BuildOptions {
        root: example_root(),
        output: Some(out.to_path_buf()),
    })
    .expect("example build runs")
}

#[test]
fn the_example_site_builds_every_page() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    let report = build_example(&out);
    assert_eq!(report.blocking, 0, "{:#?}", report.findings);
    assert!(report.written.is_some());
    assert_eq!(report.published, 12);
    let files = tree(&out);
    let expect = [
        "index.html",
        "sehife/2/index.html",
        "style.css",
        "verdicts.css",
        "highlight.css",
        "haqqimizda/index.html",
        "metodologiya/index.html",
        "duzelis-siyaseti/index.html",
        "hokmler/index.html",
        "kateqoriyalar/index.html",
        "etiketler/index.html",
        "sexsler/index.html",
        "muellifler/index.html",
        "sexsler/ramil-qasimov/index.html",
        "muellifler/aysel-memmedova/index.html",
        "muellifler/samir-rzayev/index.html",
        "kateqoriyalar/sehiyye/index.html",
        "etiketler/qiymetler/index.html",
        "yoxlamalar/ramil-qasimov-son-bes-ilde-coreyin-qiymeti-iki-defe-artib/index.html",
    ];
    for path in expect {
        assert!(files.contains_key(path), "missing {path}");
    }
    for verdict in SCALE_SLUGS {
        let page = format!("hokmler/{verdict}/index.html");
        let html = String::from_utf8_lossy(&files[&page]);
        assert!(html.contains("class=\"card\""), "{page} lists no article");
    }
    let articles = files
        .keys()
        .filter(|k| k.starts_with("yoxlamalar/") && k.ends_with("/index.html"))
        .count();
    assert_eq!(articles, 12);
    for category in ["iqtisadiyyat", "siyaset", "sosial", "sehiyye", "tehsil"] {
        assert!(
            files.contains_key(&format!("kateqoriyalar/{category}/index.html")),
            "{category}"
        );
    }
}

#[test]
fn an_article_page_shows_everything_the_reader_needs() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    let html = std::fs::read_to_string(out.join(
        "yoxlamalar/sevda-kerimova-yol-qezalarinda-olenlerin-sayi-iki-defe-azalib/index.html",
    ))
    .unwrap();
    for needle in [
        "<h1 class=\"factcheck-title\">Sevda Kərimova: “Yol qəzalarında ölənlərin sayı iki dəfə azalıb”</h1>",
        "verdict verdict-esasen-yanlis verdict-large",
        "<strong>Əsasən yanlış</strong>",
        "“Yol qəzalarında ölənlərin sayı iki dəfə azalıb”</p></blockquote>",
        "Milli Nəqliyyat Agentliyinin sədri",
        "<time datetime=\"2026-09-07\">7 sentyabr 2026</time>",
        "data-versionurl=\"https://web.archive.org/web/20260908070000/",
        "<h2 id=\"yoxla-sources\">Mənbələr</h2>",
        "arxiv nüsxəsi",
        "<dt>Xarici dildə mənbələr</dt><dd>xeyr</dd>",
        "Aysel Məmmədova",
        "Samir Rzayev",
        "<h2 id=\"yoxla-corrections\">Düzəlişlər</h2>",
        "<time datetime=\"2026-09-20\">20 sentyabr 2026</time>: Cədvəldə",
        "<a href=\"/kateqoriyalar/sosial/\">Sosial</a>",
        "<a href=\"/etiketler/yol-tehlukesizliyi/\">yol təhlükəsizliyi</a>",
    ] {
        assert!(html.contains(needle), "article page lacks {needle}");
    }
    let video =
        std::fs::read_to_string(out.join(
            "yoxlamalar/sevda-kerimova-bu-il-paytaxtda-300-yeni-avtobus-xette-cixib/index.html",
        ))
        .unwrap();
    assert!(
        video.contains(">Video (2:30)</a>"),
        "video link with its length"
    );
    let foreign = std::fs::read_to_string(
        out.join("yoxlamalar/orxan-elizade-gencler-arasinda-issizlik-40-faize-catib/index.html"),
    )
    .unwrap();
    assert!(foreign.contains("<dt>Xarici dildə mənbələr</dt><dd>bəli</dd>"));
}

#[test]
fn speaker_pages_count_claims_per_verdict() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    let html = std::fs::read_to_string(out.join("sexsler/ramil-qasimov/index.html")).unwrap();
    assert!(html.contains("Yoxlanılmış iddiaların hökmləri (4)"));
    // (verdict, count, bar in per cent of the largest count, share)
    for (verdict, label, count, bar, share) in [
        ("yanlis", "Yanlış", 2, 100, "50.0"),
        ("yalan", "Yalan", 1, 50, "25.0"),
        ("dogru", "Doğru", 0, 0, "0.0"),
    ] {
        let row = format!(
            "<a href=\"/hokmler/{verdict}/\">{label}</a></th><td class=\"num\">{count}</td><td class=\"record-bar-cell\"><span class=\"record-bar bar-{bar}"
        );
        assert!(html.contains(&row), "{row} in {html}");
        let rest = &html[html.find(&row).unwrap()..];
        assert!(
            rest[..rest.find("</tr>").unwrap()]
                .ends_with(&format!("<td class=\"num\">{share}</td>"))
        );
    }
    assert_eq!(html.matches("class=\"card\"").count(), 4);
}

#[test]
fn people_and_categories_are_in_azerbaijani_alphabetical_order() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    let html = std::fs::read_to_string(out.join("sexsler/index.html")).unwrap();
    let order: Vec<usize> = [
        "Elvin Nəsirov",
        "Günel Məhərrəmova",
        "Kamran Şükürov",
        "Orxan Əlizadə",
        "Ramil Qasımov",
        "Sevda Kərimova",
    ]
    .iter()
    .map(|n| html.find(n).unwrap_or_else(|| panic!("{n} missing")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    // İqtisadiyyat (İ) comes after Səhiyyə? No: A…H X I İ … S Ş T: İ before S.
    let html = std::fs::read_to_string(out.join("kateqoriyalar/index.html")).unwrap();
    let order: Vec<usize> = ["İqtisadiyyat", "Səhiyyə", "Siyasət", "Sosial", "Təhsil"]
        .iter()
        .map(|n| html.find(n).unwrap_or_else(|| panic!("{n} missing")))
        .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
}

#[test]
fn every_internal_link_finds_its_target() {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    let files = tree(&out);
    let mut checked = 0;
    for (path, bytes) in &files {
        if !path.ends_with(".html") {
            continue;
        }
        let html = String::from_utf8_lossy(bytes);
        let ids: BTreeSet<String> = attr_values(&html, "id").into_iter().collect();
        for link in attr_values(&html, "href")
            .into_iter()
            .chain(attr_values(&html, "src"))
        {
            if link.starts_with("http://")
                || link.starts_with("https://")
                || link.starts_with("mailto:")
            {
                continue;
            }
            checked += 1;
            if let Some(fragment) = link.strip_prefix('#') {
                assert!(ids.contains(fragment), "{path}: #{fragment} has no target");
                continue;
            }
            assert!(link.starts_with('/'), "{path}: relative link {link}");
            let target = link
                .split('#')
                .next()
                .unwrap_or_default()
                .trim_start_matches('/');
            let exists = if target.is_empty() || target.ends_with('/') {
                files.contains_key(&format!("{target}index.html"))
            } else {
                files.contains_key(target)
            };
            assert!(exists, "{path}: link {link} has no target");
        }
    }
    assert!(checked > 500, "only {checked} links checked");
}

#[test]
fn drafts_and_workflow_data_never_reach_the_output() {
    // The example site's draft.
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    build_example(&out);
    for (path, bytes) in tree(&out) {
        let text = String::from_utf8_lossy(&bytes);
        for secret in ["Metro gedişhaqqı", "Redaksiya qeydi", "metro-gedishaqqi"] {
            assert!(!text.contains(secret), "{path} contains {secret:?}");
        }
    }
    // Unique markers in every kind of unpublished data.
    let published = ARTICLE.replace(
        "speaker_contacted = 2026-10-08\n+++",
        "speaker_contacted = 2026-10-09\n\n[[workflow.requests]]\nagency = \"GIZLIAGENTLIK\"\nsent = 2026-10-07\nanswered = 2026-10-08\n+++",
    );
    assert!(published.contains("GIZLIAGENTLIK"));
    let draft = ARTICLE
        .replace("status = \"ready\"", "status = \"draft\"")
        .replace("Şəkərin qiyməti", "GIZLIQARALAMA qiyməti");
    let review = ARTICLE
        .replace("status = \"ready\"", "status = \"review\"")
        .replace("Şəkərin qiyməti", "GIZLIREDAKTƏ qiyməti");
    let site = TestSite::new(
        CONFIG,
        &[
            ("content/a.md", &published),
            ("content/b.md", &draft),
            ("content/c.md", &review),
        ],
    );
    let report = build(&BuildOptions {
        root: site.root().into(),
        output: None,
    })
    .unwrap();
    assert_eq!(report.published, 1);
    // The search index is gzip-compressed: read it decompressed, and make
    // sure that reading works by finding a published word in it.
    let mut index_text = String::new();
    for (path, bytes) in tree(&site.public()) {
        let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
            let mut out = Vec::new();
            std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&bytes[..]), &mut out)
                .unwrap();
            out
        } else {
            bytes
        };
        let text = String::from_utf8_lossy(&bytes);
        if path.starts_with("pagefind/") {
            index_text.push_str(&text);
        }
        for secret in [
            "GIZLIAGENTLIK",
            "GIZLIQARALAMA",
            "GIZLIREDAKT",
            "gizliqaralama",
            "gizliredakte",
            "2026-10-09",
        ] {
            assert!(!text.contains(secret), "{path} contains {secret:?}");
        }
    }
    assert!(index_text.contains("Şəkərin"), "the search index was read");
}

#[test]
fn a_site_with_only_config_and_one_article_builds_with_the_embedded_theme() {
    let site = TestSite::new(CONFIG, &[("content/babayeva.md", ARTICLE)]);
    let report = build(&BuildOptions {
        root: site.root().into(),
        output: None,
    })
    .unwrap();
    assert_eq!(report.blocking, 0, "{:#?}", report.findings);
    let files = tree(&site.public());
    assert!(files.contains_key("index.html"));
    assert!(files.contains_key("style.css"));
    assert!(
        files.contains_key(
            "yoxlamalar/lale-babayeva-sekerin-qiymeti-bu-il-iki-defe-artib/index.html"
        )
    );
    assert!(files.contains_key("sexsler/lale-babayeva/index.html"));
    let home = String::from_utf8_lossy(&files["index.html"]);
    assert!(home.contains("Lalə Babayeva: “Şəkərin qiyməti bu il iki dəfə artıb”"));
    assert!(home.contains("<html lang=\"az\">"));
}

#[test]
fn the_home_page_is_paginated_newest_first() {
    let mut files = Vec::new();
    let texts: Vec<(String, String)> = (1..=5)
        .map(|d| {
            let text = ARTICLE
                .replace("2026-10-10", &format!("2026-10-1{d}"))
                .replace(
                    "Şəkərin qiyməti bu il iki dəfə artıb",
                    &format!("Şəkərin qiyməti bu il {d} dəfə artıb"),
                );
            (format!("content/a{d}.md"), text)
        })
        .collect();
    for (p, t) in &texts {
        files.push((p.as_str(), t.as_str()));
    }
    let config = CONFIG.replace("categories", "paginate = 2\ncategories");
    let site = TestSite::new(&config, &files);
    let report = build(&BuildOptions {
        root: site.root().into(),
        output: None,
    })
    .unwrap();
    assert_eq!(report.blocking, 0, "{:#?}", report.findings);
    let out = tree(&site.public());
    let page = |p: &str| String::from_utf8_lossy(&out[p]).into_owned();
    let home = page("index.html");
    assert!(home.find("5 dəfə").unwrap() < home.find("4 dəfə").unwrap());
    assert!(!home.contains("3 dəfə"));
    assert!(page("sehife/2/index.html").contains("3 dəfə"));
    assert!(page("sehife/3/index.html").contains("1 dəfə"));
    assert!(!out.contains_key("sehife/4/index.html"));
    assert!(home.contains("rel=\"next\" href=\"/sehife/2/\""));
}

#[test]
fn a_site_theme_overrides_one_template() {
    let site = TestSite::new(
        CONFIG,
        &[
            ("content/babayeva.md", ARTICLE),
            (
                "content/pages/haqqimizda.md",
                "+++\ntitle = \"Haqqımızda\"\n+++\nBiz kimik.\n",
            ),
            (
                "themes/default/templates/page.html",
                "<p>ÖZ ŞABLON: {{ page.title }}</p>",
            ),
        ],
    );
    build(&BuildOptions {
        root: site.root().into(),
        output: None,
    })
    .unwrap();
    let about = std::fs::read_to_string(site.public().join("haqqimizda/index.html")).unwrap();
    assert_eq!(about, "<p>ÖZ ŞABLON: Haqqımızda</p>");
    let home = std::fs::read_to_string(site.public().join("index.html")).unwrap();
    assert!(
        home.contains("<!DOCTYPE html>"),
        "other templates stay the default"
    );
}

#[test]
fn two_builds_are_byte_identical() {
    let tmp = tempfile::tempdir().unwrap();
    build_example(&tmp.path().join("a"));
    build_example(&tmp.path().join("b"));
    assert_eq!(tree(&tmp.path().join("a")), tree(&tmp.path().join("b")));
}
