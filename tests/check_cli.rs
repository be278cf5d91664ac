//! `yoxla check` as editors and CI run it: every rule on one article,
//! the example site clean, exit codes, output formats, --fix.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;

fn every_rule_site() -> TestSite {
    let fixture = example_root().join("tests/fixtures/every-rule");
    let site = TestSite::new(
        &std::fs::read_to_string(fixture.join("yoxla.toml")).unwrap(),
        &[],
    );
    site.write(
        "content/2026/every-rule.md",
        &std::fs::read_to_string(fixture.join("content/2026/every-rule.md")).unwrap(),
    );
    site
}

#[test]
fn an_article_that_breaks_every_rule_once_gets_exactly_the_expected_findings() {
    let site = every_rule_site();
    let (code, stdout, stderr) = yoxla_at(site.root(), &["check", "--format", "json"]);
    assert_eq!(code, 1, "{stderr}");
    let expected_path = example_root().join("tests/fixtures/every-rule/expected.json");
    if std::env::var_os("YOXLA_BLESS").is_some() {
        std::fs::write(&expected_path, format!("{}\n", stdout.trim_end())).unwrap();
    }
    let got: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let want: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&expected_path).unwrap()).unwrap();
    assert_eq!(
        got, want,
        "run with YOXLA_BLESS=1 to accept a deliberate change"
    );
    // Every rule with per-file findings appears exactly once.
    let mut rules: Vec<&str> = got
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    rules.sort_unstable();
    let mut all: Vec<&str> = yoxla::check::registry::RULES
        .iter()
        .filter(|r| r.default != yoxla::check::registry::Level::ReportOnly)
        .map(|r| r.id)
        .collect();
    all.sort_unstable();
    assert_eq!(rules, all);
}

