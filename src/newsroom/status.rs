//! `yoxla status`: the newsroom's daily dashboard, never part of the
//! public site. Every article not yet published with its stage and its
//! deadline per the guide; public-information requests and how long they
//! have waited (flagged past one month); speakers not yet told; each
//! author's published count for a month against the guide's minimum.

use crate::check::workflow::due_date;
use crate::content::frontmatter::Workflow;
use crate::content::{Article, Site, Status};
use crate::text::{self, Date};
use serde::Serialize;
use std::borrow::Cow;

/// The guide: every member prepares at least three articles a month.
pub const MONTHLY_MINIMUM: usize = 3;

/// An article in the works.
#[derive(Debug, Clone, Serialize)]
pub struct InWork {
    /// The file.
    pub file: String,
    /// Its title.
    pub title: String,
    /// draft, review or ready (ready but dated in the future is not here).
    pub stage: Status,
    /// The author's id.
    pub author: String,
    /// The author's name (the id when `[authors]` does not know it).
    pub author_name: String,
    /// When the topic was accepted.
    pub assigned: Option<Date>,
    /// When it is due.
    pub due: Option<Date>,
    /// Days left (negative: overdue).
    pub days_left: Option<i64>,
}

/// A public-information request still unanswered.
#[derive(Debug, Clone, Serialize)]
pub struct Request {
    /// The article's file.
    pub file: String,
    /// The article's title.
    pub title: String,
    /// The agency asked.
    pub agency: String,
    /// When the request was sent.
    pub sent: Option<Date>,
    /// Days since it was sent.
    pub days_waited: Option<i64>,
    /// Waited more than one month: finish without the answer.
    pub over_a_month: bool,
}

/// An article whose speaker has not been told.
#[derive(Debug, Clone, Serialize)]
pub struct NotContacted {
    /// The article's file.
    pub file: String,
    /// The article's title.
    pub title: String,
    /// Who said it.
    pub speaker: String,
}

/// An author's month.
#[derive(Debug, Clone, Serialize)]
pub struct Quota {
    /// The author's id.
    pub author: String,
    /// Their name.
    pub name: String,
    /// Articles published (ready, dated) in the month.
    pub published: usize,
    /// The guide's minimum.
    pub minimum: usize,
    /// Whether the minimum is met.
    pub met: bool,
}

/// The whole report.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The day it is computed for.
    pub today: Date,
    /// The month of the quota, `YYYY-MM`.
    pub month: String,
    /// Articles not yet published, most urgent first.
    pub in_work: Vec<InWork>,
    /// Requests still unanswered.
    pub requests: Vec<Request>,
    /// Speakers not told.
    pub not_contacted: Vec<NotContacted>,
    /// Each author's month.
    pub quota: Vec<Quota>,
}

/// Parses `YYYY-MM`.
pub fn parse_month(s: &str) -> Option<(i32, u32)> {
    let (y, m) = s.trim().split_once('-')?;
    let (y, m): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
    (y > 0 && (1..=12).contains(&m) && s.trim().len() == 7).then_some((y, m))
}

/// Computes the report for `today` and the quota month (`year`, `month`).
pub fn report(site: &Site, today: Date, (year, month): (i32, u32)) -> Report {
    let mut in_work = Vec::new();
    let mut requests = Vec::new();
    let mut not_contacted = Vec::new();
    for a in &site.articles {
        let w = a.fm.workflow.clone().unwrap_or_default();
        if !a.is_published() {
            in_work.push(in_work_of(site, a, &w, today));
            if w.speaker_contacted.is_none() {
                not_contacted.push(NotContacted {
                    file: a.file.clone(),
                    title: a.title().to_string(),
                    speaker: speaker_of(a),
                });
            }
        }
        requests.extend(unanswered(a, &w, today));
    }
    in_work.sort_by(|a, b| {
        a.days_left
            .unwrap_or(i64::MAX)
            .cmp(&b.days_left.unwrap_or(i64::MAX))
            .then_with(|| a.file.cmp(&b.file))
    });
    requests.sort_by(|a, b| {
        b.days_waited
            .cmp(&a.days_waited)
            .then_with(|| a.file.cmp(&b.file))
    });
    Report {
        today,
        month: format!("{year}-{month:02}"),
        in_work,
        requests,
        not_contacted,
        quota: quota(site, year, month),
    }
}

