//! Findings for people: each with its source line and the span
//! underlined, through annotate-snippets.
//!
//! File names, messages, fixes and quoted lines are authors' text: their
//! control characters are made visible ([`crate::text::visible`]) before
//! rendering, and the underline is moved to match the escaped line.

use crate::diag::{Finding, Severity};
use crate::text::{visible, visible_text};
use annotate_snippets::{AnnotationKind, Level, Renderer, Snippet};
use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;

/// Renders findings; `sources` maps a file to its text (files missing
/// from it are shown without a snippet). `colour` turns on ANSI styles.
pub fn human(findings: &[Finding], sources: &HashMap<String, String>, colour: bool) -> String {
    let renderer = if colour {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    let mut out = String::new();
    for f in findings {
        let level = match f.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
            Severity::Suggestion => Level::HELP.with_name("suggestion"),
        };
        let message = visible_text(&f.message);
        let file = visible(&f.file);
        let title = level.primary_title(message.as_ref()).id(f.rule.id());
        let fix = f
            .fix
            .as_deref()
            .map(|fix| format!("fix: {}", visible_text(fix)));
        let shown = sources.get(&f.file).and_then(|text| excerpt(text, f));
        let mut group = match &shown {
            Some((lines, span)) => title.element(
                Snippet::source(lines.as_ref())
                    .line_start(f.line)
                    .path(file.as_ref())
                    .annotation(AnnotationKind::Primary.span(span.clone())),
            ),
            None => title.element(Level::NOTE.message(format!("{file}:{}:{}", f.line, f.column))),
        };
        if let Some(fix) = &fix {
            group = group.element(Level::HELP.message(fix.as_str()));
        }
        let text = renderer.render(&[group]);
        match &shown {
            Some((lines, span)) => out.push_str(&real_column(text, &file, f, lines, span)),
            None => out.push_str(&text),
        }
        out.push_str("\n\n");
    }
    out
}

/// `text` with the column of its `--> file:line:column` line as the
/// finding says: annotate-snippets counts it in the line as shown, where
/// an escaped control character takes several columns.
fn real_column(text: String, file: &str, f: &Finding, lines: &str, span: &Range<usize>) -> String {
    let before = lines.get(..span.start).unwrap_or_default();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let drawn = before[line_start..].chars().count() + 1;
    if drawn == f.column {
        return text;
    }
    let wrong = format!("{file}:{}:{drawn}\n", f.line);
    let right = format!("{file}:{}:{}\n", f.line, f.column);
    text.replacen(&wrong, &right, 1)
}

/// The lines a finding covers with their control characters made
/// visible, and its span as a byte range in them.
fn excerpt<'t>(text: &'t str, f: &Finding) -> Option<(Cow<'t, str>, Range<usize>)> {
    let (lines, span) = raw_excerpt(text, f)?;
    // Escaping is per character: the escaped prefix's length is the offset.
    let at = |i: usize| lines.get(..i).map_or(i, |p| visible_text(p).len());
    let span = at(span.start)..at(span.end);
    Some((visible_text(lines), span))
}

/// The lines a finding covers, and its span as a byte range in them.
fn raw_excerpt<'t>(text: &'t str, f: &Finding) -> Option<(&'t str, Range<usize>)> {
    let mut starts = vec![0];
    starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
    let first = *starts.get(f.line.checked_sub(1)?)?;
    let last_line = f.end_line.max(f.line);
    let end = starts
        .get(last_line)
        .map_or(text.len(), |&s| s.saturating_sub(1));
    let lines = text.get(first..end.max(first))?;
    let byte_at = |line: usize, column: usize| -> usize {
        let line_start = starts.get(line - 1).copied().unwrap_or(first);
        let from_first = line_start - first;
        let line_text = &lines[from_first.min(lines.len())..];
        let within: usize = line_text
            .chars()
            .take(column.saturating_sub(1))
            .map(char::len_utf8)
            .sum();
        (from_first + within).min(lines.len())
    };
    let start = byte_at(f.line, f.column);
    let mut stop = byte_at(last_line, f.end_column);
    if stop <= start {
        stop = (start + lines[start..].chars().next().map_or(0, char::len_utf8)).min(lines.len());
    }
    Some((lines, start..stop))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Rule;
    use crate::diag::Span;

    #[test]
    fn shows_the_line_and_underlines_the_span() {
        let text = "+++\n+++\nBüdcə 332,3 manat olub.\n";
        let mut f = Finding::new(
            "content/a.md",
            Span {
                start: crate::diag::Position { line: 3, column: 7 },
                end: crate::diag::Position {
                    line: 3,
                    column: 12,
                },
            },
            Rule::StyleNumberFormat,
            Severity::Error,
            "onluq kəsr nöqtə ilə yazılır",
        );
        f.fix = Some("332.3".into());
        let sources = HashMap::from([("content/a.md".to_string(), text.to_string())]);
        let out = human(&[f], &sources, false);
        assert!(
            out.contains("error[style.number-format]: onluq kəsr nöqtə ilə yazılır"),
            "{out}"
        );
        assert!(out.contains("content/a.md:3:7"), "{out}");
        assert!(out.contains("Büdcə 332,3 manat olub."), "{out}");
        assert!(out.contains("^^^^^"), "{out}");
        assert!(out.contains("fix: 332.3"), "{out}");
        assert!(!out.contains('\u{1b}'), "no colour when asked for none");
    }

    #[test]
    fn control_characters_are_shown_and_the_underline_still_fits() {
        let text = "+++\n+++\nBu \u{1b}[2J\u{7}332,3 idi.\n";
        let file = "content/a\u{1b}[31mb.md";
        let mut f = Finding::new(
            file,
            Span {
                start: crate::diag::Position { line: 3, column: 9 },
                end: crate::diag::Position {
                    line: 3,
                    column: 14,
                },
            },
            Rule::StyleNumberFormat,
            Severity::Error,
            "`\u{1b}]0;x\u{7}` yazılışı",
        );
        f.fix = Some("\u{9b}332.3".into());
        let sources = HashMap::from([(file.to_string(), text.to_string())]);
        let out = human(&[f.clone()], &sources, false);
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
        assert!(out.contains("`\\x1b]0;x\\x07` yazılışı"), "{out}");
        // The column is the finding's, not the escaped line's.
        assert!(out.contains("--> content/a\\x1b[31mb.md:3:9\n"), "{out}");
        assert!(out.contains("fix: \\u{9b}332.3"), "{out}");
        let line = "3 | Bu \\x1b[2J\\x07332,3 idi.";
        let under = format!("  | {}^^^^^", " ".repeat("Bu \\x1b[2J\\x07".len()));
        assert!(out.contains(&format!("{line}\n{under}\n")), "{out}");
        let out = human(&[f.clone()], &sources, true);
        assert!(out.contains("content/a\\x1b[31mb.md:3:9\n"), "{out}");
        // Without the text, the location note is escaped too.
        let out = human(&[f], &HashMap::new(), true);
        assert!(out.contains("content/a\\x1b[31mb.md:3:9"), "{out}");
    }
}
