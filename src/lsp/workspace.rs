//! The site as the editor sees it: loaded once from disk and held in
//! memory, with the text of every open document in place of its file, so
//! the rules that look at the whole site (two articles with one address)
//! see what the author is typing, and a file changed outside the editor
//! is read again alone.
//!
//! Checking is debounced: a change marks its document and sets a
//! deadline; when the editor has been quiet until then, [`Workspace::check`]
//! re-runs the article's rules on what changed (an article's findings are
//! kept by revision, so an unchanged article is not checked again) and the
//! site-wide rules once, and says which documents' findings to publish.

use super::convert;
use super::document::Document;
use super::position::Encoding;
use crate::check;
use crate::content::Site;
use crate::diag::Finding;
use lsp_types::{Diagnostic, Uri};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long the editor must be quiet before a change is checked.
pub const DEBOUNCE: Duration = Duration::from_millis(150);

/// What was last published for a document.
#[derive(Debug, Clone)]
pub struct Published {
    /// The document's version the findings are of.
    pub version: i32,
    /// The findings, in the check's terms.
    pub findings: Vec<Finding>,
    /// The same findings as the editor was sent them.
    pub diagnostics: Vec<Diagnostic>,
    /// Which check made them (checks are counted from 1).
    pub check: u64,
}

/// The findings of one document, ready to publish.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The document.
    pub uri: Uri,
    /// What was published.
    pub published: Published,
}

/// The server's picture of the site and the editor's documents.
#[derive(Debug)]
pub struct Workspace {
    /// The site's folder (holds `yoxla.toml`), once found.
    pub root: Option<PathBuf>,
    /// The site, with the open documents' text in place of their files.
    pub site: Option<Site>,
    /// Why the site could not be loaded, to tell the author once.
    pub error: Option<String>,
    /// The documents open in the editor.
    pub docs: BTreeMap<Uri, Document>,
    /// What was last published, by document.
    pub published: HashMap<Uri, Published>,
    /// How the editor counts columns.
    pub enc: Encoding,
    /// An article's own findings (not the site-wide rules'), by file,
    /// with the revision they are of.
    own: HashMap<String, (u64, Vec<Finding>)>,
    /// Documents changed since they were last checked.
    dirty: BTreeSet<Uri>,
    /// The site changed in a way that may change any document's findings.
    site_moved: bool,
    /// When to check, if anything waits.
    pub deadline: Option<Instant>,
    /// How many checks have run.
    checks: u64,
}

impl Workspace {
    /// A workspace that looks for its site from `start` upwards.
    pub fn new(start: &Path, enc: Encoding) -> Workspace {
        let mut ws = Workspace {
            root: None,
            site: None,
            error: None,
            docs: BTreeMap::new(),
            published: HashMap::new(),
            enc,
            own: HashMap::new(),
            dirty: BTreeSet::new(),
            site_moved: false,
            deadline: None,
            checks: 0,
        };
        if let Some(root) = find_root(start) {
            ws.load(root);
        }
        ws
    }

    /// The site's language (messages follow it; the default before a
    /// site is loaded).
    pub fn lang(&self) -> crate::text::Language {
        self.site
            .as_ref()
            .map(|s| s.config.language)
            .unwrap_or_default()
    }

    /// Loads the site whole from `root`, with the open documents' text in
    /// place of their files.
    pub fn load(&mut self, root: PathBuf) {
        self.own.clear();
        match Site::load(&root) {
            Ok(site) => {
                self.site = Some(site);
                self.error = None;
                let open: Vec<Uri> = self.docs.keys().cloned().collect();
                for uri in open {
                    self.put(&uri);
                }
            }
            Err(e) => {
                self.site = None;
                self.error = Some(crate::text::visible_text(&format!("{e:#}")).into_owned());
            }
        }
        self.root = Some(root);
        self.site_moved = true;
        self.later();
    }

    /// The site-relative name of a document's file, when it is in the site.
    pub fn rel(&self, uri: &Uri) -> Option<String> {
        let path = self.docs.get(uri)?.path.as_deref()?;
        self.rel_of(path)
    }

