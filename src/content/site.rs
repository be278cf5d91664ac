//! The whole site as loaded: configuration, articles, pages, and the
//! findings of files that could not be read.

use super::{Article, Page, SourceFile};
use crate::config::Config;
use crate::diag::Rule;
use crate::diag::{Finding, Severity, Span};
use anyhow::{Context, Result};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// Where articles and pages live, under the site root.
pub const CONTENT_DIR: &str = "content";
/// Where content pages live, under `content/`.
pub const PAGES_DIR: &str = "pages";

/// Everything `load` produced.
#[derive(Debug)]
pub struct Site {
    /// The site root.
    pub root: PathBuf,
    /// The validated configuration.
    pub config: Config,
    /// Every article that could be read, drafts included, in file order.
    pub articles: Vec<Article>,
    /// Every content page that could be read.
    pub pages: Vec<Page>,
    /// Files that could not be read, symlinks refused, walk errors.
    pub findings: Vec<Finding>,
}

/// The Markdown files found (path, site-relative name) and the findings
/// about files that were refused.
type Walked = (Vec<(PathBuf, String)>, Vec<Finding>);

enum Loaded {
    Article(Box<Article>),
    Page(Page),
}

/// The site's own words for its verdicts: the `[verdicts]` table of the
/// first content page (by weight, then file) that has one, such as the
/// methodology page, over the language's defaults.
fn explain_verdicts(config: &mut Config, pages: &[Page]) {
    let explaining = pages
        .iter()
        .filter(|p| !p.verdicts.is_empty())
        .min_by(|a, b| a.weight.cmp(&b.weight).then_with(|| a.file.cmp(&b.file)));
    if let Some(page) = explaining {
        config.explain_verdicts(&page.verdicts);
    }
}

impl Site {
    /// Loads the site at `root`. Fails only when the site itself cannot be
    /// read (no or bad `yoxla.toml`, no `content/`); a bad article is a
    /// finding.
    pub fn load(root: &Path) -> Result<Site> {
        let config = Config::load(root)?;
        let lang = config.language;
        crate::fsutil::refuse_linked_folder(root, CONTENT_DIR, lang)?;
        let content = root.join(CONTENT_DIR);
        if !content.is_dir() {
            anyhow::bail!(
                "`{}` is not a folder: a site keeps its articles in {CONTENT_DIR}/ beside {}",
                content.display(),
                crate::config::CONFIG_FILE
            );
        }
        let (files, mut findings) = walk(root, &content, lang)?;
        let loaded: Vec<Result<Loaded, Box<Finding>>> = files
            .par_iter()
            .map(|(path, rel)| {
                let source = SourceFile::read(path, rel, lang)?;
                if is_page(rel) {
                    Page::parse(source).map(Loaded::Page)
                } else {
                    Article::parse(source).map(|a| Loaded::Article(Box::new(a)))
                }
            })
            .collect();
        // One allocation: an article is a large value, and a growing list
        // would copy them all at every doubling.
        let mut articles = Vec::with_capacity(loaded.len());
        let mut pages = Vec::new();
        for item in loaded {
            match item {
                Ok(Loaded::Article(a)) => articles.push(*a),
                Ok(Loaded::Page(p)) => pages.push(p),
                Err(f) => findings.push(*f),
            }
        }
        let mut config = config;
        explain_verdicts(&mut config, &pages);
        Ok(Site {
            root: root.to_path_buf(),
            config,
            articles,
            pages,
            findings,
        })
    }

    /// Reads one changed article file again, or drops it when it is gone:
    /// what a preview does on a save instead of loading the whole site.
    /// Returns `false`, changing nothing, when the change is not one
    /// article's (a page, the configuration, a folder, a symbolic link):
    /// then the site must be loaded again whole.
    pub fn reload_article(&mut self, path: &Path) -> bool {
        let rel = crate::fsutil::relative_name(&self.root, path);
        let meta = std::fs::symlink_metadata(path);
        if !is_article(&rel) || meta.as_ref().is_ok_and(|m| !m.is_file()) {
            return false;
        }
        let lang = self.config.language;
        let at = self.take_article(&rel);
        if meta.is_ok() {
            self.insert_article(at, SourceFile::read(path, &rel, lang));
        }
        true
    }

    /// Puts an article's text as an editor holds it, saved or not, in
    /// place of the file's (`rel` is its site-relative name): what the
    /// language server does as an author types. Returns `false`, changing
    /// nothing, when `rel` is not an article's name.
    pub fn put_article(&mut self, rel: &str, text: String) -> bool {
        if !is_article(rel) {
            return false;
        }
        let source = SourceFile {
            lang: self.config.language,
            ..SourceFile::from_text(rel, text)
        };
        let at = self.take_article(rel);
        self.insert_article(at, Ok(source));
        true
    }

