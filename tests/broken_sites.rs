//! Broken sites: every error names the file and the line, nothing is
//! written, and an earlier output stays as it was.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;

fn build_cli(site: &TestSite) -> (i32, String) {
    let root = site.root().to_string_lossy().into_owned();
    let (code, _, stderr) = yoxla(&["build", "--root", &root]);
    (code, stderr)
}

/// Builds a good site, breaks its article with `broken`, rebuilds, and
/// returns the second build's exit code and stderr after checking that
/// the first output survived untouched.
fn break_and_rebuild(broken: &str) -> (i32, String) {
    let site = TestSite::new(CONFIG, &[("content/2026/babayeva.md", ARTICLE)]);
    let (code, stderr) = build_cli(&site);
    assert_eq!(code, 0, "{stderr}");
    let before = tree(&site.public());
    site.write("content/2026/babayeva.md", broken);
    let (code, stderr) = build_cli(&site);
    assert_eq!(
        tree(&site.public()),
        before,
        "the earlier output must stay as it was"
    );
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "staging folders left: {leftovers:?}");
    (code, stderr)
}

#[test]
fn broken_toml_names_file_and_line() {
    let broken = ARTICLE.replace("verdict = \"yanlış\"", "verdict = yanlış");
    let (code, stderr) = break_and_rebuild(&broken);
    assert_eq!(code, 1);
    assert!(stderr.contains("content/2026/babayeva.md:8:"), "{stderr}");
    assert!(stderr.contains("nothing was written"), "{stderr}");
}

#[test]
fn an_unknown_key_is_named_with_its_line() {
    let broken = ARTICLE.replace(
        "speaker_status =",
        "speker_status = \"x\"\nspeaker_status =",
    );
    let (code, stderr) = break_and_rebuild(&broken);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("error[meta.required]: `speker_status` açarı tanınmır"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> content/2026/babayeva.md:14:1\n"),
        "{stderr}"
    );
    assert!(
        stderr.contains("14 | speker_status = \"x\""),
        "the line is shown: {stderr}"
    );
}

#[test]
fn a_missing_field_is_named() {
    let broken = ARTICLE.replace("speaker = \"Lalə Babayeva\"\n", "");
    let (code, stderr) = break_and_rebuild(&broken);
    assert_eq!(code, 1);
    // Reported at the [claim] table it belongs in.
    assert!(stderr.contains("content/2026/babayeva.md:11:"), "{stderr}");
    assert!(stderr.contains("`claim.speaker` yoxdur"), "{stderr}");
}

#[test]
fn a_wrong_type_and_an_impossible_date_are_named() {
    let (code, stderr) = break_and_rebuild(
        &ARTICLE.replace("foreign_sources = false", "foreign_sources = \"xeyr\""),
    );
    assert_eq!(code, 1);
    assert!(stderr.contains("content/2026/babayeva.md:9:"), "{stderr}");
    let (code, stderr) =
        break_and_rebuild(&ARTICLE.replace("date = 2026-10-06", "date = 2026-02-30"));
    assert_eq!(code, 1);
    assert!(stderr.contains("content/2026/babayeva.md:15:"), "{stderr}");
}

#[test]
fn a_verdict_near_miss_gets_a_fix() {
    let (code, stderr) =
        break_and_rebuild(&ARTICLE.replace("verdict = \"yanlış\"", "verdict = \"yanlis\""));
    assert_eq!(code, 1);
    assert!(
        stderr.contains(
            "error[meta.verdict]: `yanlis` hökm şkalasında yoxdur: `yanlış` nəzərdə tutulub?"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("= help: fix: yanlış"), "{stderr}");
}

#[test]
fn errors_in_drafts_do_not_stop_the_build() {
    let draft = ARTICLE
        .replace("status = \"ready\"", "status = \"draft\"")
        .replace("verdict = \"yanlış\"", "verdict = \"bilmirəm\"");
    let site = TestSite::new(
        CONFIG,
        &[
            ("content/a.md", ARTICLE),
            ("content/b-draft.md", &draft.replace("Şəkərin", "Unun")),
        ],
    );
    let (code, stderr) = build_cli(&site);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("content/b-draft.md:"),
        "the draft's finding is still shown: {stderr}"
    );
    let all: String = tree(&site.public())
        .values()
        .map(|b| String::from_utf8_lossy(b).into_owned())
        .collect();
    assert!(!all.contains("Unun"), "the draft is not published");
}

#[test]
fn one_bad_file_does_not_hide_the_others() {
    let site = TestSite::new(
        CONFIG,
        &[
            ("content/a.md", &ARTICLE.replace("+++\ntitle", "title")),
            (
                "content/b.md",
                &ARTICLE.replace("category = \"iqtisadiyyat\"", "category = \"idman\""),
            ),
            (
                "content/c.md",
                "\u{feff}+++\r\ntitle = \"x\"\r\nverdict = \r\n+++\r\n",
            ),
        ],
    );
    let (code, stderr) = build_cli(&site);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("error[meta.required]: front matter yoxdur"),
        "{stderr}"
    );
    assert!(stderr.contains("--> content/a.md:1:1"), "{stderr}");
    assert!(
        stderr.contains("error[meta.category]: `idman` kateqoriyası"),
        "{stderr}"
    );
    assert!(stderr.contains("--> content/b.md:5:1"), "{stderr}");
    assert!(
        stderr.contains("--> content/c.md:3:"),
        "BOM and CRLF keep line numbers: {stderr}"
    );
    assert!(!site.public().exists());
}

#[test]
fn a_bad_config_exits_2_and_names_the_key() {
    let site = TestSite::new(
        &format!("{CONFIG}languge = \"az\"\n"),
        &[("content/a.md", ARTICLE)],
    );
    let (code, stderr) = build_cli(&site);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("yoxla.toml:7:1: unknown key `languge`"),
        "{stderr}"
    );
}