fn in_work_of(site: &Site, a: &Article, w: &Workflow, today: Date) -> InWork {
    let due = due_date(w);
    let author = a.fm.author.clone().unwrap_or_default();
    let author_name = site
        .config
        .authors
        .get(&author)
        .map_or_else(|| author.clone(), |au| au.name.clone());
    InWork {
        file: a.file.clone(),
        title: a.title().to_string(),
        stage: a.fm.status,
        author,
        author_name,
        assigned: w.assigned,
        due,
        days_left: due.map(|d| today.days_until(d)),
    }
}

fn speaker_of(a: &Article) -> String {
    a.fm.claim
        .as_ref()
        .and_then(|c| c.speaker.clone())
        .unwrap_or_default()
}

/// The article's information requests still without an answer.
fn unanswered(a: &Article, w: &Workflow, today: Date) -> Vec<Request> {
    w.requests
        .iter()
        .filter(|r| r.answered.is_none())
        .map(|r| Request {
            file: a.file.clone(),
            title: a.title().to_string(),
            agency: r.agency.clone().unwrap_or_default(),
            sent: r.sent,
            days_waited: r.sent.map(|s| s.days_until(today)),
            over_a_month: r.sent.is_some_and(|s| today > s.add_months(1)),
        })
        .collect()
}

/// Each author's published count for the month, by name.
fn quota(site: &Site, year: i32, month: u32) -> Vec<Quota> {
    let mut quota: Vec<Quota> = site
        .config
        .authors
        .iter()
        .map(|(id, author)| {
            let published = site
                .published()
                .filter(|a| a.fm.author.as_deref() == Some(id.as_str()))
                .filter(|a| {
                    a.fm.date
                        .is_some_and(|d| d.year() == year && d.month() == month)
                })
                .count();
            Quota {
                author: id.clone(),
                name: author.name.clone(),
                published,
                minimum: MONTHLY_MINIMUM,
                met: published >= MONTHLY_MINIMUM,
            }
        })
        .collect();
    text::sort_by_key(&mut quota, |q| &q.name);
    quota
}

/// An article as an editor knows it: its title, or its file while it
/// has none; a long title is cut to keep the table readable.
fn shown(title: &str, file: &str) -> String {
    let title = title.trim();
    if title.is_empty() {
        return file.to_string();
    }
    const MAX: usize = 60;
    if title.chars().count() <= MAX {
        title.to_string()
    } else {
        let cut: String = title.chars().take(MAX - 1).collect();
        format!("{}…", cut.trim_end())
    }
}

fn cell(d: Option<Date>) -> String {
    d.map_or_else(|| "—".to_string(), |d| d.to_string())
}

/// The report as a terminal table, in the site's language.
pub fn table(r: &Report, lang: crate::text::Language) -> String {
    let mut out = String::new();
    out.push_str(&format!(
        "{} ({})\n\n",
        say!(lang, "newsroom-newsroom-status"),
        r.today
    ));
    in_work_table(&mut out, r, lang);
    requests_table(&mut out, r, lang);
    let mut rows = vec![vec![
        say!(lang, "newsroom-article"),
        say!(lang, "newsroom-speaker"),
    ]];
    rows.extend(
        r.not_contacted
            .iter()
            .map(|n| vec![shown(&n.title, &n.file), n.speaker.clone()]),
    );
    push_table(
        &mut out,
        &say!(lang, "newsroom-speakers-not-yet-told"),
        &rows,
    );
    let mut rows = vec![vec![
        say!(lang, "newsroom-author"),
        say!(lang, "newsroom-published"),
        say!(lang, "newsroom-minimum"),
    ]];
    for q in &r.quota {
        let mark = if q.met { "✓" } else { "✗" };
        rows.push(vec![
            q.name.clone(),
            format!("{} {mark}", q.published),
            q.minimum.to_string(),
        ]);
    }
    push_table(
        &mut out,
        &format!("{} {}", say!(lang, "newsroom-monthly-quota"), r.month),
        &rows,
    );
    out
}

