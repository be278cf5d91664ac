//! Control characters made visible before text reaches a terminal or a
//! CI log.
//!
//! File names, front-matter values and the messages that quote them come
//! from authors' files, and a file can be named or written by anyone who
//! can open a pull request. Printed raw, ESC starts escape sequences that
//! recolour or hide lines, retitle the window or (in some terminals) write
//! to the clipboard; BEL, backspace and CR rewrite what the reader sees.
//! Every human-readable output (the check's report, GitHub workflow
//! commands, the status table) passes such text through this one place,
//! so a control character always looks the same: C0 controls and DEL as
//! `\x1b`, C1 controls and the characters that reorder or break lines
//! (bidirectional overrides and isolates, U+2028, U+2029) as `\u{202e}`.
//! JSON and SARIF are escaped by their own rules (serde_json) instead.

use std::borrow::Cow;
use std::fmt::Write;

/// `s` with every control character made visible, newline and tab
/// included: for file names and other one-line values.
pub fn visible(s: &str) -> Cow<'_, str> {
    escape(s, false)
}

/// `s` with every control character made visible except newline and tab,
/// which keep their place in messages and quoted source lines.
pub fn visible_text(s: &str) -> Cow<'_, str> {
    escape(s, true)
}

fn escape(s: &str, keep_lines: bool) -> Cow<'_, str> {
    let hidden = |c: char| needs_escape(c) && !(keep_lines && (c == '\n' || c == '\t'));
    if !s.chars().any(hidden) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !hidden(c) {
            out.push(c);
        } else if (c as u32) < 0x80 {
            // Writing to a String cannot fail.
            let _ = write!(out, "\\x{:02x}", c as u32);
        } else {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
    }
    Cow::Owned(out)
}

/// C0, DEL and C1 controls, and the format characters that reorder text
/// or end a line where a terminal or a web view does not show one.
fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_obeyed() {
        assert_eq!(visible("a\u{1b}[31mb.md"), "a\\x1b[31mb.md");
        assert_eq!(
            visible("bel\u{7}\r\n\t\u{7f}"),
            "bel\\x07\\x0d\\x0a\\x09\\x7f"
        );
        assert_eq!(visible("csi\u{9b}2J"), "csi\\u{9b}2J");
        assert_eq!(visible("sol\u{202e}sağ"), "sol\\u{202e}sağ");
        assert_eq!(
            visible_text("bir\n\tiki\u{1b}]0;x\u{7}"),
            "bir\n\tiki\\x1b]0;x\\x07"
        );
    }

    #[test]
    fn ordinary_text_is_borrowed_unchanged() {
        let s = "content/2026/şəkər-qiyməti.md: «Ə» — 50% \\ ok";
        assert!(matches!(visible(s), Cow::Borrowed(t) if t == s));
        assert!(matches!(visible_text("a\nb"), Cow::Borrowed("a\nb")));
    }
}
