//! The pipeline: load → check → render → write, as `yoxla build` runs it.

use crate::cache::Cache;
use crate::check::{self, Counts};
use crate::content::Site;
use crate::diag::{Finding, Severity};
use crate::{render, write};
use anyhow::Result;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What to build and where.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site root (holds `yoxla.toml`).
    pub root: PathBuf,
    /// The output folder; `ROOT/public` when `None`.
    pub output: Option<PathBuf>,
}

/// What a build did.
#[derive(Debug)]
pub struct BuildReport {
    /// Every finding of the check, blocking or not.
    pub findings: Vec<Finding>,
    /// The findings that stopped the build (errors in files that would be
    /// published, or files that could not be read).
    pub blocking: usize,
    /// Errors in drafts and review copies: reported, not blocking.
    pub in_drafts: usize,
    /// Files written; `None` when the build stopped before writing.
    pub written: Option<usize>,
    /// Articles published.
    pub published: usize,
    /// The output folder.
    pub output: PathBuf,
    /// Time per stage: load, check, render, write.
    pub timings: [(&'static str, Duration); 4],
    /// The text of every article with a finding, by file, for showing
    /// findings in context.
    pub sources: HashMap<String, String>,
    /// How many share cards and search index parts were made rather than
    /// taken from the build cache (`None` without a cache).
    pub made: Option<usize>,
    /// The site's language, for the summary.
    pub lang: crate::text::Language,
}

impl BuildReport {
    /// Counts of findings by severity.
    pub fn counts(&self) -> Counts {
        Counts::of(&self.findings)
    }
}

/// Runs the whole pipeline. An `Err` means the site could not be read or
/// written at all (bad config, unwritable output); style errors come back
/// as findings in the report, with nothing written.
pub fn build(opts: &BuildOptions) -> Result<BuildReport> {
    build_with(opts, &Silent)
}

/// Hears about a long build or check: each stage as it starts (with the
/// number of items, where known), each item done, each stage finished.
pub trait Progress: Sync {
    /// A stage starts.
    fn start(&self, stage: &'static str, items: usize);
    /// One item of the current stage is done.
    fn tick(&self) {}
    /// The stage is finished.
    fn finish(&self, stage: &'static str, elapsed: Duration);
    /// The site's language, once it is loaded: what follows is said in it.
    fn language(&self, _lang: crate::text::Language) {}
}

/// Progress that says nothing.
pub struct Silent;

impl Progress for Silent {
    fn start(&self, _: &'static str, _: usize) {}
    fn finish(&self, _: &'static str, _: Duration) {}
}

/// [`build`], telling `progress` how it goes.
pub fn build_with(opts: &BuildOptions, progress: &dyn Progress) -> Result<BuildReport> {
    let t = Instant::now();
    progress.start("load", 0);
    let site = Site::load(&opts.root)?;
    let load = t.elapsed();
    progress.finish("load", load);
    progress.language(site.config.language);

    let lang = site.config.language;
    let output = opts
        .output
        .clone()
        .unwrap_or_else(|| default_output(&opts.root));
    let output = write::check_output_dir(&opts.root, &output, lang)?;

    let t = Instant::now();
    progress.start("check", site.articles.len());
    let findings = check::run_with(&site, check::today(), &|| progress.tick());
    let (blocking, in_drafts) = blocking_findings(&site, &findings);
    let check_time = t.elapsed();
    progress.finish("check", check_time);

    let published = site.published().count();
    let mut report = BuildReport {
        findings,
        blocking,
        in_drafts,
        written: None,
        published,
        output: output.clone(),
        timings: [
            ("load", load),
            ("check", check_time),
            ("render", Duration::ZERO),
            ("write", Duration::ZERO),
        ],
        sources: HashMap::new(),
        made: None,
        lang: site.config.language,
    };
    report.sources = check::report::sources(&site, &report.findings);
    if blocking > 0 {
        return Ok(report);
    }

    // Rendering writes each file into the staging folder as it is made;
    // "write" is then the swap that puts the new site in place.
    let t = Instant::now();
    progress.start("render", 0);
    let staging = write::Staging::begin(&output, lang)?;
    let cache = open_cache(&site, &output)?;
    let rendered = render::render_with(
        &site,
        &render::Preview {
            previous: Some(&output),
            cache: cache.as_ref(),
            ..render::Preview::default()
        },
        &staging,
    )?;
    report.timings[2].1 = t.elapsed();
    progress.finish("render", report.timings[2].1);

    let t = Instant::now();
    progress.start("write", 0);
    staging.commit()?;
    if let Some(cache) = &cache {
        cache.prune();
        report.made = Some(cache.made());
    }
    report.timings[3].1 = t.elapsed();
    progress.finish("write", report.timings[3].1);
    report.written = Some(rendered.paths.len());
    Ok(report)
}

/// The site's build cache, when share cards or search are on: `None`
/// when neither is, or when the folder is not yoxla's cache (a folder of
/// other files, or a link), so nothing of the user's is ever written to
/// or removed. A cache inside the output folder is refused: every build
/// replaces that folder whole.
fn open_cache(site: &Site, output: &Path) -> Result<Option<Cache>> {
    let config = &site.config;
    if !config.share_cards && !config.search {
        return Ok(None);
    }
    let dir = site.root.join(&config.cache_dir);
    if write::lies_inside(&dir, output) {
        anyhow::bail!(
            "{}",
            say!(config.language, "cli-yoxla-toml-cache-dir-inside")
        );
    }
    Ok(Cache::open(&dir))
}

/// Errors that stop a build: any error in a file that is published, in a
/// content page, or in a file that could not be read at all (its status is
/// unknown). Errors in drafts and review copies do not block: they are
/// counted apart, as (blocking, in drafts).
fn blocking_findings(site: &Site, findings: &[Finding]) -> (usize, usize) {
    let unpublished: HashSet<&str> = site
        .articles
        .iter()
        .filter(|a| !a.is_published())
        .map(|a| a.file.as_str())
        .collect();
    let errors = findings.iter().filter(|f| f.severity == Severity::Error);
    let (drafts, published): (Vec<&Finding>, Vec<&Finding>) =
        errors.partition(|f| unpublished.contains(f.file.as_str()));
    (published.len(), drafts.len())
}

/// The default output folder of a site.
pub fn default_output(root: &Path) -> PathBuf {
    root.join("public")
}
