//! `yoxla status`: the newsroom's dashboard for today and a month's
//! quota, as a table for people or JSON or CSV for other tools.

use super::Exit;
use crate::check;
use crate::content::Site;
use crate::newsroom::status;
use clap::{Args, ValueEnum};
use std::io::Write;
use std::path::Path;

/// `yoxla status`'s arguments.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The month of the quota, YYYY-MM (default: this month).
    #[arg(long)]
    pub month: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = StatusFormat::Table)]
    pub format: StatusFormat,
}

/// How `yoxla status` writes the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    /// A table for the terminal.
    Table,
    /// JSON.
    Json,
    /// CSV, one row per item.
    Csv,
}

/// Writes the dashboard of the site at `root` to `out`.
pub fn run(root: &Path, args: &StatusArgs, out: &mut dyn Write) -> anyhow::Result<Exit> {
    let site = Site::load(root)?;
    let today = check::today();
    let month = match &args.month {
        Some(m) => status::parse_month(m).ok_or_else(|| {
            anyhow::anyhow!("{}", say!(site.config.language, "cli-month", month = m))
        })?,
        None => (today.year(), today.month()),
    };
    let report = status::report(&site, today, month);
    match args.format {
        StatusFormat::Table => write!(out, "{}", status::table(&report, site.config.language))?,
        StatusFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?,
        StatusFormat::Csv => write!(out, "{}", status::csv(&report))?,
    }
    Ok(Exit::Clean)
}
