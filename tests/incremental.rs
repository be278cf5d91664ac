//! A preview's incremental rebuild (`yoxla serve` after a save) must give
//! byte for byte the site a full render gives, while rendering only the
//! pages the change touched.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../benches/corpus.rs"]
mod corpus;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Mutex;
use yoxla::check;
use yoxla::content::Site;
use yoxla::render::{self, Memory, Output, Preview};
use yoxla::text::Date;

fn today() -> Date {
    Date::parse("2026-11-23").unwrap()
}

/// The served files, as `serve` keeps them: updated with what a render
/// hands over, pruned to the paths it lists.
#[derive(Default)]
struct Served(BTreeMap<String, Vec<u8>>);

impl Served {
    /// Renders into the served files; returns how many files were rendered.
    fn render(
        &mut self,
        site: &Site,
        findings: &[yoxla::diag::Finding],
        memory: &mut Memory,
    ) -> usize {
        let sink = Mutex::new(Vec::<Output>::new());
        let rendered = render::render_again(site, &preview(findings), &sink, memory).unwrap();
        let outputs = yoxla::output::collected(sink).unwrap();
        let n = outputs.len();
        assert_eq!(n, rendered.written);
        self.0
            .retain(|p, _| rendered.paths.binary_search(p).is_ok());
        for o in outputs {
            self.0.insert(o.path, o.bytes);
        }
        assert_eq!(
            self.0.keys().cloned().collect::<Vec<_>>(),
            *rendered.paths,
            "every listed file is served, nothing else"
        );
        n
    }
}

fn preview(findings: &[yoxla::diag::Finding]) -> Preview<'_> {
    Preview {
        drafts: true,
        findings,
        live: true,
        previous: None,
        cache: None,
    }
}

/// A full preview render from scratch, as the first one after `serve`
/// starts.
fn full(site: &Site) -> BTreeMap<String, Vec<u8>> {
    let findings = check::run_at(site, today());
    let mut served = Served::default();
    served.render(site, &findings, &mut Memory::default());
    served.0
}

/// A preview as `serve` runs it: a generated site loaded once, the
/// check's memo, the render's memory and the served files.
struct Session {
    dir: tempfile::TempDir,
    site: Site,
    memo: check::Memo,
    memory: Memory,
    served: Served,
}

impl Session {
    /// A generated site of `n` articles, rendered once; the files that
    /// first render made.
    fn start(n: usize) -> (Session, usize) {
        let dir = tempfile::tempdir().unwrap();
        corpus::write_site(dir.path(), n).unwrap();
        let mut session = Session {
            site: Site::load(dir.path()).unwrap(),
            dir,
            memo: check::Memo::default(),
            memory: Memory::default(),
            served: Served::default(),
        };
        let all = session.rerender();
        (session, all)
    }

    /// Checks and renders again, as `serve` does; the files rendered.
    fn rerender(&mut self) -> usize {
        let findings = self.memo.run(&self.site, today());
        self.served.render(&self.site, &findings, &mut self.memory)
    }

    /// Reads the saved article at `path` again and renders; the files
    /// rendered.
    fn save(&mut self, path: &Path) -> usize {
        assert!(self.site.reload_article(path));
        self.rerender()
    }

    /// Loads the whole site again and renders, as `serve` does after a
    /// change that is not one article's; the files rendered.
    fn load_again(&mut self) -> usize {
        self.site = Site::load(self.dir.path()).unwrap();
        self.rerender()
    }

    /// The served files are a full render's of the site on disk.
    fn assert_full(&self) {
        assert_same(&self.served.0, &full(&Site::load(self.dir.path()).unwrap()));
    }
}

