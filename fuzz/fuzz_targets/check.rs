//! Any text as the body of an otherwise valid article: every rule runs
//! over it, and Markdown renders (escaped and cleaned), without a panic;
//! every finding points inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use yoxla::config::{Config, RawHtml};
use yoxla::content::{Article, Site, SourceFile};
use yoxla::render::markdown;
use yoxla::text::Date;

const CONFIG: &str = "title = \"Fakt Yoxla\"\nbase_url = \"https://example.org\"\ncategories = [\"iqtisadiyyat\", \"siyasət\"]\n[authors.aysel-memmedova]\nname = \"Aysel Məmmədova\"\n";
const ARTICLE: &str = include_str!("../../tests/fixtures/valid.md");

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else {
        return;
    };
    let Some(end) = ARTICLE[3..].find("+++\n") else {
        return;
    };
    let front = &ARTICLE[..3 + end + 4];
    let text = format!("{front}{body}");
    let lines = text.lines().count() + 1;
    let Ok(config) = Config::parse(CONFIG) else {
        return;
    };
    let Ok(article) = Article::parse(SourceFile::from_text("content/a.md", text)) else {
        return;
    };
    let site = Site {
        root: ".".into(),
        config,
        articles: vec![article],
        pages: Vec::new(),
        findings: Vec::new(),
    };
    let today = Date::parse("2026-11-22").unwrap_or_else(Date::today);
    for f in yoxla::check::run_at(&site, today) {
        assert!(f.line >= 1 && f.line <= lines, "{}:{} of {lines}", f.rule, f.line);
    }
    let _ = markdown::render_with(body, RawHtml::Escape);
    let cleaned = markdown::render_with(body, RawHtml::Clean);
    assert!(!cleaned.html.contains("<script"), "a script survived cleaning");
});
