//! Write: the rendered files go into a fresh temporary folder beside the
//! output folder, which is then swapped in whole. A failed or interrupted
//! build leaves the previous site as it was, and no file is written
//! outside the output folder.
//!
//! Replacing a folder whole deletes whatever was in it, so yoxla only
//! ever replaces a folder it wrote itself: every build puts [`MARKER`] at
//! the output's root, and an existing output folder that is not empty
//! and lacks the marker is refused (as Hugo refuses to clean a folder it
//! does not own). An output that is a symbolic link is refused too: the
//! swap would delete through the link and leave a real folder in its
//! place.

use crate::output::Output;
use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use std::path::{Component, Path, PathBuf};

/// The file at the root of every folder yoxla builds: its mark that the
/// folder is yoxla's to replace.
pub const MARKER: &str = ".yoxla-output";

/// What the marker file says to whoever opens it.
const MARKER_TEXT: &str = "This folder was written by `yoxla build`, which replaces it whole on the next build.\nDo not keep anything else here.\n";

/// Refuses output folders whose replacement would destroy anything yoxla
/// did not write: the site root, a folder that holds it, its content or
/// themes, a symbolic link, or an existing folder that is not empty and
/// lacks [`MARKER`]. Messages in English when `en`, else Azerbaijani.
pub fn check_output_dir(
    root: &Path,
    output: &Path,
    lang: crate::text::Language,
) -> Result<PathBuf> {
    let root = std::fs::canonicalize(root).with_context(|| {
        say!(
            lang,
            "cli-cannot-find-site-folder",
            root_display = root.display()
        )
    })?;
    let output = absolute(output).with_context(|| say!(lang, "io-cannot-read-current-folder"))?;
    let shown = output.display();
    if output.file_name().is_none() || output.parent().is_none() {
        bail!(
            "{}",
            say!(lang, "cli-cannot-output-folder-name-folder", shown = shown)
        );
    }
    let resolved = resolve_existing_prefix(&output);
    if root.starts_with(&resolved) {
        bail!(
            "{}",
            say!(
                lang,
                "cli-holds-site-itself-would-replaced",
                shown = shown,
                root_display = root.display()
            )
        );
    }
    for inside in ["content", "themes", "static"] {
        if resolved.starts_with(root.join(inside)) {
            bail!(
                "{}",
                say!(
                    lang,
                    "cli-inside-site-s-folder-choose",
                    shown = shown,
                    inside = inside
                )
            );
        }
    }
    ensure_replaceable(&output, lang)?;
    Ok(output)
}

/// Whether `output` may be replaced whole: absent, an empty folder, or a
/// folder with [`MARKER`] (and nothing that marks a project). Checked
/// before a build and again just before the swap, in case the folder
/// changed while the site was rendered.
fn ensure_replaceable(output: &Path, lang: crate::text::Language) -> Result<()> {
    let shown = output.display();
    let Ok(meta) = std::fs::symlink_metadata(output) else {
        return Ok(());
    };
    if meta.file_type().is_symlink() {
        let target = std::fs::read_link(output).unwrap_or_default();
        bail!(
            "{}",
            say!(
                lang,
                "cli-symbolic-link-yoxla-never-deletes",
                shown = shown,
                target_display = target.display()
            )
        );
    }
    if !meta.is_dir() {
        bail!(
            "{}",
            say!(lang, "cli-exists-not-folder-remove-choose", shown = shown)
        );
    }
    for project in [crate::config::CONFIG_FILE, ".git", "Cargo.toml"] {
        if output.join(project).exists() {
            bail!(
                "{}",
                say!(
                    lang,
                    "cli-holds-so-not-built-site",
                    shown = shown,
                    project = project
                )
            );
        }
    }
    let marked = std::fs::symlink_metadata(output.join(MARKER)).is_ok_and(|m| m.is_file());
    if !marked && !is_empty_dir(output, lang)? {
        bail!(
            "{}",
            say!(
                lang,
                "cli-not-empty-was-not-written",
                shown = shown,
                marker = MARKER
            )
        );
    }
    Ok(())
}

fn is_empty_dir(dir: &Path, lang: crate::text::Language) -> Result<bool> {
    let mut entries = std::fs::read_dir(dir)
        .with_context(|| say!(lang, "io-cannot-read-folder", path = dir.display()))?;
    Ok(entries.next().is_none())
}

fn absolute(p: &Path) -> std::io::Result<PathBuf> {
    let abs = if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()?.join(p)
    };
    // Remove `.` and resolve `..` lexically, so `public/..` is seen as the
    // folder it names.
    let mut out = PathBuf::new();
    for c in abs.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    Ok(out)
}

