//! The `yoxla` command: parses arguments, hands them to the command's
//! function in [`yoxla::cmd`] with the process's own streams and
//! terminal, and maps the outcome to an exit code (0 clean, 1 errors
//! found, 2 could not run).

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;
use yoxla::cmd::{self, Exit, Terminal};

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
    /// Start a newsroom's site: configuration, pages, a sample draft, CI.
    Init(cmd::init::InitArgs),
    /// Check every article against the style guide, then build the site.
    Build(cmd::build::BuildArgs),
    /// Check articles against the style guide without building.
    Check(cmd::check::CheckArgs),
    /// Start a new fact-check: content/YYYY/slug.md with every key and part.
    New(cmd::new::NewArgs),
    /// The newsroom's dashboard: deadlines, requests, speakers, monthly quota.
    Status(cmd::status::StatusArgs),
    /// Preview the site locally, drafts included; rebuilds and reloads on save.
    Serve(cmd::serve::ServeArgs),
    /// List every rule with its severity in force and what it checks.
    Rules,
    /// Language server for editors: the style guide's findings as you type.
    Lsp,
}

/// mimalloc: the check allocates many small strings on every thread, where
/// it is measurably faster than the system allocator (benches/check.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(exit) => ExitCode::from(exit.code()),
        Err(e) => {
            // A reader that stops early (`yoxla rules | head`) is not an error.
            if e.downcast_ref::<std::io::Error>()
                .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            {
                return ExitCode::SUCCESS;
            }
            // The error may quote a path or a value from the user's files.
            eprintln!("error: {}", yoxla::text::visible_text(&format!("{e:#}")));
            ExitCode::from(Exit::CannotRun.code())
        }
    }
}

/// Runs the command on the process's stdin, stdout and stderr. Stderr is
/// never locked (progress bars draw on it from other threads), nor is
/// stdout while the preview server, which logs from its threads, runs.
fn run(cli: Cli) -> anyhow::Result<Exit> {
    let root = cli.root.as_path();
    let term = Terminal::detect();
    let (mut out, mut err) = (std::io::stdout(), std::io::stderr());
    match cli.command {
        Command::Init(args) => {
            let mut input = std::io::stdin().lock();
            cmd::init::run(root, args, &term, &mut input, &mut out, &mut err)
        }
        Command::Build(args) => cmd::build::run(root, &args, &term, &mut err),
        Command::Check(args) => cmd::check::run(root, &args, &term, &mut out.lock(), &mut err),
        Command::New(args) => {
            let mut input = std::io::stdin().lock();
            cmd::new::run(root, args, &term, &mut input, &mut out, &mut err)
        }
        Command::Status(args) => cmd::status::run(root, &args, &mut out.lock()),
        Command::Serve(args) => cmd::serve::run(root, &args),
        Command::Rules => cmd::rules::run(root, &mut out.lock()),
        Command::Lsp => cmd::lsp::run(root, &mut err),
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
