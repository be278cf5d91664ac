//! Hover over a finding: what is wrong, and the style guide's own words
//! for the rule, quoted in Azerbaijani as the guide is written, so an
//! author learns the rule where they break it rather than from a list.

use super::convert;
use super::workspace::Workspace;
use crate::diag::Finding;
use lsp_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind, Range};

/// The hover at a position: every finding there, with the guide's words.
pub fn hover(ws: &Workspace, params: &HoverParams) -> Option<Hover> {
    let at = &params.text_document_position_params;
    let published = ws.published.get(&at.text_document.uri)?;
    let here = Range {
        start: at.position,
        end: at.position,
    };
    let mut range: Option<Range> = None;
    let mut parts = Vec::new();
    for (f, d) in published.findings.iter().zip(&published.diagnostics) {
        if !convert::overlaps(&d.range, &here) || parts.iter().any(|(r, _)| *r == f.rule) {
            continue;
        }
        range = Some(range.map_or(d.range, |r| Range {
            start: r.start.min(d.range.start),
            end: r.end.max(d.range.end),
        }));
        parts.push((f.rule, explain(f, ws.lang())));
    }
    if parts.is_empty() {
        return None;
    }
    let text: Vec<String> = parts.into_iter().map(|(_, t)| t).collect();
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: text.join("\n\n---\n\n"),
        }),
        range,
    })
}

/// One finding explained: the rule and message, then the guide's words.
fn explain(f: &Finding, lang: crate::text::Language) -> String {
    let said = say!(lang, "editor-style-guide");
    format!(
        "**{}** ({}): {}\n\n> “{}”\n>\n> — *{said}*",
        f.rule,
        f.severity,
        escape(&crate::text::visible_text(&f.message)),
        escape(f.rule.guide())
    )
}

/// Markdown's own characters in plain text, escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Rule, Severity, Span};

    #[test]
    fn the_guide_is_quoted_in_its_own_words() {
        let f = Finding::new(
            "content/a.md",
            Span::line(1),
            Rule::StyleNumberFormat,
            Severity::Error,
            "`332,3` yerinə `332.3` yazın",
        );
        let az = explain(&f, crate::text::Language::Az);
        assert!(
            az.starts_with("**style.number-format** (error): `332,3`"),
            "{az}"
        );
        assert!(
            az.contains(&format!("> “{}”", Rule::StyleNumberFormat.guide())),
            "{az}"
        );
        assert!(az.contains("Bələdçi"), "{az}");
        assert!(explain(&f, crate::text::Language::En).contains("The style guide"));
        assert_eq!(escape("a*b_[c]"), "a\\*b\\_\\[c\\]");
    }
}
