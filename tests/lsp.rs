//! `yoxla lsp` driven as an editor drives it: the built binary, started
//! in a real site in a temporary folder, spoken to over its stdin and
//! stdout in LSP's own framing. Positions are checked after Azerbaijani
//! letters, curly quotes and an emoji, in both UTF-16 (the default) and
//! UTF-8 (when the client offers it).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::lsp::{Client, apply, at, range, replace_all, wait, with_rule};
use common::{ARTICLE, CONFIG, TestSite};
use serde_json::{Value, json};
use std::time::Duration;

/// The fixture's plain paragraph, replaced by one with the letters that
/// are more than one UTF-16 unit or UTF-8 byte before a number written
/// with a decimal comma.
const PLAIN: &str = "Şəkər ailələrin gündəlik xərclərinin bir hissəsidir.";
const LINE: &str = "Ailə “şəkərə” ayda 🙂 332,3 manat xərcləyir.";

/// A site with one article, `content/2026/seker.md`, whose body has
/// [`LINE`]; the site, the article's URI and text, and LINE's line.
fn site() -> (TestSite, String, String, u64) {
    let text = ARTICLE.replacen(PLAIN, LINE, 1);
    let site = TestSite::new(CONFIG, &[("content/2026/seker.md", &text)]);
    let path = site.root().join("content/2026/seker.md");
    let uri = url::Url::from_file_path(&path).unwrap().to_string();
    let line = text.lines().position(|l| l == LINE).unwrap() as u64;
    (site, uri, text, line)
}

/// The number's diagnostic is where the number is, counted in the
/// negotiated units, and moves with an incremental change before it.
fn number_follows_the_text(utf8: bool) {
    let (site, uri, _, line) = site();
    let mut client = Client::start(site.root(), utf8);
    client.open(
        &uri,
        &std::fs::read_to_string(site.root().join("content/2026/seker.md")).unwrap(),
    );
    let found = client.diagnostics(&uri, 1);
    let number = with_rule(&found, "style.number-format");
    assert_eq!(number.len(), 1, "{found:#?}");
    let before = "Ailə “şəkərə” ayda 🙂 ";
    let start = client.units(before);
    assert_eq!(
        number[0]["range"],
        range(line, start, start + 5),
        "{found:#?}"
    );
    assert_eq!(number[0]["severity"], 1);
    assert_eq!(number[0]["source"], "yoxla");
    let href = number[0]["codeDescription"]["href"].as_str().unwrap();
    assert!(href.contains("#variant.StyleNumberFormat"), "{href}");
    assert!(
        number[0]["message"].as_str().unwrap().contains("332.3"),
        "{found:#?}"
    );
    // Type "ğ“ı”🙂 " after "ayda " (an incremental change).
    let after_ayda = client.units("Ailə “şəkərə” ayda ");
    client.change(&uri, 2, range(line, after_ayda, after_ayda), "ğ“ı”🙂 ");
    let found = client.diagnostics(&uri, 2);
    let number = with_rule(&found, "style.number-format");
    let start = client.units("Ailə “şəkərə” ayda ğ“ı”🙂 🙂 ");
    assert_eq!(
        number[0]["range"],
        range(line, start, start + 5),
        "{found:#?}"
    );
    assert_eq!(client.shut_down(), 0);
}

#[test]
fn positions_count_utf16_units_by_default() {
    number_follows_the_text(false);
}

#[test]
fn positions_count_bytes_when_the_client_offers_utf8() {
    number_follows_the_text(true);
}

