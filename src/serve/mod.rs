//! `yoxla serve`: a local preview. The site is built into memory (drafts
//! included, with a banner, and each article with its findings), served
//! on 127.0.0.1, rebuilt when a file changes, and the browser reloaded
//! (tower-livereload's server-sent events).
//!
//! A broken save never takes a page away from the writer who is looking
//! at it: a configuration or theme that does not load keeps the last good
//! build, with the error on every page; an article or content page that no
//! longer reads (it drops out of the loaded site as a finding) keeps its
//! last good page, with its error on it. Either way the page is still
//! HTML, so the reload script is still injected and fixing the file brings
//! the good page back.
//!
//! The preview shows drafts, so it answers only requests made to this
//! machine by name or address (`localhost`, 127.0.0.0/8, `[::1]`, or the
//! `--bind` address): a page on another site that points a name of its own
//! at 127.0.0.1 (DNS rebinding) sends that name as `Host`, and is refused.

mod complete;
mod rebuild;

use crate::render;
use crate::text::Language;
use anyhow::{Context, Result};
use axum::body::Body;
use axum::http::{HeaderValue, Request, Response, StatusCode, header};
use axum::middleware::Next;
use foldhash::HashMap;
use notify_debouncer_full::notify::event::ModifyKind;
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::Duration;

/// What is served: the last good build, and the error of the last
/// build if it failed.
#[derive(Debug, Default)]
struct Served {
    files: HashMap<String, Vec<u8>>,
    /// Files of the last complete render that the quick one does not
    /// make (share cards, the search index and page): see `complete`.
    extra: HashMap<String, Vec<u8>>,
    base_path: String,
    /// The site's language, for the preview's own messages.
    lang: crate::text::Language,
    /// Why the last build failed: shown on every page.
    error: Option<String>,
    /// Pages kept from an earlier build because the file they are made
    /// from no longer reads: that file's error, by output path.
    kept: HashMap<String, String>,
}

type Shared = Arc<RwLock<Served>>;

/// The file a URL path names, or `None` if it would leave the site
/// (`..`, a backslash, a NUL, percent-encoded or not).
pub fn file_for(url_path: &str, base_path: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(url_path)
        .decode_utf8()
        .ok()?;
    let path = decoded
        .strip_prefix(base_path)
        .or_else(|| decoded.strip_prefix('/'))?;
    if path.contains(['\\', '\0']) || path.split('/').any(|s| s == ".." || s == ".") {
        return None;
    }
    let path = path.trim_start_matches('/');
    Some(if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.to_string()
    })
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "woff2" => "font/woff2",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn respond(served: &Shared, req: &Request<Body>) -> Response<Body> {
    let Ok(state) = served.read() else {
        return plain(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the preview is being rebuilt: reload",
        );
    };
    let Some(mut file) = file_for(req.uri().path(), &state.base_path) else {
        return plain(StatusCode::NOT_FOUND, "404");
    };
    let has = |f: &str| state.files.contains_key(f) || state.extra.contains_key(f);
    if !has(&file) && has(&format!("{file}/index.html")) {
        file = format!("{file}/index.html");
    }
    let errors: Vec<&str> = [
        state.error.as_deref(),
        state.kept.get(&file).map(String::as_str),
    ]
    .into_iter()
    .flatten()
    .collect();
    let error_panel = (!errors.is_empty()).then(|| {
        format!(
            "<div class=\"dev-error\" role=\"alert\"><pre>{}</pre></div>",
            render::escape(&errors.join("\n\n"))
        )
    });
    match state.files.get(&file).or_else(|| state.extra.get(&file)) {
        Some(bytes) => {
            let kind = content_type(&file);
            let body = match (&error_panel, kind.starts_with("text/html")) {
                (Some(panel), true) => inject_after_body(bytes, panel),
                _ => bytes.clone(),
            };
            with_type(Response::new(Body::from(body)), kind)
        }
        None if state.files.is_empty() => {
            let page = format!(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>yoxla</title></head><body>{}</body></html>",
                error_panel.unwrap_or_default()
            );
            with_type(Response::new(Body::from(page)), "text/html; charset=utf-8")
        }
        None => not_found(&state),
    }
}

/// The site's own 404 page, as a build's host would serve it.
fn not_found(state: &Served) -> Response<Body> {
    let mut r = match state.files.get("404.html") {
        Some(page) => with_type(
            Response::new(Body::from(page.clone())),
            "text/html; charset=utf-8",
        ),
        None => plain(StatusCode::NOT_FOUND, "404"),
    };
    *r.status_mut() = StatusCode::NOT_FOUND;
    r
}

fn inject_after_body(html: &[u8], panel: &str) -> Vec<u8> {
    let text = String::from_utf8_lossy(html);
    match text.find("<body>") {
        Some(i) => format!("{}{panel}{}", &text[..i + 6], &text[i + 6..]).into_bytes(),
        None => format!("{panel}{text}").into_bytes(),
    }
}

