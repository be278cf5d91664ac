//! GitHub Actions workflow commands: a pull request shows each finding on
//! its line (`::error file=…,line=…,col=…,title=RULE::message`).

use crate::diag::{Finding, Severity};

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One workflow command per finding.
pub fn github(findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Suggestion => "notice",
        };
        let mut message = f.message.clone();
        if let Some(fix) = &f.fix {
            message.push_str(&format!(" (fix: {fix})"));
        }
        out.push_str(&format!(
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            escape_property(&f.file),
            f.line,
            f.column,
            f.end_line,
            f.end_column,
            escape_property(f.rule),
            escape_data(&message)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Span;

    #[test]
    fn workflow_commands_are_escaped() {
        let f = Finding::new(
            "content/a,b.md",
            Span::line(4),
            "style.numerals",
            Severity::Suggestion,
            "50%\nyaş: 25",
        );
        assert_eq!(
            github(&[f]),
            "::notice file=content/a%2Cb.md,line=4,col=1,endLine=4,endColumn=2,title=style.numerals::50%25%0Ayaş: 25\n"
        );
    }
}
