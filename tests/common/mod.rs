//! Helpers for integration tests: temporary sites and a look at what a
//! build wrote.

#![allow(dead_code)]

pub mod lsp;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The repository root, which is itself the example site.
pub fn example_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Builds the example site into a temporary folder: (the folder, which
/// must be kept alive, and the output path).
pub fn build_example_in_temp() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("public");
    yoxla::build::build(&yoxla::build::BuildOptions {
        root: example_root(),
        output: Some(out.clone()),
    })
    .unwrap();
    (tmp, out)
}

/// A minimal valid configuration.
pub const CONFIG: &str = r#"title = "Sınaq Yoxla"
base_url = "https://sinaq.example.org"
categories = ["iqtisadiyyat", "siyasət"]

[authors.aysel-memmedova]
name = "Aysel Məmmədova"
"#;

/// The slugs of the default Azerbaijani scale, best to worst.
pub const SCALE_SLUGS: [&str; 6] = [
    "dogru",
    "esasen-dogru",
    "yari-dogru",
    "esasen-yanlis",
    "yanlis",
    "yalan",
];

/// A valid, published article about a fictional claim: every rule of
/// the style guide passes on it.
pub const ARTICLE: &str = include_str!("../fixtures/valid.md");

/// A site in a temporary folder of its own: the site is `site/` inside
/// it, so a test can look at what lies beside the site (nothing but what
/// the test itself made) without seeing what else is in the machine's
/// temporary folder.
pub struct TestSite {
    pub dir: tempfile::TempDir,
    root: PathBuf,
}

impl TestSite {
    /// A site with `yoxla.toml` = `config` and the given content files.
    pub fn new(config: &str, files: &[(&str, &str)]) -> TestSite {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("site");
        std::fs::create_dir_all(root.join("content")).expect("content dir");
        std::fs::write(root.join("yoxla.toml"), config).expect("write config");
        let site = TestSite { dir, root };
        for (path, text) in files {
            site.write(path, text);
        }
        site
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folder that holds the site, the test's own.
    pub fn beside(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    }

    pub fn public(&self) -> PathBuf {
        self.root().join("public")
    }
}

/// Every file under `dir` with its bytes, by `/`-separated relative path.
pub fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.expect("walk");
        if entry.file_type().is_file() {
            let rel = entry
                .path()
                .strip_prefix(dir)
                .expect("prefix")
                .to_string_lossy()
                .replace('\\', "/");
            files.insert(rel, std::fs::read(entry.path()).expect("read"));
        }
    }
    files
}

/// Runs the `yoxla` binary; returns (exit code, stdout, stderr).
pub fn yoxla(args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_yoxla"))
        .args(args)
        .output()
        .expect("run yoxla");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Decodes the few entities that appear in attribute values.
pub fn unescape(s: &str) -> String {
    s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

/// The values of every `attr="…"` in an HTML text.
pub fn attr_values(html: &str, attr: &str) -> Vec<String> {
    let needle = format!(" {attr}=\"");
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&needle) {
        rest = &rest[i + needle.len()..];
        if let Some(end) = rest.find('"') {
            out.push(unescape(&rest[..end]));
            rest = &rest[end..];
        }
    }
    out
}

/// Runs `yoxla ARGS --root ROOT` with "today" pinned to 2026-11-22 and no
/// colour; returns (exit code, stdout, stderr).
pub fn yoxla_at(root: &Path, args: &[&str]) -> (i32, String, String) {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_yoxla"))
        .args(args)
        .arg("--root")
        .arg(root)
        .env("YOXLA_TODAY", "2026-11-22")
        .env("NO_COLOR", "1")
        .output()
        .expect("run yoxla");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}