#[test]
fn the_output_folder_can_never_be_the_site_itself() {
    let site = TestSite::new(CONFIG, &[("content/a.md", ARTICLE)]);
    let root = site.root().to_string_lossy().into_owned();
    for output in [
        root.clone(),
        format!("{root}/content"),
        format!("{root}/.."),
        format!("{root}/public/.."),
    ] {
        let (code, _, stderr) = yoxla(&["build", "--root", &root, "--output", &output]);
        assert_eq!(code, 2, "{output}: {stderr}");
    }
    assert!(site.root().join("content/a.md").exists());
    assert!(site.root().join("yoxla.toml").exists());
}

#[test]
fn a_missing_site_says_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _, stderr) = yoxla(&["build", "--root", &dir.path().to_string_lossy()]);
    assert_eq!(code, 2);
    assert!(stderr.contains("a site needs a yoxla.toml"), "{stderr}");
}

#[test]
fn markdown_nested_ten_thousand_levels_deep_is_checked_and_built_without_a_crash() {
    for nest in ["> ", "- ", "* [", "1. "] {
        let deep = format!("{}söz\n", nest.repeat(10_000));
        let article = ARTICLE.replace("## Tarixçə", &format!("{deep}\n## Tarixçə"));
        let site = TestSite::new(CONFIG, &[("content/derin.md", &article)]);
        let (code, stderr) = build_cli(&site);
        // No crash (a panic or a stack overflow exits 101 or by signal):
        // the site builds or the style guide says what is wrong.
        assert!(code == 0 || code == 1, "{nest:?}: exit {code}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn a_huge_an_empty_and_an_unterminated_file_each_get_their_error_and_the_rest_are_checked() {
    let huge = format!("{ARTICLE}\n{}", "Uzun cümlə. ".repeat(2_000_000));
    assert!(huge.len() > 20_000_000);
    let site = TestSite::new(
        CONFIG,
        &[
            ("content/boyuk.md", &huge),
            ("content/bos.md", ""),
            ("content/yarimciq.md", "+++\ntitle = \"Yarımçıq\"\n"),
            ("content/cercivesiz.md", "Sadəcə mətn, ön məlumat yoxdur.\n"),
            ("content/yaxsi.md", ARTICLE),
        ],
    );
    let root = site.root().to_string_lossy().into_owned();
    let (code, stdout, stderr) = yoxla(&["check", "--root", &root, "--format", "json"]);
    assert_eq!(code, 1, "{stderr}");
    let report: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let files: Vec<&str> = report
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    for bad in [
        "content/boyuk.md",
        "content/bos.md",
        "content/yarimciq.md",
        "content/cercivesiz.md",
    ] {
        assert!(files.contains(&bad), "{bad} has no finding: {stdout}");
    }
    assert!(!files.contains(&"content/yaxsi.md"), "{stdout}");
    // Each error names its line and says what to do.
    for f in report.as_array().unwrap() {
        assert!(f["line"].as_u64().unwrap() >= 1);
        assert!(f["message"].as_str().unwrap().len() > 20, "{f}");
    }
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_content_is_reported_not_followed() {
    let site = TestSite::new(CONFIG, &[("content/yaxsi.md", ARTICLE)]);
    std::os::unix::fs::symlink(
        site.root().join("content"),
        site.root().join("content/dovre"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        site.root().join("content/a.md"),
        site.root().join("content/b.md"),
    )
    .unwrap();
    std::os::unix::fs::symlink(
        site.root().join("content/b.md"),
        site.root().join("content/a.md"),
    )
    .unwrap();
    let (code, stderr) = build_cli(&site);
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("content/dovre"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn a_slug_that_would_leave_the_output_folder_is_refused() {
    for slug in [
        "../../etc",
        "/tmp/x",
        "a\\\\b",
        "con",
        "nul",
        "a/b",
        "a\\u0000b",
        "..",
        ".",
    ] {
        let article = ARTICLE.replacen("+++\n", &format!("+++\nslug = \"{slug}\"\n"), 1);
        let site = TestSite::new(CONFIG, &[("content/a.md", &article)]);
        let (code, stderr) = build_cli(&site);
        assert_eq!(code, 1, "{slug}: {stderr}");
        assert!(stderr.contains("meta.slug"), "{slug}: {stderr}");
        // Nothing was written anywhere: no output, nothing beside the site.
        assert!(!site.public().exists(), "{slug}");
        let parent: Vec<_> = std::fs::read_dir(site.root().parent().unwrap())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .collect();
        assert!(!parent.iter().any(|n| n == "etc" || n == "x"), "{slug}");
    }
}

#[test]
fn hostile_tags_become_safe_folders() {
    let article = ARTICLE.replace(
        "tags = [",
        "tags = [\"../../kənar\", \"CON\", \"a/b\\\\c\", ",
    );
    assert!(article.contains("../../kənar"));
    let site = TestSite::new(CONFIG, &[("content/a.md", &article)]);
    let (code, stderr) = build_cli(&site);
    assert_eq!(code, 0, "{stderr}");
    let files = tree(&site.public());
    for folder in [
        "etiketler/kenar/index.html",
        "etiketler/con-1/index.html",
        "etiketler/a-b-c/index.html",
    ] {
        assert!(
            files.contains_key(folder),
            "{folder}: {:?}",
            files
                .keys()
                .filter(|k| k.starts_with("etiketler"))
                .collect::<Vec<_>>()
        );
    }
    assert!(files.keys().all(|k| !k.contains("..") && !k.contains('\\')));
}
