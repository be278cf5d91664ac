//! Pages without their templates' indentation. Templates are written
//! indented so people can read them; in the published page that
//! indentation and the blank lines between blocks are about 12 MB of an
//! archive of 10,000 articles and change nothing a reader sees: a line
//! break still separates what it separated. Text inside `<pre>` and
//! `<textarea>`, where spaces are content, is left exactly as drawn.
//!
//! (An element a theme styles `white-space: pre` outside these two would
//! lose its indentation: such a theme writes its text in a `<pre>`.)

/// Elements whose text keeps every space.
const RAW: [(&[u8], &[u8]); 2] = [(b"<pre", b"</pre>"), (b"<textarea", b"</textarea>")];

/// `html` with each line's leading and trailing spaces and tabs and its
/// blank lines removed, except inside `<pre>` and `<textarea>`. One
/// pass, at memchr's speed: it runs over every page of a build.
pub(super) fn trim_indentation(html: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(html.len());
    let mut raw: Option<&[u8]> = None;
    let mut rest = html;
    while !rest.is_empty() {
        let end = memchr::memchr(b'\n', rest).map_or(rest.len(), |i| i + 1);
        let (line, next) = rest.split_at(end);
        rest = next;
        if raw.is_some() {
            out.extend_from_slice(line);
        } else {
            let (text, newline) = match line.strip_suffix(b"\n") {
                Some(text) => (text, true),
                None => (line, false),
            };
            // Trailing spaces, but not a `\r`: a file that has it keeps it.
            let text = text.trim_ascii_start();
            let end = text
                .iter()
                .rposition(|&b| b != b' ' && b != b'\t')
                .map_or(0, |i| i + 1);
            if end > 0 {
                out.extend_from_slice(&text[..end]);
                if newline {
                    out.push(b'\n');
                }
            }
        }
        raw = raw_after(line, raw);
    }
    out
}

/// Whether a raw element is open at the end of `line`: `open` is the
/// closing tag of the one open at its start, if any.
fn raw_after<'a>(line: &[u8], mut open: Option<&'a [u8]>) -> Option<&'a [u8]> {
    for at in memchr::memchr_iter(b'<', line) {
        let tag = &line[at..];
        match open {
            Some(close) => {
                if tag.starts_with(close) {
                    open = None;
                }
            }
            None => {
                open = RAW
                    .iter()
                    .find(|(start, _)| starts_element(tag, start))
                    .map(|(_, close)| *close);
            }
        }
    }
    open
}

/// Whether `tag` starts with the element `start` (`<pre`): followed by
/// `>`, a space or a line end, so `<prefix>` is not `<pre`.
fn starts_element(tag: &[u8], start: &[u8]) -> bool {
    tag.starts_with(start)
        && matches!(
            tag.get(start.len()),
            Some(b'>' | b' ' | b'\t' | b'\n' | b'\r') | None
        )
}

#[cfg(test)]
mod tests {
    use super::trim_indentation;

    fn trim(html: &str) -> String {
        String::from_utf8(trim_indentation(html.as_bytes())).unwrap()
    }

    #[test]
    fn indentation_and_blank_lines_go() {
        let page = "<main>\n\n    <p>Ramil Qasımov deyib ki,\n      <a href=\"/x\">çörək</a> bahalaşıb.</p>  \n\n\t</main>\n";
        assert_eq!(
            trim(page),
            "<main>\n<p>Ramil Qasımov deyib ki,\n<a href=\"/x\">çörək</a> bahalaşıb.</p>\n</main>\n"
        );
    }

    #[test]
    fn text_in_pre_and_textarea_keeps_every_space() {
        let page = "  <div>\n<pre><code>fn main() {\n    let x = 1;\n\n}</code></pre>\n    <textarea rows=\"8\">HÖKM: YANLIŞ\n\n   — Şəki\n</textarea>\n  <p>son</p>\n";
        assert_eq!(
            trim(page),
            "<div>\n<pre><code>fn main() {\n    let x = 1;\n\n}</code></pre>\n<textarea rows=\"8\">HÖKM: YANLIŞ\n\n   — Şəki\n</textarea>\n<p>son</p>\n"
        );
    }

    #[test]
    fn an_element_that_opens_and_closes_on_one_line_ends_there() {
        let page = "<pre>a</pre> <pre>b\n  c</pre>\n  <p>d</p>\n";
        assert_eq!(trim(page), "<pre>a</pre> <pre>b\n  c</pre>\n<p>d</p>\n");
    }

    #[test]
    fn a_tag_that_only_starts_like_pre_is_not_raw() {
        let page = "<preview>\n    x\n</preview>\n";
        assert_eq!(trim(page), "<preview>\nx\n</preview>\n");
    }
}
