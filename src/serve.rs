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
use notify_debouncer_full::notify::RecursiveMode;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::Path;
use std::sync::{Arc, RwLock};
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

/// Builds the preview into `served`; prints findings and timing.
fn rebuild(root: &Path, served: &Shared) {
    let started = Instant::now();
    let result = (|| -> Result<(HashMap<String, Vec<u8>>, String, usize)> {
        let site = Site::load(root)?;
        let findings = check::run(&site);
        for f in &findings {
            eprintln!("{f}");
        }
        let outputs = render::render_with(
            &site,
            &Preview {
                drafts: true,
                findings: &findings,
                live: true,
                previous: None,
            },
        )?;
        let files = outputs.into_iter().map(|o| (o.path, o.bytes)).collect();
        Ok((files, site.config.base_path.clone(), findings.len()))
    })();
    let Ok(mut state) = served.write() else {
        return;
    };
    match result {
        Ok((files, base_path, findings)) => {
            state.files = files;
            state.base_path = base_path;
            state.error = None;
            eprintln!(
                "rebuilt in {} ms ({findings} findings)",
                started.elapsed().as_millis()
            );
        }
        Err(e) => {
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

/// Serves the site at `root` on `addr` until interrupted.
pub fn serve(root: &Path, addr: SocketAddr) -> Result<()> {
    let root = std::fs::canonicalize(root)
        .with_context(|| format!("cannot find the site folder `{}`", root.display()))?;
    let served: Shared = Arc::new(RwLock::new(Served::default()));
    rebuild(&root, &served);

    let livereload = tower_livereload::LiveReloadLayer::new();
    let reloader = livereload.reloader();

    // Rebuild on change, one rebuild for a burst of saves.
    let (tx, rx) = std::sync::mpsc::channel::<()>();
    let watch_root = root.clone();
    let mut debouncer = notify_debouncer_full::new_debouncer(
        Duration::from_millis(50),
        None,
        move |result: notify_debouncer_full::DebounceEventResult| {
            if let Ok(events) = result
                && events
                    .iter()
                    .any(|e| e.paths.iter().any(|p| relevant(&watch_root, p)))
            {
                let _ = tx.send(());
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
        while rx.recv().is_ok() {
            while rx.try_recv().is_ok() {}
            rebuild(&rebuild_root, &rebuild_state);
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
