//! The `yoxla` command: parses arguments, calls the library, prints
//! findings, and maps the outcome to an exit code (0 clean, 1 errors
//! found, 2 could not run).

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};
use yoxla::build::BuildOptions;
use yoxla::check::{self, Counts, registry};
use yoxla::content::Site;
use yoxla::diag::Finding;
use yoxla::text::visible;

#[derive(Debug, Parser)]
#[command(
    name = "yoxla",
    version,
    about = "Static site generator for fact-checking newsrooms"
)]
struct Cli {
    /// The site's folder (holds yoxla.toml and content/).
    #[arg(long, global = true, default_value = ".")]
    root: PathBuf,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check every article against the style guide, then build the site.
    Build {
        /// Where to write the site (replaced whole); default ROOT/public.
        #[arg(long, short)]
        output: Option<PathBuf>,
    },
    /// Check articles against the style guide without building.
    Check(CheckArgs),
    /// Start a new fact-check: content/YYYY/slug.md with every key and part.
    New(NewArgs),
    /// The newsroom's dashboard: deadlines, requests, speakers, monthly quota.
    Status(StatusArgs),
    /// Preview the site locally, drafts included; rebuilds and reloads on save.
    Serve(ServeArgs),
    /// List every rule with its severity in force and what it checks.
    Rules,
}

#[derive(Debug, Args)]
struct CheckArgs {
    /// Files or folders to report on (default: the whole site).
    paths: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Count warnings as errors for the exit code.
    #[arg(long)]
    deny_warnings: bool,
    /// Apply the fixes that are certain (number format, a near-miss
    /// verdict, an initial where the article gives the full name).
    #[arg(long)]
    fix: bool,
    /// Report only on articles changed since this git ref (e.g. origin/main).
    #[arg(long, value_name = "REF")]
    changed: Option<String>,
}

#[derive(Debug, Args)]
struct NewArgs {
    /// The statement to check, verbatim (asked for on a terminal when absent).
    claim: Option<String>,
    /// Who said it, full name.
    #[arg(long)]
    speaker: Option<String>,
    /// Their status, office or party.
    #[arg(long = "status-of-speaker", value_name = "STATUS")]
    speaker_status: Option<String>,
    /// The category.
    #[arg(long)]
    category: Option<String>,
    /// The author's id in [authors].
    #[arg(long)]
    author: Option<String>,
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// The port (0 picks a free one).
    #[arg(long, short, default_value_t = yoxla::serve::DEFAULT_PORT)]
    port: u16,
    /// The address to listen on; only this machine by default.
    #[arg(long, default_value = "127.0.0.1")]
    bind: std::net::IpAddr,
}