    /// Removes the article `rel` and its load findings; returns where it
    /// was (or belongs) in file order.
    fn take_article(&mut self, rel: &str) -> usize {
        self.findings.retain(|f| f.file != rel);
        match self.position(rel) {
            Ok(i) => {
                self.articles.remove(i);
                i
            }
            Err(i) => i,
        }
    }

    /// The article whose site-relative name is `rel`.
    pub fn article(&self, rel: &str) -> Option<&Article> {
        self.position(rel).ok().map(|i| &self.articles[i])
    }

    /// Where the article `rel` is in file order, or where it belongs.
    fn position(&self, rel: &str) -> Result<usize, usize> {
        self.articles
            .binary_search_by(|a| Path::new(&a.file).cmp(Path::new(rel)))
    }

    /// Parses a source read for position `at`: the article, or the
    /// finding that says why it cannot be read.
    fn insert_article(&mut self, at: usize, source: Result<SourceFile, Box<Finding>>) {
        match source.and_then(Article::parse) {
            Ok(article) => self.articles.insert(at, article),
            Err(f) => self.findings.push(*f),
        }
    }

    /// The articles that are published (`status = "ready"`).
    pub fn published(&self) -> impl Iterator<Item = &Article> {
        self.articles.iter().filter(|a| a.is_published())
    }
}

/// Whether a site-relative name is an article's: a Markdown file under
/// `content/` that is not a page.
fn is_article(rel: &str) -> bool {
    rel.starts_with(&format!("{CONTENT_DIR}/")) && rel.ends_with(".md") && !is_page(rel)
}

fn is_page(rel: &str) -> bool {
    rel.strip_prefix(CONTENT_DIR)
        .and_then(|r| r.strip_prefix('/'))
        .and_then(|r| r.strip_prefix(PAGES_DIR))
        .is_some_and(|r| r.starts_with('/'))
}

/// Lists every `*.md` under `content/`, sorted, with its root-relative
/// name. Symbolic links are not followed (a link could pull files from
/// outside the site into the output); each one is a finding.
fn walk(root: &Path, content: &Path, lang: crate::text::Language) -> Result<Walked> {
    let mut files = Vec::new();
    let mut findings = Vec::new();
    let walker = walkdir::WalkDir::new(content)
        .follow_links(false)
        .sort_by_file_name();
    for entry in walker {
        let entry =
            entry.with_context(|| say!(lang, "io-cannot-read-folder", path = content.display()))?;
        let path = entry.path();
        let rel = crate::fsutil::relative_name(root, path);
        let is_md = path.extension().is_some_and(|e| e == "md");
        if entry.path_is_symlink() {
            if is_md || path.is_dir() {
                findings.push(Finding::new(
                    &rel,
                    Span::line(1),
                    Rule::MetaRequired,
                    Severity::Error,
                    say!(lang, "load-symbolic-link-which-yoxla-does"),
                ));
            }
            continue;
        }
        if entry.file_type().is_file() && is_md {
            files.push((path.to_path_buf(), rel));
        }
    }
    Ok((files, findings))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> Site {
        let config = "title = \"Sınaq Yoxla\"\nbase_url = \"https://example.org\"\n";
        Site {
            root: ".".into(),
            config: Config::parse(config).expect("config"),
            articles: Vec::new(),
            pages: Vec::new(),
            findings: Vec::new(),
        }
    }

    #[test]
    fn an_editors_text_takes_the_place_of_the_files() {
        let mut site = site();
        let text = |title: &str| format!("+++\r\ntitle = \"{title}\"\r\n+++\r\nMətn.\r\n");
        assert!(site.put_article("content/b.md", text("Şəkər bahalaşıb")));
        assert!(site.put_article("content/a.md", text("Çörək ucuzlaşıb")));
        assert!(site.put_article("content/b.md", text("Şəkər ucuzlaşıb")));
        let files: Vec<_> = site.articles.iter().map(|a| a.file.as_str()).collect();
        assert_eq!(files, ["content/a.md", "content/b.md"]);
        assert_eq!(site.articles[1].title(), "Şəkər ucuzlaşıb");
        assert!(!site.articles[1].text.contains('\r'), "normalised");
        assert!(!site.put_article("content/pages/haqqimizda.md", text("Haqqımızda")));
        assert!(!site.put_article("yoxla.toml", String::new()));
    }

    #[test]
    fn an_unreadable_text_is_a_finding_until_it_reads_again() {
        let mut site = site();
        assert!(site.put_article("content/a.md", "+++\ntitle = \"Yarımçıq\n".into()));
        assert!(site.articles.is_empty());
        assert_eq!(site.findings.len(), 1, "{:?}", site.findings);
        assert_eq!(site.findings[0].file, "content/a.md");
        assert!(site.put_article("content/a.md", "+++\ntitle = \"Tam\"\n+++\n".into()));
        assert!(site.findings.is_empty(), "{:?}", site.findings);
        assert_eq!(site.articles.len(), 1);
    }
}
