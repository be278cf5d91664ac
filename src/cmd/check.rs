//! `yoxla check`: run the style guide over the site without building it,
//! in four steps: select what to report on (paths, `--changed`), check,
//! fix what is certain and check again (`--fix`), report in the chosen
//! format. The exit says whether anything fails the run.

use super::{Exit, Terminal, print_findings, progress, sources_of};
use crate::check::{self, Counts};
use crate::content::Site;
use crate::diag::Finding;
use crate::text::visible;
use clap::{Args, ValueEnum};
use std::collections::{BTreeSet, HashMap};
use std::io::Write;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::time::Instant;

/// `yoxla check`'s arguments.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or folders to report on (default: the whole site).
    pub paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Count warnings as errors for the exit code.
    #[arg(long)]
    pub deny_warnings: bool,
    /// Apply the fixes that are certain (number format, a near-miss
    /// verdict, an initial where the article gives the full name).
    #[arg(long)]
    pub fix: bool,
    /// Report only on articles changed since this git ref (e.g. origin/main).
    #[arg(long, value_name = "REF")]
    pub changed: Option<String>,
    /// Check the style of texts that are not articles of the site (a
    /// draft pasted from a word processor, one paragraph per line; `.md`
    /// files as Markdown), with the site's rules when run in a site.
    #[arg(long, value_name = "FILE", num_args = 1.., conflicts_with_all = ["paths", "changed", "fix"])]
    pub text: Vec<PathBuf>,
}

/// How `yoxla check` writes its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// file:line:col lines for people.
    Human,
    /// The JSON array of RULES.md.
    Json,
    /// GitHub Actions workflow commands (annotations on pull requests).
    Github,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
}

/// Checks the site at `root`: the report goes to `out`, the summary,
/// fixes and progress to `err`. [`Exit::Findings`] when errors (or, with
/// `--deny-warnings`, warnings) are left; [`Exit::CannotRun`] when
/// `--changed` cannot say what changed.
pub fn run(
    root: &Path,
    args: &CheckArgs,
    term: &Terminal,
    out: &mut dyn Write,
    err: &mut (dyn Write + Send),
) -> anyhow::Result<Exit> {
    let started = Instant::now();
    if !args.text.is_empty() {
        return run_text(root, args, term, out, err);
    }
    let site = Site::load(root)?;
    let wanted = match select(root, args, site.config.language, err)? {
        ControlFlow::Continue(wanted) => wanted,
        ControlFlow::Break(exit) => return Ok(exit),
    };
    let findings = wanted.filter(check_all(&site, term, err));
    let checked = if args.fix {
        fix(root, &site, &findings, &wanted, err)?
    } else {
        Checked {
            sources: sources_of(&site, &findings),
            findings,
        }
    };
    let lang = site.config.language;
    report(
        args,
        &checked,
        (site.articles.len(), lang),
        started,
        term,
        out,
        err,
    )
}

/// `yoxla check --text FILE…`: the style rules over texts outside the
/// site, reported like articles (every format; the exit as for a site).
/// The site's configuration (language, levels, word lists) is used when
/// `root` is a site; the defaults otherwise.
fn run_text(
    root: &Path,
    args: &CheckArgs,
    term: &Terminal,
    out: &mut dyn Write,
    err: &mut (dyn Write + Send),
) -> anyhow::Result<Exit> {
    let started = Instant::now();
    let config = if root.join(crate::config::CONFIG_FILE).is_file() {
        crate::config::Config::load(root)?
    } else {
        crate::config::Config::parse("title = \"-\"\nbase_url = \"https://example.org\"\n")?
    };
    let lang = config.language;
    let mut findings = Vec::new();
    let mut sources = HashMap::new();
    for path in &args.text {
        let shown = path.to_string_lossy().replace('\\', "/");
        let source = crate::content::SourceFile::read(path, &shown, lang)
            .map_err(|f| anyhow::anyhow!("{}:{}: {}", visible(&shown), f.line, f.message))?;
        let layout = if path.extension().is_some_and(|e| e == "md") {
            check::prose::Layout::Markdown
        } else {
            check::prose::Layout::LinePerParagraph
        };
        findings.extend(check::prose::check_text(
            &source.text,
            &shown,
            layout,
            &config,
        ));
        sources.insert(shown, source.text);
    }
    let checked = Checked { findings, sources };
    report(
        args,
        &checked,
        (args.text.len(), lang),
        started,
        term,
        out,
        err,
    )
}