fn in_work_table(out: &mut String, r: &Report, lang: crate::text::Language) {
    let mut rows: Vec<Vec<String>> = vec![vec![
        say!(lang, "newsroom-article-2"),
        say!(lang, "newsroom-stage"),
        say!(lang, "newsroom-author-2"),
        say!(lang, "newsroom-due"),
        say!(lang, "newsroom-left"),
        say!(lang, "newsroom-file"),
    ]];
    for a in &r.in_work {
        let left = match a.days_left {
            Some(d) if d < 0 => say!(lang, "newsroom-days-overdue", d = -d),
            Some(d) => say!(lang, "newsroom-days", d = d),
            None => "—".to_string(),
        };
        let stage = match a.stage {
            Status::Draft => say!(lang, "newsroom-draft"),
            Status::Review => say!(lang, "newsroom-review"),
            Status::Ready => say!(lang, "newsroom-ready"),
        };
        rows.push(vec![
            shown(&a.title, &a.file),
            stage,
            a.author_name.clone(),
            cell(a.due),
            left,
            a.file.clone(),
        ]);
    }
    push_table(
        out,
        &say!(lang, "newsroom-articles-not-yet-published"),
        &rows,
    );
}

fn requests_table(out: &mut String, r: &Report, lang: crate::text::Language) {
    let mut rows = vec![vec![
        say!(lang, "newsroom-article-3"),
        say!(lang, "newsroom-agency"),
        say!(lang, "newsroom-sent"),
        say!(lang, "newsroom-waited"),
    ]];
    for q in &r.requests {
        let waited = q.days_waited.map_or_else(
            || "—".to_string(),
            |d| {
                let flag = if q.over_a_month {
                    say!(lang, "newsroom-over-month-finish-without")
                } else {
                    String::new()
                };
                say!(lang, "newsroom-days-2", d = d, flag = flag)
            },
        );
        rows.push(vec![
            shown(&q.title, &q.file),
            q.agency.clone(),
            cell(q.sent),
            waited,
        ]);
    }
    push_table(
        out,
        &say!(lang, "newsroom-unanswered-public-information-requests"),
        &rows,
    );
}

/// Appends a titled table; every cell's control characters are made
/// visible ([`text::visible`]), so a file name or an agency cannot send
/// escape sequences to the terminal or break the columns.
fn push_table(out: &mut String, title: &str, rows: &[Vec<String>]) {
    out.push_str(title);
    out.push('\n');
    if rows.len() == 1 {
        out.push_str("  —\n\n");
        return;
    }
    let rows: Vec<Vec<Cow<'_, str>>> = rows
        .iter()
        .map(|r| r.iter().map(|c| text::visible(c)).collect())
        .collect();
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0))
        .collect();
    for r in rows {
        let line: Vec<String> = r
            .iter()
            .zip(&widths)
            .map(|(cell, w)| format!("{cell}{}", " ".repeat(w - cell.chars().count())))
            .collect();
        out.push_str("  ");
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    out.push('\n');
}

