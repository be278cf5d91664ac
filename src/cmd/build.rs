//! `yoxla build`: check every article, then build the site, and say on
//! stderr what was found and what was written (or why nothing was).

use super::{Exit, Terminal, add_unparsed_sources, print_findings, progress};
use crate::build::{BuildOptions, BuildReport};
use clap::Args;
use std::io::Write;
use std::path::{Path, PathBuf};

/// `yoxla build`'s arguments.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Where to write the site (replaced whole); default ROOT/public.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// Builds the site at `root`; findings, progress and the summary go to
/// `err`. [`Exit::Findings`] when errors in what would be published
/// stopped the build.
pub fn run(
    root: &Path,
    args: &BuildArgs,
    term: &Terminal,
    err: &mut (dyn Write + Send),
) -> anyhow::Result<Exit> {
    let opts = BuildOptions {
        root: root.to_path_buf(),
        output: args.output.clone(),
    };
    let mut report = {
        let progress = progress::reporter(term, &mut *err);
        crate::build::build_with(&opts, progress.as_ref())?
    };
    let mut sources = std::mem::take(&mut report.sources);
    add_unparsed_sources(root, &report.findings, &mut sources);
    print_findings(&report.findings, &sources, term.colour_err, err);
    summary(&report, err)
}

/// The last line: what was built and how long each stage took, or why
/// nothing was written.
fn summary(report: &BuildReport, err: &mut dyn Write) -> anyhow::Result<Exit> {
    let c = report.counts();
    let lang = report.lang;
    match report.written {
        Some(n) => {
            let total: f64 = report.timings.iter().map(|(_, d)| d.as_secs_f64()).sum();
            let stages: Vec<String> = report
                .timings
                .iter()
                .map(|(s, d)| {
                    let stage = say!(lang, "progress-stage", stage = *s);
                    let ms = d.as_millis() as u64;
                    say!(lang, "progress-stage-took", stage = stage, ms = ms)
                })
                .collect();
            let built = say!(
                lang,
                "cli-built",
                articles = report.published,
                output = report.output.display(),
                files = n,
                ms = (total * 1000.0).round(),
                stages = stages.join(", "),
                warnings = c.warnings,
                suggestions = c.suggestions
            );
            writeln!(err, "{built}")?;
            if report.in_drafts > 0 {
                writeln!(
                    err,
                    "{}",
                    say!(lang, "cli-errors-in-drafts", count = report.in_drafts)
                )?;
            }
            Ok(Exit::Clean)
        }
        None => {
            let stopped = say!(
                lang,
                "cli-build-stopped",
                count = report.blocking,
                output = report.output.display()
            );
            writeln!(err, "{stopped}")?;
            Ok(Exit::Findings)
        }
    }
}
