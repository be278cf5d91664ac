//! Micro-benchmarks of the hot paths, on a generated article of the
//! benchmark corpus (about 700 words, a table, links, three sources):
//!
//! - front matter: reading a file's TOML into an `Article`;
//! - markdown: the body to HTML (headings, tables, links);
//! - check: every rule over one article;
//! - template: `article.html` of the default theme, one page;
//! - card: the list card partial, as every list page shows it.
//!
//! `cargo bench --bench hot_paths` (Criterion; reports in
//! target/criterion/). Whole-site figures are in `benches/compare.py`.

mod corpus;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use yoxla::content::{Article, Site, SourceFile};

/// A small generated site on disk, loaded, and its first article's file.
fn site() -> (tempfile::TempDir, Site) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("temporary folder: {e}"));
    corpus::write_site(dir.path(), 12).unwrap_or_else(|e| panic!("corpus: {e}"));
    let site = Site::load(dir.path()).unwrap_or_else(|e| panic!("load: {e:#}"));
    assert_eq!(site.articles.len(), 12, "the corpus loads whole");
    (dir, site)
}

/// What every page's template sees as `site`, as the build fills it.
fn site_json(site: &Site) -> serde_json::Value {
    let c = &site.config;
    serde_json::json!({
        "title": c.title, "description": c.description, "base_url": c.base_url,
        "base_path": c.base_path, "language": c.language,
        "menu": [], "sections": [{"name": "Hökmlər", "url": "/hokmler/"}],
        "verdicts": [], "stylesheets": ["/style.css"], "home": c.base_url,
        "locale": "az_AZ", "csp": yoxla::render::CSP, "feed": "/atom.xml",
        "search_url": "/axtaris/", "corrections_url": "/duzelisler/", "card": null,
    })
}

fn hot_paths(c: &mut Criterion) {
    let (_dir, site) = site();
    let article = &site.articles[0];
    let text = article.text.clone();
    let file = article.file.clone();
    let words = article.body().split_whitespace().count();
    assert!(
        words >= 600,
        "a realistic article has 600+ words, not {words}"
    );

    c.bench_function("front matter: parse one article", |b| {
        b.iter(|| {
            let source = SourceFile::from_text(&file, black_box(text.clone()));
            Article::parse(source).unwrap_or_else(|f| panic!("{f}"))
        })
    });

    let body = article.body();
    c.bench_function("markdown: render one body", |b| {
        b.iter(|| yoxla::render::markdown::render_with(black_box(body), Default::default()))
    });

    let today = yoxla::text::Date::parse("2026-11-23").unwrap_or_else(yoxla::text::Date::today);
    let params = &yoxla::check::Params::from_settings(&site.config.rules);
    assert!(
        yoxla::check::check_article(&site, params, article, today).is_empty(),
        "the corpus article is clean, so the bench measures the rules, not the reporting"
    );
    c.bench_function("check: every rule over one article", |b| {
        b.iter(|| yoxla::check::check_article(&site, params, black_box(article), today))
    });

    let theme = yoxla::render::Theme::builtin();
    let tera = theme.tera().unwrap_or_else(|e| panic!("{e:#}"));
    let sections = yoxla::routes::Sections::for_language(site.config.language);
    let view = yoxla::render::views::article_view(article, &site.config, &sections);
    let mut context = tera::Context::new();
    context.insert("site", &site_json(&site));
    context.insert("t", &yoxla::render::i18n::strings(site.config.language));
    context.insert(
        "canonical",
        &format!("{}{}", site.config.base_url, view.card.url),
    );
    context.insert("feed", &Option::<String>::None);
    context.insert("article", &view);
    let page = tera
        .render("article.html", &context)
        .unwrap_or_else(|e| panic!("article.html: {e:?}"));
    assert!(
        page.contains(&yoxla::render::escape(&view.card.title)),
        "the page shows its title"
    );
    c.bench_function("template: article.html, one page", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(32 * 1024);
            tera.render_to("article.html", black_box(&context), &mut out)
                .unwrap_or_else(|e| panic!("{e:?}"));
            out
        })
    });

    let mut card = tera::Context::new();
    card.insert("article", &view.card);
    card.insert("t", &yoxla::render::i18n::strings(site.config.language));
    c.bench_function("template: list card partial", |b| {
        b.iter(|| {
            tera.render("partials/article_card.html", black_box(&card))
                .unwrap_or_else(|e| panic!("{e:?}"))
        })
    });
}

criterion_group!(benches, hot_paths);
criterion_main!(benches);