/// A CSV cell that a spreadsheet reads as text, never as a formula.
///
/// As OWASP recommends, a cell that starts with `=`, `+`, `-`, `@`, TAB,
/// CR, LF or NUL (or their full-width forms, which some spreadsheets also
/// take for formulas) gets a leading `'`, which spreadsheets read as
/// "text follows". A number the report computes, such as `-3` days left,
/// is left as it is: a spreadsheet reads it as a number, and `-` followed
/// only by digits cannot be a formula. Quoting (of the separator, quotes,
/// CR and LF) is the `csv` writer's.
fn csv_cell(s: &str) -> Cow<'_, str> {
    let number = s
        .strip_prefix('-')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
    let formula = s.starts_with([
        '=', '+', '-', '@', '\t', '\r', '\n', '\0', '＝', '＋', '－', '＠',
    ]);
    if formula && !number {
        Cow::Owned(format!("'{s}"))
    } else {
        Cow::Borrowed(s)
    }
}

/// The report as CSV: one row per item, the first column saying which
/// list it belongs to. Every cell is safe to open in a spreadsheet
/// ([`csv_cell`]).
pub fn csv(r: &Report) -> String {
    // Only a record of the wrong length can fail, and every row has 8
    // cells; writing to memory cannot.
    write_csv(r)
        .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
        .unwrap_or_default()
}

fn write_csv(r: &Report) -> csv::Result<Vec<u8>> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record([
        "kind", "file", "name", "stage", "date", "due", "days", "flag",
    ])?;
    for row in csv_rows(r) {
        w.write_record(row.iter().map(|c| csv_cell(c).into_owned()))?;
    }
    w.into_inner().map_err(|e| e.into_error().into())
}

/// The report's rows as plain cells, before any CSV escaping.
fn csv_rows(r: &Report) -> Vec<[String; 8]> {
    let mut rows = Vec::new();
    let opt = |d: Option<Date>| d.map(|d| d.to_string()).unwrap_or_default();
    for a in &r.in_work {
        let stage = serde_json::to_value(a.stage)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default();
        let flag = if a.days_left.is_some_and(|d| d < 0) {
            "overdue"
        } else {
            ""
        };
        rows.push([
            "article".into(),
            a.file.clone(),
            a.author.clone(),
            stage,
            opt(a.assigned),
            opt(a.due),
            a.days_left.map(|d| d.to_string()).unwrap_or_default(),
            flag.into(),
        ]);
    }
    for q in &r.requests {
        rows.push([
            "request".into(),
            q.file.clone(),
            q.agency.clone(),
            String::new(),
            opt(q.sent),
            String::new(),
            q.days_waited.map(|d| d.to_string()).unwrap_or_default(),
            if q.over_a_month {
                "over-a-month".into()
            } else {
                String::new()
            },
        ]);
    }
    for n in &r.not_contacted {
        let mut row: [String; 8] = Default::default();
        row[0] = "not-contacted".into();
        row[1] = n.file.clone();
        row[2] = n.speaker.clone();
        rows.push(row);
    }
    for q in &r.quota {
        rows.push([
            "quota".into(),
            String::new(),
            q.author.clone(),
            String::new(),
            r.month.clone(),
            String::new(),
            q.published.to_string(),
            if q.met {
                String::new()
            } else {
                "below-minimum".into()
            },
        ]);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse() {
        assert_eq!(parse_month("2026-10"), Some((2026, 10)));
        assert_eq!(parse_month("2026-13"), None);
        assert_eq!(parse_month("2026-1"), None);
        assert_eq!(parse_month("oktyabr"), None);
    }

    #[test]
    fn csv_cells_that_start_a_formula_are_read_as_text() {
        for cell in [
            "=1+1", "+1", "-1+1", "@SUM(A1)", "\t=1", "\r=1+1", "＝1", "-", "-1.5",
        ] {
            assert_eq!(csv_cell(cell), format!("'{cell}"), "{cell:?}");
        }
        for cell in ["-3", "-120", "3", "plain", "a=b", "'=1", ""] {
            assert_eq!(csv_cell(cell), cell, "{cell:?}");
        }
    }
}
