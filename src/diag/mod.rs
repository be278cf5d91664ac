//! Findings: what the load and check stages tell authors and editors, each
//! pinned to `file:line:column` in the Markdown file as written.
//!
//! The serialized shape is the JSON contract of the style guide's RULES.md.

pub mod rules;
pub mod settings;

pub use rules::Rule;
use serde::Serialize;
use std::fmt;

/// How much a finding matters (as in Vale).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Advice.
    Suggestion,
    /// Shown to the editor; does not block publishing.
    Warning,
    /// Blocks publishing.
    Error,
}

impl Severity {
    /// Parses a severity name as written in `yoxla.toml`.
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "suggestion" => Some(Severity::Suggestion),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Suggestion => "suggestion",
        })
    }
}

/// One finding, in the shape of the JSON contract.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// Path relative to the site root, with `/` separators.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in Unicode characters.
    pub column: usize,
    /// 1-based line where the span ends.
    pub end_line: usize,
    /// 1-based column (exclusive) where the span ends.
    pub end_column: usize,
    /// The rule (serialized as its id from RULES.md).
    pub rule: Rule,
    /// Severity in force.
    pub severity: Severity,
    /// What is wrong and what to do.
    pub message: String,
    /// The replacement text, where a fix is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    /// The bytes of the file the finding covers, where known; `fix`
    /// replaces them.
    #[serde(skip)]
    pub range: Option<std::ops::Range<usize>>,
    /// Whether `fix` is certain enough for `check --fix` to apply.
    #[serde(skip)]
    pub certain: bool,
    /// Whether publishing the file as it is would misreport: a verdict
    /// that is not on the scale, two articles with one address. Such a
    /// finding is always an error, whatever `[rules]` or a
    /// `yoxla-disable` marker says.
    #[serde(skip)]
    pub guard: bool,
}

impl Finding {
    /// A finding that covers a span of a file.
    pub fn new(
        file: &str,
        span: Span,
        rule: Rule,
        severity: Severity,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            file: file.to_string(),
            line: span.start.line,
            column: span.start.column,
            end_line: span.end.line,
            end_column: span.end.column,
            rule,
            severity,
            message: message.into(),
            fix: None,
            range: None,
            certain: false,
            guard: false,
        }
    }

    /// Adds the text that would fix the finding.
    pub fn with_fix(mut self, fix: impl Into<String>) -> Finding {
        self.fix = Some(fix.into());
        self
    }

    /// Sets the fix, and marks it certain when the finding knows which
    /// bytes it replaces.
    pub fn set_fix(&mut self, fix: impl Into<String>, certain: bool) {
        self.fix = Some(fix.into());
        self.certain = certain && self.range.is_some();
    }

    /// Marks the finding as one that blocks publishing whatever the rule
    /// levels say (see [`Finding::guard`]); it is an error.
    pub fn set_guard(&mut self) {
        self.guard = true;
        self.severity = Severity::Error;
    }

    /// [`Finding::set_guard`], by value.
    pub fn guarded(mut self) -> Finding {
        self.set_guard();
        self
    }
}

/// One line for a log, control characters made visible
/// ([`crate::text::visible`]).
impl fmt::Display for Finding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use crate::text::{visible, visible_text};
        write!(
            f,
            "{}:{}:{}: {}[{}]: {}",
            visible(&self.file),
            self.line,
            self.column,
            self.severity,
            self.rule,
            visible_text(&self.message)
        )?;
        if let Some(fix) = &self.fix {
            write!(f, " (fix: {})", visible_text(fix))?;
        }
        Ok(())
    }
}

/// A 1-based line and character column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line.
    pub line: usize,
    /// 1-based column in Unicode characters.
    pub column: usize,
}

/// A range of positions in one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Where it starts.
    pub start: Position,
    /// Where it ends (exclusive).
    pub end: Position,
}

impl Default for Span {
    fn default() -> Span {
        Span::line(1)
    }
}

impl Span {
    /// The whole of line `line`'s first character, for findings about a
    /// line as a whole.
    pub fn line(line: usize) -> Span {
        Span {
            start: Position { line, column: 1 },
            end: Position { line, column: 2 },
        }
    }
}

/// Maps byte offsets of a file to 1-based lines and character columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { line_starts }
    }

    /// The position of byte `offset` in `text` (clamped to the text).
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let offset = offset.min(text.len());
        let line0 = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.line_starts[line0];
        let column = text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count())
            + 1;
        Position {
            line: line0 + 1,
            column,
        }
    }

    /// The span of bytes `range` in `text`.
    pub fn span(&self, text: &str, range: std::ops::Range<usize>) -> Span {
        Span {
            start: self.position(text, range.start),
            end: self.position(text, range.end.max(range.start)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Rule;

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "başlıq\nƏliyev dedi\n";
        let idx = LineIndex::new(text);
        let offset = text.find("dedi").unwrap();
        assert_eq!(idx.position(text, offset), Position { line: 2, column: 8 });
        assert_eq!(idx.position(text, 0), Position { line: 1, column: 1 });
        assert_eq!(idx.position(text, 10_000).line, 3);
    }

    #[test]
    fn json_shape_follows_the_contract() {
        let f = Finding::new(
            "content/a.md",
            Span::line(3),
            Rule::MetaVerdict,
            Severity::Error,
            "x",
        )
        .with_fix("yalan");
        let json = serde_json::to_value(&f).unwrap();
        let keys: Vec<_> = json.as_object().unwrap().keys().cloned().collect();
        assert_eq!(
            keys,
            [
                "column",
                "end_column",
                "end_line",
                "file",
                "fix",
                "line",
                "message",
                "rule",
                "severity"
            ]
        );
        assert_eq!(json["severity"], "error");
    }
}