/// A build (no drafts, not live) of `site`, with the files it made: by
/// `render_again` with `memory`, else by `render_with`. The list of paths
/// it hands back must name exactly those files.
fn built(
    site: &Site,
    findings: &[yoxla::diag::Finding],
    memory: Option<&mut Memory>,
) -> BTreeMap<String, Vec<u8>> {
    let build = Preview {
        drafts: false,
        findings,
        live: false,
        previous: None,
        cache: None,
    };
    let sink = Mutex::new(Vec::<Output>::new());
    let rendered = match memory {
        Some(memory) => render::render_again(site, &build, &sink, memory).unwrap(),
        None => render::render_with(site, &build, &sink).unwrap(),
    };
    let files: BTreeMap<String, Vec<u8>> = yoxla::output::collected(sink)
        .unwrap()
        .into_iter()
        .map(|o| (o.path, o.bytes))
        .collect();
    assert_eq!(files.keys().cloned().collect::<Vec<_>>(), *rendered.paths);
    files
}

fn edit(path: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(path).unwrap();
    assert!(text.contains(from), "{from} in {}", path.display());
    std::fs::write(path, text.replacen(from, to, 1)).unwrap();
}

fn assert_same(incremental: &BTreeMap<String, Vec<u8>>, fresh: &BTreeMap<String, Vec<u8>>) {
    assert_eq!(
        incremental.keys().collect::<Vec<_>>(),
        fresh.keys().collect::<Vec<_>>(),
        "the same files"
    );
    for (path, bytes) in fresh {
        assert!(
            incremental[path] == *bytes,
            "{path} differs from a full render"
        );
    }
}

#[test]
fn a_saved_article_rerenders_its_pages_only_and_matches_a_full_render() {
    let (mut s, all) = Session::start(120);
    assert!(all > 200, "the first render makes every file: {all}");

    // Nothing changed: only the static files go out again.
    let again = s.rerender();
    assert!(again <= 10, "an unchanged site renders {again} files");

    // One article's claim changes: its page and the lists showing it.
    let (rel, _) = corpus::article(7);
    let path = s.dir.path().join(&rel);
    edit(&path, "faiz artıb”\"\nslug", "faiz azalıb”\"\nslug");
    let one = s.save(&path);
    assert!(
        (2..=20).contains(&(one - again)),
        "one saved article renders {} pages",
        one - again
    );
    s.assert_full();

    // A style error appears on the page (the preview shows findings).
    edit(&path, "## Nəticə", "## Nəticə\n\nO, axmaq deyil.");
    assert!(s.site.reload_article(&path));
    let findings = s.memo.run(&s.site, today());
    assert_eq!(
        findings,
        check::run_at(&Site::load(s.dir.path()).unwrap(), today()),
        "the memo's findings are a full check's"
    );
    assert!(findings.iter().any(|f| f.rule == "style.banned-words"));
    s.served.render(&s.site, &findings, &mut s.memory);
    s.assert_full();

    // The date moves the article to another place in every list.
    edit(&path, "\ndate = ", "\ndate = 2026-11-20\nold_date = ");
    let text = std::fs::read_to_string(&path).unwrap();
    let fixed: String = text
        .lines()
        .filter(|l| !l.starts_with("old_date = "))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&path, fixed).unwrap();
    s.save(&path);
    s.assert_full();

    // A new article and a deleted one.
    let (new_rel, new_text) = corpus::article(500);
    let new_path = s.dir.path().join(&new_rel);
    std::fs::create_dir_all(new_path.parent().unwrap()).unwrap();
    std::fs::write(&new_path, new_text).unwrap();
    assert!(s.site.reload_article(&new_path));
    let (gone_rel, _) = corpus::article(3);
    let gone = s.dir.path().join(&gone_rel);
    std::fs::remove_file(&gone).unwrap();
    s.save(&gone);
    let fresh = Site::load(s.dir.path()).unwrap();
    assert_eq!(s.site.articles.len(), fresh.articles.len());
    s.assert_full();
}

