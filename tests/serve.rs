//! `yoxla serve` driven for real: it serves on loopback, shows drafts
//! with a banner and findings, refuses paths that leave the site,
//! rebuilds after a change and pushes a reload event, and keeps the last
//! good build when a save breaks the site.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(site: &TestSite) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_yoxla"))
        .args(["serve", "--port", "0", "--root"])
        .arg(site.root())
        .env("YOXLA_TODAY", "2026-11-22")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start yoxla serve");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let port = line
        .split("127.0.0.1:")
        .nth(1)
        .and_then(|r| r.split('/').next())
        .and_then(|p| p.parse().ok())
        .unwrap_or_else(|| panic!("no address in {line:?}"));
    Server { child, port }
}

/// A GET over a plain socket: (status, body). Chunked bodies are decoded.
fn get(port: u16, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    (status, body)
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        body = rest[n..].trim_start_matches("\r\n");
    }
    out
}

/// Waits until `f` holds, up to 30 seconds.
fn eventually(what: &str, mut f: impl FnMut() -> bool) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(30) {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!("timed out waiting for {what}");
}

const PAGE: &str = "/yoxlamalar/lale-babayeva-sekerin-qiymeti-bu-il-iki-defe-artib/";

#[test]
fn serve_previews_rebuilds_reloads_and_refuses_traversal() {
    let draft = ARTICLE
        .replace("status = \"ready\"", "status = \"draft\"")
        .replace("Şəkərin qiyməti bu il", "Unun qiyməti bu il")
        .replace("Artım 25 faizdir.", "Artım 332,3 faizdir.");
    let site = TestSite::new(
        CONFIG,
        &[("content/a.md", ARTICLE), ("content/draft.md", &draft)],
    );
    let server = start(&site);

    let (status, home) = get(server.port, "/");
    assert_eq!(status, 200);
    assert!(
        home.contains("Lalə Babayeva: “Şəkərin qiyməti bu il iki dəfə artıb”"),
        "{home}"
    );
    assert!(
        home.contains("tower-livereload"),
        "the reload script is injected"
    );

    // Drafts are previewed, with a banner and the check's findings.
    let (status, page) = get(
        server.port,
        "/yoxlamalar/lale-babayeva-unun-qiymeti-bu-il-iki-defe-artib/",
    );
    assert_eq!(status, 200);
    assert!(page.contains("QARALAMA"), "{page}");
    assert!(page.contains("style.number-format"), "{page}");

    // Nothing outside the built site.
    for bad in [
        "/../yoxla.toml",
        "/%2e%2e/yoxla.toml",
        "/%2E%2E/content/a.md",
        "/content/a.md",
        "/..%2f..%2fetc/passwd",
    ] {
        let (status, body) = get(server.port, bad);
        assert_eq!(status, 404, "{bad}: {body}");
        assert!(!body.contains("+++"), "{bad}");
    }

    // A save: the page is rebuilt and a reload event is pushed.
    let mut events = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    events
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    write!(events, "GET /_tower-livereload/event-stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n").unwrap();
    let mut seen = String::new();
    let mut buf = [0u8; 1024];
    // The stream's headers first.
    let n = events.read(&mut buf).unwrap();
    seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    // Without a change, no rebuild: the rebuild's own reads of the files
    // must not count as changes (they once made serve rebuild forever).
    events
        .set_read_timeout(Some(Duration::from_millis(1500)))
        .unwrap();
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(1500) {
        if let Ok(n) = events.read(&mut buf) {
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    }
    assert!(
        !seen.contains("reload"),
        "a reload without a change: {seen}"
    );
    events
        .set_read_timeout(Some(Duration::from_secs(30)))
        .unwrap();
    site.write(
        "content/a.md",
        &ARTICLE.replace("Artım 25 faizdir.", "Artım 25 faizdir. YENİ CÜMLƏ."),
    );
    let start = Instant::now();
    while !seen.contains("reload") && start.elapsed() < Duration::from_secs(30) {
        if let Ok(n) = events.read(&mut buf) {
            seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    }
    assert!(seen.contains("reload"), "no reload event: {seen}");
    eventually("the rebuilt page", || {
        get(server.port, PAGE).1.contains("YENİ CÜMLƏ")
    });

    // A broken save: the last good build stays, with the error on top.
    site.write("content/a.md", "+++\ntitle = \n+++\n");
    site.write("yoxla.toml", &format!("{CONFIG}nosuchkey = 1\n"));
    eventually("the error panel", || {
        get(server.port, PAGE).1.contains("dev-error")
    });
    let (status, page) = get(server.port, PAGE);
    assert_eq!(status, 200);
    assert!(
        page.contains("YENİ CÜMLƏ"),
        "the last good build is still served"
    );
    assert!(page.contains("nosuchkey"), "{page}");
}

#[test]
fn slow_and_malformed_clients_do_not_stop_the_server() {
    let site = TestSite::new(CONFIG, &[("content/a.md", ARTICLE)]);
    let server = start(&site);
    // Wait for the first build.
    let deadline = Instant::now() + Duration::from_secs(60);
    while get(server.port, "/").0 != 200 {
        assert!(Instant::now() < deadline, "the preview never came up");
        std::thread::sleep(Duration::from_millis(200));
    }
    // Fifty clients that start a request and never finish it.
    let slow: Vec<TcpStream> = (0..50)
        .map(|_| {
            let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
            s.write_all(b"GET / HTTP/1.1\r\nHost: 127.0").unwrap();
            s
        })
        .collect();
    // Garbage, a huge header, a bad method and a bad path.
    for raw in [
        b"\x00\xff\xfe garbage \r\n\r\n".to_vec(),
        format!(
            "GET / HTTP/1.1\r\nHost: x\r\nX-Big: {}\r\n\r\n",
            "a".repeat(1 << 20)
        )
        .into_bytes(),
        b"BREW /coffee HTCPCP/1.0\r\n\r\n".to_vec(),
        b"GET /%ff%00/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".to_vec(),
    ] {
        let mut s = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let _ = s.write_all(&raw);
        let mut answer = Vec::new();
        let _ = s.read_to_end(&mut answer);
        let head = String::from_utf8_lossy(&answer);
        assert!(!head.contains("root:"), "{head}");
        assert!(
            !head.starts_with("HTTP/1.1 200"),
            "a bad request was served: {head}"
        );
    }
    // A good client is still served, quickly.
    let started = Instant::now();
    let (status, body) = get(server.port, "/");
    assert_eq!(status, 200);
    assert!(body.contains("Sınaq Yoxla"));
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    drop(slow);
}
