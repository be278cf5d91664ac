//! `yoxla serve`: a local preview. The site is built into memory (drafts
//! included, with a banner, and each article with its findings), served
//! on 127.0.0.1, rebuilt when a file changes, and the browser reloaded
//! (tower-livereload's server-sent events). A broken save keeps the last
//! good build and shows the error on every page.

use crate::check;
use crate::content::Site;
use crate::render::{self, Preview};
use anyhow::{Context, Result};
use axum::body::Body;
use axum::http::{HeaderValue, Request, Response, StatusCode, header};
use notify_debouncer_full::notify::event::ModifyKind;
use notify_debouncer_full::notify::{EventKind, RecursiveMode};
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// What is served: the last good build, and the error of the last
/// build if it failed.
#[derive(Debug, Default)]
struct Served {
    files: HashMap<String, Vec<u8>>,
    base_path: String,
    error: Option<String>,
}

type Shared = Arc<RwLock<Served>>;

/// What the rebuild thread keeps between rebuilds: the loaded site, the
/// check's findings per article and the render's memory, so a saved
/// article is read, checked and rendered alone, with the list pages it
/// appears on.
#[derive(Default)]
struct Live {
    site: Option<Site>,
    check: check::Memo,
    memory: render::Memory,
}

/// What one rebuild made: the files rendered this time, every path the
/// site has, its base path and the number of findings.
struct Rebuilt {
    outputs: Vec<render::Output>,
    paths: Vec<String>,
    base_path: String,
    findings: usize,
}

/// Builds the preview into `served`; prints findings and timing. With
/// `changed` (the files a save touched), only those are read again when
/// they are all articles; otherwise the whole site is loaded.
fn rebuild(root: &Path, served: &Shared, live: &mut Live, changed: Option<&[PathBuf]>) {
    let started = Instant::now();
    let result = (|| -> Result<Rebuilt> {
        let incremental = match (&mut live.site, changed) {
            (Some(site), Some(paths)) => paths.iter().all(|p| site.reload_article(p)),
            _ => false,
        };
        if !incremental {
            // A failed load leaves no site: the next save loads it whole.
            live.site = None;
            live.site = Some(Site::load(root)?);
        }
        let Some(site) = &live.site else {
            anyhow::bail!("the site could not be loaded");
        };
        let findings = live.check.run(site, check::today());
        for f in &findings {
            eprintln!("{f}");
        }
        let sink = Mutex::new(Vec::new());
        let rendered = render::render_again(
            site,
            &Preview {
                drafts: true,
                findings: &findings,
                live: true,
                previous: None,
            },
            &sink,
            &mut live.memory,
        )?;
        let outputs = render::collected(sink)?;
        Ok(Rebuilt {
            outputs,
            paths: rendered.paths,
            base_path: site.config.base_path.clone(),
            findings: findings.len(),
        })
    })();
    let Ok(mut state) = served.write() else {
        return;
    };
    match result {
        Ok(Rebuilt {
            outputs,
            paths,
            base_path,
            findings,
        }) => {
            let rendered_now = outputs.len();
            // `paths` is sorted: what is not in it is gone from the site.
            state
                .files
                .retain(|path, _| paths.binary_search(path).is_ok());
            for o in outputs {
                state.files.insert(o.path, o.bytes);
            }
            state.base_path = base_path;
            state.error = None;
            eprintln!(
                "rebuilt in {} ms ({rendered_now} of {} files rendered, {findings} findings)",
                started.elapsed().as_millis(),
                paths.len()
            );
        }
        Err(e) => {
            // What is served must not mix two builds: the next rebuild
            // renders everything again.
            live.memory = render::Memory::default();
            let msg = format!("{e:#}");
            eprintln!("error: {msg}\n(serving the last good build)");
            state.error = Some(msg);
        }
    }
}

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
        return plain(StatusCode::NOT_FOUND, "not found");
    };
    if !state.files.contains_key(&file) && state.files.contains_key(&format!("{file}/index.html")) {
        file = format!("{file}/index.html");
    }
    let error_panel = state.error.as_ref().map(|e| {
        format!(
            "<div class=\"dev-error\" role=\"alert\"><pre>{}</pre></div>",
            render::escape(e)
        )
    });
    match state.files.get(&file) {
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
        None => plain(StatusCode::NOT_FOUND, "not found"),
    }
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

fn plain(status: StatusCode, text: &'static str) -> Response<Body> {
    let mut r = with_type(Response::new(Body::from(text)), "text/plain; charset=utf-8");
    *r.status_mut() = status;
    r
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
    let root = std::fs::canonicalize(root)
        .with_context(|| format!("cannot find the site folder `{}`", root.display()))?;
    let served: Shared = Arc::new(RwLock::new(Served::default()));
    let mut live = Live::default();
    rebuild(&root, &served, &mut live, None);

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
    .context("cannot watch the site's files")?;
    debouncer
        .watch(&root, RecursiveMode::Recursive)
        .with_context(|| format!("cannot watch `{}`", root.display()))?;
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
            rebuild(&rebuild_root, &rebuild_state, &mut live, changed.as_deref());
            reloader.reload();
        }
    });

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("cannot start the server")?;
    runtime.block_on(async move {
        let handler = move |req: Request<Body>| {
            let served = served.clone();
            async move { respond(&served, &req) }
        };
        let app = axum::Router::new().fallback(handler).layer(livereload);
        let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| {
            format!("cannot listen on {addr}: is another server using the port? try --port")
        })?;
        let local = listener.local_addr()?;
        println!("serving the preview at http://{local}/ (drafts included; Ctrl+C stops)");
        use std::io::Write;
        let _ = std::io::stdout().flush();
        axum::serve(listener, app)
            .await
            .context("the server stopped")?;
        Ok::<(), anyhow::Error>(())
    })?;
    drop(debouncer);
    Ok(())
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