#[test]
fn a_quick_fix_is_offered_applied_and_the_finding_goes() {
    let (site, uri, text, line) = site();
    let mut client = Client::start(site.root(), false);
    client.open(&uri, &text);
    let found = client.diagnostics(&uri, 1);
    let number = with_rule(&found, "style.number-format")[0].clone();
    let params = json!({"textDocument": {"uri": uri}, "range": number["range"],
        "context": {"diagnostics": [number]}});
    let answer = client.request("textDocument/codeAction", params);
    let actions = answer["result"].as_array().unwrap();
    let fix = actions
        .iter()
        .find(|a| a["kind"] == "quickfix" && a["diagnostics"][0]["code"] == "style.number-format")
        .unwrap_or_else(|| panic!("{answer:#}"));
    assert_eq!(fix["isPreferred"], true);
    assert!(fix["title"].as_str().unwrap().contains("332.3"), "{fix}");
    let edits = fix["edit"]["changes"][&uri].as_array().unwrap();
    assert_eq!(edits.len(), 1);
    let fixed = apply(&text, &edits[0]);
    assert!(
        fixed.contains("Ailə “şəkərə” ayda 🙂 332.3 manat"),
        "{fixed}"
    );
    replace_all(&mut client, &uri, 2, &fixed);
    let found = client.diagnostics(&uri, 2);
    assert!(
        with_rule(&found, "style.number-format").is_empty(),
        "{found:#?}"
    );
    let _ = line;
    assert_eq!(client.shut_down(), 0);
}

#[test]
fn fix_all_in_file_makes_every_certain_fix_at_once() {
    let (site, uri, text, _) = site();
    // A second certain fix: a near-miss verdict word.
    let text = text.replacen("verdict = \"yanlış\"", "verdict = \"yanlis\"", 1);
    let mut client = Client::start(site.root(), false);
    client.open(&uri, &text);
    let found = client.diagnostics(&uri, 1);
    assert_eq!(with_rule(&found, "meta.verdict").len(), 1, "{found:#?}");
    let params = json!({"textDocument": {"uri": uri}, "range": range(0, 0, 0),
        "context": {"diagnostics": [], "only": ["source.fixAll"]}});
    let answer = client.request("textDocument/codeAction", params);
    let actions = answer["result"].as_array().unwrap();
    assert_eq!(actions.len(), 1, "{answer:#}");
    assert_eq!(actions[0]["kind"], "source.fixAll");
    let mut edits = actions[0]["edit"]["changes"][&uri]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(edits.len(), 2, "{edits:#?}");
    // Applied from the end, so earlier edits keep their positions.
    edits.reverse();
    let fixed = edits.iter().fold(text, |t, e| apply(&t, e));
    assert!(fixed.contains("verdict = \"yanlış\""), "{fixed}");
    assert!(fixed.contains("🙂 332.3 manat"), "{fixed}");
    replace_all(&mut client, &uri, 2, &fixed);
    let found = client.diagnostics(&uri, 2);
    let left: Vec<&Value> = found
        .iter()
        .filter(|d| d["code"] == "meta.verdict" || d["code"] == "style.number-format")
        .collect();
    assert!(left.is_empty(), "{found:#?}");
    assert_eq!(client.shut_down(), 0);
}

#[test]
fn hover_quotes_the_guide_and_completion_offers_the_scale() {
    let (site, uri, text, line) = site();
    let mut client = Client::start(site.root(), false);
    client.open(&uri, &text);
    let found = client.diagnostics(&uri, 1);
    let number = with_rule(&found, "style.number-format")[0].clone();
    let params = json!({"textDocument": {"uri": uri}, "position": number["range"]["start"]});
    let hover = client.request("textDocument/hover", params)["result"].clone();
    let shown = hover["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("**style.number-format**"), "{shown}");
    assert!(
        shown.contains("> “Minlik ədədləri yazarkən vergüldən və ya boşluqdan"),
        "{shown}"
    );
    assert!(shown.contains("Bələdçi"), "{shown}");
    let nothing = json!({"textDocument": {"uri": uri}, "position": at(line, 0)});
    assert_eq!(
        client.request("textDocument/hover", nothing)["result"],
        Value::Null
    );
    // Complete `verdict = "yan` on the verdict's line.
    let verdict = text.lines().position(|l| l.starts_with("verdict")).unwrap() as u64;
    client.change(&uri, 2, range(verdict, 0, 99), "verdict = \"yan");
    let params = json!({"textDocument": {"uri": uri}, "position": at(verdict, 14)});
    let answer = client.request("textDocument/completion", params);
    let items = answer["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer:#}"));
    let labels: Vec<&str> = items.iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert_eq!(
        labels,
        [
            "doğru",
            "əsasən doğru",
            "yarı-doğru",
            "əsasən yanlış",
            "yanlış",
            "yalan"
        ]
    );
    let edit = &items[4]["textEdit"];
    assert_eq!(edit["range"], range(verdict, 11, 14));
    assert_eq!(edit["newText"], "yanlış");
    assert_eq!(client.shut_down(), 0);
}

