//! `yoxla serve` driven for real: it serves on loopback, shows drafts
//! with a banner and findings, refuses paths that leave the site and
//! requests sent to another name, rebuilds after a change and pushes a
//! reload event, and keeps the last good page, with the error and the
//! reload script, when a save breaks an article, a page or the site.

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
    get_as(port, path, "Host: 127.0.0.1\r\n")
}

/// [`get`] with the given `Host` line (or none).
fn get_as(port: u16, path: &str, host_line: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\n{host_line}Connection: close\r\n\r\n"
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

/// A page without the error panel serve puts at the top of its body.
fn without_error_panel(page: &str) -> String {
    let Some(start) = page.find("<div class=\"dev-error\"") else {
        return page.to_string();
    };
    let end = start + page[start..].find("</pre></div>").unwrap() + "</pre></div>".len();
    format!("{}{}", &page[..start], &page[end..])
}

/// Waits for the first build: the home page answers.
fn wait_for_first_build(server: &Server) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while get(server.port, "/").0 != 200 {
        assert!(Instant::now() < deadline, "the preview never came up");
        std::thread::sleep(Duration::from_millis(200));
    }
}

#[test]
fn serve_refuses_a_foreign_host_header() {
    let site = TestSite::new(CONFIG, &[("content/a.md", ARTICLE)]);
    let server = start(&site);
    wait_for_first_build(&server);
    let port = server.port;
    // Names and addresses of this machine, with or without a port.
    for host in [
        "localhost".to_string(),
        format!("localhost:{port}"),
        format!("LocalHost.:{port}"),
        format!("127.0.0.1:{port}"),
        "127.8.9.10".to_string(),
        format!("[::1]:{port}"),
        "[::1]".to_string(),
    ] {
        let (status, body) = get_as(port, PAGE, &format!("Host: {host}\r\n"));
        assert_eq!(status, 200, "{host}: {body}");
    }
    // A page elsewhere that points its own name at 127.0.0.1 (DNS
    // rebinding) sends that name: no page, no event stream, no file.
    for path in [PAGE, "/", "/_tower-livereload/event-stream", "/style.css"] {
        for host_line in [
            "Host: evil.example\r\n".to_string(),
            format!("Host: evil.example:{port}\r\n"),
            "Host: localhost.evil.example\r\n".to_string(),
            "Host: 127.0.0.1.nip.io\r\n".to_string(),
            format!("Host: localhost:{port}@evil.example\r\n"),
            "Host: [::1]evil.example\r\n".to_string(),
            String::new(),
        ] {
            let (status, body) = get_as(port, path, &host_line);
            assert_eq!(status, 403, "{path} {host_line:?}: {body}");
            assert!(body.contains("localhost"), "{body}");
            assert!(!body.contains("<html") && !body.contains("Sınaq"), "{body}");
        }
    }
    // An absolute request URL names its host too.
    let (status, _) = get_as(port, "http://evil.example/", "Host: 127.0.0.1\r\n");
    assert_eq!(status, 403);
}

#[test]
fn a_broken_save_keeps_the_last_good_page_with_the_error_and_reload_script() {
    const ABOUT: &str = "/haqqimizda/";
    let about = "+++\ntitle = \"Haqqımızda\"\n+++\nBiz faktları yoxlayırıq.\n";
    let site = TestSite::new(
        CONFIG,
        &[
            ("content/a.md", ARTICLE),
            ("content/pages/haqqimizda.md", about),
        ],
    );
    let server = start(&site);
    wait_for_first_build(&server);
    let port = server.port;
    let (status, page) = get(port, ABOUT);
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Biz faktları yoxlayırıq"), "{page}");

    // Each broken save: the same URL, the last good page, the error on it,
    // the reload script still there; the fix brings the good page back.
    let cases = [
        (
            "content/a.md",
            PAGE,
            "+++\ntitle = \n+++\n".to_string(),
            ARTICLE.replace("Artım 25 faizdir.", "Artım 25 faizdir. MƏQALƏ DÜZƏLDİ."),
            "MƏQALƏ DÜZƏLDİ",
        ),
        (
            "content/pages/haqqimizda.md",
            ABOUT,
            "+++\ntitle = \n+++\n".to_string(),
            about.replace("Biz", "SƏHİFƏ DÜZƏLDİ. Biz"),
            "SƏHİFƏ DÜZƏLDİ",
        ),
        (
            "yoxla.toml",
            PAGE,
            CONFIG.replace("title = \"Sınaq Yoxla\"", "title = "),
            CONFIG.replace("Sınaq Yoxla", "Sınaq Yoxla SAYT DÜZƏLDİ"),
            "SAYT DÜZƏLDİ",
        ),
    ];
    for (file, path, broken, fixed, marker) in cases {
        let (_, last_good) = get(port, path);
        site.write(file, &broken);
        eventually(&format!("the error of {file} on {path}"), || {
            get(port, path).1.contains("dev-error")
        });
        let (status, page) = get(port, path);
        assert_eq!(status, 200, "{file}: {page}");
        assert!(
            page.contains(file),
            "{file}: the error names the file: {page}"
        );
        assert!(
            page.contains("tower-livereload"),
            "{file}: the reload script: {page}"
        );
        // Apart from the error panel, the last good page as it was.
        assert_eq!(without_error_panel(&page), last_good, "{file}");
        site.write(file, &fixed);
        eventually(&format!("the fixed {file}"), || {
            let (status, page) = get(port, path);
            status == 200 && page.contains(marker) && !page.contains("dev-error")
        });
    }
}

/// The preview is the real site: every file a build writes is served,
/// the feeds, sitemap, ClaimReview feed, search page and index, the
/// Telegram text and share cards among them, and they follow a save.
#[test]
fn serve_serves_every_file_a_build_writes_and_keeps_them_current() {
    let site = TestSite::new(CONFIG, &[("content/a.md", ARTICLE)]);
    let server = start(&site);
    wait_for_first_build(&server);
    let port = server.port;
    let got = |path: &str, needle: &str| {
        let (status, body) = get(port, path);
        status == 200 && body.contains(needle)
    };
    eventually("the Atom feed", || got("/atom.xml", "<feed"));
    eventually("the sitemap", || got("/sitemap.xml", "<urlset"));
    eventually("the ClaimReview feed", || {
        got("/claimreview.json", "ClaimReview")
    });
    eventually("the robots file", || got("/robots.txt", "Sitemap:"));
    eventually("the search page", || got("/axtaris/", "search.js"));
    eventually("the search index", || {
        get(port, "/pagefind/pagefind-entry.json").0 == 200
    });
    eventually("the Telegram text", || {
        got(&format!("{PAGE}telegram.txt"), "Lalə Babayeva")
    });
    // An unknown address gets the site's own 404 page.
    let (status, body) = get(port, "/yoxlamalar/yoxdur/");
    assert_eq!(status, 404);
    assert!(body.contains("<html"), "{body}");
    // A save reaches the feed too.
    site.write(
        "content/a.md",
        &ARTICLE.replace("Şəkərin qiyməti bu il", "Düyünün qiyməti bu il"),
    );
    eventually("the feed after a save", || {
        got("/atom.xml", "Düyünün qiyməti")
    });
}