fn with_type(mut r: Response<Body>, kind: &'static str) -> Response<Body> {
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(kind));
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

fn plain(status: StatusCode, text: impl Into<String>) -> Response<Body> {
    let mut r = with_type(
        Response::new(Body::from(text.into())),
        "text/plain; charset=utf-8",
    );
    *r.status_mut() = status;
    r
}

/// Whether a request is made to this machine: its `Host` (and the
/// authority of an absolute request URL, if it has one) is `localhost`, a
/// loopback address or the address the server is bound to, with or
/// without a port. Bound to all addresses (`0.0.0.0`, `::`), any IP address
/// is this machine's: a name is what DNS rebinding needs, an address cannot
/// be rebound.
fn addressed_here(req: &Request<Body>, bind: IpAddr) -> bool {
    let host = req.headers().get(header::HOST).map(HeaderValue::to_str);
    let Some(Ok(host)) = host else {
        return false;
    };
    let absolute = req.uri().authority().map(|a| a.as_str());
    names_this_machine(host, bind) && absolute.is_none_or(|a| names_this_machine(a, bind))
}

/// Whether `host[:port]` names this machine (see [`addressed_here`]).
fn names_this_machine(authority: &str, bind: IpAddr) -> bool {
    let is_port = |p: &str| p.bytes().all(|b| b.is_ascii_digit());
    let host = match authority.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((ip, port)) if port.is_empty() || port.strip_prefix(':').is_some_and(is_port) => {
                ip
            }
            _ => return false,
        },
        None => match authority.split_once(':') {
            Some((host, port)) if is_port(port) => host,
            Some(_) => return false,
            None => authority,
        },
    };
    if let Ok(ip) = host.parse::<IpAddr>() {
        let (ip, bind) = (ip.to_canonical(), bind.to_canonical());
        return ip.is_loopback() || ip == bind || bind.is_unspecified();
    }
    let name = host.strip_suffix('.').unwrap_or(host);
    name.eq_ignore_ascii_case("localhost")
}

/// Refuses, before any route (the reload event stream included), a
/// request not made to this machine (see [`addressed_here`]).
async fn only_this_machine(
    served: Shared,
    bind: IpAddr,
    req: Request<Body>,
    next: Next,
) -> Response<Body> {
    if addressed_here(&req, bind) {
        return next.run(req).await;
    }
    let lang = served.read().map(|s| s.lang).unwrap_or_default();
    plain(
        StatusCode::FORBIDDEN,
        format!("403: {}\n", say!(lang, "cli-preview-foreign-host")),
    )
}

/// Whether a change in `path` matters to the site (not the output, not
/// the repository's own files).
fn relevant(root: &Path, path: &Path) -> bool {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().to_string())
        .unwrap_or_default();
    matches!(
        first.as_str(),
        "content" | "themes" | "static" | crate::config::CONFIG_FILE
    )
}

/// Whether a watcher event can change what is built: not a read, not an
/// open or close, not a change of access time or permissions.
fn changes_files(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) | EventKind::Any => true,
        EventKind::Modify(m) => !matches!(m, ModifyKind::Metadata(_)),
        EventKind::Access(_) | EventKind::Other => false,
    }
}

/// Serves the site at `root` on `addr` until interrupted.
pub fn serve(root: &Path, addr: SocketAddr) -> Result<()> {
    // Before the site is loaded, the terminal's language.
    let lang = Language::from_env();
    let root = std::fs::canonicalize(root)
        .with_context(|| say!(lang, "serve-no-site-folder", path = root.display()))?;
    let served: Shared = Arc::new(RwLock::new(Served::default()));
    let mut live = rebuild::Live::default();
    rebuild::rebuild(&root, &served, &mut live, None);
    let completer = complete::Completer::start(root.clone(), served.clone());
    completer.ask();

    let livereload = tower_livereload::LiveReloadLayer::new();
    let reloader = livereload.reloader();

    // Rebuild on change, one rebuild for a burst of saves. `None` asks
    // for a whole rebuild (the watcher lost events).
    let (tx, rx) = std::sync::mpsc::channel::<Option<Vec<PathBuf>>>();
    let watch_root = root.clone();
    let mut debouncer = notify_debouncer_full::new_debouncer(
        DEBOUNCE,
        None,
        move |result: notify_debouncer_full::DebounceEventResult| match result {
            Ok(events) => {
                // Reading a file is an event too (the rebuild's own reads
                // among them): only writes, creations, renames and removals
                // change the site.
                let mut paths: Vec<PathBuf> = events
                    .iter()
                    .filter(|e| changes_files(&e.kind))
                    .flat_map(|e| e.paths.iter())
                    .filter(|p| relevant(&watch_root, p))
                    .cloned()
                    .collect();
                paths.sort();
                paths.dedup();
                if !paths.is_empty() {
                    let _ = tx.send(Some(paths));
                }
            }
            Err(_) => {
                let _ = tx.send(None);
            }
        },
    )
    .with_context(|| say!(lang, "serve-cannot-watch"))?;
    debouncer
        .watch(&root, RecursiveMode::Recursive)
        .with_context(|| say!(lang, "serve-cannot-watch-path", path = root.display()))?;
    let rebuild_state = served.clone();
    let rebuild_root = root.clone();
    std::thread::spawn(move || {
        while let Ok(first) = rx.recv() {
            let mut changed = first;
            while let Ok(more) = rx.try_recv() {
                changed = match (changed, more) {
                    (Some(mut a), Some(b)) => {
                        a.extend(b);
                        Some(a)
                    }
                    _ => None,
                };
            }
            rebuild::rebuild(&rebuild_root, &rebuild_state, &mut live, changed.as_deref());
            reloader.reload();
            completer.ask();
        }
    });

    answer(served, livereload, addr)?;
    drop(debouncer);
    Ok(())
}

