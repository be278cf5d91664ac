//! The shape of the code, held by tests: which module may use which
//! (data flows one way, load → check → render → write, and nothing
//! reaches back up), and the size limits a newcomer can rely on (no file
//! over 600 lines of code, no function over 80, a `main.rs` that only
//! dispatches). ARCHITECTURE.md lists the same arrows.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Each top-level module of `src/` and the modules it may use. The
/// ground floor first, then the stages in the order data flows, then
/// what strings them together.
const ALLOWED: &[(&str, &[&str])] = &[
    // The ground floor: shared by every stage, depending on no stage.
    ("text", &[]),
    ("diag", &["text"]),
    ("fsutil", &["diag", "text"]),
    ("tomlerr", &["diag", "text"]),
    ("tomlkeys", &["diag", "text"]),
    ("output", &[]),
    ("memo", &[]),
    ("cache", &[]),
    ("routes", &["text"]),
    ("config", &["diag", "text", "tomlerr", "tomlkeys", "fsutil"]),
    // The stages.
    (
        "content",
        &[
            "config", "diag", "text", "fsutil", "tomlerr", "tomlkeys", "routes",
        ],
    ),
    (
        "check",
        &[
            "content", "config", "diag", "text", "fsutil", "routes", "memo",
        ],
    ),
    (
        "render",
        &[
            "content", "config", "diag", "text", "fsutil", "routes", "output", "memo", "cache",
        ],
    ),
    ("write", &["config", "diag", "fsutil", "output", "text"]),
    // What strings the stages together.
    (
        "build",
        &[
            "content", "check", "render", "write", "config", "diag", "output", "cache", "text",
        ],
    ),
    (
        "serve",
        &[
            "content", "check", "render", "config", "diag", "text", "routes", "output", "fsutil",
            "cache",
        ],
    ),
    ("newsroom", &["content", "check", "config", "diag", "text"]),
    (
        "lsp",
        &["content", "check", "config", "diag", "text", "fsutil"],
    ),
    (
        "cmd",
        &[
            "build", "serve", "newsroom", "lsp", "content", "check", "render", "write", "config",
            "diag", "text", "routes", "output", "fsutil",
        ],
    ),
];

fn src() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Every `.rs` file under `src/`, with its top-level module.
fn files() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(src()).sort_by_file_name() {
        let entry = entry.unwrap();
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let rel = path.strip_prefix(src()).unwrap();
        let top = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .trim_end_matches(".rs")
            .to_string();
        out.push((top, path.to_path_buf()));
    }
    out
}

/// The code of a file without its test module (tests may reach
/// anywhere).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    match text.find("\n#[cfg(test)]\nmod tests") {
        Some(i) => text[..i].to_string(),
        None => text,
    }
}

/// The top-level modules a piece of code names through `crate::`,
/// `crate::{a, b}` or `yoxla::`.
fn used_modules(code: &str) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    for prefix in ["crate::", "yoxla::"] {
        for (i, _) in code.match_indices(prefix) {
            let rest = &code[i + prefix.len()..];
            if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                for item in group[..end].split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        used.insert(name);
                    }
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    used.insert(name);
                }
            }
        }
    }
    used
}

#[test]
fn modules_use_only_the_modules_below_them() {
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let mut wrong = Vec::new();
    for (top, path) in files() {
        if top == "main" || top == "lib" {
            continue;
        }
        let Some(may) = allowed.get(top.as_str()) else {
            wrong.push(format!(
                "src/{top}: a module not in ALLOWED (add it, and its row in ARCHITECTURE.md)"
            ));
            continue;
        };
        for used in used_modules(&code(&path)) {
            if used != top && !may.contains(&used.as_str()) {
                wrong.push(format!(
                    "{} uses `{used}`, which `{top}` may not use",
                    path.display()
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_import_scanner_sees_grouped_and_plain_paths() {
    let used = used_modules("use crate::{render, write::Staging};\nlet x = crate::diag::tr(a);");
    assert_eq!(
        used.into_iter().collect::<Vec<_>>(),
        ["diag", "render", "write"]
    );
}

/// `(lines, name)` of every function in a piece of code, by matching
/// braces from its `fn` line (strings and comments with braces are rare
/// enough in this code base not to matter; the limits are generous).
fn functions(code: &str) -> Vec<(usize, String)> {
    let lines: Vec<&str> = code.lines().collect();
    let mut out = Vec::new();
    for (n, line) in lines.iter().enumerate() {
        let mut t = line.trim_start();
        for prefix in [
            "pub(crate) ",
            "pub(super) ",
            "pub ",
            "const ",
            "async ",
            "unsafe ",
        ] {
            t = t.strip_prefix(prefix).unwrap_or(t);
        }
        let Some(rest) = t.strip_prefix("fn ") else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let (mut depth, mut started) = (0i32, false);
        for (k, l) in lines.iter().enumerate().skip(n) {
            for c in l.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        started = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            if started && depth == 0 {
                out.push((k - n + 1, name.clone()));
                break;
            }
            if !started && l.trim_end().ends_with(';') {
                break;
            }
        }
    }
    out
}

#[test]
fn no_file_over_600_lines_no_function_over_80_and_a_thin_main() {
    let mut wrong = Vec::new();
    for (_, path) in files() {
        let code = code(&path);
        let lines = code.lines().count();
        if lines > 600 {
            wrong.push(format!("{}: {lines} lines of code", path.display()));
        }
        for (len, name) in functions(&code) {
            if len > 80 {
                wrong.push(format!("{}: fn {name} is {len} lines", path.display()));
            }
        }
    }
    let main = code(&src().join("main.rs")).lines().count();
    if main >= 150 {
        wrong.push(format!(
            "src/main.rs: {main} lines (it parses and dispatches only)"
        ));
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
