//! Sentence splitting that knows Azerbaijani abbreviations ending in a
//! dot (və s., b.e.ə., m., ş., səh., prof.), initials (İ. Əliyev) and
//! decimal numbers (92.5).

use std::ops::Range;

/// Abbreviations after which a sentence never ends.
const NEVER_FINAL: &[&str] = &[
    "prof", "dos", "akad", "küç", "pr", "prosp", "məs", "səh", "r", "k", "qəs", "ş", "şəh", "bax",
    "dr", "tel", "nöm", "c", "cən", "ç", "ss", "xan",
];

/// Abbreviations that may end a sentence: the sentence ends only when a
/// capitalised word (not a Roman numeral, not a number) follows.
const MAYBE_FINAL: &[&str] = &[
    "s", "b.e.ə", "e.ə", "mln", "mlrd", "m", "sm", "km", "kq", "q", "min",
];

/// How many letters the longest abbreviation of [`NEVER_FINAL`] and
/// [`MAYBE_FINAL`] has (a test holds it to the lists).
const LONGEST_ABBREVIATION: usize = 5;

/// The byte ranges of the sentences of `text`, trimmed.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    let mut marks = Marks::default();
    while let Some(pos) = marks.next_from(bytes, i) {
        let Some(c) = text.get(pos..).and_then(|s| s.chars().next()) else {
            break;
        };
        i = pos + c.len_utf8();
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Take closing quotes and brackets with the sentence.
        let mut end = i;
        while let Some(n) = text[end..]
            .chars()
            .next()
            .filter(|n| matches!(n, '”' | '»' | '"' | ')' | '.' | '!' | '?' | '…'))
        {
            end += n.len_utf8();
        }
        i = end;
        let followed_by_space = text[end..].starts_with(char::is_whitespace);
        if followed_by_space && ends_sentence(text, pos, c, &text[end..]) {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

/// Where the next terminal mark may be: `.`, `!`, `?`, or a byte 0xE2
/// that may start `…` (E2 80 A6). Both searches run with `memchr` and
/// are kept until passed, so each part of the text is searched once.
#[derive(Default)]
struct Marks {
    /// The next `.`, `!` or `?` at or after `from` (`None`: none left).
    ascii: Option<Option<usize>>,
    /// The next 0xE2 byte likewise.
    wide: Option<Option<usize>>,
}

impl Marks {
    fn next_from(&mut self, bytes: &[u8], from: usize) -> Option<usize> {
        let rest = bytes.get(from..).unwrap_or_default();
        if self.ascii.is_none_or(|a| a.is_some_and(|a| a < from)) {
            self.ascii = Some(memchr::memchr3(b'.', b'!', b'?', rest).map(|p| p + from));
        }
        if self.wide.is_none_or(|w| w.is_some_and(|w| w < from)) {
            self.wide = Some(memchr::memchr(0xE2, rest).map(|p| p + from));
        }
        match (self.ascii.flatten(), self.wide.flatten()) {
            (Some(a), Some(w)) => Some(a.min(w)),
            (a, w) => a.or(w),
        }
    }
}

fn push_trimmed(text: &str, r: Range<usize>, out: &mut Vec<Range<usize>>) {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if r.start + lead < r.end - trail {
        out.push(r.start + lead..r.end - trail);
    }
}

fn ends_sentence(text: &str, dot: usize, mark: char, after: &str) -> bool {
    let next = after
        .trim_start()
        .trim_start_matches(['“', '«', '"', '(', '—', '–', '-', ' ']);
    let Some(first) = next.chars().next() else {
        return true;
    };
    let starts_upper = first.is_uppercase();
    let starts_digit = first.is_ascii_digit();
    if mark != '.' {
        return starts_upper || starts_digit;
    }
    let token = token_before(text, dot);
    let letters = token.chars().count();
    if letters == 1 && token.chars().all(char::is_uppercase) {
        return false; // an initial: İ. Əliyev
    }
    // Most sentences end in a word longer than any abbreviation of the
    // lists (five letters at most), with no dot inside.
    if letters > LONGEST_ABBREVIATION && !token.contains('.') {
        return starts_upper || starts_digit;
    }
    let folded = super::fold(token);
    if NEVER_FINAL.contains(&folded.as_ref()) {
        return false;
    }
    let maybe = MAYBE_FINAL.contains(&folded.as_ref()) || (token.contains('.') && letters <= 8);
    if maybe {
        let word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
        return starts_upper && !is_roman_numeral(&word);
    }
    starts_upper || starts_digit
}

/// The word (letters and inner dots) right before byte `dot`.
fn token_before(text: &str, dot: usize) -> &str {
    let before = &text[..dot];
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

/// Whether a word is a Roman numeral such as `XX` or `IV`.
pub fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty()
        && word
            .chars()
            .all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | 'D' | 'M'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_abbreviation_is_longer_than_the_quick_test_allows() {
        let longest = NEVER_FINAL
            .iter()
            .chain(MAYBE_FINAL)
            .map(|a| a.chars().count())
            .max();
        assert_eq!(longest, Some(LONGEST_ABBREVIATION));
    }

    fn split(text: &str) -> Vec<&str> {
        sentences(text).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        let text = "Kitablar, jurnallar və s. alınıb. Abidə b.e.ə. V əsrə aiddir. Bakı ş., Nizami küç. 5 ünvanında yerləşir. Hündürlüyü 3 m. idi. Prof. Məmmədov dedi: “Bu doğru deyil.” Büdcə 92.5 mln. manat oldu.";
        assert_eq!(
            split(text),
            [
                "Kitablar, jurnallar və s. alınıb.",
                "Abidə b.e.ə. V əsrə aiddir.",
                "Bakı ş., Nizami küç. 5 ünvanında yerləşir.",
                "Hündürlüyü 3 m. idi.",
                "Prof. Məmmədov dedi: “Bu doğru deyil.”",
                "Büdcə 92.5 mln. manat oldu.",
            ]
        );
    }

    #[test]
    fn initials_and_decimals_stay_inside() {
        assert_eq!(
            split("İ. Əliyev 3.5 faiz dedi. Sonra getdi!"),
            ["İ. Əliyev 3.5 faiz dedi.", "Sonra getdi!"]
        );
    }

    #[test]
    fn a_possibly_final_abbreviation_ends_before_a_capital() {
        assert_eq!(
            split("Alınanlar: kitab, qələm və s. Sonra hesablandı."),
            ["Alınanlar: kitab, qələm və s.", "Sonra hesablandı."]
        );
        assert_eq!(
            split("Bu XX əsr. XXI əsr başqadır."),
            ["Bu XX əsr.", "XXI əsr başqadır."]
        );
    }

    #[test]
    fn roman_numerals() {
        assert!(is_roman_numeral("XXI"));
        assert!(!is_roman_numeral("Xan"));
    }
}
