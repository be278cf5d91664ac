//! The command layer called as a library, without the binary: each
//! command's function on a temporary site, with `Vec<u8>` for its output
//! and error streams and a plain terminal (no colour, no bars, no
//! questions unless a test asks for them).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use std::path::PathBuf;
use yoxla::cmd::build::BuildArgs;
use yoxla::cmd::check::{CheckArgs, Format};
use yoxla::cmd::new::NewArgs;
use yoxla::cmd::status::{StatusArgs, StatusFormat};
use yoxla::cmd::{self, Exit, Terminal};

/// The article with one error: a number in the wrong format (line 55),
/// whose fix is certain.
fn with_number_error() -> String {
    ARTICLE.replace("Artım 25 faizdir.", "Artım 332,3 faizdir.")
}

/// Another article, about another claim (its own slug), for sites of two.
fn another(article: &str) -> String {
    article.replace("Şəkərin qiyməti bu il", "Unun qiyməti bu il")
}

/// The article with one warning only: the claim's source is not archived.
fn with_warning_only() -> String {
    ARTICLE.replace(
        "archive = \"https://web.archive.org/web/20261008000000/https://xeber.example.az/2026/10/06/babayeva\"\n",
        "",
    )
}

fn check_args(format: Format) -> CheckArgs {
    CheckArgs {
        paths: Vec::new(),
        format,
        deny_warnings: false,
        fix: false,
        changed: None,
        text: Vec::new(),
    }
}

