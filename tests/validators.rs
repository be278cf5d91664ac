//! The built example site, checked by independent tools that `.ci/run`
//! installs: the Nu HTML Checker (vnu, Java), and axe-core plus a search
//! test in Debian's headless Chromium (playwright-core), driven by
//! `tests/tools/browser.mjs`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

fn tools() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/tools")
}

/// Runs `node tests/tools/browser.mjs ARGS` and returns its JSON report.
fn browser(args: &[&str]) -> serde_json::Value {
    let out = Command::new("node")
        .arg(tools().join("browser.mjs"))
        .args(args)
        .output()
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "browser.mjs {args:?} failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_str(&stdout).expect("browser.mjs prints JSON")
}

#[test]
#[ignore = "needs Java and npm's vnu-jar: `npm ci --prefix tests/tools` (CI installs both)"]
fn the_nu_html_checker_finds_no_errors() {
    let (_tmp, out) = common::build_example_in_temp();
    let jar = tools().join("node_modules/vnu-jar/build/dist/vnu.jar");
    let result = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args([
            "--errors-only",
            "--skip-non-html",
            "--also-check-css",
            "--format",
            "gnu",
        ])
        .arg(&out)
        .output()
        .expect("java runs vnu.jar");
    let report = String::from_utf8_lossy(&result.stderr);
    assert!(
        result.status.success() && report.trim().is_empty(),
        "vnu:\n{report}"
    );
    // It does look: a broken page is reported.
    std::fs::write(
        out.join("index.html"),
        "<!DOCTYPE html><html><p><div></span>",
    )
    .unwrap();
    let broken = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--skip-non-html"])
        .arg(out.join("index.html"))
        .output()
        .unwrap();
    assert!(!broken.status.success());
}

#[test]
#[ignore = "needs Debian chromium and npm's playwright-core and axe-core (CI installs them)"]
fn axe_finds_no_accessibility_violations_light_or_dark() {
    let (_tmp, out) = common::build_example_in_temp();
    let site = out.to_string_lossy().to_string();
    let report = browser(&[
        "axe",
        &site,
        "/",
        "/yoxlamalar/sevda-kerimova-yol-qezalarinda-olenlerin-sayi-iki-defe-azalib/",
        "/sexsler/ramil-qasimov/",
        "/hokmler/yanlis/",
        "/axtaris/?q=avtobus",
        "/metodologiya/",
        "/duzelisler/",
        "/haqqimizda/",
        "/embed/sevda-kerimova-yol-qezalarinda-olenlerin-sayi-iki-defe-azalib.html",
    ]);
    let pages = report["pages"].as_array().unwrap();
    // Nine pages, each in the light and the dark scheme.
    assert_eq!(pages.len(), 18);
    for p in pages {
        assert!(p["passes"].as_u64().unwrap() > 10, "axe ran: {p}");
        assert_eq!(p["violations"].as_array().unwrap().len(), 0, "{p}");
        assert_eq!(p["problems"].as_array().unwrap().len(), 0, "{p}");
    }
}

#[test]
#[ignore = "needs Debian chromium and npm's playwright-core (CI installs them)"]
fn typing_into_search_finds_the_article() {
    let (_tmp, out) = common::build_example_in_temp();
    let site = out.to_string_lossy().to_string();
    // A word of the article's body table, not of its title.
    let report = browser(&["search", &site, "qəzaların", "Yol qəzalarında"]);
    assert_eq!(report["target_status"], 200, "{report}");
    assert!(
        report["href"]
            .as_str()
            .unwrap()
            .starts_with("/yoxlamalar/sevda-kerimova-yol-qezalarinda"),
        "{report}"
    );
    let filters: Vec<&str> = report["filters"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|f| f.as_str())
        .collect();
    for f in ["Hökm", "Kateqoriya", "Şəxs", "İl"] {
        assert!(filters.contains(&f), "filter {f} in {filters:?}");
    }
    // A word only in a statistics table of another article.
    let report = browser(&["search", &site, "abunəçilərin", "Bakının 90 faizi"]);
    assert_eq!(report["target_status"], 200, "{report}");
}

/// What a reader types on a phone without Azerbaijani letters finds the
/// article spelt with them, first, with its verdict badge.
#[test]
#[ignore = "needs Debian chromium and npm's playwright-core (CI installs them)"]
fn folded_queries_find_azerbaijani_words_first_with_their_badges() {
    let (_tmp, out) = common::build_example_in_temp();
    let site = out.to_string_lossy().to_string();
    let first = |query: &str, title: &str| -> serde_json::Value {
        let report = browser(&["search", &site, query, title]);
        let results = report["results"].as_array().unwrap().clone();
        assert!(
            results[0]["title"].as_str().unwrap().contains(title),
            "{query}: {title} first in {report}"
        );
        assert_eq!(report["problems"], serde_json::json!([]), "{report}");
        report
    };
    // (typed, the title it finds, that article's badge)
    for (query, title, badge) in [
        ("mekteb", "bir dənə də", "Yalan"),
        ("corek", "çörəyin qiyməti", "Əsasən doğru"),
        ("xestexana", "Rayon xəstəxanalarında", "Yarı-doğru"),
        ("peyvend", "Uşaq peyvəndləri", "Yalan"),
        ("meherremova", "Günel Məhərrəmova", "Yalan"),
        ("kerimova", "Sevda Kərimova", "Doğru"),
        ("QASIMOV", "Ramil Qasımov", "Yalan"),
    ] {
        let report = first(query, title);
        assert_eq!(report["results"][0]["badge"], badge, "{query}: {report}");
    }
    // Every Qasımov article, not some of them.
    let report = first("qasimov", "Ramil Qasımov");
    assert_eq!(report["results"].as_array().unwrap().len(), 4, "{report}");
    // `yanlis` finds the articles that say `yanlış`, and nothing that only
    // shares a short word with it; typed exactly, the same first.
    let folded = first("yanlis", "Ramil Qasımov");
    let exact = first("yanlış", "Ramil Qasımov");
    assert_eq!(folded["results"][0], exact["results"][0]);
    for r in folded["results"].as_array().unwrap() {
        let excerpt = r["excerpt"].as_str().unwrap().to_lowercase();
        assert!(excerpt.contains("yanlış"), "{r}");
        // Results show the letters as written, not the index's stand-ins.
        assert!(!excerpt.contains('ḙ') && !excerpt.contains('ḭ'), "{r}");
    }
}

/// A filtered search is an address: opened, it shows the filtered
/// results before any query is typed.
#[test]
#[ignore = "needs Debian chromium and npm's playwright-core (CI installs them)"]
fn a_filtered_search_can_be_shared_as_an_address() {
    let (_tmp, out) = common::build_example_in_temp();
    let site = out.to_string_lossy().to_string();
    let report = {
        let out = Command::new("node")
            .arg(tools().join("browser.mjs"))
            .args(["search", &site, "", "Uşaq peyvəndləri"])
            .env("SEARCH_PATH", "/axtaris/?hokm=Yalan")
            .output()
            .expect("node runs");
        let stdout = String::from_utf8_lossy(&out.stdout).to_string();
        assert!(out.status.success(), "{stdout}");
        serde_json::from_str::<serde_json::Value>(&stdout).unwrap()
    };
    let results = report["results"].as_array().unwrap();
    assert_eq!(results.len(), 2, "{report}");
    assert!(results.iter().all(|r| r["badge"] == "Yalan"), "{report}");
    assert_eq!(report["address"], "/axtaris/?hokm=Yalan", "{report}");
}