#[test]
fn the_example_site_passes_with_no_finding() {
    let (code, stdout, stderr) = yoxla_at(&example_root(), &["check", "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(stdout.trim(), "[]");
}

#[test]
fn exit_codes_and_deny_warnings() {
    // Only a warning: the claim's source is not archived.
    let text = ARTICLE.replace(
        "archive = \"https://web.archive.org/web/20261008000000/https://xeber.example.az/2026/10/06/babayeva\"\n",
        "",
    );
    let site = TestSite::new(CONFIG, &[("content/a.md", &text)]);
    let (code, _, stderr) = yoxla_at(site.root(), &["check"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("0 xəta, 1 xəbərdarlıq"), "{stderr}");
    let (code, _, _) = yoxla_at(site.root(), &["check", "--deny-warnings"]);
    assert_eq!(code, 1);
    // A broken config: the check cannot run.
    site.write(
        "yoxla.toml",
        &format!("{CONFIG}[rules]\n\"style.nosuch\" = \"off\"\n"),
    );
    let (code, _, stderr) = yoxla_at(site.root(), &["check"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("style.nosuch"), "{stderr}");
}

#[test]
fn human_output_shows_the_line_underlined_with_the_fix() {
    let text = ARTICLE.replace("Artım 25 faizdir.", "Artım 332,3 manatdır.");
    let site = TestSite::new(CONFIG, &[("content/a.md", &text)]);
    let (code, stdout, stderr) = yoxla_at(site.root(), &["check"]);
    assert_eq!(code, 1);
    let expected = "error[style.number-format]: `332,3` yazılışı bələdçiyə uyğun deyil: minliklər vergül və ya boşluqla, onluq kəsr nöqtə ilə yazılır: `332.3`\n  --> content/a.md:55:7\n   |\n55 | Artım 332,3 manatdır.\n   |       ^^^^^\n   |\n   = help: fix: 332.3";
    assert!(
        stdout.contains(expected),
        "findings are check's output: {stdout}"
    );
    assert!(
        stderr.contains("1 məqalə ") && stderr.contains("ms-də yoxlandı"),
        "the summary goes to stderr: {stderr}"
    );
}

#[test]
fn github_annotations_point_at_lines() {
    let text = ARTICLE.replace("Artım 25 faizdir.", "Artım 332,3 manatdır.");
    let site = TestSite::new(CONFIG, &[("content/a.md", &text)]);
    let (_, stdout, _) = yoxla_at(site.root(), &["check", "--format", "github"]);
    assert!(
        stdout.contains("::error file=content/a.md,line=55,col=7,endLine=55,endColumn=12,title=style.number-format::`332%2C3`")
            || stdout.contains("::error file=content/a.md,line=55,col=7,endLine=55,endColumn=12,title=style.number-format::`332,3`"),
        "{stdout}"
    );
}

#[test]
fn messages_follow_the_sites_language() {
    let site = every_rule_site();
    let config = std::fs::read_to_string(site.root().join("yoxla.toml")).unwrap();
    // An English site that keeps the Azerbaijani scale (its own words)
    // still gets English messages.
    site.write(
        "yoxla.toml",
        &format!(
            "{}\n[rules.\"meta.verdict\"]\nscale = {:?}\n",
            config.replace("title = ", "language = \"en\"\ntitle = "),
            yoxla::config::default_scale(yoxla::text::Language::Az)
        ),
    );
    let (_, stdout, _) = yoxla_at(site.root(), &["check", "--format", "json"]);
    assert!(
        stdout.contains("is not a verdict of the scale: did you mean `yarı-doğru`?"),
        "{stdout}"
    );
    assert!(
        stdout.contains("name people in full: `Lalə Babayeva`, not `L.Babayeva`"),
        "{stdout}"
    );
}

#[test]
fn paths_narrow_the_report() {
    let site = every_rule_site();
    site.write("content/other/clean.md", ARTICLE);
    let (code, stdout, _) = yoxla_at(site.root(), &["check", "content/other", "--format", "json"]);
    assert_eq!(code, 0, "{stdout}");
    assert_eq!(stdout.trim(), "[]");
    let (code, _, _) = yoxla_at(site.root(), &["check", "content/2026/every-rule.md"]);
    assert_eq!(code, 1);
}

#[test]
fn silencing_markers_work_in_an_article() {
    let text = ARTICLE.replace(
        "Artım 25 faizdir.",
        "<!-- yoxla-disable-next-line style.number-format -->\nArtım 332,3 faizdir.\n\n<!-- yoxla-disable style.banned-words -->\nBu axmaqlıqdır.\n<!-- yoxla-enable style.banned-words -->\n\nBu da axmaqlıqdır.",
    );
    let site = TestSite::new(CONFIG, &[("content/a.md", &text)]);
    let (_, stdout, _) = yoxla_at(site.root(), &["check", "--format", "json"]);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&stdout).unwrap();
    let rules: Vec<(&str, u64)> = findings
        .iter()
        .map(|f| (f["rule"].as_str().unwrap(), f["line"].as_u64().unwrap()))
        .collect();
    assert_eq!(rules, [("style.banned-words", 62)], "{stdout}");
}

#[test]
fn fix_applies_certain_fixes_keeps_every_other_byte_and_is_idempotent() {
    let text = ARTICLE
        .replace("verdict = \"yanlış\"", "verdict = \"yanlis\"")
        .replace(
            "Artım 25 faizdir.",
            "Artım 92.500,4 nəfər olub. Bunu L.Babayeva da deyib. DSMF hesabat yayıb.",
        )
        .replace('\n', "\r\n");
    let text = format!("\u{feff}{text}");
    let site = TestSite::new(CONFIG, &[("content/a.md", &text)]);
    let (code, _, stderr) = yoxla_at(site.root(), &["check", "--fix"]);
    assert!(stderr.contains("3 düzəliş 1 faylda edildi"), "{stderr}");
    assert_eq!(code, 0, "only a warning (DSMF) is left: {stderr}");
    let fixed = std::fs::read_to_string(site.root().join("content/a.md")).unwrap();
    let expected = text
        .replace("verdict = \"yanlis\"", "verdict = \"yanlış\"")
        .replace("92.500,4", "92,500.4")
        .replace("L.Babayeva", "Lalə Babayeva");
    assert_eq!(
        fixed, expected,
        "BOM, CRLF and every other byte stay as they were"
    );
    let (_, _, stderr) = yoxla_at(site.root(), &["check", "--fix"]);
    assert!(stderr.contains("0 düzəliş"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(site.root().join("content/a.md")).unwrap(),
        expected
    );
}

#[test]
fn the_build_stops_on_errors_and_prints_them() {
    let site = every_rule_site();
    let (code, _, stderr) = yoxla_at(site.root(), &["build"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("error[style.full-names]"), "{stderr}");
    assert!(!site.public().exists());
}

#[test]
#[ignore = "needs the SARIF 2.1.0 schema from npm: `npm ci --prefix tests/tools` (CI installs it)"]
fn sarif_output_validates_against_the_sarif_2_1_0_schema() {
    let schema_path = example_root()
        .join("tests/tools/node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    // The published schema's pattern for `run.language` has a stray `]`
    // that a strict regex engine rejects; it constrains a property yoxla
    // does not emit, so it is repaired here rather than skipping the
    // schema's own validation.
    let text = std::fs::read_to_string(&schema_path)
        .expect("schema installed")
        .replace(
            "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$",
            "^[a-zA-Z]{2}(-[a-zA-Z]{2})?$",
        );
    let schema: serde_json::Value = serde_json::from_str(&text).unwrap();
    let site = every_rule_site();
    let (_, stdout, _) = yoxla_at(site.root(), &["check", "--format", "sarif"]);
    let log: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .build(&schema)
        .expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator does catch a broken log.
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = serde_json::json!("fatal");
    assert!(!validator.is_valid(&broken));
    let run = &log["runs"][0];
    assert_eq!(
        run["tool"]["driver"]["rules"].as_array().unwrap().len(),
        yoxla::check::registry::RULES.len()
    );
    assert_eq!(run["results"].as_array().unwrap().len(), 35);
    let r = &run["results"][0];
    assert!(
        r["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .unwrap()
            >= 1
    );
}

#[test]
fn rules_lists_every_rule_with_the_level_in_force() {
    let site = TestSite::new(
        &format!(
            "{CONFIG}[rules]\n\"style.numerals\" = \"off\"\n[rules.\"style.sentence-length\"]\nseverity = \"suggestion\"\nmax_words = 25\n"
        ),
        &[],
    );
    let (code, stdout, _) = yoxla_at(site.root(), &["rules"]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), yoxla::check::registry::RULES.len());
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("style.numerals") && l.contains(" off ")),
        "{stdout}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("style.sentence-length") && l.contains(" suggestion ")),
        "{stdout}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("structure.sections") && l.contains(" error ")),
        "{stdout}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("workflow.monthly-quota") && l.contains(" report ")),
        "{stdout}"
    );
}

#[test]
fn a_configured_level_and_parameter_change_what_is_reported() {
    let long = ARTICLE.replace(
        "Şəkər ailələrin gündəlik xərclərinin bir hissəsidir.",
        "Şəkər ailələrin gündəlik xərclərinin bir hissəsidir və bu xərclər son illərdə həm idxalın, həm də daxili istehsalın dəyişməsi ilə birlikdə artıb.",
    );
    let site = TestSite::new(CONFIG, &[("content/a.md", &long)]);
    let (_, stdout, _) = yoxla_at(site.root(), &["check", "--format", "json"]);
    assert_eq!(stdout.trim(), "[]", "24 words pass the default of 30");
    site.write(
        "yoxla.toml",
        &format!(
            "{CONFIG}[rules.\"style.sentence-length\"]\nseverity = \"error\"\nmax_words = 20\n"
        ),
    );
    let (code, stdout, _) = yoxla_at(site.root(), &["check", "--format", "json"]);
    assert_eq!(code, 1);
    assert!(
        stdout.contains("\"rule\": \"style.sentence-length\"")
            && stdout.contains("\"severity\": \"error\""),
        "{stdout}"
    );
    site.write("yoxla.toml", &format!("{CONFIG}[rules]\n\"style.sentence-length\" = \"off\"\n[rules.\"meta.sources\"]\nmin = 3\n"));
    let (_, stdout, _) = yoxla_at(site.root(), &["check", "--format", "json"]);
    assert!(!stdout.contains("style.sentence-length"), "{stdout}");
    assert!(stdout.contains("\"rule\": \"meta.sources\""), "{stdout}");
}

/// Runs `yoxla ARGS --root ROOT` as [`yoxla_at`] does, with git unable to
/// see any repository above the site and `PATH` set to `path` if given.
fn yoxla_alone(
    root: &std::path::Path,
    args: &[&str],
    path: Option<&std::path::Path>,
) -> (i32, String, String) {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_yoxla"));
    cmd.args(args)
        .arg("--root")
        .arg(root)
        .env("YOXLA_TODAY", "2026-11-22")
        .env("NO_COLOR", "1")
        .env("GIT_CEILING_DIRECTORIES", root.parent().unwrap())
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE");
    if let Some(path) = path {
        cmd.env("PATH", path);
    }
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// A site in its own new git repository, everything committed.
fn site_in_git(config: &str) -> TestSite {
    let site = TestSite::new(config, &[("content/a.md", ARTICLE)]);
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(site.root())
            .args([
                "-c",
                "user.name=Sınaq",
                "-c",
                "user.email=sinaq@example.org",
            ])
            .args(args)
            .env_remove("GIT_DIR")
            .env_remove("GIT_WORK_TREE")
            .output()
            .unwrap();
        assert!(out.status.success(), "git {args:?}: {out:?}");
    };
    git(&["init", "-q"]);
    git(&["add", "."]);
    git(&["commit", "-qm", "start"]);
    site
}

/// Exactly one line, not git's own words.
fn assert_one_line(stderr: &str) {
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    let lower = stderr.to_lowercase();
    assert!(
        !lower.contains("usage") && !lower.contains("fatal") && !lower.contains("error:"),
        "{stderr}"
    );
}

#[test]
fn a_changed_ref_that_looks_like_an_option_is_refused_and_touches_no_file() {
    let site = site_in_git(CONFIG);
    let elsewhere = tempfile::tempdir().unwrap();
    let victim = elsewhere.path().join("victim.txt");
    std::fs::write(&victim, "keep me\n").unwrap();
    site.write("inside.txt", "keep me too\n");
    let absolute = format!("--changed=--output={}", victim.display());
    for arg in [
        absolute.as_str(),
        "--changed=--output=inside.txt",
        "--changed=-p",
        "--changed=",
        "--changed=HEAD\u{1b}[2J",
    ] {
        let (code, stdout, stderr) = yoxla_alone(site.root(), &["check", arg], None);
        // Git was never asked to write anything.
        assert_eq!(
            std::fs::read_to_string(&victim).unwrap(),
            "keep me\n",
            "{arg}"
        );
        assert_eq!(
            std::fs::read_to_string(site.root().join("inside.txt")).unwrap(),
            "keep me too\n",
            "{arg}"
        );
        assert_eq!(code, 2, "{arg}: {stdout}{stderr}");
        assert_one_line(&stderr);
        assert!(stderr.starts_with("--changed"), "{stderr}");
        assert!(!stderr.contains('\u{1b}'), "{stderr:?}");
    }
    let (_, _, stderr) = yoxla_alone(site.root(), &["check", "--changed=--output=x"], None);
    assert!(stderr.contains("`--output=x` git ref-i deyil"), "{stderr}");
    // A real ref still works, given either way.
    for args in [
        &["check", "--changed=HEAD"][..],
        &["check", "--changed", "HEAD~0"],
    ] {
        let (code, _, stderr) = yoxla_alone(site.root(), args, None);
        assert_eq!(code, 0, "{stderr}");
        assert!(stderr.contains("heç bir məqalə dəyişməyib"), "{stderr}");
    }
}

#[test]
fn check_changed_outside_git_says_one_line_in_the_site_language() {
    let az = TestSite::new(CONFIG, &[("content/a.md", ARTICLE)]);
    let en = TestSite::new(
        &format!("language = \"en\"\n{CONFIG}"),
        &[("content/a.md", ARTICLE)],
    );
    // Not in a repository.
    let (code, _, stderr) = yoxla_alone(az.root(), &["check", "--changed=main"], None);
    assert_eq!(code, 2, "{stderr}");
    assert_one_line(&stderr);
    assert!(stderr.contains("git repozitoriyası tələb edir"), "{stderr}");
    let (code, _, stderr) = yoxla_alone(en.root(), &["check", "--changed=main"], None);
    assert_eq!(code, 2, "{stderr}");
    assert_one_line(&stderr);
    assert!(stderr.contains("needs a git repository"), "{stderr}");
    // No git at all.
    let empty = tempfile::tempdir().unwrap();
    let (code, _, stderr) =
        yoxla_alone(az.root(), &["check", "--changed=main"], Some(empty.path()));
    assert_eq!(code, 2, "{stderr}");
    assert_one_line(&stderr);
    assert!(stderr.contains("git lazımdır"), "{stderr}");
    let (code, _, stderr) =
        yoxla_alone(en.root(), &["check", "--changed=main"], Some(empty.path()));
    assert_eq!(code, 2, "{stderr}");
    assert_one_line(&stderr);
    assert!(stderr.contains("needs git"), "{stderr}");
}

#[test]
fn an_unknown_changed_ref_is_one_line_in_the_site_language() {
    for (config, says) in [
        (
            CONFIG.to_string(),
            "`no-such-ref` bu repozitoriyada commit, budaq və ya teq deyil",
        ),
        (
            format!("language = \"en\"\n{CONFIG}"),
            "`no-such-ref` is not a commit, branch or tag in this repository",
        ),
    ] {
        let site = site_in_git(&config);
        let (code, _, stderr) = yoxla_alone(site.root(), &["check", "--changed=no-such-ref"], None);
        assert_eq!(code, 2, "{stderr}");
        assert_one_line(&stderr);
        assert!(stderr.contains(says), "{stderr}");
    }
}

#[test]
fn control_characters_in_file_names_are_escaped_in_every_printed_format() {
    let name = "content/a\u{1b}[31mb.md";
    let shown = "content/a\\x1b[31mb.md";
    // A draft (so `status` lists it) with a wrong number on a line that
    // also holds a raw ESC and BEL, and a verdict that quotes ESC.
    let text = ARTICLE
        .replace("status = \"ready\"", "status = \"draft\"")
        .replace("date = 2026-10-10\n", "")
        .replace("verdict = \"yanlış\"", "verdict = \"yan\\u001b]0;x\\u0007lış\"")
        .replace(
            "speaker_contacted = 2026-10-08",
            "speaker_contacted = 2026-10-08\n\n[[workflow.requests]]\nagency = \"Qurum\\u001b[8m\"\nsent = 2026-11-01",
        )
        .replace("Artım 25 faizdir.", "Artım \u{1b}[2J\u{7}332,3 faizdir.");
    let site = TestSite::new(CONFIG, &[(name, &text)]);
    let runs: [&[&str]; 4] = [
        &["check"],
        &["check", "--format", "github"],
        &["status"],
        &["build"],
    ];
    for args in runs {
        let (_, stdout, stderr) = yoxla_at(site.root(), args);
        for (what, out) in [("stdout", &stdout), ("stderr", &stderr)] {
            assert!(
                !out.chars().any(|c| c.is_control() && c != '\n'),
                "{args:?} {what}: {out:?}"
            );
        }
        assert!(
            stdout.contains(shown) || stderr.contains(shown),
            "{args:?}: {stdout}{stderr}"
        );
    }
    let (_, human, _) = yoxla_at(site.root(), &["check"]);
    assert!(
        human.contains("Artım \\x1b[2J\\x07332,3 faizdir."),
        "{human}"
    );
    assert!(human.contains("yan\\x1b]0;x\\x07lış"), "{human}");
    let (_, github, _) = yoxla_at(site.root(), &["check", "--format", "github"]);
    assert!(github.contains("yan\\x1b]0;x\\x07lış"), "{github}");
    let (_, table, _) = yoxla_at(site.root(), &["status"]);
    assert!(table.contains("Qurum\\x1b[8m"), "{table}");
    // Machine formats keep the name exact, escaped by JSON's own rules.
    let (_, json, _) = yoxla_at(site.root(), &["check", "--format", "json"]);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    assert!(findings.iter().all(|f| f["file"] == name), "{json}");
    // The human report points at the same places, columns counted in the
    // file as written.
    for f in &findings {
        let at = format!("{shown}:{}:{}\n", f["line"], f["column"]);
        assert!(human.contains(&at), "{at} in {human}");
    }
}

#[test]
fn docs_rules_md_is_the_rule_table() {
    // Regenerate with: YOXLA_BLESS=1 cargo test --test check_cli docs_rules_md
    let path = example_root().join("docs/rules.md");
    let made = yoxla::diag::rules::reference();
    if std::env::var_os("YOXLA_BLESS").is_some() {
        std::fs::write(&path, &made).unwrap();
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        shipped == made,
        "docs/rules.md is out of date: run YOXLA_BLESS=1 cargo test --test check_cli docs_rules_md"
    );
}

#[test]
fn a_misspelt_front_matter_key_hides_no_other_finding_and_is_fixed() {
    let text = ARTICLE
        .replacen("tags = [", "tag = [", 1)
        .replace("Artım 25 faizdir.", "Artım 332,3 manatdır.");
    assert!(text.contains("tag = ["));
    let site = TestSite::new(CONFIG, &[("content/a.md", &text)]);
    let (code, stdout, stderr) = yoxla_at(site.root(), &["check", "--format", "json"]);
    assert_eq!(code, 1, "{stderr}");
    let findings: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let rules: Vec<&str> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"meta.required"), "{rules:?}");
    assert!(
        rules.contains(&"style.number-format"),
        "the body is still checked: {rules:?}"
    );
    let (_, _, stderr) = yoxla_at(site.root(), &["check"]);
    assert!(
        stderr.contains("1 məqalə "),
        "the article is counted: {stderr}"
    );
    let (_, _, stderr) = yoxla_at(site.root(), &["check", "--fix"]);
    assert!(stderr.contains("`tag` → `tags`"), "{stderr}");
    let fixed = std::fs::read_to_string(site.root().join("content/a.md")).unwrap();
    assert!(fixed.contains("tags = ["), "{fixed}");
}

#[test]
fn check_text_runs_the_style_rules_over_a_draft_outside_the_site() {
    let dir = tempfile::tempdir().unwrap();
    let draft = dir.path().join("qaralama.txt");
    std::fs::write(
        &draft,
        "Hökumət yeni proqram açıqlayıb.\nBüdcə 332,3 milyon manat olub, bunu İ.Əliyev də deyib.\n",
    )
    .unwrap();
    let path = draft.to_string_lossy().into_owned();
    let root = dir.path().to_string_lossy().into_owned();
    let (code, stdout, stderr) = yoxla(&[
        "check", "--root", &root, "--text", &path, "--format", "json",
    ]);
    assert_eq!(code, 1, "errors found: {stderr}");
    let findings: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let got: Vec<(&str, u64)> = findings
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["rule"].as_str().unwrap(), f["line"].as_u64().unwrap()))
        .collect();
    assert!(got.contains(&("style.number-format", 2)), "{got:?}");
    assert!(got.contains(&("style.full-names", 2)), "{got:?}");
    assert!(
        findings[0]["file"]
            .as_str()
            .unwrap()
            .ends_with("qaralama.txt")
    );
    // Inside a site, the site's levels hold.
    let site = TestSite::new(
        &format!(
            "{CONFIG}\n[rules]\n\"style.number-format\" = \"off\"\n\"style.full-names\" = \"off\"\n"
        ),
        &[],
    );
    let root = site.root().to_string_lossy().into_owned();
    let (code, stdout, _) = yoxla(&[
        "check", "--root", &root, "--text", &path, "--format", "json",
    ]);
    assert_eq!(code, 0, "{stdout}");
    assert!(!stdout.contains("style.number-format"), "{stdout}");
}