/// The files and folders to report on, relative to the site root and
/// `/`-separated; none means the whole site.
struct Wanted(Vec<String>);

impl Wanted {
    /// Whether `f` is in a wanted file or folder.
    fn keeps(&self, f: &Finding) -> bool {
        self.0.is_empty()
            || self
                .0
                .iter()
                .any(|w| f.file == *w || f.file.starts_with(&format!("{w}/")))
    }

    /// The findings in wanted files.
    fn filter(&self, findings: Vec<Finding>) -> Vec<Finding> {
        findings.into_iter().filter(|f| self.keeps(f)).collect()
    }
}

/// Step 1: the paths given, plus the articles changed since
/// `--changed`; or the exit, when git cannot tell or nothing changed.
fn select(
    root: &Path,
    args: &CheckArgs,
    lang: crate::text::Language,
    err: &mut dyn Write,
) -> anyhow::Result<ControlFlow<Exit, Wanted>> {
    let mut wanted: Vec<String> = args
        .paths
        .iter()
        .map(|p| {
            let p = p.strip_prefix(root).unwrap_or(p);
            let p = p.strip_prefix("./").unwrap_or(p);
            p.to_string_lossy().trim_end_matches('/').replace('\\', "/")
        })
        .collect();
    if let Some(base) = &args.changed {
        let files = match changed_files(root, base, lang) {
            Ok(files) => files,
            Err(line) => {
                writeln!(err, "{line}")?;
                return Ok(ControlFlow::Break(Exit::CannotRun));
            }
        };
        if files.is_empty() {
            writeln!(err, "{}", say!(lang, "cli-no-article-changed", base = base))?;
            return Ok(ControlFlow::Break(Exit::Clean));
        }
        wanted.extend(files);
    }
    Ok(ControlFlow::Continue(Wanted(wanted)))
}

/// Step 2: every rule over the whole site (a rule may look across
/// articles), showing progress.
fn check_all(site: &Site, term: &Terminal, err: &mut (dyn Write + Send)) -> Vec<Finding> {
    let progress = progress::reporter(term, err);
    progress.language(site.config.language);
    progress.start("check", site.articles.len());
    let checked_in = Instant::now();
    let all = check::run_with(site, check::today(), &|| progress.tick());
    progress.finish("check", checked_in.elapsed());
    all
}

/// The findings to report, with the text of each file they are in.
struct Checked {
    findings: Vec<Finding>,
    sources: HashMap<String, String>,
}

/// Step 3 (`--fix`): applies the certain fixes, says on `err` what
/// changed and what was skipped, and checks the site again as the files
/// now are.
fn fix(
    root: &Path,
    site: &Site,
    findings: &[Finding],
    wanted: &Wanted,
    err: &mut dyn Write,
) -> anyhow::Result<Checked> {
    let outcome = check::fix::apply(site, findings)?;
    for s in &outcome.skipped {
        writeln!(err, "{}: {}", visible(&s.file), s.reason)?;
    }
    let changes = outcome.changes;
    for c in &changes {
        writeln!(
            err,
            "{}:{}:{}: {} [{}]: `{}` → `{}`",
            visible(&c.file),
            c.line,
            c.column,
            say!(site.config.language, "cli-fixed"),
            c.rule,
            visible(&c.old),
            visible(&c.new)
        )?;
    }
    let files: BTreeSet<&str> = changes.iter().map(|c| c.file.as_str()).collect();
    let applied = say!(
        site.config.language,
        "cli-fixes-applied",
        fixes = changes.len(),
        files = files.len()
    );
    writeln!(err, "{applied}")?;
    // Report what is left, as the files now are.
    let site = Site::load(root)?;
    let findings = wanted.filter(check::run(&site));
    Ok(Checked {
        sources: sources_of(&site, &findings),
        findings,
    })
}

