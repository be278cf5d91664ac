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
        let init = client.request("initialize", json!({"processId": null, "capabilities": caps}));
        let want = if utf8 { "utf-8" } else { "utf-16" };
        assert_eq!(init["result"]["capabilities"]["positionEncoding"], want);
        assert_eq!(init["result"]["capabilities"]["textDocumentSync"]["change"], 2);
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, msg: &Value) {
        let body = msg.to_string();
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
            let msg = self.incoming.recv_timeout(PATIENCE).expect("the server answers");
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
        all.last().unwrap()["diagnostics"].as_array().unwrap().clone()
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
    client.open(&uri, &std::fs::read_to_string(site.root().join("content/2026/seker.md")).unwrap());
    let found = client.diagnostics(&uri, 1);
    let number = with_rule(&found, "style.number-format");
    assert_eq!(number.len(), 1, "{found:#?}");
    let before = "Ailə “şəkərə” ayda 🙂 ";
    let start = client.units(before);
    assert_eq!(number[0]["range"], range(line, start, start + 5), "{found:#?}");
    assert_eq!(number[0]["severity"], 1);
    assert_eq!(number[0]["source"], "yoxla");
    let href = number[0]["codeDescription"]["href"].as_str().unwrap();
    assert!(href.contains("#variant.StyleNumberFormat"), "{href}");
    assert!(number[0]["message"].as_str().unwrap().contains("332.3"), "{found:#?}");
    // Type "ğ“ı”🙂 " after "ayda " (an incremental change).
    let after_ayda = client.units("Ailə “şəkərə” ayda ");
    client.change(&uri, 2, range(line, after_ayda, after_ayda), "ğ“ı”🙂 ");
    let found = client.diagnostics(&uri, 2);
    let number = with_rule(&found, "style.number-format");
    let start = client.units("Ailə “şəkərə” ayda ğ“ı”🙂 🙂 ");
    assert_eq!(number[0]["range"], range(line, start, start + 5), "{found:#?}");
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