    fn rel_of(&self, path: &Path) -> Option<String> {
        let root = self.root.as_deref()?;
        let inside = |p: &Path| {
            p.starts_with(root)
                .then(|| crate::fsutil::relative_name(root, p))
        };
        inside(path).or_else(|| {
            // The editor may name the file through another path (a link
            // in a parent folder): compare the real folders.
            let parent = std::fs::canonicalize(path.parent()?).ok()?;
            inside(&parent.join(path.file_name()?))
        })
    }

    /// Puts a document's text into the site in place of its file.
    fn put(&mut self, uri: &Uri) {
        let Some(rel) = self.rel(uri) else { return };
        let (Some(site), Some(doc)) = (self.site.as_mut(), self.docs.get(uri)) else {
            return;
        };
        site.put_article(&rel, doc.text.clone());
    }

    /// A document was opened: the site is found from it if not yet known.
    pub fn open(&mut self, doc: Document) {
        let uri = doc.uri.clone();
        let start = doc
            .path
            .as_deref()
            .and_then(Path::parent)
            .map(Path::to_path_buf);
        self.docs.insert(uri.clone(), doc);
        if self.root.is_none()
            && let Some(root) = start.as_deref().and_then(find_root)
        {
            self.load(root);
        }
        self.touch(uri);
    }

    /// A document's text changed (or was saved): check it when the
    /// editor is quiet.
    pub fn touch(&mut self, uri: Uri) {
        if self.docs.contains_key(&uri) {
            self.dirty.insert(uri);
            self.later();
        }
    }

    /// A document was closed: its file on disk takes its place again.
    /// Returns whether it was open.
    pub fn close(&mut self, uri: &Uri) -> bool {
        let rel = self.rel(uri);
        let Some(doc) = self.docs.remove(uri) else {
            return false;
        };
        self.dirty.remove(uri);
        self.published.remove(uri);
        if let (Some(_), Some(path)) = (rel, doc.path) {
            self.file_changed(&path);
        }
        true
    }

    /// A file changed on disk (outside the editor, or saved). An open
    /// document's text wins over its file; an article is read again
    /// alone; anything else (the configuration, a page) loads the site
    /// whole.
    pub fn file_changed(&mut self, path: &Path) {
        let Some(root) = self.root.clone() else {
            return;
        };
        let open = self.docs.values().any(|d| d.path.as_deref() == Some(path));
        if open && path.extension().is_some_and(|e| e == "md") {
            return;
        }
        let Some(rel) = self.rel_of(path) else { return };
        let alone = self
            .site
            .as_mut()
            .is_some_and(|site| site.reload_article(&root.join(&rel)));
        if alone {
            self.site_moved = true;
            self.later();
        } else {
            self.load(root);
        }
    }

    fn later(&mut self) {
        self.deadline = Some(Instant::now() + DEBOUNCE);
    }

    /// Checks what changed: every changed document's text is put into
    /// the site, the changed articles are checked again and the site-wide
    /// rules once; returns the documents whose findings are new.
    // `Uri` is ordered and hashed by its text; its interior mutability
    // (the parsed parts, cached) does not change that.
    #[allow(clippy::mutable_key_type)]
    pub fn check(&mut self) -> Vec<Outcome> {
        self.deadline = None;
        self.checks += 1;
        let dirty = std::mem::take(&mut self.dirty);
        for uri in &dirty {
            self.put(uri);
        }
        let site_moved = std::mem::take(&mut self.site_moved);
        let Some(site) = self.site.as_ref() else {
            return Vec::new();
        };
        let wide = check::site_wide(site);
        let params = check::Params::from_settings(&site.config.rules);
        let today = check::today();
        let mut out = Vec::new();
        for (uri, doc) in &self.docs {
            if !dirty.contains(uri) && !site_moved {
                continue;
            }
            let Some(rel) = self.rel(uri) else { continue };
            let own = match site.articles.iter().find(|a| a.file == rel) {
                Some(a) => match self.own.get(&rel) {
                    Some((revision, found)) if *revision == a.revision() => found.clone(),
                    _ => {
                        let found = check::check_article(site, &params, a, today);
                        self.own.insert(rel.clone(), (a.revision(), found.clone()));
                        found
                    }
                },
                None => Vec::new(),
            };
            let findings = check::file_findings(site, &rel, own, &wide);
            let unchanged = self
                .published
                .get(uri)
                .is_some_and(|p| p.version == doc.version && p.findings == findings);
            if !unchanged {
                let diagnostics = convert::diagnostics(&findings, &doc.text, self.enc);
                out.push(Outcome {
                    uri: uri.clone(),
                    published: Published {
                        version: doc.version,
                        findings,
                        diagnostics,
                        check: self.checks,
                    },
                });
            }
        }
        out
    }