#[test]
fn changes_that_are_not_one_article_ask_for_a_full_load() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write_site(dir.path(), 5).unwrap();
    let mut site = Site::load(dir.path()).unwrap();
    for path in [
        "yoxla.toml",
        "content/pages/haqqimizda.md",
        "themes/default/templates/base.html",
        "content/2021",
    ] {
        assert!(!site.reload_article(&dir.path().join(path)), "{path}");
    }
    assert_eq!(site.articles.len(), 5, "a refused reload changes nothing");

    // A broken save is a finding, and the article is gone until fixed.
    let (rel, text) = corpus::article(2);
    let path = dir.path().join(&rel);
    std::fs::write(&path, text.replacen("title = \"", "title = ", 1)).unwrap();
    assert!(site.reload_article(&path));
    assert_eq!(site.articles.len(), 4);
    assert!(site.findings.iter().any(|f| f.file == rel));
    std::fs::write(&path, text).unwrap();
    assert!(site.reload_article(&path));
    assert_eq!(site.articles.len(), 5);
    assert!(site.findings.iter().all(|f| f.file != rel));
}

#[test]
fn a_changed_template_or_config_renders_everything_again() {
    let (mut s, all) = Session::start(20);
    let config = s.dir.path().join("yoxla.toml");
    edit(
        &config,
        "title = \"Fakt Yoxla\"",
        "title = \"Fakt Yoxla Plus\"",
    );
    // The findings move with the configuration too (the Background's
    // formula names the site), as a preview checks again.
    assert_eq!(s.load_again(), all);
    s.assert_full();

    // The compiled templates are kept between renders: a template the
    // site overrides after that must still be compiled again.
    let templates = s.dir.path().join("themes/default/templates");
    std::fs::create_dir_all(&templates).unwrap();
    std::fs::write(
        templates.join("404.html"),
        "{% extends \"base.html\" %}{% block main %}<p>Səhifə tapılmadı: yenilənmiş şablon</p>{% endblock main %}",
    )
    .unwrap();
    assert_eq!(s.load_again(), all);
    let page = String::from_utf8(s.served.0["404.html"].clone()).unwrap();
    assert!(page.contains("yenilənmiş şablon"), "{page}");
    s.assert_full();
}

/// A build draws each article's page as soon as its view is made and lets
/// go of the body; a preview keeps its views and draws the pages with the
/// lists. Both must give the same files, byte for byte, search index and
/// feeds included.
#[test]
fn a_build_that_draws_pages_with_their_views_equals_one_that_keeps_them() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write_site(dir.path(), 60).unwrap();
    let site = Site::load(dir.path()).unwrap();
    let findings = check::run_at(&site, today());
    let streamed = built(&site, &findings, None);
    let kept = built(&site, &findings, Some(&mut Memory::default()));
    assert!(
        streamed.keys().any(|p| p.starts_with("pagefind/")),
        "the search index is built"
    );
    assert!(
        streamed.len() > 60 * 2,
        "every article page and its lists: {} files",
        streamed.len()
    );
    assert_same(&streamed, &kept);
}

/// Most saves edit an article's text and no front matter. The lists the
/// article is on show its title, verdict, claim and summary, none of
/// which moved: a save like that renders the article's own page and
/// nothing else of the site's 300 pages, and the site is still what a
/// full render gives.
#[test]
fn a_save_that_edits_only_the_text_renders_the_article_page_alone() {
    let (mut s, _) = Session::start(120);
    let again = s.rerender();

    let (rel, _) = corpus::article(7);
    let path = s.dir.path().join(&rel);
    let page = s
        .served
        .0
        .keys()
        .find(|p| p.ends_with("-7/index.html"))
        .unwrap()
        .clone();
    edit(
        &path,
        "## Faktın yoxlanması\n\n",
        "## Faktın yoxlanması\n\nMüqayisə üçün əvvəlki illərin hesabatlarına da baxdıq.\n\n",
    );
    let before = s.served.0[&page].clone();
    let one = s.save(&path);
    assert_eq!(one - again, 1, "a text-only save renders one page");
    assert_ne!(s.served.0[&page], before, "and that page is the article's");
    let text = String::from_utf8(s.served.0[&page].clone()).unwrap();
    assert!(text.contains("əvvəlki illərin hesabatlarına"), "{page}");
    s.assert_full();
}