/// Runs `check` in-process: (exit, stdout, stderr).
fn check(site: &TestSite, args: &CheckArgs) -> (Exit, String, String) {
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let exit =
        cmd::check::run(site.root(), args, &Terminal::default(), &mut out, &mut err).unwrap();
    (
        exit,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

#[test]
fn exit_values_map_to_the_documented_codes() {
    assert_eq!(Exit::Clean.code(), 0);
    assert_eq!(Exit::Findings.code(), 1);
    assert_eq!(Exit::CannotRun.code(), 2);
}

#[test]
fn check_json_is_the_findings_array_and_the_exit_says_errors() {
    let site = TestSite::new(
        CONFIG,
        &[
            ("content/a.md", &with_number_error()),
            ("content/b.md", &another(ARTICLE)),
        ],
    );
    let (exit, out, err) = check(&site, &check_args(Format::Json));
    assert_eq!(exit, Exit::Findings, "{out}");
    assert_eq!(err, "", "the JSON format writes only the report");
    assert!(out.ends_with("]\n"), "{out}");
    let findings: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    let got: Vec<(&str, &str, u64, u64)> = findings
        .iter()
        .map(|f| {
            (
                f["file"].as_str().unwrap(),
                f["rule"].as_str().unwrap(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(got, [("content/a.md", "style.number-format", 55, 7)]);
    assert_eq!(findings[0]["severity"], "error");
    assert_eq!(findings[0]["fix"], "332.3");
}

#[test]
fn check_on_a_clean_site_is_an_empty_array_and_clean() {
    let site = TestSite::new(CONFIG, &[("content/a.md", ARTICLE)]);
    let (exit, out, err) = check(&site, &check_args(Format::Json));
    assert_eq!(
        (exit, out.as_str(), err.as_str()),
        (Exit::Clean, "[]\n", "")
    );
}

#[test]
fn check_human_report_goes_to_out_and_the_summary_to_err_without_colour() {
    let site = TestSite::new(CONFIG, &[("content/a.md", &with_number_error())]);
    let (exit, out, err) = check(&site, &check_args(Format::Human));
    assert_eq!(exit, Exit::Findings);
    assert!(
        out.contains("error[style.number-format]: `332,3` yazılışı bələdçiyə uyğun deyil")
            && out.contains("  --> content/a.md:55:7\n"),
        "{out}"
    );
    assert!(
        !out.contains('\u{1b}'),
        "a plain terminal gets no colour: {out}"
    );
    assert!(
        err.starts_with("1 məqalə ")
            && err.ends_with(" ms-də yoxlandı: 1 xəta, 0 xəbərdarlıq, 0 təklif\n"),
        "{err}"
    );
}

#[test]
fn check_deny_warnings_turns_a_warning_into_a_failing_exit() {
    let site = TestSite::new(CONFIG, &[("content/a.md", &with_warning_only())]);
    let mut args = check_args(Format::Github);
    let (exit, out, _) = check(&site, &args);
    assert_eq!(exit, Exit::Clean);
    assert!(out.starts_with("::warning file=content/a.md,"), "{out}");
    args.deny_warnings = true;
    assert_eq!(check(&site, &args).0, Exit::Findings);
}

#[test]
fn check_paths_narrow_the_report_and_accept_the_root_and_dot_prefixes() {
    let site = TestSite::new(
        CONFIG,
        &[
            ("content/2026/a.md", &with_number_error()),
            ("content/other/b.md", &another(&with_warning_only())),
        ],
    );
    let mut args = check_args(Format::Json);
    args.paths = vec![PathBuf::from("./content/other/")];
    let (exit, out, _) = check(&site, &args);
    assert_eq!(exit, Exit::Clean, "the error is in a file not asked for");
    assert!(
        out.contains("\"content/other/b.md\"") && !out.contains("a.md"),
        "{out}"
    );
    args.paths = vec![site.root().join("content/2026")];
    let (exit, out, _) = check(&site, &args);
    assert_eq!(exit, Exit::Findings);
    assert!(
        out.contains("\"content/2026/a.md\"") && !out.contains("b.md"),
        "{out}"
    );
}

#[test]
fn check_changed_outside_a_repository_cannot_run_and_says_so_in_one_line() {
    let site = TestSite::new(CONFIG, &[("content/a.md", &with_number_error())]);
    let mut args = check_args(Format::Json);
    args.changed = Some("origin/main".into());
    let (exit, out, err) = check(&site, &args);
    assert_eq!(exit, Exit::CannotRun);
    assert_eq!(out, "", "nothing is reported");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("--changed "), "{err}");
}

#[test]
fn check_fix_says_what_changed_and_reports_what_is_left() {
    let site = TestSite::new(CONFIG, &[("content/a.md", &with_number_error())]);
    let mut args = check_args(Format::Json);
    args.fix = true;
    let (exit, out, err) = check(&site, &args);
    assert_eq!(exit, Exit::Clean, "{err}");
    assert_eq!(out, "[]\n");
    assert_eq!(
        err,
        "content/a.md:55:7: düzəldildi [style.number-format]: `332,3` → `332.3`\n1 düzəliş 1 faylda edildi\n"
    );
    let text = std::fs::read_to_string(site.root().join("content/a.md")).unwrap();
    assert!(text.contains("Artım 332.3 faizdir."), "{text}");
}

#[test]
fn a_file_that_cannot_load_is_shown_from_disk_at_its_own_lines() {
    // BOM, CRLF and a byte that is not UTF-8: the finding's line is the
    // file's line, and the quoted source is that line.
    let site = TestSite::new(CONFIG, &[]);
    std::fs::write(
        site.root().join("content/bad.md"),
        b"\xef\xbb\xbf+++\r\ntitle = \"a\"\r\nx = \"\xff\"\r\n+++\r\n",
    )
    .unwrap();
    let (exit, out, _) = check(&site, &check_args(Format::Human));
    assert_eq!(exit, Exit::Findings);
    assert!(out.contains("--> content/bad.md:3:"), "{out}");
    assert!(out.contains("3 | x = \"\u{fffd}\""), "{out}");
    assert!(!out.contains('\r'), "{out:?}");
}

#[test]
fn build_writes_the_site_and_its_summary_to_err() {
    let site = TestSite::new(CONFIG, &[("content/a.md", &with_warning_only())]);
    let mut err = Vec::new();
    let args = BuildArgs { output: None };
    let exit = cmd::build::run(site.root(), &args, &Terminal::default(), &mut err).unwrap();
    let err = String::from_utf8(err).unwrap();
    assert_eq!(exit, Exit::Clean, "{err}");
    assert!(
        err.contains("warning[claim.archived]"),
        "findings first: {err}"
    );
    let summary = err.lines().last().unwrap();
    assert!(
        summary.starts_with("1 məqalə ") && summary.ends_with("; 1 xəbərdarlıq, 0 təklif"),
        "{summary}"
    );
    assert!(site.public().join("index.html").is_file());
}

#[test]
fn build_stops_on_an_error_and_writes_nothing() {
    let site = TestSite::new(CONFIG, &[("content/a.md", &with_number_error())]);
    let mut err = Vec::new();
    let args = BuildArgs { output: None };
    let exit = cmd::build::run(site.root(), &args, &Terminal::default(), &mut err).unwrap();
    let err = String::from_utf8(err).unwrap();
    assert_eq!(exit, Exit::Findings);
    assert!(
        err.contains("yığım dayandı: dərc olunacaq məqalələrdə 1 xəta var; heç nə yazılmadı"),
        "{err}"
    );
    assert!(!site.public().exists());
}

#[test]
fn rules_lists_every_rule_of_the_registry_with_its_level() {
    let site = TestSite::new(
        &format!("{CONFIG}[rules]\n\"style.numerals\" = \"off\"\n"),
        &[],
    );
    let mut out = Vec::new();
    let exit = cmd::rules::run(site.root(), &mut out).unwrap();
    assert_eq!(exit, Exit::Clean);
    let out = String::from_utf8(out).unwrap();
    let lines: Vec<&str> = out.lines().collect();
    let registry = yoxla::check::registry::RULES;
    assert_eq!(lines.len(), registry.len());
    for (line, r) in lines.iter().zip(registry) {
        assert!(line.starts_with(&format!("{:<38} ", r.id)), "{line}");
        // The site is Azerbaijani: the summary is its catalogue's.
        let summary = r.summary_in(yoxla::text::Language::Az);
        assert!(line.ends_with(&summary), "{line}");
    }
    let numerals = lines
        .iter()
        .find(|l| l.starts_with("style.numerals "))
        .unwrap();
    assert_eq!(
        numerals.split_whitespace().nth(1),
        Some("off"),
        "{numerals}"
    );
}

#[test]
fn rules_without_a_readable_configuration_shows_the_defaults() {
    let site = TestSite::new("this is not toml", &[]);
    let mut out = Vec::new();
    assert_eq!(cmd::rules::run(site.root(), &mut out).unwrap(), Exit::Clean);
    let out = String::from_utf8(out).unwrap();
    assert_eq!(out.lines().count(), yoxla::check::registry::RULES.len());
}

fn new_args(claim: Option<&str>, speaker: Option<&str>) -> NewArgs {
    NewArgs {
        claim: claim.map(str::to_string),
        speaker: speaker.map(str::to_string),
        speaker_status: None,
        category: None,
        author: None,
    }
}

#[test]
fn new_asks_for_what_is_missing_on_an_interactive_terminal() {
    let site = TestSite::new(CONFIG, &[]);
    let term = Terminal {
        interactive: true,
        ..Terminal::default()
    };
    let mut input =
        "Çörək ucuzlaşıb\nRamil Qasımov\nmillət vəkili\niqtisadiyyat\naysel-memmedova\n".as_bytes();
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let exit = cmd::new::run(
        site.root(),
        new_args(None, None),
        &term,
        &mut input,
        &mut out,
        &mut err,
    )
    .unwrap();
    assert_eq!(exit, Exit::Clean);
    let year = yoxla::check::today().year();
    let rel = format!("content/{year}/ramil-qasimov-corek-ucuzlasib.md");
    assert_eq!(String::from_utf8(out).unwrap(), format!("{rel}\n"));
    assert_eq!(
        String::from_utf8(err).unwrap(),
        "İddia (olduğu kimi): Kim deyib (ad və soyad): Statusu (vəzifə, partiya): Kateqoriya: Müəllif (id): \
         yaradıldı: [mötərizədəki] hissələri və boş açarları doldurun; `yoxla check` nəyin qaldığını deyəcək\n"
    );
    let text = std::fs::read_to_string(site.root().join(&rel)).unwrap();
    assert!(
        text.contains("speaker_status = \"millət vəkili\""),
        "{text}"
    );
    assert!(text.contains("author = \"aysel-memmedova\""), "{text}");
}

#[test]
fn new_with_a_claim_asks_nothing_even_on_a_terminal() {
    let site = TestSite::new(
        &CONFIG.replace("title = ", "language = \"en\"\ntitle = "),
        &[],
    );
    let term = Terminal {
        interactive: true,
        ..Terminal::default()
    };
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let exit = cmd::new::run(
        site.root(),
        new_args(Some("Bread got cheaper"), Some("Ramil Qasımov")),
        &term,
        &mut "never read\n".as_bytes(),
        &mut out,
        &mut err,
    )
    .unwrap();
    assert_eq!(exit, Exit::Clean);
    assert_eq!(
        String::from_utf8(err).unwrap(),
        "created: fill in the [bracketed] parts and the empty keys; `yoxla check` says what is left\n"
    );
    let rel = String::from_utf8(out).unwrap();
    assert!(site.root().join(rel.trim_end()).is_file(), "{rel}");
}

#[test]
fn status_writes_the_dashboard_in_the_chosen_format() {
    let site = TestSite::new(CONFIG, &[("content/a.md", ARTICLE)]);
    let mut out = Vec::new();
    let args = StatusArgs {
        month: Some("2026-10".into()),
        format: StatusFormat::Json,
    };
    assert_eq!(
        cmd::status::run(site.root(), &args, &mut out).unwrap(),
        Exit::Clean
    );
    let report: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert!(report.is_object(), "{report}");
    let bad = StatusArgs {
        month: Some("2026-13".into()),
        format: StatusFormat::Table,
    };
    let e = cmd::status::run(site.root(), &bad, &mut Vec::new()).unwrap_err();
    assert_eq!(
        e.to_string(),
        "--month `2026-13`: onu İİİİ-AA kimi yazın, məsələn 2026-10"
    );
}
