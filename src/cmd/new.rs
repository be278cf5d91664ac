//! `yoxla new`: start a fact-check from the arguments, asking for what is
//! missing when a person is at the terminal, and say where it went and
//! what to do next.

use super::{Exit, Terminal};
use crate::config::Config;
use crate::newsroom::new::{Draft, create};
use clap::Args;
use std::io::{BufRead, Write};
use std::path::Path;

/// `yoxla new`'s arguments: what the author knows when starting.
#[derive(Debug, Args)]
pub struct NewArgs {
    /// The statement to check, verbatim (asked for on a terminal when absent).
    pub claim: Option<String>,
    /// Who said it, full name.
    #[arg(long)]
    pub speaker: Option<String>,
    /// Their status, office or party.
    #[arg(long = "status-of-speaker", value_name = "STATUS")]
    pub speaker_status: Option<String>,
    /// The category.
    #[arg(long)]
    pub category: Option<String>,
    /// The author's id in [authors].
    // `[authors]` is the table of yoxla.toml (as `--help` shows it), not a link.
    #[allow(rustdoc::broken_intra_doc_links)]
    #[arg(long)]
    pub author: Option<String>,
}

/// Creates the article in the site at `root`: its path goes to `out`, the
/// questions and the next step to `err`. Questions are asked, with the
/// answers read from `input`, only when `term` is interactive and no
/// claim was given.
pub fn run(
    root: &Path,
    args: NewArgs,
    term: &Terminal,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let config = Config::load(root)?;
    let lang = config.language;
    let mut ask = Questions {
        interactive: term.interactive && args.claim.is_none(),
        input,
        err: &mut *err,
    };
    let draft = Draft {
        claim: ask
            .ask(&say!(lang, "cli-claim-verbatim"), args.claim)?
            .unwrap_or_default(),
        speaker: ask
            .ask(&say!(lang, "cli-who-said-full-name"), args.speaker)?
            .unwrap_or_default(),
        speaker_status: ask.ask(
            &say!(lang, "cli-their-status-office-party"),
            args.speaker_status,
        )?,
        category: ask.ask(&say!(lang, "cli-category"), args.category)?,
        author: ask.ask(&say!(lang, "cli-author-id"), args.author)?,
    };
    let rel = create(root, &config, &draft, crate::check::today())?;
    writeln!(out, "{}", rel.display())?;
    writeln!(
        err,
        "{}",
        say!(lang, "cli-created-fill-bracketed-parts-empty")
    )?;
    Ok(Exit::Clean)
}

/// Asks for what the arguments left out, when someone can answer.
struct Questions<'a> {
    interactive: bool,
    input: &'a mut dyn BufRead,
    err: &'a mut dyn Write,
}

impl Questions<'_> {
    /// `given`, or else the answer to `question` (none when empty, or
    /// when no one is asked).
    fn ask(&mut self, question: &str, given: Option<String>) -> anyhow::Result<Option<String>> {
        if given.is_some() || !self.interactive {
            return Ok(given);
        }
        write!(self.err, "{question}: ")?;
        self.err.flush()?;
        let mut line = String::new();
        self.input.read_line(&mut line)?;
        let line = line.trim().to_string();
        Ok((!line.is_empty()).then_some(line))
    }
}