#[test]
fn a_malformed_or_unknown_request_gets_an_error_and_the_server_goes_on() {
    let (site, uri, text, _) = site();
    let mut client = Client::start(site.root(), false);
    let bad = client.request("textDocument/hover", json!({"textDocument": 5}));
    assert_eq!(bad["error"]["code"], -32602, "{bad}");
    assert!(
        bad["error"]["message"]
            .as_str()
            .unwrap()
            .contains("textDocument/hover")
    );
    let unknown = client.request("yoxla/nəBilim", json!({}));
    assert_eq!(unknown["error"]["code"], -32601, "{unknown}");
    // Broken JSON: there is no id to answer, so the error has none.
    client.send_raw("{\"jsonrpc\": \"2.0\", \"id\": 9, \"method\": \"textDocument/ho");
    let broken = client.next();
    assert_eq!(broken["id"], Value::Null, "{broken}");
    assert_eq!(broken["error"]["code"], -32700, "{broken}");
    // A notification it cannot read is not answered, and stops nothing.
    client.notify("textDocument/didChange", json!({"textDocument": "?"}));
    client.open(&uri, &text);
    let found = client.diagnostics(&uri, 1);
    assert_eq!(
        with_rule(&found, "style.number-format").len(),
        1,
        "{found:#?}"
    );
    assert_eq!(client.shut_down(), 0);
}

#[test]
fn an_exit_without_shutdown_is_not_clean() {
    let (site, _, _, _) = site();
    let mut client = Client::start(site.root(), false);
    client.notify("exit", Value::Null);
    assert_eq!(wait(&mut client.child), 1);
}

#[test]
fn typing_fast_publishes_only_the_latest_text() {
    let (site, uri, text, line) = site();
    let mut client = Client::start(site.root(), false);
    client.open(&uri, &text);
    client.diagnostics(&uri, 1);
    // Five changes in a row, well inside the debounce: each types one
    // more letter at the line's start.
    for version in 2..=6 {
        client.change(&uri, version, range(line, 0, 0), "ə");
    }
    let published = client.diagnostics_until(&uri, 6);
    let versions: Vec<&Value> = published.iter().map(|p| &p["version"]).collect();
    assert_eq!(versions, [&json!(6)], "only the latest text is checked");
    let number = &with_rule(
        published[0]["diagnostics"].as_array().unwrap(),
        "style.number-format",
    )[0];
    let start = client.units("əəəəəAilə “şəkərə” ayda 🙂 ");
    assert_eq!(number["range"], range(line, start, start + 5));
    assert_eq!(client.shut_down(), 0);
}