/// Answers requests on `addr` until interrupted: only those made to this
/// machine, then the reload event stream, then the site's files.
fn answer(
    served: Shared,
    livereload: tower_livereload::LiveReloadLayer,
    addr: SocketAddr,
) -> Result<()> {
    // The first rebuild has run: the site's language is known.
    let lang = served.read().map(|s| s.lang).unwrap_or_default();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .with_context(|| say!(lang, "serve-cannot-start"))?;
    runtime.block_on(async move {
        let guard_state = served.clone();
        let guard = move |req: Request<Body>, next: Next| {
            only_this_machine(guard_state.clone(), addr.ip(), req, next)
        };
        let handler = move |req: Request<Body>| {
            let served = served.clone();
            async move { respond(&served, &req) }
        };
        // The last layer added is the first to see a request.
        let app = axum::Router::new()
            .fallback(handler)
            .layer(livereload)
            .layer(axum::middleware::from_fn(guard));
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .with_context(|| say!(lang, "serve-cannot-listen", addr = addr))?;
        let local = listener.local_addr()?;
        let url = format!("http://{local}/");
        println!("{}", say!(lang, "serve-serving", url = url));
        use std::io::Write;
        let _ = std::io::stdout().flush();
        axum::serve(listener, app)
            .await
            .with_context(|| say!(lang, "serve-stopped"))?;
        Ok::<(), anyhow::Error>(())
    })
}

/// How long the watcher waits for a burst of file events to settle: an
/// editor's save (write, rename, touch) takes a few milliseconds.
const DEBOUNCE: Duration = Duration::from_millis(20);

/// The default port.
pub const DEFAULT_PORT: u16 = 1111;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_names_of_this_machine_are_answered() {
        let loopback: IpAddr = [127, 0, 0, 1].into();
        for host in [
            "localhost",
            "LOCALHOST:1111",
            "localhost.",
            "localhost:",
            "127.0.0.1",
            "127.1.2.3:8080",
            "[::1]",
            "[::1]:1111",
            "[::ffff:127.0.0.1]:1111",
        ] {
            assert!(names_this_machine(host, loopback), "{host}");
        }
        for host in [
            "",
            "evil.example",
            "localhost.evil.example",
            "evil.localhost.example:1111",
            "localhost:1111@evil.example",
            "localhost:x",
            "::1",
            "[::1]x",
            "[::1]:x",
            "192.168.1.5:1111",
            "0.0.0.0",
            "2130706433",
        ] {
            assert!(!names_this_machine(host, loopback), "{host}");
        }
        // The --bind address; bound to all, any address (not a name).
        let lan: IpAddr = [192, 168, 1, 5].into();
        assert!(names_this_machine("192.168.1.5:1111", lan));
        assert!(!names_this_machine("192.168.1.6:1111", lan));
        let all: IpAddr = [0, 0, 0, 0].into();
        assert!(names_this_machine("192.168.1.6:1111", all));
        assert!(!names_this_machine("evil.example", all));
    }

    #[test]
    fn paths_never_leave_the_site() {
        assert_eq!(file_for("/", "/").as_deref(), Some("index.html"));
        assert_eq!(
            file_for("/hokmler/yalan/", "/").as_deref(),
            Some("hokmler/yalan/index.html")
        );
        assert_eq!(file_for("/style.css", "/").as_deref(), Some("style.css"));
        assert_eq!(
            file_for("/yoxla/style.css", "/yoxla/").as_deref(),
            Some("style.css")
        );
        for bad in [
            "/../yoxla.toml",
            "/%2e%2e/yoxla.toml",
            "/a/%2E%2E/%2E%2E/etc/passwd",
            "/a\\..\\b",
            "/%00",
            "/./x",
        ] {
            assert_eq!(file_for(bad, "/"), None, "{bad}");
        }
    }
}