    /// Keeps an outcome as what the editor was sent, unless its document
    /// changed since it was checked (then it is dropped, and the newer
    /// text is checked in turn) or a later check's outcome was kept
    /// already. Returns whether it is current.
    pub fn keep(&mut self, outcome: &Outcome) -> bool {
        let unchanged = self.docs.get(&outcome.uri).is_some_and(|d| {
            d.version == outcome.published.version && !self.dirty.contains(&d.uri)
        });
        let newest = self
            .published
            .get(&outcome.uri)
            .is_none_or(|p| p.check < outcome.published.check);
        let current = unchanged && newest;
        if current {
            self.published
                .insert(outcome.uri.clone(), outcome.published.clone());
        }
        current
    }
}

/// The nearest folder from `start` upwards that holds `yoxla.toml`.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let start = std::fs::canonicalize(start).ok()?;
    start
        .ancestors()
        .find(|dir| dir.join(crate::config::CONFIG_FILE).is_file())
        .map(Path::to_path_buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CONFIG: &str = "title = \"Sınaq Yoxla\"\nbase_url = \"https://example.org\"\n";
    const ARTICLE: &str = "+++\ntitle = \"Şəkər bahalaşıb\"\n+++\nQiymət 332,3 manatdır.\n";

    /// A site of one article in a temporary folder, with the article open.
    fn workspace() -> (tempfile::TempDir, Workspace, Uri) {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("sayt/content")).expect("content");
        std::fs::write(dir.path().join("sayt/yoxla.toml"), CONFIG).expect("config");
        let article = dir.path().join("sayt/content/a.md");
        std::fs::write(&article, ARTICLE).expect("article");
        let mut ws = Workspace::new(&dir.path().join("sayt/content"), Encoding::Utf16);
        assert!(ws.site.is_some(), "{:?}", ws.error);
        let path = std::fs::canonicalize(&article).expect("canonical");
        let uri: Uri = url::Url::from_file_path(path)
            .expect("a file URL")
            .as_str()
            .parse()
            .expect("a URI");
        ws.open(Document::new(uri.clone(), ARTICLE.into(), 1));
        (dir, ws, uri)
    }

    #[test]
    fn an_older_checks_findings_never_replace_a_newer_ones() {
        let (dir, mut ws, uri) = workspace();
        let older = ws.check();
        assert_eq!(older.len(), 1);
        // A twin appears on disk: the open article now shares its address.
        let twin = dir.path().join("sayt/content/0.md");
        std::fs::write(&twin, ARTICLE).expect("twin");
        ws.file_changed(&twin);
        let newer = ws.check();
        assert_eq!(newer.len(), 1);
        assert!(ws.keep(&newer[0]));
        assert!(!ws.keep(&older[0]), "the older check came too late");
        let rules: Vec<&str> = ws.published[&uri]
            .findings
            .iter()
            .map(|f| f.rule.id())
            .collect();
        assert!(rules.contains(&"meta.slug"), "{rules:?}");
    }

    #[test]
    fn findings_of_a_text_changed_since_are_dropped() {
        let (_dir, mut ws, uri) = workspace();
        let outcome = ws.check();
        if let Some(doc) = ws.docs.get_mut(&uri) {
            doc.version = 2;
        }
        ws.touch(uri.clone());
        assert!(!ws.keep(&outcome[0]));
        assert!(ws.published.is_empty());
        let outcome = ws.check();
        assert!(ws.keep(&outcome[0]));
        assert_eq!(ws.published[&uri].version, 2);
    }
}
