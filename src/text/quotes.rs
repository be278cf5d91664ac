//! Direct quotations in prose: “…”, «…», „…“ and "…". The guide lets a
//! quotation keep the speaker's numbers, words and grammar, so the style
//! rules skip these spans.

use std::ops::Range;

/// The byte ranges of the outermost quotations in `text`, quote marks
/// included. A quotation left open runs to the end of the text (a quote
/// that goes on into the next paragraph).
pub fn quote_spans(text: &str) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    // `"`, or the lead byte of `“ „` (E2) or `«` (C2): most blocks have
    // none of them, and are answered by one scan.
    let may_quote = memchr::memchr3(b'"', 0xE2, 0xC2, text.as_bytes()).is_some();
    if !may_quote
        || !(text.contains('"') || text.contains('“') || text.contains('«') || text.contains('„'))
    {
        return spans;
    }
    // Expected closing marks of the open quotations, innermost last.
    let mut stack: Vec<(usize, char)> = Vec::new();
    for (i, c) in text.char_indices() {
        match c {
            '“' | '«' | '„' => {
                let closer = match c {
                    '“' => '”',
                    '«' => '»',
                    _ => '“',
                };
                // „…“ closes with “: treat “ as a closer when „ is open.
                if c == '“' && stack.last().is_some_and(|&(_, want)| want == '“') {
                    close(&mut stack, &mut spans, i + c.len_utf8());
                } else {
                    stack.push((i, closer));
                }
            }
            '”' | '»' if stack.last().is_some_and(|&(_, want)| want == c) => {
                close(&mut stack, &mut spans, i + c.len_utf8());
            }
            '"' => {
                if stack.last().is_some_and(|&(_, want)| want == '"') {
                    close(&mut stack, &mut spans, i + 1);
                } else {
                    stack.push((i, '"'));
                }
            }
            _ => {}
        }
    }
    if let Some(&(start, _)) = stack.first() {
        spans.push(start..text.len());
    }
    spans
}

fn close(stack: &mut Vec<(usize, char)>, spans: &mut Vec<Range<usize>>, end: usize) {
    if let Some((start, _)) = stack.pop()
        && stack.is_empty()
    {
        spans.push(start..end);
    }
}

/// Whether byte `offset` lies inside one of `spans`.
pub fn inside(spans: &[Range<usize>], offset: usize) -> bool {
    spans.iter().any(|s| s.contains(&offset))
}

/// Text with quote marks and repeated white space normalised, and
/// case-folded, for comparing a quotation with the claim.
pub fn normalise_quote(text: &str) -> String {
    let folded = super::fold(text);
    let mut out = String::with_capacity(folded.len());
    let mut space = false;
    for c in folded.chars() {
        if matches!(c, '“' | '”' | '«' | '»' | '„' | '"' | '\'' | '’') {
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out.trim_end_matches(['.', ',', '!', '?', '…', ';', ':'])
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_every_style_of_quotation() {
        let text = "O dedi: “Qiymət 332,3 manatdır”. Sonra «BMT» və \"Fakt Yoxla\" yazıldı.";
        let spans: Vec<&str> = quote_spans(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            spans,
            ["“Qiymət 332,3 manatdır”", "«BMT»", "\"Fakt Yoxla\""]
        );
    }

    #[test]
    fn nested_quotations_count_once() {
        let text = "“Biz «Fakt Yoxla» ilə danışdıq” dedi.";
        let spans: Vec<&str> = quote_spans(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(spans, ["“Biz «Fakt Yoxla» ilə danışdıq”"]);
    }

    #[test]
    fn an_open_quotation_runs_to_the_end() {
        let text = "O dedi: “Bu paraqraf bitir, sitat isə davam edir";
        assert_eq!(quote_spans(text), vec![8..text.len()]);
    }

    #[test]
    fn quotes_compare_without_marks_and_case() {
        assert_eq!(
            normalise_quote("“Son beş ildə  çörəyin qiyməti İKİ dəfə artıb”."),
            "son beş ildə çörəyin qiyməti iki dəfə artıb"
        );
    }
}
