//! Positions as the editor counts them. LSP counts a line's characters in
//! UTF-16 code units unless client and server agree on UTF-8 bytes; the
//! check counts Unicode characters. In Azerbaijani almost every line has
//! letters (ə, ı, ş, ğ …) that are two UTF-8 bytes, and curly quotes are
//! three, so a column passed through unconverted would put every
//! underline after the first such letter in the wrong place.
//!
//! Lines are split at `\n` (a `\r` before it belongs to the line ending),
//! as the check splits the normalised text, so line numbers agree.

use lsp_types::{Position, PositionEncodingKind};

/// How the editor counts a line's characters, agreed at initialisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 code units (bytes), when the client offers it.
    Utf8,
    /// UTF-16 code units, LSP's default.
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client lists it among the encodings it can use,
    /// otherwise UTF-16 (which every client must accept).
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
            _ => Encoding::Utf16,
        }
    }

    /// The encoding's name in the protocol.
    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    fn units(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        }
    }
}

/// Line `line0` (0-based) of `text` without its line ending; empty past
/// the end.
fn line_of(text: &str, line0: usize) -> &str {
    let line = text.split('\n').nth(line0).unwrap_or_default();
    line.strip_suffix('\r').unwrap_or(line)
}

/// The LSP position of a 1-based line and 1-based character column (as
/// findings carry them) in `text`, the editor's own text. A byte-order
/// mark at the start counts as the editor counts it; the check's columns
/// do not include it.
pub fn to_lsp(text: &str, line: usize, column: usize, enc: Encoding) -> Position {
    let line0 = line.saturating_sub(1);
    let mut of_line = line_of(text, line0);
    let mut units = 0;
    if line0 == 0
        && let Some(rest) = of_line.strip_prefix('\u{feff}')
    {
        units = enc.units('\u{feff}');
        of_line = rest;
    }
    units += of_line
        .chars()
        .take(column.saturating_sub(1))
        .map(|c| enc.units(c))
        .sum::<usize>();
    Position {
        line: u32::try_from(line0).unwrap_or(u32::MAX),
        character: u32::try_from(units).unwrap_or(u32::MAX),
    }
}

/// The byte offset in `text` of an LSP position. A character past the
/// line's end means the end of the line, a line past the text's end the
/// end of the text, and a position inside a character its start (the
/// protocol asks servers to be lenient in this way).
pub fn to_offset(text: &str, pos: Position, enc: Encoding) -> usize {
    let mut start = 0;
    for _ in 0..pos.line {
        match text[start..].find('\n') {
            Some(i) => start += i + 1,
            None => return text.len(),
        }
    }
    let rest = &text[start..];
    let end = rest.find('\n').unwrap_or(rest.len());
    let of_line = rest[..end].strip_suffix('\r').unwrap_or(&rest[..end]);
    let wanted = pos.character as usize;
    let mut units = 0;
    for (i, c) in of_line.char_indices() {
        let next = units + enc.units(c);
        if next > wanted {
            return start + i;
        }
        units = next;
    }
    start + of_line.len()
}

/// The 1-based line and character column of byte `offset` in `text`, as
/// findings count them.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let p = crate::diag::LineIndex::new(text).position(text, offset);
    (p.line, p.column)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line with every kind of letter that is more than one byte:
    /// Azerbaijani letters (2 bytes, 1 UTF-16 unit), curly quotes (3
    /// bytes, 1 unit) and an emoji (4 bytes, 2 units).
    const TEXT: &str = "+++\r\nƏli “şəkər” 🙂 dedi: qiymət 332,3 manatdır.\nson\n";

    fn at(line: u32, character: u32) -> Position {
        Position { line, character }
    }

    #[test]
    fn columns_after_azerbaijani_letters_quotes_and_an_emoji() {
        // "332,3" is character 28 (1-based) of line 2: 27 characters
        // before it, 28 UTF-16 units (the emoji is two), 39 bytes.
        let column = 1 + "Əli “şəkər” 🙂 dedi: qiymət ".chars().count();
        assert_eq!(column, 28);
        let utf8 = "Əli “şəkər” 🙂 dedi: qiymət ".len() as u32;
        assert_eq!(utf8, 39);
        assert_eq!(to_lsp(TEXT, 2, column, Encoding::Utf8), at(1, utf8));
        assert_eq!(to_lsp(TEXT, 2, column, Encoding::Utf16), at(1, 28));
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            let p = to_lsp(TEXT, 2, column, enc);
            let offset = to_offset(TEXT, p, enc);
            assert!(TEXT[offset..].starts_with("332,3"), "{enc:?}");
            assert_eq!(line_column(TEXT, offset), (2, column));
        }
    }

    #[test]
    fn a_line_ending_in_crlf_and_a_bom_count_as_the_editor_counts() {
        assert_eq!(
            to_offset(TEXT, at(0, 99), Encoding::Utf16),
            3,
            "before \\r\\n"
        );
        assert_eq!(to_offset(TEXT, at(9, 0), Encoding::Utf16), TEXT.len());
        let bom = "\u{feff}+++\n";
        assert_eq!(to_lsp(bom, 1, 2, Encoding::Utf16), at(0, 2));
        assert_eq!(to_lsp(bom, 1, 2, Encoding::Utf8), at(0, 4));
    }

    #[test]
    fn a_position_inside_a_character_means_its_start() {
        let text = "🙂ə";
        assert_eq!(to_offset(text, at(0, 1), Encoding::Utf16), 0);
        assert_eq!(to_offset(text, at(0, 2), Encoding::Utf16), 4);
        assert_eq!(to_offset(text, at(0, 5), Encoding::Utf8), 4);
        assert_eq!(to_offset(text, at(0, 6), Encoding::Utf8), 6);
    }

    #[test]
    fn utf8_only_when_offered() {
        let both = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(Encoding::negotiate(Some(&both)), Encoding::Utf8);
        let utf16 = [PositionEncodingKind::UTF16];
        assert_eq!(Encoding::negotiate(Some(&utf16)), Encoding::Utf16);
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }
}
