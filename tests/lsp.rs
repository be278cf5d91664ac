//! `yoxla lsp` driven as an editor drives it: the built binary, started
//! in a real site in a temporary folder, spoken to over its stdin and
//! stdout in LSP's own framing. Positions are checked after Azerbaijani
//! letters, curly quotes and an emoji, in both UTF-16 (the default) and
//! UTF-8 (when the client offers it).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::{ARTICLE, CONFIG, TestSite};
use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// How long to wait for any one message before the test fails.
const PATIENCE: Duration = Duration::from_secs(30);

/// The fixture's plain paragraph, replaced by one with the letters that
/// are more than one UTF-16 unit or UTF-8 byte before a number written
/// with a decimal comma.
const PLAIN: &str = "Şəkər ailələrin gündəlik xərclərinin bir hissəsidir.";
const LINE: &str = "Ailə “şəkərə” ayda 🙂 332,3 manat xərcləyir.";

struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: mpsc::Receiver<Value>,
    next_id: i64,
    /// Notifications read while waiting for something else.
    seen: Vec<Value>,
    utf8: bool,
}

impl Client {
    /// Starts `yoxla lsp` in `dir` and initialises it, offering UTF-8
    /// positions or not.
    fn start(dir: &std::path::Path, utf8: bool) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_yoxla"))
            .arg("lsp")
            .current_dir(dir)
            .env("YOXLA_TODAY", "2026-11-22")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start yoxla lsp");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, incoming) = mpsc::channel();
        std::thread::spawn(move || read_messages(BufReader::new(stdout), &tx));
        let mut client = Client {
            child,
            stdin,
            incoming,
            next_id: 1,
            seen: Vec::new(),
            utf8,
        };
        let encodings = if utf8 {
            json!(["utf-8", "utf-16"])
        } else {
            json!(["utf-16"])
        };
        let caps = json!({"general": {"positionEncodings": encodings},
            "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}});
        let init = client.request(
            "initialize",
            json!({"processId": null, "capabilities": caps}),
        );
        let want = if utf8 { "utf-8" } else { "utf-16" };
        assert_eq!(init["result"]["capabilities"]["positionEncoding"], want);
        assert_eq!(
            init["result"]["capabilities"]["textDocumentSync"]["change"],
            2
        );
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, msg: &Value) {
        self.send_raw(&msg.to_string());
    }

    /// Sends `body` in a frame, whatever it is.
    fn send_raw(&mut self, body: &str) {
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and waits for its response.
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.response(id)
    }

    fn response(&mut self, id: i64) -> Value {
        loop {
            let msg = self.next();
            if msg.get("method").is_none() && msg["id"] == id {
                return msg;
            }
            self.seen.push(msg);
        }
    }

    /// The next message from the server; a request from the server (to
    /// register file watchers) is answered on the way.
    fn next(&mut self) -> Value {
        loop {
            let msg = self
                .incoming
                .recv_timeout(PATIENCE)
                .expect("the server answers");
            if msg.get("method").is_some() && msg.get("id").is_some() {
                assert_eq!(msg["method"], "client/registerCapability");
                let answer = json!({"jsonrpc": "2.0", "id": msg["id"], "result": null});
                self.send(&answer);
                continue;
            }
            return msg;
        }
    }

    /// Every diagnostics notification for `uri` until one for `version`.
    fn diagnostics_until(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let mut found: Vec<Value> = Vec::new();
        let mut pending = std::mem::take(&mut self.seen).into_iter();
        loop {
            let msg = pending.next().unwrap_or_else(|| self.next());
            if msg["method"] == "textDocument/publishDiagnostics" && msg["params"]["uri"] == uri {
                let done = msg["params"]["version"] == version;
                found.push(msg["params"].clone());
                if done {
                    self.seen.extend(pending);
                    return found;
                }
            }
        }
    }

    /// The diagnostics published for `version` of `uri`.
    fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let all = self.diagnostics_until(uri, version);
        all.last().unwrap()["diagnostics"]
            .as_array()
            .unwrap()
            .clone()
    }

    fn open(&mut self, uri: &str, text: &str) {
        let doc = json!({"uri": uri, "languageId": "markdown", "version": 1, "text": text});
        self.notify("textDocument/didOpen", json!({"textDocument": doc}));
    }

    /// Replaces `range` of the document with `text` as version `version`.
    fn change(&mut self, uri: &str, version: i64, range: Value, text: &str) {
        let doc = json!({"uri": uri, "version": version});
        let changes = json!([{"range": range, "text": text}]);
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": doc, "contentChanges": changes}),
        );
    }

    /// Shuts the server down and returns its exit code.
    fn shut_down(mut self) -> i32 {
        let answer = self.request("shutdown", Value::Null);
        assert!(answer.get("error").is_none(), "{answer}");
        self.notify("exit", Value::Null);
        wait(&mut self.child)
    }

    /// Where a character of a line is, in the negotiated units.
    fn units(&self, s: &str) -> u64 {
        (if self.utf8 {
            s.len()
        } else {
            s.encode_utf16().count()
        }) as u64
    }
}

/// Waits for the server to end; its exit code.
fn wait(child: &mut Child) -> i32 {
    for _ in 0..300 {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code().unwrap_or(-1);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    child.kill().unwrap();
    panic!("the server did not exit");
}

/// Reads LSP frames (`Content-Length: N`, a blank line, N bytes of JSON).
fn read_messages(mut out: impl BufRead, tx: &mpsc::Sender<Value>) {
    loop {
        let mut length = None;
        loop {
            let mut header = String::new();
            if out.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim();
            if header.is_empty() {
                break;
            }
            if let Some(n) = header.strip_prefix("Content-Length: ") {
                length = n.parse::<usize>().ok();
            }
        }
        let mut body = vec![0; length.expect("a length")];
        out.read_exact(&mut body).unwrap();
        if tx.send(serde_json::from_slice(&body).unwrap()).is_err() {
            return;
        }
    }
}

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

fn with_rule<'a>(diagnostics: &'a [Value], rule: &str) -> Vec<&'a Value> {
    diagnostics.iter().filter(|d| d["code"] == rule).collect()
}

fn at(line: u64, character: u64) -> Value {
    json!({"line": line, "character": character})
}

fn range(line: u64, from: u64, to: u64) -> Value {
    json!({"start": at(line, from), "end": at(line, to)})
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

/// Applies one LSP text edit (UTF-16 positions) to `text`.
fn apply(text: &str, edit: &Value) -> String {
    let offset = |p: &Value| {
        let line = p["line"].as_u64().unwrap() as usize;
        let character = p["character"].as_u64().unwrap() as usize;
        let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
        let mut units = 0;
        for (i, c) in text[start..].char_indices() {
            if units >= character || c == '\n' {
                return start + i;
            }
            units += c.len_utf16();
        }
        text.len()
    };
    let (from, to) = (
        offset(&edit["range"]["start"]),
        offset(&edit["range"]["end"]),
    );
    format!(
        "{}{}{}",
        &text[..from],
        edit["newText"].as_str().unwrap(),
        &text[to..]
    )
}

/// Sends the whole new text as version `version` (what a client does
/// after applying a workspace edit, in its simplest form).
fn replace_all(client: &mut Client, uri: &str, version: i64, text: &str) {
    let doc = json!({"uri": uri, "version": version});
    let changes = json!([{"text": text}]);
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": doc, "contentChanges": changes}),
    );
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
/// 3,000 words: `cargo test --release --test lsp -- --ignored --nocapture`.
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
