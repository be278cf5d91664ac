//! Findings in the editor's terms: a finding becomes a diagnostic (rule
//! id as its code, linked to the rule's documentation), and a fix a text
//! edit, at positions counted as the editor counts them.

use super::position::{self, Encoding};
use crate::diag::{Finding, Severity};
use lsp_types::{CodeDescription, Diagnostic, DiagnosticSeverity, NumberOrString, Range, TextEdit};

/// The name the editor shows beside each diagnostic.
pub const SOURCE: &str = "yoxla";

/// The diagnostics of `findings`, placed in `text` (the editor's text the
/// findings were made from).
pub fn diagnostics(findings: &[Finding], text: &str, enc: Encoding) -> Vec<Diagnostic> {
    findings.iter().map(|f| diagnostic(f, text, enc)).collect()
}

/// One finding as a diagnostic.
pub fn diagnostic(f: &Finding, text: &str, enc: Encoding) -> Diagnostic {
    let range = Range {
        start: position::to_lsp(text, f.line, f.column, enc),
        end: position::to_lsp(text, f.end_line, f.end_column, enc),
    };
    let severity = match f.severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        // A hint is barely drawn by most editors; advice should be seen.
        Severity::Suggestion => DiagnosticSeverity::INFORMATION,
    };
    Diagnostic {
        range,
        severity: Some(severity),
        code: Some(NumberOrString::String(f.rule.id().to_string())),
        code_description: f
            .rule
            .docs_url()
            .parse()
            .ok()
            .map(|href| CodeDescription { href }),
        source: Some(SOURCE.to_string()),
        message: f.message.clone(),
        ..Diagnostic::default()
    }
}

/// The edit that applies a finding's fix, when it has one that knows
/// which bytes it replaces. `text` is the editor's text the finding was
/// made from; the finding's byte range is in the check's normalised copy
/// of it (no BOM, `\n` line ends), so it is carried over by line and
/// column.
pub fn fix_edit(f: &Finding, text: &str, enc: Encoding) -> Option<TextEdit> {
    let (fix, range) = (f.fix.as_ref()?, f.range.clone()?);
    let checked = crate::fsutil::normalise(text.to_string());
    let at = |offset: usize| {
        let (line, column) = position::line_column(&checked, offset);
        position::to_lsp(text, line, column, enc)
    };
    Some(TextEdit {
        range: Range {
            start: at(range.start),
            end: at(range.end),
        },
        new_text: fix.clone(),
    })
}

/// Whether two ranges share a position (a range touching another's end
/// counts, so a cursor at a word's end finds the word).
pub fn overlaps(a: &Range, b: &Range) -> bool {
    a.start <= b.end && b.start <= a.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::{Rule, Span};

    #[test]
    fn a_fix_lands_on_its_bytes_in_the_editors_text() {
        // The editor's text has CRLF line ends and a BOM; the check saw
        // neither.
        let text = "\u{feff}+++\r\ntitle = \"Ş\"\r\n+++\r\nBüdcə “332,3” manatdır.\r\n";
        let checked = crate::fsutil::normalise(text.to_string());
        let start = checked.find("332,3").expect("number");
        let mut f = Finding::new(
            "content/a.md",
            Span::default(),
            Rule::StyleNumberFormat,
            Severity::Error,
            "onluq kəsr nöqtə ilə yazılır",
        );
        f.range = Some(start..start + 5);
        f.set_fix("332.3", true);
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            let edit = fix_edit(&f, text, enc).expect("an edit");
            let from = position::to_offset(text, edit.range.start, enc);
            let to = position::to_offset(text, edit.range.end, enc);
            assert_eq!(&text[from..to], "332,3", "{enc:?}");
        }
    }

    #[test]
    fn a_diagnostic_names_its_rule_and_links_to_it() {
        let f = Finding::new(
            "content/a.md",
            Span::line(2),
            Rule::StyleFullNames,
            Severity::Suggestion,
            "adı tam yazın",
        );
        let d = diagnostic(&f, "a\nƏ.Əliyev\n", Encoding::Utf16);
        assert_eq!(
            d.code,
            Some(NumberOrString::String("style.full-names".into()))
        );
        let href = d.code_description.expect("a link").href;
        assert_eq!(href.as_str(), Rule::StyleFullNames.docs_url());
        assert_eq!(d.severity, Some(DiagnosticSeverity::INFORMATION));
        assert_eq!((d.range.start.line, d.range.start.character), (1, 0));
        assert_eq!((d.range.end.line, d.range.end.character), (1, 1));
    }
}
