//! GitHub Actions workflow commands: a pull request shows each finding on
//! its line (`::error file=…,line=…,col=…,title=RULE::message`).
//!
//! Two escapings, in order: control characters made visible as everywhere
//! else ([`crate::text::visible`]; an ESC would colour the log), then
//! GitHub's own (`%`, CR and LF in data; also `:` and `,` in properties),
//! which the runner undoes, so a newline in a message stays a newline and
//! no text can end the command early or start another.

use crate::diag::{Finding, Severity};
use crate::text::{visible, visible_text};

/// GitHub's escaping of a command's message (the runner decodes it).
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// GitHub's escaping of a property value (`file=`, `title=`).
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
        let mut message = visible_text(&f.message).into_owned();
        if let Some(fix) = &f.fix {
            message.push_str(&format!(" (fix: {})", visible_text(fix)));
        }
        out.push_str(&format!(
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
            escape_property(&visible(&f.file)),
            f.line,
            f.column,
            f.end_line,
            f.end_column,
            escape_property(f.rule.id()),
            escape_data(&message)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Rule;
    use crate::diag::Span;

    #[test]
    fn workflow_commands_are_escaped() {
        let f = Finding::new(
            "content/a,b.md",
            Span::line(4),
            Rule::StyleNumerals,
            Severity::Suggestion,
            "50%\nyaş: 25",
        );
        assert_eq!(
            github(&[f]),
            "::notice file=content/a%2Cb.md,line=4,col=1,endLine=4,endColumn=2,title=style.numerals::50%25%0Ayaş: 25\n"
        );
    }

    #[test]
    fn control_characters_cannot_colour_the_log_or_start_a_command() {
        let f = Finding::new(
            "content/a\u{1b}[31mb\r\n::error::x.md",
            Span::line(1),
            Rule::StyleNumerals,
            Severity::Error,
            "\u{1b}]8;;https://x.example\u{7}bax\r\n::error::saxta",
        )
        .with_fix("\u{9b}2J");
        assert_eq!(
            github(&[f]),
            "::error file=content/a\\x1b[31mb\\x0d\\x0a%3A%3Aerror%3A%3Ax.md,line=1,col=1,endLine=1,endColumn=2,title=style.numerals::\\x1b]8;;https://x.example\\x07bax\\x0d%0A::error::saxta (fix: \\u{9b}2J)\n"
        );
    }
}
