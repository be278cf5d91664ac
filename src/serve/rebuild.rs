//! A rebuild of the preview after a save, and putting its files in
//! place of the last good build's: what the rebuild thread keeps between
//! saves (the loaded site, the check's memo, the render's memory, where
//! each source file's page was last served), and the rule that a file
//! which no longer reads keeps its last good page, with its error, until
//! it is fixed, removed, or its page is another file's.

use super::{Served, Shared};
use crate::check;
use crate::content::Site;
use crate::render::{self, Preview};
use crate::routes::{Route, Sections};
use crate::text::Language;
use anyhow::Result;
use foldhash::{HashMap, HashMapExt as _, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Instant;

/// What the rebuild thread keeps between rebuilds: the loaded site, the
/// check's findings per article and the render's memory, so a saved
/// article is read, checked and rendered alone, with the list pages it
/// appears on.
#[derive(Default)]
pub(super) struct Live {
    site: Option<Site>,
    check: check::Memo,
    memory: render::Memory,
    /// The page each article and content page was last served at, by
    /// source file: where a broken save's last good page is.
    pages: HashMap<String, String>,
    /// Every path of the last build served: a render that hands back
    /// the same list made the same files, and nothing is pruned.
    paths: Option<Arc<[String]>>,
}

/// What one rebuild made: the files rendered this time, every path the
/// site has, its base path, language and number of findings, the page of
/// each source file, and the errors of files that did not read.
struct Rebuilt {
    outputs: Vec<crate::output::Output>,
    paths: Arc<[String]>,
    base_path: String,
    lang: crate::text::Language,
    findings: usize,
    /// The page of each source file read this time (every file when
    /// `full`, else only those saved).
    pages: HashMap<String, String>,
    full: bool,
    /// The saved files that are not in the site now (deleted, or no
    /// longer read).
    gone: Vec<String>,
    unreadable: HashMap<String, String>,
}

/// Builds the preview into `served`; prints findings and timing. With
/// `changed` (the files a save touched), only those are read again when
/// they are all articles; otherwise the whole site is loaded.
pub(super) fn rebuild(root: &Path, served: &Shared, live: &mut Live, changed: Option<&[PathBuf]>) {
    let started = Instant::now();
    let result = build_preview(root, live, changed);
    let Ok(mut state) = served.write() else {
        return;
    };
    match result {
        Ok(rebuilt) => {
            let findings = rebuilt.findings;
            let (rendered_now, total) = publish(&mut state, live, rebuilt);
            let line = say!(
                state.lang,
                "serve-rebuilt",
                ms = started.elapsed().as_millis() as u64,
                rendered = rendered_now,
                total = total,
                findings = findings
            );
            eprintln!("{line}");
        }
        Err(e) => {
            // What is served must not mix two builds: the next rebuild
            // renders everything again.
            live.memory = render::Memory::default();
            let msg = format!("{e:#}");
            eprintln!(
                "error: {msg}\n({})",
                say!(state.lang, "serve-last-good-build")
            );
            state.error = Some(msg);
        }
    }
}

/// Loads (or reloads), checks and renders the site for the preview.
fn build_preview(root: &Path, live: &mut Live, changed: Option<&[PathBuf]>) -> Result<Rebuilt> {
    let incremental = match (&mut live.site, changed) {
        (Some(site), Some(paths)) => paths.iter().all(|p| site.reload_article(p)),
        _ => false,
    };
    if !incremental {
        // A failed load leaves no site: the next save loads it whole.
        live.site = None;
        live.site = Some(Site::load(root)?);
    }
    let Some(site) = &live.site else {
        anyhow::bail!("{}", say!(Language::from_env(), "serve-site-not-loaded"));
    };
    let findings = live.check.run(site, check::today());
    for f in &findings {
        eprintln!("{f}");
    }
    let sink = Mutex::new(Vec::new());
    let rendered = render::render_again(
        site,
        &Preview {
            drafts: true,
            findings: &findings,
            live: true,
            previous: None,
            cache: None,
        },
        &sink,
        &mut live.memory,
    )?;
    let lang = site.config.language;
    let (pages, gone) = pages_of(site, changed.filter(|_| incremental));
    Ok(Rebuilt {
        outputs: crate::output::collected(sink)?,
        paths: rendered.paths,
        base_path: site.config.base_path.clone(),
        lang,
        findings: findings.len(),
        pages,
        full: !incremental,
        gone,
        unreadable: unreadable(site, lang),
    })
}

/// The page each article and content page is rendered to, by source file
/// (a preview renders every article, drafts too): of every file, or of
/// the articles in `changed` only, with the changed files that are not in
/// the site.
fn pages_of(site: &Site, changed: Option<&[PathBuf]>) -> (HashMap<String, String>, Vec<String>) {
    let sections = Sections::for_language(site.config.language);
    let page =
        |a: &crate::content::Article| (a.file.clone(), Route::article(&sections, &a.slug).file());
    if let Some(changed) = changed {
        let mut pages = HashMap::new();
        let mut gone = Vec::new();
        for path in changed {
            let file = crate::fsutil::relative_name(&site.root, path);
            match site.article(&file) {
                Some(a) => pages.extend([page(a)]),
                None => gone.push(file),
            }
        }
        return (pages, gone);
    }
    let pages = site
        .pages
        .iter()
        .map(|p| (p.file.clone(), Route::new([p.slug.as_str()]).file()));
    let all = site.articles.iter().map(page).chain(pages).collect();
    (all, Vec::new())
}

/// The errors of the files that did not read (and so are not in the
/// site), by file, with a line that says their last good page is shown.
fn unreadable(site: &Site, lang: crate::text::Language) -> HashMap<String, String> {
    let mut errors: HashMap<String, String> = HashMap::new();
    for f in &site.findings {
        let text = errors.entry(f.file.clone()).or_default();
        let _ = writeln!(text, "{f}");
    }
    let note = say!(lang, "cli-page-shown-last-built-until");
    for text in errors.values_mut() {
        text.push_str(&note);
    }
    errors
}

/// Puts a good build in `state`: its files replace the old ones, files
/// gone from the site are dropped, except the last good page of a file
/// that no longer reads, which stays with that file's error on it until
/// the file is fixed or removed. Returns (files rendered now, files).
fn publish(state: &mut Served, live: &mut Live, rebuilt: Rebuilt) -> (usize, usize) {
    let Rebuilt {
        outputs,
        paths,
        base_path,
        lang,
        mut pages,
        full,
        gone,
        unreadable,
        ..
    } = rebuilt;
    let mut kept = HashMap::new();
    let mut lost = Vec::new();
    for (file, error) in unreadable {
        let Some(page) = live.pages.get(&file) else {
            continue;
        };
        // `paths` is sorted; a page another file now has is not kept.
        if paths.binary_search(page).is_err() && state.files.contains_key(page) {
            kept.insert(page.clone(), error);
            pages.insert(file, page.clone());
        } else {
            // Its last page is another file's now, or gone: it is not
            // brought back by a later save.
            lost.push(file);
        }
    }
    if full {
        live.pages = pages;
    } else {
        for file in gone.iter().chain(&lost) {
            live.pages.remove(file);
        }
        live.pages.extend(pages);
    }
    let same_files = live.paths.as_ref().is_some_and(|p| Arc::ptr_eq(p, &paths));
    if !(same_files && kept.is_empty() && state.kept.is_empty()) {
        // A set, not a binary search per file: 18,000 searches over long
        // shared prefixes were a tenth of a save's rebuild at 10,000
        // articles.
        let wanted: HashSet<&str> = paths.iter().map(String::as_str).collect();
        state
            .files
            .retain(|path, _| wanted.contains(path.as_str()) || kept.contains_key(path));
    }
    let rendered_now = outputs.len();
    for o in outputs {
        state.files.insert(o.path, o.bytes);
    }
    state.base_path = base_path;
    state.lang = lang;
    state.error = None;
    state.kept = kept;
    let total = paths.len();
    live.paths = Some(paths);
    (rendered_now, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::Output;

    /// What a rebuild made, by hand: files rendered now, every path, the
    /// page of each file read, the saved files gone, the unreadable ones.
    fn made(
        full: bool,
        outputs: &[(&str, &str)],
        paths: &[&str],
        pages: &[(&str, &str)],
        gone: &[&str],
        unreadable: &[(&str, &str)],
    ) -> Rebuilt {
        let owned = |pairs: &[(&str, &str)]| -> HashMap<String, String> {
            pairs
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        Rebuilt {
            outputs: outputs
                .iter()
                .map(|(path, text)| Output {
                    path: path.to_string(),
                    bytes: text.as_bytes().to_vec(),
                })
                .collect(),
            paths: paths.iter().map(|p| p.to_string()).collect(),
            base_path: "/".into(),
            lang: Language::Az,
            findings: 0,
            pages: owned(pages),
            full,
            gone: gone.iter().map(|g| g.to_string()).collect(),
            unreadable: owned(unreadable),
        }
    }

    /// A broken article keeps its last good page only while the address
    /// is nobody else's. Once another article took the address, and then
    /// went, the broken one's old page must not come back (with the other
    /// article's text under its error): a full build has no page there.
    #[test]
    fn a_broken_article_never_gets_back_a_page_another_article_had() {
        let (mut state, mut live) = (Served::default(), Live::default());
        let (x, y) = ("content/2026/x.md", "content/2026/y.md");
        let p = "yoxlamalar/p/index.html";
        let error = [(x, "x.md:2: dırnaq bağlanmayıb")];
        // x reads, at P.
        publish(
            &mut state,
            &mut live,
            made(true, &[(p, "X")], &[p], &[(x, p)], &[], &[]),
        );
        // x is saved broken: P stays, with x's error.
        publish(
            &mut state,
            &mut live,
            made(false, &[], &[], &[], &[x], &error),
        );
        assert_eq!(state.files[p], b"X");
        assert!(state.kept.contains_key(p));
        // A new article y is saved with P's address: P is y's.
        let y_at_p = made(false, &[(p, "Y")], &[p], &[(y, p)], &[], &error);
        publish(&mut state, &mut live, y_at_p);
        assert_eq!(state.files[p], b"Y");
        assert!(state.kept.is_empty());
        // y is deleted while x is still broken: nothing is at P.
        publish(
            &mut state,
            &mut live,
            made(false, &[], &[], &[], &[y], &error),
        );
        assert!(
            !state.files.contains_key(p),
            "P came back: {:?}",
            state.kept
        );
    }
}
