//! The benchmark corpus is realistic only if it is valid: a generated
//! site passes every rule and builds.

#![allow(clippy::unwrap_used, clippy::expect_used)]

#[path = "../benches/corpus.rs"]
mod corpus;

#[test]
fn a_generated_site_passes_every_rule_and_builds() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write_site(dir.path(), 60).unwrap();
    let site = yoxla::content::Site::load(dir.path()).unwrap();
    assert_eq!(site.articles.len(), 60);
    let today = yoxla::text::Date::parse("2026-11-22").unwrap();
    let findings = yoxla::check::run_at(&site, today);
    assert!(findings.is_empty(), "{findings:#?}");
    let words: usize = site
        .articles
        .iter()
        .map(|a| a.body().split_whitespace().count())
        .sum();
    let mean = words / site.articles.len();
    assert!((600..=900).contains(&mean), "{mean} words an article");
    let speakers: std::collections::HashSet<_> = (0..400)
        .map(|i| {
            corpus::article(i)
                .1
                .lines()
                .find(|l| l.starts_with("speaker = "))
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(speakers.len() >= 150, "{} speakers", speakers.len());
    let report = yoxla::build::build(&yoxla::build::BuildOptions {
        root: dir.path().into(),
        output: None,
    })
    .unwrap();
    assert_eq!(report.blocking, 0);
    assert_eq!(report.published, 60);
}

#[test]
fn large_builds_report_progress_in_plain_lines_off_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write_site(dir.path(), 500).unwrap();
    // Progress is the point here; cards and the search index are not.
    without_cards_and_search(dir.path());
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_yoxla"))
            .args(args)
            .arg("--root")
            .arg(dir.path())
            .env("YOXLA_TODAY", "2026-11-22")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let stderr = run(&["build"]);
    for line in [
        // The corpus is an Azerbaijani site: its lines are Azerbaijani.
        "yoxla: yükləmə: 500 məqalə",
        "yoxla: yoxlama…",
        "yoxla: yoxlama: ",
        "yoxla: səhifələr: ",
        "yoxla: yazma: ",
    ] {
        assert!(stderr.contains(line), "{line}: {stderr}");
    }
    // Switched off, they are not made.
    let public = dir.path().join("public");
    assert!(!public.join("pagefind").exists() && !public.join("axtaris").exists());
    let cards = walkdir::WalkDir::new(&public)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".png"))
        .count();
    assert_eq!(cards, 0);
    let stderr = run(&["check"]);
    assert!(stderr.contains("yoxla: yoxlama: "), "{stderr}");
    // A small site stays quiet.
    let small = TestSiteFree::new();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_yoxla"))
        .args(["build", "--root"])
        .arg(small.0.path())
        .output()
        .unwrap();
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("yoxla: check"),
        "no progress lines for a small site"
    );
}

/// A 30-article generated site in a temporary folder.
struct TestSiteFree(tempfile::TempDir);

impl TestSiteFree {
    fn new() -> TestSiteFree {
        let dir = tempfile::tempdir().unwrap();
        corpus::write_site(dir.path(), 30).unwrap();
        TestSiteFree(dir)
    }
}

/// A build killed at any moment leaves either the previous site or the new
/// one, whole; the next build clears what the killed one left.
#[cfg(target_os = "linux")]
#[test]
fn a_build_killed_mid_write_leaves_the_previous_site_whole() {
    let dir = tempfile::tempdir().unwrap();
    corpus::write_site(dir.path(), 300).unwrap();
    without_cards_and_search(dir.path());
    let config = dir.path().join("yoxla.toml");
    let yoxla = || {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_yoxla"));
        c.arg("build")
            .arg("--root")
            .arg(dir.path())
            .env("YOXLA_TODAY", "2026-11-22")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        c
    };
    let public = dir.path().join("public");
    let tree = |p: &std::path::Path| -> std::collections::BTreeMap<String, Vec<u8>> {
        walkdir::WalkDir::new(p)
            .into_iter()
            .filter_map(Result::ok)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path()
                        .strip_prefix(p)
                        .unwrap()
                        .to_string_lossy()
                        .into_owned(),
                    std::fs::read(e.path()).unwrap(),
                )
            })
            .collect()
    };
    assert!(yoxla().status().unwrap().success());
    let old = tree(&public);
    // Every article changes, so every page differs between old and new.
    let site_name = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        site_name.replacen("title = \"", "title = \"Yeni ", 1),
    )
    .unwrap();
    let mut killed = 0;
    let mut snapshots = Vec::new();
    for delay_ms in [5u64, 20, 40, 80, 120, 160, 220, 300, 400, 600] {
        let mut child = yoxla().spawn().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(delay_ms));
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap();
            killed += 1;
        }
        child.wait().unwrap();
        snapshots.push((delay_ms, tree(&public)));
    }
    assert!(
        killed >= 1,
        "no build was interrupted; the site is too small"
    );
    assert!(yoxla().status().unwrap().success());
    let new = tree(&public);
    assert_ne!(new, old);
    for (delay_ms, snapshot) in &snapshots {
        assert!(
            *snapshot == old || *snapshot == new,
            "killed after {delay_ms} ms, the output is neither the old site nor the new one"
        );
    }
    // What the killed builds left beside the output is gone.
    let leftovers: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public.yoxla-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// Turns share cards and search off in a generated site's yoxla.toml.
fn without_cards_and_search(root: &std::path::Path) {
    let config = root.join("yoxla.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    std::fs::write(
        &config,
        format!("share_cards = false\nsearch = false\n{text}"),
    )
    .unwrap();
}
