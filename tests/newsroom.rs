//! The newsroom's daily commands on real temporary sites: `new`, `status`
//! and `check --changed`.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use std::process::Command;

#[test]
fn new_scaffolds_an_article_that_passes_once_filled_and_never_overwrites() {
    let site = TestSite::new(CONFIG, &[]);
    let args = [
        "new",
        "Çörəyin qiyməti bu il iki dəfə artıb",
        "--speaker",
        "Məhəmməd Əliyev",
        "--status-of-speaker",
        "millət vəkili",
        "--category",
        "iqtisadiyyat",
        "--author",
        "aysel-memmedova",
    ];
    let (code, stdout, stderr) = yoxla_at(site.root(), &args);
    assert_eq!(code, 0, "{stderr}");
    let rel = stdout.trim();
    assert_eq!(
        rel,
        "content/2026/mehemmed-eliyev-coreyin-qiymeti-bu-il-iki-defe-artib.md"
    );
    let path = site.root().join(rel);
    let scaffold = std::fs::read_to_string(&path).unwrap();
    assert!(scaffold.contains("status = \"draft\""));
    assert!(scaffold.contains("assigned = 2026-11-22"));
    // The site's own name, never another newsroom's.
    assert!(scaffold.contains("“Sınaq Yoxla” açıqlamada"), "{scaffold}");
    assert!(scaffold.contains("Buna görə “Sınaq Yoxla”"), "{scaffold}");
    assert!(!scaffold.contains("Fakt Yoxla"), "{scaffold}");
    assert!(
        scaffold.contains("# video_seconds = 150"),
        "optional keys are there, commented"
    );

    // As written, the check says what is left to do.
    let (code, stdout, _) = yoxla_at(site.root(), &["check", "--format", "json"]);
    assert_eq!(code, 1);
    for rule in [
        "meta.required",
        "claim.source",
        "claim.archived",
        "meta.sources",
        "meta.source-archived",
    ] {
        assert!(
            stdout.contains(&format!("\"rule\": \"{rule}\"")),
            "{rule}: {stdout}"
        );
    }

    // Filled in the way an author does.
    let filled = scaffold
        .replace("verdict = \"\"", "verdict = \"yanlış\"")
        .replace("url = \"\"                             # açıqlamanın mənbəyi", "url = \"https://xeber.example.az/1\"   # açıqlamanın mənbəyi")
        .replace("archive = \"\"                         # saxlanmış nüsxə", "archive = \"https://web.archive.org/web/2026/https://xeber.example.az/1\" # saxlanmış nüsxə")
        .replacen("title = \"\"\nurl = \"\"\narchive = \"\"", "title = \"Statistika Mərkəzi: qiymətlər\"\nurl = \"https://statistika.example.az/1\"\narchive = \"https://web.archive.org/web/2026/https://statistika.example.az/1\"", 1)
        .replacen("title = \"\"\nurl = \"\"\narchive = \"\"", "title = \"Ticarət Birliyi: cədvəl\"\nurl = \"https://ticaret.example.az/1\"\narchive = \"https://web.archive.org/web/2026/https://ticaret.example.az/1\"", 1)
        .replace("# speaker_contacted = YYYY-MM-DD      # iddia sahibinə nə vaxt xəbər verilib", "speaker_contacted = 2026-11-22")
        .replace("[nə vaxt və harada] ", "22 noyabr 2026-cı ildə televiziyada ")
        .replace("[Giriş: açıqlama ilə bağlı hadisə — kim, nə, nə vaxt, harada.]", "Çıxış ərzaq qiymətlərinə həsr olunub.")
        .replace("[Tarixçə: açıqlamaya qədər olan şərait, əvvəl yoxlanılmış faktlar.]", "Çörəyin qiyməti ailə büdcəsinin əsas xərclərindəndir.")
        .replace("[Faktın yoxlanması: mənbələr, rəqəmlər, cədvəllər və keçidlər.]", "Statistika Mərkəzinin [cədvəlinə](https://statistika.example.az/1) görə, qiymət bu il 20 faiz artıb.")
        .replace("[Qısa analitik xülasə.] ", "Qiymət 20 faiz artıb. ")
        .replace("**[hökm]**", "**yanlış**");
    std::fs::write(&path, filled).unwrap();
    let (code, stdout, stderr) = yoxla_at(site.root(), &["check", "--format", "json"]);
    assert_eq!((code, stdout.trim()), (0, "[]"), "{stderr}");

    // Never overwrites.
    let before = std::fs::read(&path).unwrap();
    let (code, _, stderr) = yoxla_at(site.root(), &args);
    assert_eq!(code, 2);
    assert!(stderr.contains("artıq var"), "{stderr}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn new_without_a_claim_off_a_terminal_says_what_to_give() {
    let site = TestSite::new(CONFIG, &[]);
    let (code, _, stderr) = yoxla_at(site.root(), &["new"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("yoxla new \"İDDİA\" --speaker"), "{stderr}");
}

fn status_site() -> TestSite {
    let draft = ARTICLE
        .replace("status = \"ready\"", "status = \"draft\"")
        .replace("date = 2026-10-10\n", "")
        .replace("Şəkərin qiyməti bu il", "Unun qiyməti bu il")
        .replace(
            "assigned = 2026-10-07\nspeaker_contacted = 2026-10-08",
            "assigned = 2026-11-15",
        );
    let review = ARTICLE
        .replace("status = \"ready\"", "status = \"review\"")
        .replace("date = 2026-10-10\n", "")
        .replace("Şəkərin qiyməti bu il", "Düyünün qiyməti bu il")
        .replace("assigned = 2026-10-07", "assigned = 2026-11-20\ninterview = true")
        .replace("speaker_contacted = 2026-10-08", "speaker_contacted = 2026-11-21\n\n[[workflow.requests]]\nagency = \"Dövlət Statistika Komitəsi\"\nsent = 2026-10-01");
    let published = |n: u32| {
        ARTICLE
            .replace(
                "Şəkərin qiyməti bu il",
                &format!("Yağın qiyməti bu il {n} dəfə"),
            )
            .replace("date = 2026-10-10", &format!("date = 2026-10-1{n}"))
    };
    TestSite::new(
        CONFIG,
        &[
            ("content/draft.md", &draft),
            ("content/review.md", &review),
            ("content/p1.md", &published(1)),
            ("content/p2.md", &published(2)),
        ],
    )
}

#[test]
fn status_reports_deadlines_requests_contacts_and_the_monthly_quota() {
    let site = status_site();
    let (code, stdout, stderr) = yoxla_at(
        site.root(),
        &["status", "--format", "json", "--month", "2026-10"],
    );
    assert_eq!(code, 0, "{stderr}");
    let r: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(r["today"], "2026-11-22");
    let in_work = r["in_work"].as_array().unwrap();
    assert_eq!(in_work.len(), 2);
    // Most urgent first: the draft was due on 2026-11-18 (assigned + 3).
    assert_eq!(in_work[0]["file"], "content/draft.md");
    assert_eq!(in_work[0]["stage"], "draft");
    assert_eq!(in_work[0]["due"], "2026-11-18");
    assert_eq!(in_work[0]["days_left"], -4);
    // The review needs an interview: due 2026-11-25.
    assert_eq!(in_work[1]["file"], "content/review.md");
    assert_eq!(in_work[1]["due"], "2026-11-25");
    assert_eq!(in_work[1]["days_left"], 3);
    let requests = r["requests"].as_array().unwrap();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0]["agency"], "Dövlət Statistika Komitəsi");
    assert_eq!(requests[0]["days_waited"], 52);
    assert_eq!(requests[0]["over_a_month"], true);
    let not_contacted = r["not_contacted"].as_array().unwrap();
    assert_eq!(not_contacted.len(), 1);
    assert_eq!(not_contacted[0]["file"], "content/draft.md");
    let quota = r["quota"].as_array().unwrap();
    assert_eq!(quota[0]["author"], "aysel-memmedova");
    assert_eq!(quota[0]["published"], 2);
    assert_eq!(quota[0]["met"], false);

    let (_, table, _) = yoxla_at(site.root(), &["status"]);
    assert!(table.contains("4 gün gecikir"), "{table}");
    // Editors read titles and names; the file is there to open it.
    let draft_row = table
        .lines()
        .find(|l| l.contains("content/draft.md") && l.contains("gecikir"))
        .unwrap_or_default();
    assert!(
        draft_row.contains("Lalə Babayeva: “Unun qiyməti"),
        "{table}"
    );
    assert!(
        draft_row.contains("Aysel Məmmədova"),
        "the author's name: {table}"
    );
    assert!(
        !draft_row.contains("aysel-memmedova"),
        "not the id: {table}"
    );
    assert!(table.contains("52 gün — bir aydan çox"), "{table}");
    assert!(table.contains("Aylıq norma 2026-11"), "{table}");
    let (_, csv, _) = yoxla_at(
        site.root(),
        &["status", "--format", "csv", "--month", "2026-10"],
    );
    assert!(
        csv.starts_with("kind,file,name,stage,date,due,days,flag\n"),
        "{csv}"
    );
    assert!(
        csv.contains(
            "article,content/draft.md,aysel-memmedova,draft,2026-11-15,2026-11-18,-4,overdue"
        ),
        "{csv}"
    );
    assert!(
        csv.contains("quota,,aysel-memmedova,,2026-10,,2,below-minimum"),
        "{csv}"
    );
    let (code, _, stderr) = yoxla_at(site.root(), &["status", "--month", "oktyabr"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("İİİİ-AA"), "{stderr}");
}

/// Text that starts a formula where a spreadsheet reads it (OWASP).
fn starts_a_formula(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r', '\n', '\0'])
}

#[test]
fn status_csv_cells_cannot_become_spreadsheet_formulas() {
    // An overdue draft whose speaker, author and agencies are formulas
    // (its requests went out over a month ago, so they no longer hold up
    // its deadline).
    let hostile = ARTICLE
        .replace("status = \"ready\"", "status = \"draft\"")
        .replace("date = 2026-10-10\n", "")
        .replace("author = \"aysel-memmedova\"", "author = \"@SUM(1+1)\"")
        .replace("speaker = \"Lalə Babayeva\"", "speaker = \"=HYPERLINK(\\\"https://x.example\\\",\\\"bax\\\")\"")
        .replace(
            "assigned = 2026-10-07\nspeaker_contacted = 2026-10-08",
            "assigned = 2026-11-15\n\n[[workflow.requests]]\nagency = \"\\r=1+1\"\nsent = 2026-10-01\n\n[[workflow.requests]]\nagency = \"+cmd|' /C calc'!A0\"\nsent = 2026-10-02\n\n[[workflow.requests]]\nagency = \"\\t-2+3\"\nsent = 2026-10-03",
        );
    let site = TestSite::new(CONFIG, &[("content/hostile.md", &hostile)]);
    let (code, csv, stderr) = yoxla_at(
        site.root(),
        &["status", "--format", "csv", "--month", "2026-11"],
    );
    assert_eq!(code, 0, "{stderr}");
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(csv.as_bytes());
    let rows: Vec<Vec<String>> = reader
        .records()
        .map(|r| r.unwrap().iter().map(str::to_string).collect())
        .collect();
    // Header, the article, three requests, the speaker, the quota: a CR
    // inside a cell is quoted and adds no row.
    let kinds: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        kinds,
        [
            "kind",
            "article",
            "request",
            "request",
            "request",
            "not-contacted",
            "quota"
        ],
        "{csv}"
    );
    for row in &rows {
        assert_eq!(row.len(), 8, "{csv}");
        for cell in row {
            // Days overdue stay a number: `-` and digits cannot be a formula.
            let number = cell
                .strip_prefix('-')
                .is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()) && !d.is_empty());
            assert!(!starts_a_formula(cell) || number, "{cell:?} in {csv}");
        }
    }
    assert_eq!(rows[1][2], "'@SUM(1+1)", "{csv}");
    assert_eq!(rows[1][6], "-4", "days overdue stay a number: {csv}");
    let agencies: Vec<&str> = rows[2..5].iter().map(|r| r[2].as_str()).collect();
    assert_eq!(
        agencies,
        ["'\r=1+1", "'+cmd|' /C calc'!A0", "'\t-2+3"],
        "{csv}"
    );
    assert_eq!(
        rows[5][2], "'=HYPERLINK(\"https://x.example\",\"bax\")",
        "{csv}"
    );
    assert_eq!(rows[6][2], "aysel-memmedova", "{csv}");
}