/// Whether `path` is `folder` or lies inside it, both seen as
/// `check_output_dir` sees the output: `..` resolved, and links in the
/// part that exists followed.
pub fn lies_inside(path: &Path, folder: &Path) -> bool {
    match (absolute(path), absolute(folder)) {
        (Ok(path), Ok(folder)) => {
            resolve_existing_prefix(&path).starts_with(resolve_existing_prefix(&folder))
        }
        _ => false,
    }
}

/// The path with its longest existing prefix canonicalised (symbolic
/// links resolved), so a link to the site root is recognised.
fn resolve_existing_prefix(p: &Path) -> PathBuf {
    let mut existing = p.to_path_buf();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (
            existing.file_name().map(|n| n.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut resolved = std::fs::canonicalize(&existing).unwrap_or(existing);
    for name in rest.into_iter().rev() {
        resolved.push(name);
    }
    resolved
}

/// Whether an output path stays inside the output folder: relative,
/// `/`-separated, no `..`, `.`, empty part, backslash, colon or NUL.
pub fn is_safe_output_path(path: &str) -> bool {
    !path.is_empty()
        && !path.starts_with('/')
        && !path.contains(['\\', '\0', ':'])
        && path
            .split('/')
            .all(|part| !part.is_empty() && part != "." && part != "..")
}

/// A build's output while it is being written: a fresh temporary folder
/// beside the output folder. Files go in as they are rendered, from any
/// thread; [`Staging::commit`] swaps the folder in whole. Dropped without
/// a commit (a failed build), it is removed and the previous site stays.
pub struct Staging {
    dir: tempfile::TempDir,
    output: PathBuf,
    lang: crate::text::Language,
}

impl Staging {
    /// Opens a staging folder for `output` (already checked by
    /// [`check_output_dir`]) with [`MARKER`] in it, removing any staging
    /// folders that killed builds left. `en`: messages in English.
    pub fn begin(output: &Path, lang: crate::text::Language) -> Result<Staging> {
        let parent = output
            .parent()
            .with_context(|| say!(lang, "io-output-no-parent", path = output.display()))?;
        std::fs::create_dir_all(parent)
            .with_context(|| say!(lang, "io-cannot-create", path = parent.display()))?;
        let name = output
            .file_name()
            .map_or_else(|| "public".into(), |n| n.to_string_lossy().to_string());
        remove_abandoned_staging(parent, &name);
        let dir = tempfile::Builder::new()
            .prefix(&format!(".{name}.yoxla-{}-", std::process::id()))
            .tempdir_in(parent)
            .with_context(|| {
                say!(
                    lang,
                    "io-cannot-create-temporary-folder",
                    path = parent.display()
                )
            })?;
        let marker = dir.path().join(MARKER);
        std::fs::write(&marker, MARKER_TEXT)
            .with_context(|| say!(lang, "io-cannot-write", path = marker.display()))?;
        Ok(Staging {
            dir,
            output: output.to_path_buf(),
            lang,
        })
    }

    /// Writes one file, creating its folders. A path that would leave the
    /// output folder is refused.
    pub fn write(&self, path: &str, bytes: &[u8]) -> Result<()> {
        if !is_safe_output_path(path) {
            bail!("{}", say!(self.lang, "io-outside-output", path = path));
        }
        let full = self.dir.path().join(path);
        match std::fs::write(&full, bytes) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                // The folder is new: create it and try once more. Most
                // files land in a folder of their own, so checking first
                // would cost a system call for nothing.
                if let Some(dir) = full.parent() {
                    std::fs::create_dir_all(dir).with_context(|| {
                        say!(self.lang, "io-cannot-create", path = dir.display())
                    })?;
                }
                std::fs::write(&full, bytes)
            }
            other => other,
        }
        .with_context(|| say!(self.lang, "io-cannot-write", path = full.display()))
    }

    /// Puts the staging folder in the output's place, after checking once
    /// more that the output is still a folder yoxla may replace.
    pub fn commit(self) -> Result<()> {
        ensure_replaceable(&self.output, self.lang)?;
        set_public_permissions(self.dir.path(), self.lang)?;
        swap_in(self.dir, &self.output, self.lang)
    }
}

impl crate::output::Sink for Staging {
    fn put(&self, file: Output) -> Result<()> {
        self.write(&file.path, &file.bytes)
    }
}

/// Removes staging folders left by builds that were killed mid-write
/// (their process is gone). A build still running keeps its own. Only
/// Linux can tell (through `/proc`); elsewhere they are left.
fn remove_abandoned_staging(parent: &Path, name: &str) {
    if !cfg!(target_os = "linux") {
        return;
    }
    let prefix = format!(".{name}.yoxla-");
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name().to_string_lossy().to_string();
        let Some(rest) = file_name.strip_prefix(&prefix) else {
            continue;
        };
        let Some(pid) = rest.split('-').next().filter(|p| p.parse::<u32>().is_ok()) else {
            continue;
        };
        // Only a real folder holding the marker is a staging folder of
        // yoxla's; anything else of that name is left alone.
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        let marked = entry.path().join(MARKER).is_file();
        if is_dir && marked && !Path::new("/proc").join(pid).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

#[cfg(unix)]
fn set_public_permissions(dir: &Path, lang: crate::text::Language) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755))
        .with_context(|| say!(lang, "io-cannot-set-permissions", path = dir.display()))
}

