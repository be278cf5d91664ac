//! The command layer: one module per `yoxla` command, each a function
//! that turns the command's arguments into calls on the pipeline and
//! their results into output and an [`Exit`].
//!
//! It exists so that what a command does can be tested without running
//! the binary, and so that `main.rs` only parses and dispatches. A
//! command never writes to the process's stdout or stderr itself: it
//! writes to the writers it is given, and what the terminal can do
//! (colour, progress bars, questions) comes in as a [`Terminal`] decided
//! by the caller, so a test gets plain output in a `Vec<u8>`. The
//! pipeline does not know this layer: nothing below it imports it.
//!
//! The preview server is the exception: [`serve`] hands over to
//! [`crate::serve`], which runs until interrupted and logs as it goes.

pub mod build;
pub mod check;
pub mod init;
pub mod lsp;
pub mod new;
pub mod progress;
pub mod rules;
pub mod serve;
pub mod status;

use crate::content::{Site, SourceFile};
use crate::diag::Finding;
use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::Path;

/// How a command ended, which `main` maps to the process's exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// It did its job and found nothing that fails the run (0).
    Clean,
    /// It ran and found errors, or warnings under `--deny-warnings` (1).
    Findings,
    /// It could not run; it has said why on its error writer (2).
    CannotRun,
}

impl Exit {
    /// The process exit code: 0 clean, 1 findings, 2 could not run.
    pub fn code(self) -> u8 {
        match self {
            Exit::Clean => 0,
            Exit::Findings => 1,
            Exit::CannotRun => 2,
        }
    }
}

/// What the terminal the command runs in can do. Tests use
/// [`Terminal::default`]: no colour, no bars, no questions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Terminal {
    /// Findings written to the output writer may be coloured.
    pub colour_out: bool,
    /// Findings written to the error writer may be coloured.
    pub colour_err: bool,
    /// Progress is drawn as bars (stderr is a terminal), not plain lines.
    pub bars: bool,
    /// Missing answers may be asked for (stdin is a terminal).
    pub interactive: bool,
}

impl Terminal {
    /// The process's own terminal: colour where the stream is a terminal
    /// and `NO_COLOR` is unset, bars when stderr is a terminal, questions
    /// when stdin is one.
    pub fn detect() -> Terminal {
        let colour = std::env::var_os("NO_COLOR").is_none();
        Terminal {
            colour_out: colour && std::io::stdout().is_terminal(),
            colour_err: colour && std::io::stderr().is_terminal(),
            bars: std::io::stderr().is_terminal(),
            interactive: std::io::stdin().is_terminal(),
        }
    }
}

/// The text of every file with a finding: articles from the loaded site,
/// files that failed to load from disk.
fn sources_of(site: &Site, findings: &[Finding]) -> HashMap<String, String> {
    let mut sources = crate::check::report::sources(site, findings);
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
        if let Some(source) = SourceFile::read_lossy(&root.join(&f.file), &f.file) {
            sources.insert(source.file, source.text);
        }
    }
}

/// Writes the human report of `findings` to `to`, coloured when
/// `colour`. A reader that stops early does not stop the command, whose
/// exit code still says what was found.
fn print_findings(
    findings: &[Finding],
    sources: &HashMap<String, String>,
    colour: bool,
    to: &mut dyn Write,
) {
    if findings.is_empty() {
        return;
    }
    let _ = write!(
        to,
        "{}",
        crate::check::report::human(findings, sources, colour)
    );
    let _ = to.flush();
}
