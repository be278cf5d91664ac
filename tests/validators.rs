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
        "/axtaris/?q=avtobus",
        "/metodologiya/",
        "/duzelisler/",
    ]);
    let pages = report["pages"].as_array().unwrap();
    // Six pages, each in the light and the dark scheme.
    assert_eq!(pages.len(), 12);
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
