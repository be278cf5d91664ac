//! Numbers in prose, and the house style for writing them: a comma or a
//! space between thousands, a dot before decimals (92,500.4 or 92 500.4).
//!
//! Locale formatting is never used to "fix" a number: CLDR's `az` writes
//! 92.500,4, exactly the style the guide forbids.

use std::ops::Range;

/// A number as written, with its place in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    /// Byte range in the text.
    pub range: Range<usize>,
    /// The digits and separators as written.
    pub text: String,
    /// Its value, read in the house style or, where the form is
    /// unambiguous, in the forbidden one.
    pub value: Option<f64>,
    /// How it is written.
    pub form: Form,
}

/// How a number is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Form {
    /// The house style (or a plain integer, a year, a decimal with a dot).
    House,
    /// A decimal comma or dotted thousands; the house-style spelling.
    Forbidden(String),
    /// Not a number for style purposes: a date, a time, a phone number, a
    /// version, part of an identifier.
    Exempt,
}

/// Finds the numbers of `text`.
pub fn numbers(text: &str) -> Vec<Number> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(found) = next_digit(&bytes[i..]) {
        i += found;
        let start = i;
        let mut end = i;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        // Extend over separators followed by digits.
        loop {
            let (sep_len, is_space) = match text[end..].chars().next() {
                Some('.') | Some(',') => (1, false),
                Some(' ') => (1, true),
                Some('\u{a0}') | Some('\u{202f}') => {
                    (text[end..].chars().next().map_or(1, char::len_utf8), true)
                }
                _ => break,
            };
            let after = end + sep_len;
            let digits = bytes[after.min(bytes.len())..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
            if digits == 0 {
                break;
            }
            // A space only groups thousands: exactly three digits follow.
            if is_space && digits != 3 {
                break;
            }
            end = after + digits;
        }
        let raw = &text[start..end];
        let form = classify(text, start, end);
        out.push(Number {
            range: start..end,
            text: raw.to_string(),
            value: value_of(raw, &form),
            form,
        });
        i = end;
    }
    out
}

