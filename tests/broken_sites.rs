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
        .filter(|n| n.starts_with('.') && n != ".yoxla-cache")
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
    assert!(stderr.contains("heç nə yazılmadı"), "{stderr}");
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
    assert!(
        stderr.contains("yuxarıdakı 1 xəta qaralamalarda və yoxlamadakı məqalələrdədir, onlar dərc olunmur: yığımı dayandırmır"),
        "the summary counts the draft's error and says it does not block: {stderr}"
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
        stderr.contains("yoxla.toml:7:1: `languge` açarı tanınmır"),
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
    assert!(
        stderr.contains("saytın kökündə yoxla.toml olmalıdır"),
        "{stderr}"
    );
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
        // Nothing was written anywhere: no output, nothing beside the site
        // (the test's own folder holds the site and nothing else).
        assert!(!site.public().exists(), "{slug}");
        let beside: Vec<_> = std::fs::read_dir(site.beside())
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.file_name())
            .collect();
        assert_eq!(beside, ["site"], "{slug}");
    }
}

#[test]
fn test_sites_live_in_a_folder_of_their_own_whatever_else_is_in_the_temporary_folder() {
    // Tests look beside the site for files a hostile build might write
    // there; that folder must hold the site alone, never the machine's
    // temporary folder with whatever other programs left in it.
    let site = TestSite::new(CONFIG, &[("content/a.md", ARTICLE)]);
    let parent = site.root().parent().unwrap();
    let beside: Vec<_> = std::fs::read_dir(parent)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name())
        .collect();
    assert_eq!(beside, ["site"]);
}

/// Builds `site` with `--output OUTPUT`; returns (exit code, stderr).
fn build_into(site: &TestSite, output: &std::path::Path) -> (i32, String) {
    let root = site.root().to_string_lossy().into_owned();
    let out = output.to_string_lossy().into_owned();
    let (code, _, stderr) = yoxla(&["build", "--root", &root, "--output", &out]);
    (code, stderr)
}

#[test]
fn build_never_empties_a_folder_it_did_not_write() {
    let site = TestSite::new(CONFIG, &[("content/a.md", ARTICLE)]);
    site.write("src/main.rs", "fn main() {}\n");
    site.write(".git/HEAD", "ref: refs/heads/main\n");
    site.write("../Documents/letter.txt", "keep me\n");
    for folder in [
        site.root().join("src"),
        site.root().join(".git"),
        site.beside().join("Documents"),
    ] {
        let before = tree(&folder);
        let (code, stderr) = build_into(&site, &folder);
        assert_eq!(code, 2, "{}: {stderr}", folder.display());
        assert!(stderr.contains("yoxla"), "{stderr}");
        assert_eq!(tree(&folder), before, "{} was changed", folder.display());
    }
    // A new folder, then the same folder again (now marked), build.
    let fresh = site.beside().join("fresh");
    assert_eq!(build_into(&site, &fresh).0, 0);
    assert!(fresh.join(".yoxla-output").is_file());
    assert_eq!(build_into(&site, &fresh).0, 0);
    // An empty folder is fine too.
    let empty = site.beside().join("empty");
    std::fs::create_dir(&empty).unwrap();
    assert_eq!(build_into(&site, &empty).0, 0);
}

#[cfg(unix)]
#[test]
fn a_symlinked_output_is_refused_and_the_web_root_behind_it_kept() {
    let site = TestSite::new(CONFIG, &[("content/a.md", ARTICLE)]);
    let web_root = site.beside().join("www");
    site.write("../www/index.html", "the live site\n");
    std::os::unix::fs::symlink(&web_root, site.public()).unwrap();
    let (code, stderr) = build_cli(&site);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("simvolik keçid"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(web_root.join("index.html")).unwrap(),
        "the live site\n"
    );
    let meta = std::fs::symlink_metadata(site.public()).unwrap();
    assert!(meta.file_type().is_symlink(), "public/ is still the link");
}

#[cfg(unix)]
#[test]
fn linked_static_and_theme_folders_cannot_publish_files_from_outside_the_site() {
    let config = format!("theme = \"mine\"\n{CONFIG}");
    for (link, target_files) in [
        ("static", vec!["secret.txt"]),
        (
            "themes/mine",
            vec!["static/secret.txt", "templates/404.html"],
        ),
        ("themes/mine/static", vec!["secret.txt"]),
    ] {
        let site = TestSite::new(&config, &[("content/a.md", ARTICLE)]);
        std::fs::create_dir_all(site.root().join("themes/mine")).unwrap();
        let outside = site.beside().join("outside");
        for f in &target_files {
            site.write(&format!("../outside/{f}"), "private\n");
        }
        let at = site.root().join(link);
        let _ = std::fs::remove_dir(&at);
        std::os::unix::fs::symlink(&outside, &at).unwrap();
        let (code, stderr) = build_cli(&site);
        assert_eq!(code, 2, "{link}: {stderr}");
        assert!(
            stderr.contains(&format!("`{link}` simvolik keçiddir")),
            "{link}: {stderr}"
        );
        assert!(!site.public().exists(), "{link}: nothing is published");
    }
}

