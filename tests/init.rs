//! `yoxla init` as a newsroom meets it: a new site from flags, built and
//! checked with zero findings and zero edits in Azerbaijani and in
//! English, with no word of the example newsroom and none of the other
//! language in what it writes, publishes or says; never overwriting, and
//! refusing a folder that already holds a site.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{example_root, tree, yoxla_at};
use std::collections::BTreeMap;
use std::path::Path;

/// Letters only Azerbaijani (of the two) writes.
const AZ_LETTERS: &[char] = &['ə', 'Ə', 'ı', 'ş', 'Ş', 'ğ', 'Ğ'];

/// Azerbaijani words an English site must not show (the section
/// headings, the verdict word, page names and the Conclusion's formula).
const AZ_WORDS: &[&str] = &[
    "Giriş",
    "Tarixçə",
    "Nəticə",
    "Faktın yoxlanması",
    "Hökm",
    "hökm",
    "Metodologiya",
    "Haqqımızda",
    "Mənbələr",
    "yanlış",
    "doğru",
    "deyib",
    "hesab edir",
    "yazıldı",
];

/// English words an Azerbaijani site must not show.
const EN_WORDS: &[&str] = &[
    "Verdict",
    "Sources",
    "Introduction",
    "Background",
    "Fact check",
    "Conclusion",
    "Methodology",
    "About us",
    "Corrections policy",
    "Contact",
    "Team and funding",
    "rates this statement",
    "written:",
    "skipped",
    "The site is ready",
];

/// The example newsroom of this repository: its name, its people and
/// its address, none of which a new site may carry.
fn example_newsroom() -> Vec<String> {
    let text = std::fs::read_to_string(example_root().join("yoxla.toml")).unwrap();
    let config: toml::Table = toml::from_str(&text).unwrap();
    let mut words = vec![config["title"].as_str().unwrap().to_string()];
    let host = config["base_url"].as_str().unwrap();
    words.push(host.trim_start_matches("https://").to_string());
    for author in config["authors"].as_table().unwrap().values() {
        words.push(author["name"].as_str().unwrap().to_string());
    }
    assert!(words.len() > 2, "{words:?}");
    words
}

/// Runs `yoxla init DIR` with flags for a newsroom named "Sınaq Yoxla".
fn init(dir: &Path, language: &str, editor: &str) -> (i32, String, String) {
    yoxla_at(
        dir,
        &[
            "init",
            "--name",
            "Sınaq Yoxla",
            "--base-url",
            "https://sinaq.example.org/yoxlamalar/",
            "--language",
            language,
            "--editor",
            editor,
        ],
    )
}

/// What readers of the built site read: its pages, feeds and texts (not
/// the theme's CSS nor the search engine's scripts).
fn readable(public: &Path) -> BTreeMap<String, String> {
    texts(public)
        .into_iter()
        .filter(|(p, _)| !p.starts_with("pagefind/"))
        .filter(|(p, _)| {
            [".html", ".xml", ".txt", ".json"]
                .iter()
                .any(|e| p.ends_with(e))
        })
        .collect()
}

/// Every text file under `dir` by path (binary files left out).
fn texts(dir: &Path) -> BTreeMap<String, String> {
    tree(dir)
        .into_iter()
        .filter_map(|(path, bytes)| String::from_utf8(bytes).ok().map(|t| (path, t)))
        .collect()
}

/// Whatever of `words` (or `letters`) `text` holds, for a message.
fn found(text: &str, words: &[&str], letters: &[char]) -> Vec<String> {
    let mut hits: Vec<String> = words
        .iter()
        .filter(|w| text.contains(**w))
        .map(|w| w.to_string())
        .collect();
    hits.extend(
        text.char_indices()
            .filter(|(_, c)| letters.contains(c))
            .map(|(i, _)| text[i.saturating_sub(30)..].chars().take(60).collect()),
    );
    hits
}