/// Where the first ASCII digit of `bytes` is. Prose is mostly letters:
/// eight bytes are tested at a time (a digit is a byte whose value
/// minus `0` is below 10).
fn next_digit(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([1; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let mut chunks = bytes.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word) ^ (ONES * u64::from(b'0'));
        // The high bit of each byte below 10 (bytes of 0x80 and over are
        // left out by `!x`); the lowest flagged byte is always a digit.
        let below_ten = x.wrapping_sub(ONES * 10) & !x & HIGH;
        if below_ten != 0 {
            return Some(at + below_ten.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(u8::is_ascii_digit)
        .map(|p| at + p)
}

fn classify(text: &str, start: usize, end: usize) -> Form {
    let raw = &text[start..end];
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let after2 = text[end..].chars().nth(1);
    // Phone numbers, identifiers, versions, ranges with letters.
    if matches!(before, Some('+') | Some('/') | Some('#') | Some('№'))
        || before.is_some_and(|c| c.is_alphabetic())
        || (after == Some('-') && after2.is_some_and(|c| c.is_ascii_digit()))
        || (before == Some('-')
            && text[..start]
                .chars()
                .rev()
                .nth(1)
                .is_some_and(|c| c.is_ascii_digit()))
        || after.is_some_and(|c| c.is_alphabetic() && !matches!(c, 'x' | 'X'))
            && !after.is_some_and(char::is_lowercase)
        || after == Some(':')
            && text[end + 1..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit())
        || before == Some(':')
    {
        return Form::Exempt;
    }
    // Numbering at the start of a line: "7.1. Yeni üzv…", "2. Məqsəd".
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    if text[line_start..start].trim().is_empty() && after == Some('.') {
        return Form::Exempt;
    }
    let seps: Vec<(usize, char)> = raw
        .char_indices()
        .filter(|(_, c)| !c.is_ascii_digit())
        .collect();
    if seps.is_empty() {
        return Form::House;
    }
    let groups: Vec<&str> = raw.split(['.', ',', ' ', '\u{a0}', '\u{202f}']).collect();
    let dots = seps.iter().filter(|(_, c)| *c == '.').count();
    let commas = seps.iter().filter(|(_, c)| *c == ',').count();
    // Dates: 12.03.2026, 1.1.26
    if commas == 0
        && dots == 2
        && groups[0].len() <= 2
        && groups[1].len() <= 2
        && (groups[2].len() == 2 || groups[2].len() == 4)
    {
        return Form::Exempt;
    }
    let last = seps.last().map_or(' ', |&(_, c)| c);
    let last_group = groups.last().copied().unwrap_or("");
    let inner_groups_of_three =
        groups[1..groups.len() - 1].iter().all(|g| g.len() == 3) && groups[0].len() <= 3;
    match (dots, commas) {
        // 92.500,4 → 92,500.4
        (d, 1) if d >= 1 && last == ',' && inner_groups_of_three => Form::Forbidden(
            raw.replace('.', "\u{0}")
                .replace(',', ".")
                .replace('\u{0}', ","),
        ),
        // 2.000.000 → 2,000,000
        (d, 0) if d >= 2 && groups.iter().skip(1).all(|g| g.len() == 3) && groups[0].len() <= 3 => {
            Form::Forbidden(raw.replace('.', ","))
        }
        // 332,3 / 92 500,4 → decimal comma
        (0, 1) if last == ',' && last_group.len() != 3 => {
            Form::Forbidden(replace_last(raw, ',', '.'))
        }
        // Several dots that are not thousands: a version or a section number.
        (d, _) if d >= 2 => Form::Exempt,
        _ => Form::House,
    }
}

fn replace_last(s: &str, from: char, to: char) -> String {
    match s.rfind(from) {
        Some(i) => format!("{}{}{}", &s[..i], to, &s[i + from.len_utf8()..]),
        None => s.to_string(),
    }
}

fn value_of(raw: &str, form: &Form) -> Option<f64> {
    let house = match form {
        Form::Exempt => return None,
        Form::House => raw,
        Form::Forbidden(fixed) => fixed.as_str(),
    };
    // Digits, with one decimal dot; grouping commas and spaces skipped.
    let mut value = 0f64;
    let mut scale = 0f64;
    for c in house.chars() {
        match c {
            '0'..='9' => {
                let d = f64::from(c as u8 - b'0');
                if scale > 0.0 {
                    value += d * scale;
                    scale /= 10.0;
                } else {
                    value = value * 10.0 + d;
                }
            }
            '.' if scale == 0.0 => scale = 0.1,
            '.' => return None,
            _ => {}
        }
    }
    Some(value)
}

/// Writes a whole number in the house style with spaces or commas
/// between thousands, following `like` (the article's own habit).
pub fn group_thousands(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// The value of a number word (folded), e.g. `iyirmi` → 20, `yüz` → 100:
/// the words of "iyirmi beş yaşlı" → "25 yaşlı".
pub fn number_word(word: &str) -> Option<u64> {
    Some(match word {
        "bir" => 1,
        "iki" => 2,
        "üç" => 3,
        "dörd" => 4,
        "beş" => 5,
        "altı" => 6,
        "yeddi" => 7,
        "səkkiz" => 8,
        "doqquz" => 9,
        "on" => 10,
        "iyirmi" => 20,
        "otuz" => 30,
        "qırx" => 40,
        "əlli" => 50,
        "altmış" => 60,
        "yetmiş" => 70,
        "səksən" => 80,
        "doxsan" => 90,
        "yüz" => 100,
        _ => return None,
    })
}

/// The value of a run of number words (`iki yüz iyirmi beş` → 225).
pub fn number_words_value(words: &[&str]) -> Option<u64> {
    let mut total = 0u64;
    let mut current = 0u64;
    for w in words {
        let n = number_word(w)?;
        if n == 100 {
            current = current.max(1) * 100;
        } else {
            current += n;
        }
    }
    total += current;
    (total > 0).then_some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_digit_search_finds_the_first_digit_at_every_position() {
        // Every offset and chunk boundary, with bytes around the digits'
        // range (`/` and `:`) and multi-byte letters (ə, ı) beside them.
        for len in 0..40 {
            for at in 0..=len {
                let mut text: String = "/:əıa".chars().cycle().take(len).collect();
                if at < text.len() && text.is_char_boundary(at) {
                    text.insert(at, '7');
                }
                let expected = text.bytes().position(|b| b.is_ascii_digit());
                assert_eq!(next_digit(text.as_bytes()), expected, "{text:?}");
            }
        }
        assert_eq!(next_digit("\u{ff}\u{80}9".as_bytes()), Some(4));
    }

    fn forms(text: &str) -> Vec<(String, Form)> {
        numbers(text)
            .into_iter()
            .map(|n| (n.text, n.form))
            .collect()
    }

    #[test]
    fn house_style_numbers_pass() {
        for ok in [
            "92,500.4 manat",
            "92 500.4 manat",
            "3.14",
            "2026-cı il",
            "1 240 həkim",
            "1,500 nəfər",
            "14.8 faiz",
            "1.234",
        ] {
            let f = forms(ok);
            assert!(
                f.iter()
                    .all(|(_, form)| *form != Form::Forbidden(String::new())
                        && !matches!(form, Form::Forbidden(_))),
                "{ok}: {f:?}"
            );
        }
    }

    #[test]
    fn forbidden_forms_get_the_house_spelling() {
        assert_eq!(
            forms("92.500,4 manat")[0].1,
            Form::Forbidden("92,500.4".into())
        );
        assert_eq!(
            forms("2.000.000 nəfər")[0].1,
            Form::Forbidden("2,000,000".into())
        );
        assert_eq!(forms("332,3 manat")[0].1, Form::Forbidden("332.3".into()));
        assert_eq!(
            forms("92 500,4 manat")[0].1,
            Form::Forbidden("92 500.4".into())
        );
    }

    #[test]
    fn dates_times_phones_and_versions_are_not_numbers() {
        for text in [
            "12.03.2026 tarixində",
            "saat 10:30-da",
            "+994 12 345 67 89",
            "050-123-45-67",
            "versiya 1.2.3",
            "COVID-19",
            "maddə 12.1.4",
        ] {
            assert!(
                forms(text)
                    .iter()
                    .all(|(_, f)| !matches!(f, Form::Forbidden(_))),
                "{text}: {:?}",
                forms(text)
            );
        }
        assert_eq!(forms("12.03.2026")[0].1, Form::Exempt);
    }

    #[test]
    fn values_are_read() {
        assert_eq!(numbers("92,500.4")[0].value, Some(92500.4));
        assert_eq!(numbers("92.500,4")[0].value, Some(92500.4));
        assert_eq!(numbers("2 000 000.8")[0].value, Some(2_000_000.8));
    }

    #[test]
    fn number_words() {
        assert_eq!(number_words_value(&["iyirmi", "beş"]), Some(25));
        assert_eq!(number_words_value(&["iki", "yüz", "on"]), Some(210));
        assert_eq!(number_words_value(&["beş", "kitab"]), None);
        assert_eq!(group_thousands(2000001, ' '), "2 000 001");
    }
}