/// Step 4: the findings in the chosen format on `out`; for people, the
/// summary line on `err` too. The exit says whether anything fails the
/// run (errors, or warnings with `--deny-warnings`).
fn report(
    args: &CheckArgs,
    checked: &Checked,
    (articles, lang): (usize, crate::text::Language),
    started: Instant,
    term: &Terminal,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let findings = &checked.findings;
    match args.format {
        Format::Human => {
            print_findings(findings, &checked.sources, term.colour_out, out);
            let c = Counts::of(findings);
            let checked = say!(
                lang,
                "cli-articles-checked",
                count = articles,
                ms = (started.elapsed().as_secs_f64() * 1000.0).round(),
                errors = c.errors,
                warnings = c.warnings,
                suggestions = c.suggestions
            );
            writeln!(err, "{checked}")?;
        }
        Format::Json => writeln!(out, "{}", check::report::json(findings))?,
        Format::Github => write!(out, "{}", check::report::github(findings))?,
        Format::Sarif => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&check::report::sarif(findings, lang))?
        )?,
    }
    let c = Counts::of(findings);
    let failing = c.errors > 0 || (args.deny_warnings && c.warnings > 0);
    Ok(if failing { Exit::Findings } else { Exit::Clean })
}

/// Markdown files under `content/` changed since `base` (committed or
/// not) or new and untracked, relative to the site root.
///
/// `base` is the user's text and git reads arguments that start with `-`
/// as options (`--output=FILE` truncates FILE), so it is refused unless it
/// can be a ref, resolved with `--end-of-options` before it, and only the
/// commit id it names goes to `git diff`. Anything that stops this is one
/// line in the site's language (`en`), never git's usage text.
fn changed_files(
    root: &Path,
    base: &str,
    lang: crate::text::Language,
) -> Result<Vec<String>, String> {
    let commit = changed_base(root, base, lang)?;
    let failed = |what: &str| say!(lang, "cli-changed-git-failed-see-git", what = what);
    let diff = [
        "diff",
        "--name-only",
        "--relative",
        "--diff-filter=ACMR",
        &commit,
        "--",
    ];
    let diff = git(root, &diff, lang)?.ok_or_else(|| failed("diff"))?;
    let untracked = git(root, &["ls-files", "--others", "--exclude-standard"], lang)?
        .ok_or_else(|| failed("ls-files"))?;
    let mut files: Vec<String> = diff
        .lines()
        .chain(untracked.lines())
        .filter(|f| f.starts_with("content/") && f.ends_with(".md"))
        .map(str::to_string)
        .collect();
    files.sort();
    files.dedup();
    Ok(files)
}

/// The commit id `base` names in the repository at `root`, or the line
/// that says why there is none.
fn changed_base(root: &Path, base: &str, lang: crate::text::Language) -> Result<String, String> {
    let shown = visible(base);
    let hint = "--changed=origin/main";
    if base.is_empty() {
        return Err(say!(lang, "cli-changed-needs-git-ref-e", hint = hint));
    }
    if base.starts_with('-') || base.chars().any(char::is_control) {
        return Err(say!(
            lang,
            "cli-changed-not-git-ref-ref",
            shown = shown,
            hint = hint
        ));
    }
    let inside = git(root, &["rev-parse", "--is-inside-work-tree"], lang)?;
    if inside.as_deref().map(str::trim) != Some("true") {
        let root = visible(&root.to_string_lossy()).into_owned();
        return Err(say!(
            lang,
            "cli-changed-needs-git-repository-not",
            root = root
        ));
    }
    let spec = format!("{base}^{{commit}}");
    let verify = [
        "rev-parse",
        "--verify",
        "--quiet",
        "--end-of-options",
        &spec,
    ];
    let commit = git(root, &verify, lang)?.map(|out| out.trim().to_string());
    commit
        .filter(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or_else(|| {
            say!(
                lang,
                "cli-changed-not-commit-branch-tag",
                shown = shown,
                hint = hint
            )
        })
}

/// Runs `git -C root ARGS`: its output when it succeeds, `None` when it
/// fails (its own messages are not shown), the line to print when git
/// cannot be run at all.
fn git(root: &Path, args: &[&str], lang: crate::text::Language) -> Result<Option<String>, String> {
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| {
            let why = if e.kind() == std::io::ErrorKind::NotFound {
                String::new()
            } else {
                format!(" ({})", visible(&e.to_string()))
            };
            say!(lang, "cli-changed-needs-git-which-could", why = why)
        })?;
    Ok(out
        .status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned()))
}