#[cfg(not(unix))]
fn set_public_permissions(_dir: &Path, _lang: crate::text::Language) -> Result<()> {
    Ok(())
}

/// Puts the staging folder in the output's place. On Linux the two
/// folders are exchanged in one atomic step; elsewhere the old folder is
/// moved aside first. The old site is removed afterwards.
fn swap_in(staging: tempfile::TempDir, output: &Path, lang: crate::text::Language) -> Result<()> {
    if !output.exists() {
        let path = staging.keep();
        return std::fs::rename(&path, output)
            .with_context(|| say!(lang, "io-cannot-move-new-site", path = output.display()));
    }
    #[cfg(target_os = "linux")]
    {
        let exchanged = rustix::fs::renameat_with(
            rustix::fs::CWD,
            staging.path(),
            rustix::fs::CWD,
            output,
            rustix::fs::RenameFlags::EXCHANGE,
        );
        if exchanged.is_ok() {
            // `staging` now holds the previous site.
            remove_tree(&staging.keep());
            return Ok(());
        }
    }
    let path = staging.keep();
    let aside = output.with_file_name(format!(
        ".{}.yoxla-old-{}",
        output
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().to_string()),
        std::process::id()
    ));
    std::fs::rename(output, &aside).with_context(|| {
        say!(
            lang,
            "io-cannot-move-previous-site",
            path = output.display()
        )
    })?;
    if let Err(e) = std::fs::rename(&path, output) {
        let _ = std::fs::rename(&aside, output);
        return Err(e)
            .with_context(|| say!(lang, "io-cannot-move-new-site", path = output.display()));
    }
    std::fs::remove_dir_all(&aside)
        .with_context(|| say!(lang, "io-previous-site-not-removed", path = aside.display()))
}

