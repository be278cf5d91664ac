//! The persistent build cache: share cards and the search index made
//! once are taken from `.yoxla-cache/` by later builds, into a fresh
//! output folder too (a CI runner that restored the cache), and the cache
//! never changes what is built: with it, without it, or with it deleted,
//! the output's bytes are the same.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{ARTICLE, CONFIG, TestSite, tree};
use std::path::Path;
use yoxla::build::{BuildOptions, BuildReport, build};

fn site() -> TestSite {
    TestSite::new(CONFIG, &[("content/2026/birinci.md", ARTICLE)])
}

fn build_into(site: &TestSite, out: &Path) -> BuildReport {
    let report = build(&BuildOptions {
        root: site.root().to_path_buf(),
        output: Some(out.to_path_buf()),
    })
    .unwrap();
    assert_eq!(report.blocking, 0, "{:?}", report.findings);
    report
}

#[test]
fn a_fresh_output_folder_with_the_cache_kept_draws_nothing_again_and_is_byte_identical() {
    let site = site();
    let first_out = site.beside().join("first");
    let first = build_into(&site, &first_out);
    // One article: its wide and square cards, the site's card, the
    // speaker's card and one part of the search index were made.
    assert_eq!(first.made, Some(5));
    assert!(site.root().join(".yoxla-cache/CACHEDIR.TAG").is_file());
    let second_out = site.beside().join("second");
    let second = build_into(&site, &second_out);
    assert_eq!(second.made, Some(0), "nothing is drawn or indexed again");
    assert_eq!(tree(&first_out), tree(&second_out));
}

#[test]
fn a_deleted_cache_gives_the_same_bytes() {
    let site = site();
    let with_cache = site.beside().join("with");
    build_into(&site, &with_cache);
    build_into(&site, &with_cache);
    std::fs::remove_dir_all(site.root().join(".yoxla-cache")).unwrap();
    let without = site.beside().join("without");
    let report = build_into(&site, &without);
    assert_eq!(report.made, Some(5));
    assert_eq!(tree(&with_cache), tree(&without));
}

#[test]
fn a_changed_article_is_drawn_again_and_what_it_left_is_pruned() {
    let site = site();
    let out = site.beside().join("out");
    build_into(&site, &out);
    let cards = || {
        std::fs::read_dir(site.root().join(".yoxla-cache/cards"))
            .unwrap()
            .count()
    };
    assert_eq!(cards(), 4);
    let changed = ARTICLE.replacen("title = \"", "title = \"Yenilənib: ", 1);
    assert_ne!(changed, ARTICLE);
    site.write("content/2026/birinci.md", &changed);
    let report = build_into(&site, &out);
    // The article's two cards and its year's index part; the site's and
    // the speaker's cards (their record) are unchanged.
    assert_eq!(report.made, Some(3));
    assert_eq!(cards(), 4, "the old cards were pruned");
}

#[test]
fn a_cache_folder_of_other_files_is_never_written_or_pruned() {
    let site = site();
    std::fs::write(
        site.root().join("yoxla.toml"),
        format!("cache_dir = \"notes\"\n{CONFIG}"),
    )
    .unwrap();
    std::fs::create_dir_all(site.root().join("notes/cards")).unwrap();
    std::fs::write(site.root().join("notes/cards/0123abcd.png"), "mine").unwrap();
    let out = site.beside().join("out");
    let report = build_into(&site, &out);
    assert_eq!(report.made, None, "no cache is used");
    assert_eq!(
        std::fs::read_to_string(site.root().join("notes/cards/0123abcd.png")).unwrap(),
        "mine"
    );
    assert!(!site.root().join("notes/CACHEDIR.TAG").exists());
}

#[test]
fn a_cache_inside_the_output_folder_is_refused() {
    let site = site();
    // Reached through `..`, it is the same folder.
    std::fs::write(
        site.root().join("yoxla.toml"),
        format!("cache_dir = \"content/../public/cache\"\n{CONFIG}"),
    )
    .unwrap();
    let err = build(&BuildOptions {
        root: site.root().to_path_buf(),
        output: None,
    })
    .unwrap_err();
    assert!(format!("{err:#}").contains("cache_dir"), "{err:#}");
    std::fs::write(
        site.root().join("yoxla.toml"),
        format!("cache_dir = \"public/cache\"\n{CONFIG}"),
    )
    .unwrap();
    let err = build(&BuildOptions {
        root: site.root().to_path_buf(),
        output: None,
    })
    .unwrap_err();
    assert!(format!("{err:#}").contains("cache_dir"), "{err:#}");
}