#[test]
fn base_url_with_a_newline_cannot_write_into_robots_txt() {
    let config = CONFIG.replace(
        "base_url = \"https://sinaq.example.org\"",
        "base_url = \"https://x.example/a\\nDisallow: /\"",
    );
    assert_ne!(config, CONFIG);
    let site = TestSite::new(&config, &[("content/a.md", ARTICLE)]);
    let (code, stderr) = build_cli(&site);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("yoxla.toml:2: base_url"), "{stderr}");
    assert!(!site.public().exists());
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

#[test]
fn a_verdict_not_on_the_scale_is_never_published_whatever_the_rule_levels() {
    for level in ["warning", "suggestion", "off"] {
        let config = format!("{CONFIG}\n[rules]\n\"meta.verdict\" = \"{level}\"\n");
        let article = ARTICLE.replace("verdict = \"yanlış\"", "verdict = \"düz\"");
        let article_b = ARTICLE.replace("Lalə Babayeva: ", "Lalə Babayeva deyir: ");
        let site = TestSite::new(
            &config,
            &[("content/a.md", &article), ("content/b.md", &article_b)],
        );
        let (code, stderr) = build_cli(&site);
        assert_eq!(code, 1, "{level}: {stderr}");
        assert!(stderr.contains("error[meta.verdict]"), "{level}: {stderr}");
        assert!(stderr.contains("content/a.md:8:"), "{level}: {stderr}");
        assert!(!site.public().exists(), "{level}: nothing is published");
        // `yoxla check` says the same, as an error.
        let (code, _, _) = yoxla_at(site.root(), &["check"]);
        assert_eq!(code, 1, "{level}");
    }
    // A marker in the article cannot silence it either.
    let article = ARTICLE
        .replace("verdict = \"yanlış\"", "verdict = \"düz\"")
        .replacen("\n\n", "\n\n<!-- yoxla-disable meta.verdict -->\n\n", 1);
    let site = TestSite::new(CONFIG, &[("content/a.md", &article)]);
    let (code, stderr) = build_cli(&site);
    assert_eq!(code, 1, "{stderr}");
}

#[test]
fn a_verdict_in_other_letter_case_is_the_scales_verdict_not_the_worst() {
    let config = format!("{CONFIG}\n[rules]\n\"meta.verdict\" = \"warning\"\n");
    let article = ARTICLE
        .replace("verdict = \"yanlış\"", "verdict = \"Doğru\"")
        .replace("**yanlış**", "**doğru**");
    let site = TestSite::new(&config, &[("content/a.md", &article)]);
    let (code, stderr) = build_cli(&site);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("warning[meta.verdict]"), "{stderr}");
    assert!(
        stderr.contains("`doğru`"),
        "the fix names the scale's spelling: {stderr}"
    );
    let files = tree(&site.public());
    let feed = String::from_utf8_lossy(&files["claimreview.json"]).into_owned();
    assert!(
        feed.contains("\"alternateName\": \"Doğru\"")
            || feed.contains("\"alternateName\":\"Doğru\""),
        "{feed}"
    );
    assert!(!feed.contains("Yalan"), "{feed}");
    let listed = |verdict: &str| {
        files
            .get(&format!("hokmler/{verdict}/index.html"))
            .is_some_and(|page| String::from_utf8_lossy(page).contains("Şəkərin qiyməti"))
    };
    assert!(listed("dogru"), "listed under doğru");
    assert!(!listed("yalan"), "not listed under yalan");
    // --fix writes the scale's own spelling.
    let (_, _, stderr) = yoxla_at(site.root(), &["check", "--fix"]);
    assert!(stderr.contains("`Doğru` → `doğru`"), "{stderr}");
}

#[test]
fn two_articles_with_one_slug_stop_the_build_whatever_the_rule_levels() {
    for level in ["warning", "off"] {
        let config = format!("{CONFIG}\n[rules]\n\"meta.slug\" = \"{level}\"\n");
        let first = ARTICLE.replacen("+++\n", "+++\nslug = \"eyni-unvan\"\n", 1);
        let second = first.replace("Lalə Babayeva: ", "Lalə Babayeva yenə: ");
        let site = TestSite::new(
            &config,
            &[("content/a.md", &first), ("content/b.md", &second)],
        );
        let (code, stderr) = build_cli(&site);
        assert_eq!(code, 1, "{level}: {stderr}");
        assert!(stderr.contains("error[meta.slug]"), "{level}: {stderr}");
        assert!(stderr.contains("content/b.md:2:"), "{level}: {stderr}");
        assert!(!site.public().exists());
    }
}

#[test]
fn a_draft_that_takes_a_published_slug_is_reported_on_the_draft_and_does_not_stop_the_build() {
    let published = ARTICLE.replacen("+++\n", "+++\nslug = \"eyni-unvan\"\n", 1);
    let draft = published
        .replace("status = \"ready\"", "status = \"draft\"")
        .replace("Lalə Babayeva: ", "Lalə Babayeva yenə: ");
    // The draft sorts first by file name; the finding still falls on it.
    let site = TestSite::new(
        CONFIG,
        &[("content/a.md", &draft), ("content/b.md", &published)],
    );
    let (code, stderr) = build_cli(&site);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("content/a.md:2:"), "{stderr}");
    let page = std::fs::read_to_string(site.public().join("yoxlamalar/eyni-unvan/index.html"));
    assert!(
        page.is_ok_and(|p| !p.contains("yenə")),
        "the published article has the address"
    );
}