/// Init, build and check a new site in `language`; returns the site's
/// folder (kept alive), every message printed, and the written files.
fn new_site(
    language: &str,
    editor: &str,
    clean: &str,
) -> (tempfile::TempDir, String, BTreeMap<String, String>) {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    let mut messages = String::new();
    let (code, out, err) = init(&root, language, editor);
    assert_eq!(code, 0, "{out}{err}");
    messages.push_str(&(out + &err));
    let written = texts(&root);

    let (code, out, err) = yoxla_at(&root, &["check", "--format", "json"]);
    assert_eq!((code, out.trim()), (0, "[]"), "{err}");
    let (code, out, err) = yoxla_at(&root, &["check", "--fix"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(err.contains(clean), "{err}");
    messages.push_str(&(out + &err));
    assert_eq!(texts(&root), written, "check --fix edited a new site");
    let (code, out, err) = yoxla_at(&root, &["build"]);
    assert_eq!(code, 0, "{out}{err}");
    let tail = clean.split_once(", ").map_or(clean, |(_, rest)| rest);
    assert!(err.contains(tail), "{err}");
    messages.push_str(&(out + &err));
    (tmp, messages, written)
}

#[test]
fn an_azerbaijani_site_builds_and_checks_clean_in_azerbaijani() {
    let (tmp, messages, written) =
        new_site("az", "Rəşad Əliyev", "0 xəta, 0 xəbərdarlıq, 0 təklif");
    let root = tmp.path().join("site");
    for path in [
        "yoxla.toml",
        "content/pages/haqqimizda.md",
        "content/pages/metodologiya.md",
        "content/pages/duzelis-siyaseti.md",
        "content/pages/elaqe.md",
        "content/pages/komanda-ve-maliyye.md",
        "content/2026/numune-parklar.md",
        ".github/workflows/yoxla.yml",
        ".github/CODEOWNERS",
        ".github/pull_request_template.md",
        ".gitignore",
    ] {
        assert!(written.contains_key(path), "{path} not written");
    }
    let config = &written["yoxla.toml"];
    assert!(
        config.contains("[authors.resad-eliyev]\nname = \"Rəşad Əliyev\""),
        "{config}"
    );
    let sample = &written["content/2026/numune-parklar.md"];
    assert!(
        sample.contains("status = \"draft\""),
        "the sample is a draft"
    );
    assert!(
        sample.contains("“Sınaq Yoxla” açıqlamada verilmiş fakt"),
        "{sample}"
    );

    let public = readable(&root.join("public"));
    assert!(public.contains_key("metodologiya/index.html"));
    assert!(
        !public.keys().any(|p| p.contains("numune")),
        "a draft is never published"
    );
    assert_clean_of(&written, &public, &messages, EN_WORDS, &[]);
}

#[test]
fn an_english_site_builds_and_checks_clean_in_english() {
    let (tmp, messages, written) =
        new_site("en", "Jane Doe", "0 errors, 0 warnings, 0 suggestions");
    let root = tmp.path().join("site");
    let config = &written["yoxla.toml"];
    assert!(config.contains("language = \"en\""), "{config}");
    assert!(config.contains("[authors.jane-doe]"), "{config}");
    let sample = &written["content/2026/sample-parks.md"];
    for part in [
        "## Introduction",
        "## Background",
        "## Fact check",
        "## Conclusion",
    ] {
        assert!(sample.contains(part), "{part}");
    }
    let public = readable(&root.join("public"));
    assert!(public.contains_key("methodology/index.html"));
    assert!(public.contains_key("verdicts/mostly-false/index.html"));
    // The newsroom's own name has a dotless ı; everything else is English.
    let strip = |m: &BTreeMap<String, String>| -> BTreeMap<String, String> {
        m.iter()
            .map(|(k, v)| (k.clone(), v.replace("Sınaq Yoxla", "")))
            .collect()
    };
    assert_clean_of(
        &strip(&written),
        &strip(&public),
        &messages.replace("Sınaq Yoxla", ""),
        AZ_WORDS,
        AZ_LETTERS,
    );
}

/// Russian comes from its catalogue alone (`src/locales/ru/`): a site
/// in it is made, checked and built clean, reads Russian, and its
/// addresses are readable transliterations.
#[test]
fn a_russian_site_builds_and_checks_clean_in_russian() {
    let (tmp, messages, written) = new_site("ru", "Иван Петров", RU_CLEAN);
    let root = tmp.path().join("site");
    let config = &written["yoxla.toml"];
    assert!(config.contains("language = \"ru\""), "{config}");
    assert!(config.contains("[authors.ivan-petrov]"), "{config}");
    let sample = written
        .iter()
        .find(|(p, _)| p.starts_with("content/2026/"))
        .map(|(_, t)| t)
        .unwrap();
    for part in ["## Введение", "## Предыстория", "## Вывод"] {
        assert!(sample.contains(part), "{part}");
    }
    let public = readable(&root.join("public"));
    assert!(
        public.contains_key("metodologiya/index.html"),
        "{:?}",
        public.keys()
    );
    assert!(
        public.keys().any(|p| p.starts_with("verdikty/")),
        "{:?}",
        public.keys()
    );
    assert!(public["index.html"].contains("lang=\"ru\""));
    let strip = |m: &BTreeMap<String, String>| -> BTreeMap<String, String> {
        m.iter()
            .map(|(k, v)| (k.clone(), v.replace("Sınaq Yoxla", "")))
            .collect()
    };
    let other: Vec<&str> = AZ_WORDS.iter().chain(EN_WORDS).copied().collect();
    assert_clean_of(
        &strip(&written),
        &strip(&public),
        &messages.replace("Sınaq Yoxla", ""),
        &other,
        AZ_LETTERS,
    );
}

/// What a clean check says on a Russian site.
const RU_CLEAN: &str = "0 ошибок, 0 предупреждений, 0 рекомендаций";

/// No file written or published and no message holds the example
/// newsroom or the other language's `words` and `letters`. The site
/// workflow is the one shipped file, English YAML for every site, and
/// is held to the example newsroom's name only.
fn assert_clean_of(
    written: &BTreeMap<String, String>,
    public: &BTreeMap<String, String>,
    messages: &str,
    words: &[&str],
    letters: &[char],
) {
    let example = example_newsroom();
    let example: Vec<&str> = example.iter().map(String::as_str).collect();
    let mut wrong = Vec::new();
    let all = written
        .iter()
        .map(|(p, t)| (format!("written {p}"), t))
        .chain(public.iter().map(|(p, t)| (format!("public {p}"), t)));
    for (what, text) in all {
        let hits = found(text, &example, &[]);
        if !hits.is_empty() {
            wrong.push(format!("{what}: the example newsroom: {hits:?}"));
        }
        if what.ends_with("workflows/yoxla.yml") {
            continue;
        }
        let hits = found(text, words, letters);
        if !hits.is_empty() {
            wrong.push(format!("{what}: the other language: {hits:?}"));
        }
    }
    for hits in [
        found(messages, &example, &[]),
        found(messages, words, letters),
    ] {
        if !hits.is_empty() {
            wrong.push(format!("messages: {hits:?}\n{messages}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_written_workflow_is_the_shipped_one() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, _, err) = init(tmp.path(), "en", "Jane Doe");
    assert_eq!(code, 0, "{err}");
    let shipped =
        std::fs::read_to_string(example_root().join("docs/github/workflows/yoxla.yml")).unwrap();
    let written = std::fs::read_to_string(tmp.path().join(".github/workflows/yoxla.yml")).unwrap();
    assert_eq!(written, shipped);
    let ignore = std::fs::read_to_string(tmp.path().join(".gitignore")).unwrap();
    for line in ["/public/", "/.yoxla-cache/"] {
        assert!(ignore.lines().any(|l| l == line), "{line} not ignored");
    }
}

#[test]
fn init_never_overwrites_a_file() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::create_dir_all(root.join("content/pages")).unwrap();
    std::fs::write(root.join("content/pages/haqqimizda.md"), "bizim").unwrap();
    std::fs::write(root.join(".gitignore"), "/mine/\n").unwrap();
    let (code, out, err) = init(root, "az", "Rəşad Əliyev");
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        std::fs::read_to_string(root.join("content/pages/haqqimizda.md")).unwrap(),
        "bizim"
    );
    assert_eq!(
        std::fs::read_to_string(root.join(".gitignore")).unwrap(),
        "/mine/\n"
    );
    for kept in ["content/pages/haqqimizda.md", ".gitignore"] {
        assert!(
            err.lines()
                .any(|l| l.contains("keçildi") && l.ends_with(kept)),
            "{kept} not named as kept:\n{err}"
        );
        assert!(!out.lines().any(|l| l == kept), "{kept} listed as written");
    }
    assert!(out.lines().any(|l| l == "yoxla.toml"), "{out}");
    assert!(root.join("content/pages/metodologiya.md").is_file());
}

#[test]
fn init_refuses_a_folder_that_holds_a_site() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::write(root.join("yoxla.toml"), "title = \"Bizim sayt\"\n").unwrap();
    let before = tree(root);
    for language in ["az", "en"] {
        let (code, out, err) = init(root, language, "Rəşad Əliyev");
        assert_eq!(code, 2, "{out}{err}");
        assert!(err.contains("yoxla.toml"), "{err}");
        let said = if language == "az" {
            "artıq var"
        } else {
            "already exists"
        };
        assert!(err.contains(said), "{err}");
        assert_eq!(tree(root), before, "something was written");
    }
}

#[test]
fn off_a_terminal_missing_answers_are_named_or_taken_from_yes() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    let (code, _, err) = yoxla_at(
        &root,
        &["init", "--language", "en", "--name", "Sınaq Yoxla"],
    );
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("--base-url, --editor"), "{err}");
    assert!(err.contains("--yes"), "{err}");
    assert!(!root.exists(), "nothing is made");

    let (code, _, err) = yoxla_at(&root, &["init", "--yes"]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = yoxla_at(&root, &["check", "--format", "json"]);
    assert_eq!((code, out.trim()), (0, "[]"), "{err}");
    let (code, _, err) = yoxla_at(&root, &["build"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn on_a_terminal_init_asks_in_the_chosen_language() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().join("site");
    let args = yoxla::cmd::init::InitArgs {
        dir: Some(root.clone()),
        name: None,
        base_url: None,
        language: None,
        editor: None,
        yes: false,
    };
    let term = yoxla::cmd::Terminal {
        interactive: true,
        ..Default::default()
    };
    let mut input: &[u8] = b"en\nS\xc4\xb1naq Yoxla\nhttps://sinaq.example.org\nJane Doe\n";
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let exit =
        yoxla::cmd::init::run(Path::new("."), args, &term, &mut input, &mut out, &mut err).unwrap();
    assert_eq!(exit, yoxla::cmd::Exit::Clean);
    let err = String::from_utf8(err).unwrap();
    assert!(
        err.contains("The newsroom's name [New newsroom]: "),
        "{err}"
    );
    assert!(err.contains("The editor's full name [Editor]: "), "{err}");
    let config = std::fs::read_to_string(root.join("yoxla.toml")).unwrap();
    assert!(config.contains("title = \"Sınaq Yoxla\""), "{config}");
    assert!(
        config.contains("base_url = \"https://sinaq.example.org\""),
        "{config}"
    );
    assert!(config.contains("[authors.jane-doe]"), "{config}");
}

#[test]
fn an_english_sites_telegram_text_is_in_english_capitals() {
    let (tmp, _, written) = new_site("en", "Jane Doe", "0 errors, 0 warnings, 0 suggestions");
    let root = tmp.path().join("site");
    let sample = written["content/2026/sample-parks.md"].replace(
        "status = \"draft\"",
        "status = \"ready\"\ndate = 2026-11-22\neditor = \"jane-doe\"",
    );
    std::fs::write(root.join("content/2026/sample-parks.md"), sample).unwrap();
    let (code, _, err) = yoxla_at(&root, &["build"]);
    assert_eq!(code, 0, "{err}");
    let telegram = texts(&root.join("public"))
        .into_iter()
        .find(|(p, _)| p.ends_with("telegram.txt"))
        .map(|(_, t)| t)
        .expect("an article's telegram.txt");
    assert!(telegram.starts_with("VERDICT: FALSE\n"), "{telegram}");
    assert!(!telegram.contains('İ'), "{telegram}");
}

#[test]
fn yoxla_new_on_an_english_site_writes_an_english_skeleton() {
    let (tmp, _, _) = new_site("en", "Jane Doe", "0 errors, 0 warnings, 0 suggestions");
    let root = tmp.path().join("site");
    let (code, out, err) = yoxla_at(
        &root,
        &[
            "new",
            "Bus fares rose by half",
            "--speaker",
            "Tom Reed",
            "--status-of-speaker",
            "the mayor",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(root.join(out.trim())).unwrap();
    for part in [
        "## Introduction\n\nThe mayor Tom Reed said [when and where]",
        "## Background\n\n“Sınaq Yoxla” took an interest",
        "## Fact check",
        "## Conclusion\n\nTom Reed said that “bus fares rose by half”.",
        "rates this statement **[verdict]**",
        "# one of: true, mostly true, half true, mostly false, false, absurd",
    ] {
        assert!(text.contains(part), "{part}\n{text}");
    }
    let hits = found(
        &(text.replace("Sınaq Yoxla", "") + &err),
        AZ_WORDS,
        AZ_LETTERS,
    );
    assert!(hits.is_empty(), "{hits:?}");
}

/// The words of a shell command line: spaces split, double quotes
/// group, `#` starts a comment.
fn shell_words(line: &str) -> Vec<String> {
    let (mut words, mut word, mut quoted, mut any) = (Vec::new(), String::new(), false, false);
    for c in line.chars() {
        match c {
            '"' => (quoted, any) = (!quoted, true),
            '#' if !quoted && word.is_empty() => break,
            c if c.is_whitespace() && !quoted => {
                if any {
                    words.push(std::mem::take(&mut word));
                }
                any = false;
            }
            c => (word, any) = (word + &c.to_string(), true),
        }
    }
    if any {
        words.push(word);
    }
    words
}

#[test]
fn the_readmes_first_site_works_as_written() {
    let readme = std::fs::read_to_string(example_root().join("README.md")).unwrap();
    let section = readme
        .split("### A first site in five minutes")
        .nth(1)
        .expect("the README's newsroom section");
    let block = section
        .split("```sh\n")
        .nth(1)
        .unwrap()
        .split("```")
        .next()
        .unwrap();
    let lines: Vec<String> = block
        .replace("\\\n", " ")
        .lines()
        .map(shell_words)
        .map(|w| w.join("\u{0}"))
        .collect();
    let tmp = tempfile::tempdir().unwrap();
    let mut site = tmp.path().to_path_buf();
    let mut ran = Vec::new();
    for line in &lines {
        let words: Vec<&str> = line.split('\u{0}').collect();
        match words.as_slice() {
            ["cd", dir] => site = site.join(dir),
            ["yoxla", "serve"] => {}
            ["yoxla", "init", dir, rest @ ..] => {
                // As typed in a shell: DIR is relative to where it runs.
                let out = std::process::Command::new(env!("CARGO_BIN_EXE_yoxla"))
                    .args(["init", *dir])
                    .args(rest)
                    .current_dir(tmp.path())
                    .env("YOXLA_TODAY", "2026-11-22")
                    .output()
                    .unwrap();
                let err = String::from_utf8_lossy(&out.stderr);
                assert!(out.status.success(), "{line}: {err}");
                ran.push("init");
            }
            ["yoxla", command] => {
                let (code, _, err) = yoxla_at(&site, &[command]);
                assert_eq!(code, 0, "{line}: {err}");
                assert!(!err.contains("error["), "{err}");
                ran.push(command);
            }
            other => panic!("a README line this test does not know: {other:?}"),
        }
    }
    assert_eq!(ran, ["init", "check", "build"]);
    assert!(site.join("public/index.html").is_file());
}
