//! `yoxla init [DIR]`: a new newsroom's site. The answers come from
//! flags, or are asked for when a person is at the terminal, or are the
//! defaults under `--yes`; off a terminal with answers missing it stops
//! and names the flags, so a script never gets a site it did not ask
//! for. Every message is in the language chosen for the site.

use super::{Exit, Terminal};
use crate::newsroom::init::{self, Newsroom, Outcome};
use crate::text::Language;
use clap::Args;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// `yoxla init`'s arguments.
#[derive(Debug, Args)]
pub struct InitArgs {
    /// The folder of the new site (made if missing); the current folder
    /// (or --root) when absent.
    pub dir: Option<PathBuf>,
    /// The newsroom's name, the site's title.
    #[arg(long)]
    pub name: Option<String>,
    /// Where the site will be published, such as https://example.org.
    #[arg(long = "base-url", value_name = "URL")]
    pub base_url: Option<String>,
    /// The site's language.
    #[arg(long, value_parser = language_code)]
    pub language: Option<String>,
    /// The first editor's full name (their id is made from it).
    #[arg(long, value_name = "NAME")]
    pub editor: Option<String>,
    /// Take the defaults for what is not given, without asking.
    #[arg(long, short)]
    pub yes: bool,
}

/// Writes a new site into `args.dir` (or `root`): each file written or
/// kept is named on `err`, the written paths go to `out`. Questions go
/// to `err`, answers come from `input`, only on an interactive terminal
/// without `--yes`.
pub fn run(
    root: &Path,
    args: InitArgs,
    term: &Terminal,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> anyhow::Result<Exit> {
    let dir = args.dir.clone().unwrap_or_else(|| root.to_path_buf());
    let asking = term.interactive && !args.yes;
    let Some(newsroom) = answers(args, asking, input, err)? else {
        return Ok(Exit::CannotRun);
    };
    let lang = newsroom.language;
    let files = init::plan(&newsroom, crate::check::today())?;
    let outcomes = init::write(&dir, &files, lang)?;
    for outcome in &outcomes {
        match outcome {
            Outcome::Written(path) => {
                writeln!(out, "{path}")?;
                writeln!(err, "  {} {path}", say!(lang, "cli-written"))?;
            }
            Outcome::Kept(path) => writeln!(
                err,
                "  {} {path}",
                say!(lang, "cli-skipped-already-there-left-was")
            )?,
        }
    }
    let shown = dir.display();
    writeln!(
        err,
        "\n{}",
        say!(lang, "cli-site-ready-next-cd-yoxla", shown = shown)
    )?;
    Ok(Exit::Clean)
}

/// The newsroom's answers: flags first, then questions or defaults.
/// `None` (with the reason on `err`) when answers are missing and no one
/// can be asked.
fn answers(
    args: InitArgs,
    asking: bool,
    input: &mut dyn BufRead,
    err: &mut dyn Write,
) -> anyhow::Result<Option<Newsroom>> {
    let mut ask = Ask { input, err };
    let language = match args.language.as_deref().and_then(Language::from_code) {
        Some(l) => l,
        None if asking => {
            let names: Vec<String> = Language::all().map(|l| l.text("language-name")).collect();
            let codes = Language::codes().join(", ");
            let answer = ask.line(&format!("{} ({codes})", names.join(" / ")), "az")?;
            match Language::from_code(&answer) {
                Some(l) => l,
                None => {
                    writeln!(ask.err, "`{answer}`: {codes}")?;
                    return Ok(None);
                }
            }
        }
        None => Language::Az,
    };
    let d = init::defaults(language);
    let missing: Vec<&str> = [
        ("--name", args.name.is_none()),
        ("--base-url", args.base_url.is_none()),
        ("--editor", args.editor.is_none()),
    ]
    .into_iter()
    .filter_map(|(flag, absent)| absent.then_some(flag))
    .collect();
    if !asking && !args.yes && !missing.is_empty() {
        let flags = missing.join(", ");
        writeln!(
            ask.err,
            "{}",
            say!(language, "cli-yoxla-init-not-given-no", flags = flags)
        )?;
        return Ok(None);
    }
    let mut value = |given: Option<String>, question: &str, default: String| match given {
        Some(v) => Ok(v),
        None if asking => ask.line(question, &default),
        None => Ok(default),
    };
    let name = value(args.name, &say!(language, "cli-newsroom-s-name"), d.name)?;
    let base_url = value(
        args.base_url,
        &say!(language, "cli-site-s-address"),
        d.base_url,
    )?;
    let editor = value(
        args.editor,
        &say!(language, "cli-editor-s-full-name"),
        d.editor,
    )?;
    Ok(Some(Newsroom {
        name,
        base_url,
        language,
        editor,
    }))
}

/// Questions on a terminal.
struct Ask<'a> {
    input: &'a mut dyn BufRead,
    err: &'a mut dyn Write,
}

impl Ask<'_> {
    /// The answer to `question`, or `default` when it is left empty.
    fn line(&mut self, question: &str, default: &str) -> anyhow::Result<String> {
        write!(self.err, "{question} [{default}]: ")?;
        self.err.flush()?;
        let mut line = String::new();
        self.input.read_line(&mut line)?;
        let line = line.trim();
        Ok(if line.is_empty() { default } else { line }.to_string())
    }
}

/// `--language`: a language with a catalogue in `src/locales/`.
fn language_code(code: &str) -> Result<String, String> {
    match Language::from_code(code) {
        Some(l) => Ok(l.code().to_string()),
        None => Err(format!("{code}: {}", Language::codes().join(", "))),
    }
}