#[test]
fn check_changed_reports_only_articles_changed_since_a_ref() {
    let broken = ARTICLE.replace("Artım 25 faizdir.", "Artım 332,3 faizdir.");
    let site = TestSite::new(
        CONFIG,
        &[
            ("content/old-broken.md", &broken),
            ("content/b.md", &ARTICLE.replace("Şəkərin", "Unun")),
        ],
    );
    let git = |args: &[&str]| {
        let ok = Command::new("git")
            .arg("-C")
            .arg(site.root())
            .args(args)
            .output()
            .expect("git")
            .status
            .success();
        assert!(ok, "git {args:?}");
    };
    git(&["init", "-q"]);
    git(&[
        "-c",
        "user.email=t@example.org",
        "-c",
        "user.name=t",
        "add",
        ".",
    ]);
    git(&[
        "-c",
        "user.email=t@example.org",
        "-c",
        "user.name=t",
        "commit",
        "-qm",
        "start",
    ]);
    // Nothing changed: nothing to report, although an old article is broken.
    let (code, _, stderr) = yoxla_at(site.root(), &["check", "--changed", "HEAD"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("HEAD ilə müqayisədə heç bir məqalə dəyişməyib"),
        "{stderr}"
    );
    // One edited, one new.
    site.write(
        "content/b.md",
        &ARTICLE
            .replace("Şəkərin", "Unun")
            .replace("Artım 25 faizdir.", "Artım 92.500,4 faizdir."),
    );
    site.write(
        "content/new.md",
        &ARTICLE
            .replace("Şəkərin", "Duzun")
            .replace("Artım 25 faizdir.", "Bunu L.Babayeva deyib."),
    );
    let (code, stdout, _) = yoxla_at(
        site.root(),
        &["check", "--changed", "HEAD", "--format", "json"],
    );
    assert_eq!(code, 1);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&stdout).unwrap();
    let files: std::collections::BTreeSet<&str> = findings
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files.into_iter().collect::<Vec<_>>(),
        ["content/b.md", "content/new.md"]
    );
    let (code, _, stderr) = yoxla_at(site.root(), &["check", "--changed", "no-such-ref"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("no-such-ref"), "{stderr}");
}

