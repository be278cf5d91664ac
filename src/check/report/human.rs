//! Findings for people: each with its source line and the span
//! underlined, through annotate-snippets.

use crate::diag::{Finding, Severity};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use std::collections::HashMap;

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
        let title = level.primary_title(f.message.as_str()).id(f.rule);
        let mut groups: Vec<Group<'_>> = Vec::new();
        match sources.get(&f.file).and_then(|text| excerpt(text, f)) {
            Some((lines, span)) => {
                let snippet = Snippet::source(lines)
                    .line_start(f.line)
                    .path(f.file.as_str())
                    .annotation(AnnotationKind::Primary.span(span));
                let mut group = title.element(snippet);
                if let Some(fix) = &f.fix {
                    group = group.element(Level::HELP.message(format!("fix: {fix}")));
                }
                groups.push(group);
            }
            None => {
                let mut group = title
                    .element(Level::NOTE.message(format!("{}:{}:{}", f.file, f.line, f.column)));
                if let Some(fix) = &f.fix {
                    group = group.element(Level::HELP.message(format!("fix: {fix}")));
                }
                groups.push(group);
            }
        }
        out.push_str(&renderer.render(&groups));
        out.push_str("\n\n");
    }
    out
}

/// The lines a finding covers, and its span as a byte range in them.
fn excerpt<'t>(text: &'t str, f: &Finding) -> Option<(&'t str, std::ops::Range<usize>)> {
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
            "style.number-format",
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
}
