//! A client for `yoxla lsp` tests: starts the built binary and speaks
//! LSP to it over its stdin and stdout, in the protocol's own framing, as
//! an editor does.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// How long to wait for any one message before the test fails.
const PATIENCE: Duration = Duration::from_secs(30);

pub struct Client {
    pub child: Child,
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
    pub fn start(dir: &std::path::Path, utf8: bool) -> Client {
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

    pub fn send(&mut self, msg: &Value) {
        self.send_raw(&msg.to_string());
    }

    /// Sends `body` in a frame, whatever it is.
    pub fn send_raw(&mut self, body: &str) {
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and waits for its response.
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.response(id)
    }

    pub fn response(&mut self, id: i64) -> Value {
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
    pub fn next(&mut self) -> Value {
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
    pub fn diagnostics_until(&mut self, uri: &str, version: i64) -> Vec<Value> {
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
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let all = self.diagnostics_until(uri, version);
        all.last().unwrap()["diagnostics"]
            .as_array()
            .unwrap()
            .clone()
    }

    pub fn open(&mut self, uri: &str, text: &str) {
        let doc = json!({"uri": uri, "languageId": "markdown", "version": 1, "text": text});
        self.notify("textDocument/didOpen", json!({"textDocument": doc}));
    }

    /// Replaces `range` of the document with `text` as version `version`.
    pub fn change(&mut self, uri: &str, version: i64, range: Value, text: &str) {
        let doc = json!({"uri": uri, "version": version});
        let changes = json!([{"range": range, "text": text}]);
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": doc, "contentChanges": changes}),
        );
    }

    /// Shuts the server down and returns its exit code.
    pub fn shut_down(mut self) -> i32 {
        let answer = self.request("shutdown", Value::Null);
        assert!(answer.get("error").is_none(), "{answer}");
        self.notify("exit", Value::Null);
        wait(&mut self.child)
    }

    /// Where a character of a line is, in the negotiated units.
    pub fn units(&self, s: &str) -> u64 {
        (if self.utf8 {
            s.len()
        } else {
            s.encode_utf16().count()
        }) as u64
    }
}

/// Waits for the server to end; its exit code.
pub fn wait(child: &mut Child) -> i32 {
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
pub fn read_messages(mut out: impl BufRead, tx: &mpsc::Sender<Value>) {
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

pub fn with_rule<'a>(diagnostics: &'a [Value], rule: &str) -> Vec<&'a Value> {
    diagnostics.iter().filter(|d| d["code"] == rule).collect()
}

pub fn at(line: u64, character: u64) -> Value {
    json!({"line": line, "character": character})
}

pub fn range(line: u64, from: u64, to: u64) -> Value {
    json!({"start": at(line, from), "end": at(line, to)})
}

/// Applies one LSP text edit (UTF-16 positions) to `text`.
pub fn apply(text: &str, edit: &Value) -> String {
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
pub fn replace_all(client: &mut Client, uri: &str, version: i64, text: &str) {
    let doc = json!({"uri": uri, "version": version});
    let changes = json!([{"text": text}]);
    client.notify(
        "textDocument/didChange",
        json!({"textDocument": doc, "contentChanges": changes}),
    );
}