/// A save that moves no front matter keeps the site's pages where they
/// were, but a static file added or removed beside it must still be
/// listed or dropped: the memory does not hand back its last list then.
#[test]
fn a_static_file_added_or_removed_is_listed_when_no_article_moved() {
    let (mut s, _) = Session::start(10);
    let extra = s.dir.path().join("static/docs/qaydalar.txt");
    std::fs::create_dir_all(extra.parent().unwrap()).unwrap();
    std::fs::write(&extra, "Redaksiya qaydaları").unwrap();
    // `Served::render` asserts the list names exactly the files served.
    s.load_again();
    assert!(s.served.0.contains_key("docs/qaydalar.txt"));

    std::fs::remove_file(&extra).unwrap();
    s.load_again();
    assert!(!s.served.0.contains_key("docs/qaydalar.txt"));
    s.assert_full();
}

/// The home page's first page counts the articles of each verdict. A
/// verdict changed on an article far down the list moves those counts
/// though none of the articles the page lists moved: the page must be
/// drawn again.
#[test]
fn a_verdict_changed_down_the_list_updates_the_home_pages_counts() {
    let (mut s, _) = Session::start(120);
    let home = String::from_utf8(s.served.0["index.html"].clone()).unwrap();
    let far = s
        .site
        .articles
        .iter()
        .find(|a| !home.contains(&format!("/{}/", a.slug)))
        .expect("an article the home page does not list");
    let path = s.dir.path().join(&far.file);
    let scale = yoxla::config::default_scale(yoxla::text::Language::Az);
    let word = far.fm.verdict.clone().unwrap();
    let other = scale.iter().find(|w| **w != word).unwrap();
    edit(
        &path,
        &format!("verdict = \"{word}\""),
        &format!("verdict = \"{other}\""),
    );
    s.save(&path);
    s.assert_full();
}

/// A saved title keeps the related checks chosen and redraws the entry
/// every page lists the article with; saved tags and category choose
/// them again. Both previews equal a full render.
#[test]
fn a_saved_title_or_tags_update_every_related_entry_and_choice() {
    let (mut s, _) = Session::start(120);
    let (rel, text) = corpus::article(7);
    let path = s.dir.path().join(&rel);
    let title = text
        .lines()
        .find(|l| l.starts_with("title = \""))
        .expect("a title line")
        .to_string();
    edit(&path, &title, "title = \"Yeni başlıq: “İşıq pulu artıb”\"");
    s.save(&path);
    s.assert_full();
    let listing = s
        .served
        .0
        .iter()
        .filter(|(p, bytes)| {
            p.ends_with("index.html") && String::from_utf8_lossy(bytes).contains("Yeni başlıq")
        })
        .count();
    assert!(listing > 2, "the new title is listed on {listing} pages");

    // New tags and category: the article shares no list with the others.
    for key in ["tags = ", "category = "] {
        let line = text
            .lines()
            .find(|l| l.starts_with(key))
            .expect("a tags and a category line")
            .to_string();
        let alone = if key == "tags = " {
            "[\"yalnız\"]"
        } else {
            "\"yalnız\""
        };
        edit(&path, &line, &format!("{key}{alone}"));
    }
    s.save(&path);
    s.assert_full();
}

/// A memory serves the live preview only. A render that makes search
/// records, API files and cards with the views (a build, or the
/// complete render) must make them all again the second time too, not
/// skip the articles whose views it remembers.
#[test]
fn a_memory_kept_across_two_builds_still_makes_every_file() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write_site(dir.path(), 20).unwrap();
    // Without share cards (which make nothing be reused either way).
    edit(
        &dir.path().join("yoxla.toml"),
        "language = \"az\"\n",
        "language = \"az\"\nshare_cards = false\n",
    );
    let site = Site::load(dir.path()).unwrap();
    let findings = check::run_at(&site, today());
    let mut memory = Memory::default();
    let first = built(&site, &findings, Some(&mut memory));
    assert!(first.keys().any(|p| p.starts_with("api/")), "the API is on");
    assert!(
        first.keys().any(|p| p.starts_with("pagefind/")),
        "search is on"
    );
    assert_same(&built(&site, &findings, Some(&mut memory)), &first);
}