/// Removes a previous site, its top-level folders in parallel (a site
/// of 10,000 articles has some 26,000 files and folders to unlink).
/// What cannot be removed stays; the new site is in place regardless.
fn remove_tree(dir: &Path) {
    if let Ok(entries) = std::fs::read_dir(dir) {
        let entries: Vec<_> = entries.filter_map(Result::ok).collect();
        entries.par_iter().for_each(|e| {
            let path = e.path();
            let _ = if e.file_type().is_ok_and(|t| t.is_dir()) {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
        });
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `files` as the new content of `output`, as a build does.
    fn write_site(output: &Path, files: &[Output]) -> Result<()> {
        let staging = Staging::begin(output, crate::text::Language::Az)?;
        files
            .par_iter()
            .try_for_each(|f| staging.write(&f.path, &f.bytes))?;
        staging.commit()
    }

    fn out(path: &str, text: &str) -> Output {
        Output {
            path: path.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    #[test]
    fn unsafe_paths_are_refused() {
        for bad in [
            "",
            "/etc/passwd",
            "../x",
            "a/../../x",
            "a\\b",
            "a\0b",
            "c:/x",
            "a//b",
            "./a",
        ] {
            assert!(!is_safe_output_path(bad), "{bad:?}");
        }
        assert!(is_safe_output_path("hokmler/yalan/index.html"));
    }

    #[test]
    fn a_new_site_replaces_the_old_one_whole() {
        let dir = tempfile::tempdir().unwrap();
        let public = dir.path().join("public");
        write_site(
            &public,
            &[out("index.html", "1"), out("old/index.html", "old")],
        )
        .unwrap();
        write_site(
            &public,
            &[out("index.html", "2"), out("a/b/index.html", "b")],
        )
        .unwrap();
        assert_eq!(
            std::fs::read_to_string(public.join("index.html")).unwrap(),
            "2"
        );
        assert!(!public.join("old").exists());
        assert!(public.join("a/b/index.html").exists());
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no staging folder is left behind");
    }

    #[test]
    fn a_refused_write_leaves_the_old_site() {
        let dir = tempfile::tempdir().unwrap();
        let public = dir.path().join("public");
        write_site(&public, &[out("index.html", "1")]).unwrap();
        assert!(
            write_site(
                &public,
                &[out("index.html", "2"), out("../escape.html", "x")]
            )
            .is_err()
        );
        assert_eq!(
            std::fs::read_to_string(public.join("index.html")).unwrap(),
            "1"
        );
        assert!(!dir.path().join("escape.html").exists());
    }

    /// A site root with `yoxla.toml` and `content/`, inside `dir`.
    fn site_in(dir: &Path) -> PathBuf {
        let root = dir.join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        std::fs::write(root.join("yoxla.toml"), "").unwrap();
        root
    }

    #[test]
    fn a_folder_yoxla_did_not_write_is_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let root = site_in(dir.path());
        for name in ["src", "Documents", ".git-like"] {
            let other = dir.path().join(name);
            std::fs::create_dir_all(other.join("sub")).unwrap();
            std::fs::write(other.join("notes.txt"), "keep me").unwrap();
            let err = check_output_dir(&root, &other, crate::text::Language::En)
                .unwrap_err()
                .to_string();
            assert!(err.contains("was not written by yoxla"), "{err}");
            let err = check_output_dir(&root, &other, crate::text::Language::Az)
                .unwrap_err()
                .to_string();
            assert!(err.contains("yoxla yazmayıb"), "{err}");
            assert_eq!(
                std::fs::read_to_string(other.join("notes.txt")).unwrap(),
                "keep me"
            );
        }
        // New, empty, and yoxla's own folders are fine.
        assert!(
            check_output_dir(&root, &dir.path().join("new"), crate::text::Language::Az).is_ok()
        );
        std::fs::create_dir(dir.path().join("empty")).unwrap();
        assert!(
            check_output_dir(&root, &dir.path().join("empty"), crate::text::Language::Az).is_ok()
        );
        let public = dir.path().join("public");
        write_site(&public, &[out("index.html", "1")]).unwrap();
        assert!(public.join(MARKER).is_file());
        assert!(check_output_dir(&root, &public, crate::text::Language::Az).is_ok());
    }

    #[test]
    fn a_folder_that_lost_its_mark_during_the_build_is_not_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let public = dir.path().join("public");
        write_site(&public, &[out("index.html", "1")]).unwrap();
        let staging = Staging::begin(&public, crate::text::Language::En).unwrap();
        staging.write("index.html", b"2").unwrap();
        // Someone replaces the output with their own files meanwhile.
        std::fs::remove_dir_all(&public).unwrap();
        std::fs::create_dir(&public).unwrap();
        std::fs::write(public.join("mine.txt"), "keep me").unwrap();
        assert!(staging.commit().is_err());
        assert_eq!(
            std::fs::read_to_string(public.join("mine.txt")).unwrap(),
            "keep me"
        );
    }

    #[cfg(unix)]
    #[test]
    fn an_output_that_is_a_symlink_is_refused_and_its_target_kept() {
        let dir = tempfile::tempdir().unwrap();
        let root = site_in(dir.path());
        let web_root = dir.path().join("www");
        write_site(&web_root, &[out("index.html", "live")]).unwrap();
        let link = root.join("public");
        std::os::unix::fs::symlink(&web_root, &link).unwrap();
        let err = check_output_dir(&root, &link, crate::text::Language::En)
            .unwrap_err()
            .to_string();
        assert!(err.contains("symbolic link"), "{err}");
        assert!(err.contains("--output"), "{err}");
        assert_eq!(
            std::fs::read_to_string(web_root.join("index.html")).unwrap(),
            "live"
        );
        // The target itself, marked by an earlier build, may be named.
        assert!(check_output_dir(&root, &web_root, crate::text::Language::Az).is_ok());
    }

    #[test]
    fn an_unmarked_folder_named_like_a_staging_folder_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let public = dir.path().join("public");
        // A name a killed build would leave (no process has id 4294967),
        // but without the marker: not yoxla's.
        let look_alike = dir.path().join(".public.yoxla-4294967-abc");
        std::fs::create_dir(&look_alike).unwrap();
        std::fs::write(look_alike.join("notes.txt"), "keep me").unwrap();
        write_site(&public, &[out("index.html", "1")]).unwrap();
        assert!(look_alike.join("notes.txt").exists());
    }

    #[test]
    fn the_site_itself_is_never_the_output() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("site");
        std::fs::create_dir_all(root.join("content")).unwrap();
        std::fs::write(root.join("yoxla.toml"), "").unwrap();
        assert!(check_output_dir(&root, &root, crate::text::Language::Az).is_err());
        assert!(check_output_dir(&root, dir.path(), crate::text::Language::Az).is_err());
        assert!(
            check_output_dir(
                &root,
                &root.join("content/public"),
                crate::text::Language::Az
            )
            .is_err()
        );
        assert!(
            check_output_dir(&root, &root.join("public/.."), crate::text::Language::Az).is_err()
        );
        assert!(check_output_dir(&root, &root.join("public"), crate::text::Language::Az).is_ok());
        assert!(
            check_output_dir(
                &root,
                &dir.path().join("elsewhere"),
                crate::text::Language::Az
            )
            .is_ok()
        );
    }
}