#[derive(Debug, Args)]
struct StatusArgs {
    /// The month of the quota, YYYY-MM (default: this month).
    #[arg(long)]
    month: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = StatusFormat::Table)]
    format: StatusFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum StatusFormat {
    /// A table for the terminal.
    Table,
    /// JSON.
    Json,
    /// CSV, one row per item.
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Format {
    /// file:line:col lines for people.
    Human,
    /// The JSON array of RULES.md.
    Json,
    /// GitHub Actions workflow commands (annotations on pull requests).
    Github,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
}

/// mimalloc: the check allocates many small strings on every thread, where
/// it is measurably faster than the system allocator (benches/check.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            // A reader that stops early (`yoxla rules | head`) is not an error.
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            // The error may quote a path or a value from the user's files.
            eprintln!("error: {}", yoxla::text::visible_text(&format!("{e:#}")));
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Build { output } => {
            let mut report = yoxla::build::build_with(
                &BuildOptions {
                    root: cli.root.clone(),
                    output,
                },
                progress().as_ref(),
            )?;
            let mut sources = std::mem::take(&mut report.sources);
            add_unparsed_sources(&cli.root, &report.findings, &mut sources);
            print_findings(&report.findings, &sources, To::Stderr);
            let c = report.counts();
            match report.written {
                Some(n) => {
                    let total: f64 = report.timings.iter().map(|(_, d)| d.as_secs_f64()).sum();
                    let stages: Vec<String> = report
                        .timings
                        .iter()
                        .map(|(s, d)| format!("{s} {:.0} ms", d.as_secs_f64() * 1000.0))
                        .collect();
                    eprintln!(
                        "built {} articles into {} ({n} files) in {:.0} ms ({}); {} warnings, {} suggestions",
                        report.published,
                        report.output.display(),
                        total * 1000.0,
                        stages.join(", "),
                        c.warnings,
                        c.suggestions
                    );
                    Ok(ExitCode::SUCCESS)
                }
                None => {
                    eprintln!(
                        "build stopped: {} error(s) in articles that would be published; nothing was written ({} kept as it was)",
                        report.blocking,
                        report.output.display()
                    );
                    Ok(ExitCode::from(1))
                }
            }
        }
        Command::Check(args) => check_command(&cli.root, &args),
        Command::New(args) => new_command(&cli.root, args),
        Command::Status(args) => status_command(&cli.root, &args),
        Command::Serve(args) => {
            yoxla::serve::serve(&cli.root, std::net::SocketAddr::new(args.bind, args.port))?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Rules => {
            let settings = match yoxla::config::Config::load(&cli.root) {
                Ok(c) => c.rules,
                Err(_) => registry::RuleSettings::default(),
            };
            let mut out = std::io::stdout().lock();
            for r in registry::RULES {
                let level = match settings.level(r.rule) {
                    registry::Level::On(s) => s.to_string(),
                    registry::Level::Off => "off".into(),
                    registry::Level::ReportOnly => "report".into(),
                };
                writeln!(out, "{:<38} {:<10} {}", r.id, level, r.summary)?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn check_command(root: &Path, args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let CheckArgs {
        paths,
        format,
        deny_warnings,
        fix,
        changed,
    } = args;
    let (format, deny_warnings, fix) = (*format, *deny_warnings, *fix);
    let started = Instant::now();
    let site = Site::load(root)?;
    let mut wanted: Vec<String> = paths
        .iter()
        .map(|p| {
            let p = p.strip_prefix(root).unwrap_or(p);
            let p = p.strip_prefix("./").unwrap_or(p);
            p.to_string_lossy().trim_end_matches('/').replace('\\', "/")
        })
        .collect();
    if let Some(base) = changed {
        let files = match changed_files(root, base, site.config.language == "en") {
            Ok(files) => files,
            Err(line) => {
                eprintln!("{line}");
                return Ok(ExitCode::from(2));
            }
        };
        if files.is_empty() {
            eprintln!("no article changed since {base}");
            return Ok(ExitCode::SUCCESS);
        }
        wanted.extend(files);
    }
    let keep = |f: &Finding| {
        wanted.is_empty()
            || wanted
                .iter()
                .any(|w| f.file == *w || f.file.starts_with(&format!("{w}/")))
    };
    let progress = progress();
    progress.start("check", site.articles.len());
    let checked_in = Instant::now();
    let all = check::run_with(&site, check::today(), &|| progress.tick());
    progress.finish("check", checked_in.elapsed());
    let mut findings: Vec<Finding> = all.into_iter().filter(|f| keep(f)).collect();
    let mut sources = sources_of(&site, &findings);
    if fix {
        let outcome = check::fix::apply(&site, &findings)?;
        for s in &outcome.skipped {
            eprintln!("{}: {}", visible(&s.file), s.reason);
        }
        let changes = outcome.changes;
        for c in &changes {
            eprintln!(
                "{}:{}:{}: fixed [{}]: `{}` → `{}`",
                visible(&c.file),
                c.line,
                c.column,
                c.rule,
                visible(&c.old),
                visible(&c.new)
            );
        }
        let files: std::collections::BTreeSet<&str> =
            changes.iter().map(|c| c.file.as_str()).collect();
        eprintln!(
            "{} fix(es) applied in {} file(s)",
            changes.len(),
            files.len()
        );
        // Report what is left, as the files now are.
        let site = Site::load(root)?;
        findings = check::run(&site).into_iter().filter(|f| keep(f)).collect();
        sources = sources_of(&site, &findings);
    }
    let checked = site.articles.len();
    let c = Counts::of(&findings);
    let mut out = std::io::stdout().lock();
    match format {
        Format::Human => {
            print_findings(&findings, &sources, To::Stdout);
            eprintln!(
                "{checked} articles checked in {:.0} ms: {} errors, {} warnings, {} suggestions",
                started.elapsed().as_secs_f64() * 1000.0,
                c.errors,
                c.warnings,
                c.suggestions
            );
        }
        Format::Json => writeln!(out, "{}", check::report::json(&findings))?,
        Format::Github => write!(out, "{}", check::report::github(&findings))?,
        Format::Sarif => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&check::report::sarif(&findings))?
        )?,
    }
    let failing = c.errors > 0 || (deny_warnings && c.warnings > 0);
    Ok(if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Markdown files under `content/` changed since `base` (committed or
/// not) or new and untracked, relative to the site root.
///
/// `base` is the user's text and git reads arguments that start with `-`
/// as options (`--output=FILE` truncates FILE), so it is refused unless it
/// can be a ref, resolved with `--end-of-options` before it, and only the
/// commit id it names goes to `git diff`. Anything that stops this is one
/// line in the site's language (`en`), never git's usage text.
fn changed_files(root: &Path, base: &str, en: bool) -> Result<Vec<String>, String> {
    let commit = changed_base(root, base, en)?;
    let failed = |what: &str| {
        yoxla::diag::tr(
            en,
            format!("--changed: `git {what}` alınmadı; repozitoriyanı `git status` ilə yoxlayın"),
            format!("--changed: `git {what}` failed; see `git status` in the repository"),
        )
    };
    let diff = [
        "diff",
        "--name-only",
        "--relative",
        "--diff-filter=ACMR",
        &commit,
        "--",
    ];
    let diff = git(root, &diff, en)?.ok_or_else(|| failed("diff"))?;
    let untracked = git(root, &["ls-files", "--others", "--exclude-standard"], en)?
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
fn changed_base(root: &Path, base: &str, en: bool) -> Result<String, String> {
    let tr = |az: String, english: String| yoxla::diag::tr(en, az, english);
    let shown = yoxla::text::visible(base);
    let hint = "--changed=origin/main";
    if base.is_empty() {
        return Err(tr(
            format!("--changed üçün git ref-i verin, məsələn {hint}"),
            format!("--changed needs a git ref, e.g. {hint}"),
        ));
    }
    if base.starts_with('-') || base.chars().any(char::is_control) {
        return Err(tr(
            format!(
                "--changed: `{shown}` git ref-i deyil (ref `-` ilə başlaya və idarəedici simvol saxlaya bilməz); budaq, teq və ya commit verin, məsələn {hint}"
            ),
            format!(
                "--changed: `{shown}` is not a git ref (a ref cannot start with `-` or hold control characters); give a branch, tag or commit, e.g. {hint}"
            ),
        ));
    }
    let inside = git(root, &["rev-parse", "--is-inside-work-tree"], en)?;
    if inside.as_deref().map(str::trim) != Some("true") {
        let root = yoxla::text::visible(&root.to_string_lossy()).into_owned();
        return Err(tr(
            format!(
                "--changed git repozitoriyası tələb edir, {root} isə repozitoriyada deyil: yoxlamanı repozitoriyada işə salın və ya --changed olmadan yoxlayın"
            ),
            format!(
                "--changed needs a git repository, and {root} is not in one: run the check in a repository, or without --changed"
            ),
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
    let commit = git(root, &verify, en)?.map(|out| out.trim().to_string());
    commit
        .filter(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or_else(|| {
            tr(
                format!(
                    "--changed: `{shown}` bu repozitoriyada commit, budaq və ya teq deyil; mövcud olanı verin, məsələn {hint}"
                ),
                format!(
                    "--changed: `{shown}` is not a commit, branch or tag in this repository; give one that exists, e.g. {hint}"
                ),
            )
        })
}

/// Runs `git -C root ARGS`: its output when it succeeds, `None` when it
/// fails (its own messages are not shown), the line to print when git
/// cannot be run at all.
fn git(root: &Path, args: &[&str], en: bool) -> Result<Option<String>, String> {
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
                format!(" ({})", yoxla::text::visible(&e.to_string()))
            };
            yoxla::diag::tr(
                en,
                format!("--changed üçün git lazımdır, amma onu işə salmaq olmadı{why}: git-i quraşdırın və ya --changed olmadan yoxlayın"),
                format!("--changed needs git, which could not be run{why}: install git, or check without --changed"),
            )
        })?;
    Ok(out
        .status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned()))
}

fn new_command(root: &Path, args: NewArgs) -> anyhow::Result<ExitCode> {
    let config = yoxla::config::Config::load(root)?;
    let interactive = std::io::stdin().is_terminal() && args.claim.is_none();
    let ask = |question: &str, given: Option<String>| -> anyhow::Result<Option<String>> {
        if given.is_some() || !interactive {
            return Ok(given);
        }
        eprint!("{question}: ");
        std::io::stderr().flush()?;
        let mut line = String::new();
        std::io::stdin().read_line(&mut line)?;
        let line = line.trim().to_string();
        Ok((!line.is_empty()).then_some(line))
    };
    let en = config.language == "en";
    let q = |az: &'static str, e: &'static str| if en { e } else { az };
    let draft = yoxla::newsroom::new::Draft {
        claim: ask(q("İddia (olduğu kimi)", "Claim (verbatim)"), args.claim)?.unwrap_or_default(),
        speaker: ask(
            q("Kim deyib (ad və soyad)", "Who said it (full name)"),
            args.speaker,
        )?
        .unwrap_or_default(),
        speaker_status: ask(
            q("Statusu (vəzifə, partiya)", "Their status (office, party)"),
            args.speaker_status,
        )?,
        category: ask(q("Kateqoriya", "Category"), args.category)?,
        author: ask(q("Müəllif (id)", "Author (id)"), args.author)?,
    };
    let today = check::today();
    let rel = yoxla::newsroom::new::create(root, &config, &draft, today)?;
    println!("{}", rel.display());
    eprintln!(
        "{}",
        if en {
            "created: fill in the [bracketed] parts and the empty keys; `yoxla check` says what is left"
        } else {
            "yaradıldı: [mötərizədəki] hissələri və boş açarları doldurun; `yoxla check` nəyin qaldığını deyəcək"
        }
    );
    Ok(ExitCode::SUCCESS)
}

fn status_command(root: &Path, args: &StatusArgs) -> anyhow::Result<ExitCode> {
    use yoxla::newsroom::status;
    let site = Site::load(root)?;
    let today = check::today();
    let month = match &args.month {
        Some(m) => status::parse_month(m)
            .ok_or_else(|| anyhow::anyhow!("--month `{m}`: write it as YYYY-MM, e.g. 2026-10"))?,
        None => (today.year(), today.month()),
    };
    let report = status::report(&site, today, month);
    let mut out = std::io::stdout().lock();
    match args.format {
        StatusFormat::Table => write!(
            out,
            "{}",
            status::table(&report, site.config.language == "en")
        )?,
        StatusFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
        StatusFormat::Csv => write!(out, "{}", status::csv(&report))?,
    }
    Ok(ExitCode::SUCCESS)
}

/// Sites from this many articles show their progress.
const LARGE_SITE: usize = 500;

/// Progress on a terminal: a bar for stages that count items, a spinner
/// for the others, cleared when done.
struct Bars {
    bar: std::sync::Mutex<Option<indicatif::ProgressBar>>,
}

impl yoxla::build::Progress for Bars {
    fn start(&self, stage: &'static str, items: usize) {
        let bar = if items > 0 {
            let b = indicatif::ProgressBar::new(items as u64);
            if let Ok(style) =
                indicatif::ProgressStyle::with_template("{msg:>7} [{bar:40}] {pos}/{len} ({eta})")
            {
                b.set_style(style.progress_chars("=> "));
            }
            b
        } else {
            let b = indicatif::ProgressBar::new_spinner();
            b.enable_steady_tick(Duration::from_millis(100));
            b
        };
        bar.set_message(stage);
        if let Ok(mut slot) = self.bar.lock() {
            *slot = Some(bar);
        }
    }
    fn tick(&self) {
        if let Ok(slot) = self.bar.lock()
            && let Some(b) = slot.as_ref()
        {
            b.inc(1);
        }
    }
    fn finish(&self, _: &'static str, _: Duration) {
        if let Ok(mut slot) = self.bar.lock()
            && let Some(b) = slot.take()
        {
            b.finish_and_clear();
        }
    }
}

/// Progress off a terminal (CI logs): one plain line per stage, for large
/// sites only.
#[derive(Default)]
struct Lines {
    large: std::sync::atomic::AtomicBool,
    load: std::sync::Mutex<Option<Duration>>,
}

impl yoxla::build::Progress for Lines {
    fn start(&self, stage: &'static str, items: usize) {
        use std::sync::atomic::Ordering;
        if stage == "check" && items >= LARGE_SITE {
            self.large.store(true, Ordering::Relaxed);
            if let Some(load) = self.load.lock().ok().and_then(|l| *l) {
                eprintln!("yoxla: load: {items} articles in {} ms", load.as_millis());
            }
        }
        if self.large.load(Ordering::Relaxed) {
            eprintln!("yoxla: {stage}…");
        }
    }
    fn finish(&self, stage: &'static str, elapsed: Duration) {
        if stage == "load" {
            if let Ok(mut l) = self.load.lock() {
                *l = Some(elapsed);
            }
            return;
        }
        if self.large.load(std::sync::atomic::Ordering::Relaxed) {
            eprintln!("yoxla: {stage}: done in {} ms", elapsed.as_millis());
        }
    }
}

/// The progress reporter for this run: bars on a terminal, lines off it.
fn progress() -> Box<dyn yoxla::build::Progress> {
    if std::io::stderr().is_terminal() {
        Box::new(Bars {
            bar: std::sync::Mutex::new(None),
        })
    } else {
        Box::new(Lines::default())
    }
}

fn sources_of(site: &Site, findings: &[Finding]) -> HashMap<String, String> {
    let mut sources = check::report::sources(site, findings);
    add_unparsed_sources(&site.root, findings, &mut sources);
    sources
}

/// Files that failed to load are shown from disk (lossily decoded, CRLF
/// read as LF, so lines stay where the finding says).
fn add_unparsed_sources(root: &Path, findings: &[Finding], sources: &mut HashMap<String, String>) {
    for f in findings {
        if sources.contains_key(&f.file) {
            continue;
        }
        let path = root.join(&f.file);
        let small = std::fs::metadata(&path)
            .is_ok_and(|m| m.is_file() && m.len() <= yoxla::content::MAX_FILE_BYTES);
        if !small {
            continue;
        }
        if let Ok(bytes) = std::fs::read(&path) {
            let text = String::from_utf8_lossy(&bytes).replace("\r\n", "\n");
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text).to_string();
            sources.insert(f.file.clone(), text);
        }
    }
}

/// Where human-readable findings go: `check`'s own output is its
/// findings (stdout); `build` shows them beside its progress (stderr).
#[derive(Clone, Copy)]
enum To {
    Stdout,
    Stderr,
}

fn print_findings(findings: &[Finding], sources: &HashMap<String, String>, to: To) {
    if findings.is_empty() {
        return;
    }
    let no_color = std::env::var_os("NO_COLOR").is_some();
    let text = |colour: bool| check::report::human(findings, sources, colour && !no_color);
    match to {
        To::Stdout => {
            let mut out = std::io::stdout().lock();
            let _ = write!(out, "{}", text(std::io::stdout().is_terminal()));
            let _ = out.flush();
        }
        To::Stderr => {
            let mut err = std::io::stderr().lock();
            let _ = write!(err, "{}", text(std::io::stderr().is_terminal()));
            let _ = err.flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn verify_cli() {
        Cli::command().debug_assert();
    }
}