#[test]
fn a_duplicate_address_follows_the_site_on_disk_and_in_the_editor() {
    let (site, uri, text, _) = site();
    let mut client = Client::start(site.root(), false);
    client.open(&uri, &text);
    let found = client.diagnostics(&uri, 1);
    assert!(with_rule(&found, "meta.slug").is_empty(), "{found:#?}");
    // An article with the same title, so the same address, appears on
    // disk, earlier in file order: the open article is now the one that
    // takes an address already taken.
    site.write("content/2025/ekiz.md", &text);
    let twin = url::Url::from_file_path(site.root().join("content/2025/ekiz.md")).unwrap();
    let changes = json!({"changes": [{"uri": twin.as_str(), "type": 1}]});
    client.notify("workspace/didChangeWatchedFiles", changes);
    let found = client.diagnostics(&uri, 1);
    let slug = with_rule(&found, "meta.slug");
    assert_eq!(slug.len(), 1, "{found:#?}");
    assert!(
        slug[0]["message"]
            .as_str()
            .unwrap()
            .contains("content/2025/ekiz.md")
    );
    // The author gives the article an address of its own, unsaved.
    let title = text.lines().position(|l| l.starts_with("title")).unwrap() as u64;
    client.change(
        &uri,
        2,
        range(title + 1, 0, 0),
        "slug = \"seker-iki-defe\"\n",
    );
    let found = client.diagnostics(&uri, 2);
    assert!(with_rule(&found, "meta.slug").is_empty(), "{found:#?}");
    // The twin is deleted, and the author takes the title's address back.
    std::fs::remove_file(site.root().join("content/2025/ekiz.md")).unwrap();
    let changes = json!({"changes": [{"uri": twin.as_str(), "type": 3}]});
    client.notify("workspace/didChangeWatchedFiles", changes);
    let line = json!({"start": at(title + 1, 0), "end": at(title + 2, 0)});
    client.change(&uri, 3, line, "");
    let found = client.diagnostics(&uri, 3);
    assert!(with_rule(&found, "meta.slug").is_empty(), "{found:#?}");
    assert_eq!(client.shut_down(), 0);
}

/// Sentences of an article's body, to make a long one.
const SENTENCES: &[&str] = &[
    "Statistika Mərkəzinin məlumatına görə, ötən il ölkədə şəkərin orta qiyməti 12 faiz artıb.",
    "Ekspertlər bildirir ki, qiymət artımının əsas səbəbi idxal xərclərinin yüksəlməsidir.",
    "Ailələr gündəlik xərclərinin böyük hissəsini ərzaq məhsullarına ayırır.",
    "Ticarət Birliyinin cədvəlində yanvar və sentyabr aylarının qiymətləri göstərilib.",
    "Bazarda satıcılar da qiymətlərin son aylarda dəyişdiyini təsdiqləyir.",
    "Bir kiloqram şəkər yanvarda 1 manat 40 qəpiyə, sentyabrda isə 1 manat 75 qəpiyə satılıb.",
];

/// How long from a change to its diagnostics, on an article of about
/// 3,000 words: `cargo test --test lsp -- --ignored --nocapture` (add
/// `--release` for the time of an installed binary).
/// The time includes the debounce (150 ms), by design.
#[test]
#[ignore = "a measurement, not a check: run it by name"]
fn change_to_diagnostics_latency_on_3000_words() {
    let mut body = String::new();
    let mut words = 0;
    let mut i = 0;
    while words < 3000 {
        let s = SENTENCES[i % SENTENCES.len()];
        words += s.split_whitespace().count();
        body.push_str(s);
        body.push_str(if i % 4 == 3 { "\n\n" } else { " " });
        i += 1;
    }
    let text = ARTICLE.replacen(PLAIN, &format!("{body}\n\n{LINE}"), 1);
    let site = TestSite::new(CONFIG, &[("content/2026/uzun.md", &text)]);
    let uri = url::Url::from_file_path(site.root().join("content/2026/uzun.md")).unwrap();
    let uri = uri.as_str();
    let line = text.lines().position(|l| l == LINE).unwrap() as u64;
    let mut client = Client::start(site.root(), false);
    client.open(uri, &text);
    client.diagnostics(uri, 1);
    let mut times = Vec::new();
    for version in 2..=61 {
        let started = std::time::Instant::now();
        client.change(uri, version, range(line, 0, 0), "ə");
        let found = client.diagnostics(uri, version);
        times.push(started.elapsed());
        assert_eq!(with_rule(&found, "style.number-format").len(), 1);
    }
    times.sort();
    let p = |q: f64| times[((times.len() as f64 * q).ceil() as usize).min(times.len()) - 1];
    println!(
        "{words} words, {} changes: p50 {:?}, p95 {:?}, max {:?} (150 ms of each is the debounce)",
        times.len(),
        p(0.50),
        p(0.95),
        p(1.0)
    );
    assert!(p(0.95) < Duration::from_secs(1), "typing waits: {times:?}");
    assert_eq!(client.shut_down(), 0);
}