#[test]
#[ignore = "needs util-linux `script` for a pseudo-terminal (Debian's bsdutils; CI has it)"]
fn new_asks_on_a_terminal_when_given_no_arguments() {
    use std::io::Write as _;
    let site = TestSite::new(CONFIG, &[]);
    let command = format!(
        "{} new --root {}",
        env!("CARGO_BIN_EXE_yoxla"),
        site.root().display()
    );
    let mut child = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("YOXLA_TODAY", "2026-11-22")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("script(1)");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(
            "Çörək ucuzlaşıb\nRamil Qasımov\nmillət vəkili\niqtisadiyyat\naysel-memmedova\n"
                .as_bytes(),
        )
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("İddia (olduğu kimi):"), "{shown}");
    assert!(
        shown.contains("content/2026/ramil-qasimov-corek-ucuzlasib.md"),
        "{shown}"
    );
    let text = std::fs::read_to_string(
        site.root()
            .join("content/2026/ramil-qasimov-corek-ucuzlasib.md"),
    )
    .unwrap();
    assert!(text.contains("speaker_status = \"millət vəkili\""));
    assert!(text.contains("category = \"iqtisadiyyat\""));
    assert!(text.contains("author = \"aysel-memmedova\""));
}

#[test]
fn new_refuses_an_author_who_is_not_in_the_sites_authors() {
    let site = TestSite::new(CONFIG, &[]);
    let args = [
        "new",
        "Çörək ucuzlaşıb",
        "--speaker",
        "Məhəmməd Əliyev",
        "--author",
        "rauf",
    ];
    let (code, stdout, stderr) = yoxla_at(site.root(), &args);
    assert_eq!(code, 2, "{stdout}{stderr}");
    assert!(
        stderr.contains("`rauf` yoxla.toml-un [authors] siyahısında yoxdur"),
        "{stderr}"
    );
    assert!(
        stderr.contains("aysel-memmedova"),
        "the known ids are named: {stderr}"
    );
    assert!(
        !site.root().join("content/2026").exists(),
        "nothing was written"
    );
}
