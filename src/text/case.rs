//! Turkic case mapping (İ/i, I/ı) with ICU4X and the `az` locale.

use icu_casemap::CaseMapper;
use icu_locale_core::{LanguageIdentifier, langid};
use std::borrow::Cow;

const AZ: LanguageIdentifier = langid!("az");

/// Lowercases with Azerbaijani rules: `İ` → `i`, `I` → `ı`.
pub fn lowercase(s: &str) -> Cow<'_, str> {
    CaseMapper::new().lowercase_to_string(s, &AZ)
}

/// Uppercases with Azerbaijani rules: `i` → `İ`, `ı` → `I`.
pub fn uppercase(s: &str) -> Cow<'_, str> {
    CaseMapper::new().uppercase_to_string(s, &AZ)
}

/// Case-folds for comparison with Turkic rules, so that `İSTİQLAL` and
/// `istiqlal` fold to the same string while `ISTIQLAL` does not.
pub fn fold(s: &str) -> Cow<'_, str> {
    // The check's hottest path: most words are already folded, and the
    // rest are Latin letters whose Turkic fold is known; only other
    // scripts and special letters go to the case mapper.
    if is_folded(s) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let run = folded_run(&s.as_bytes()[i..]);
        if run > 0 {
            out.push_str(&s[i..i + run]);
            i += run;
            continue;
        }
        let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        i += c.len_utf8();
        match fold_char(c) {
            Some(folded) => out.push(folded),
            None => return Cow::Owned(CaseMapper::new().fold_turkic_string(s).into_owned()),
        }
    }
    Cow::Owned(out)
}

/// The Turkic case fold of one character when it is known without the
/// case mapper: the capitals of ASCII and of the Azerbaijani alphabet
/// (`I` → `ı`, `İ` → `i`), and characters that are their own fold.
/// `None` for the rest (other scripts' capitals, `ß`, `ſ`), which only
/// the case mapper folds.
#[inline]
pub(crate) fn fold_char(c: char) -> Option<char> {
    Some(match c {
        'I' => 'ı',
        'İ' => 'i',
        'A'..='Z' => c.to_ascii_lowercase(),
        'Ə' => 'ə',
        'Ç' => 'ç',
        'Ş' => 'ş',
        'Ğ' => 'ğ',
        'Ö' => 'ö',
        'Ü' => 'ü',
        c if c.is_ascii() || (c.is_lowercase() && c != 'ß' && c != 'ſ') || !c.is_alphabetic() => {
            c
        }
        _ => return None,
    })
}

/// Whether `s` is its own fold: no capital, no letter the case mapper
/// would change (`ß`, `ſ`). Runs of small letters and digits are
/// skipped without decoding.
fn is_folded(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let run = folded_run(&bytes[i..]);
        if run > 0 {
            i += run;
        } else if b < 0x80 {
            if b.is_ascii_uppercase() {
                return false;
            }
            i += 1;
        } else {
            let Some(c) = s.get(i..).and_then(|rest| rest.chars().next()) else {
                return false;
            };
            if c.is_alphabetic() && !(c.is_lowercase() && c != 'ß' && c != 'ſ') {
                return false;
            }
            i += c.len_utf8();
        }
    }
    true
}

/// How many bytes at the start of `bytes` are small letters of ASCII or
/// of the Azerbaijani alphabet (`ə ı ş ç ğ ö ü`) or digits: text that
/// is already its own Turkic fold, read without decoding a character.
#[inline]
pub(crate) fn folded_run(bytes: &[u8]) -> usize {
    let mut n = 0;
    while let Some(&b) = bytes.get(n) {
        if SMALL_ASCII[usize::from(b)] {
            n += 1;
            continue;
        }
        // ə, ı, ğ, ş, ç, ö, ü in UTF-8.
        let small = matches!(
            (b, bytes.get(n + 1)),
            (0xC9, Some(0x99))
                | (0xC4, Some(0xB1 | 0x9F))
                | (0xC5, Some(0x9F))
                | (0xC3, Some(0xA7 | 0xB6 | 0xBC))
        );
        if !small {
            break;
        }
        n += 2;
    }
    n
}

/// Whether `word` starts with a small letter of ASCII or of the
/// Azerbaijani alphabet, or a digit (answered from its first bytes).
pub fn starts_small(word: &str) -> bool {
    folded_run(word.as_bytes().get(..2).unwrap_or(word.as_bytes())) > 0
}

/// The bytes `a`–`z` and `0`–`9`.
static SMALL_ASCII: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b >= b'a' as usize && b <= b'z' as usize)
            || (b >= b'0' as usize && b <= b'9' as usize);
        b += 1;
    }
    t
};

/// Whether a word is written with a capital and then small letters only
/// (`Heydər`, `Aysel`): how a name's words look, unlike `MƏMMƏDOVA` or
/// `bəyanat`.
pub fn is_capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase)
}

/// Lowercases the first letter only, the Turkic way
/// (`İqtisadiyyat` → `iqtisadiyyat`, `Istiqlal` → `ıstiqlal`).
pub fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => {
            let mut buf = [0u8; 4];
            let mut out = lowercase(first.encode_utf8(&mut buf)).into_owned();
            out.push_str(chars.as_str());
            out
        }
        None => String::new(),
    }
}

/// Uppercases the first letter only (`iqtisadiyyat` → `İqtisadiyyat`),
/// leaving the rest as written.
pub fn titlecase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => {
            let mut buf = [0u8; 4];
            let mut out = uppercase(first.encode_utf8(&mut buf)).into_owned();
            out.push_str(chars.as_str());
            out
        }
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_and_dotless_i_follow_azerbaijani_rules() {
        assert_eq!(lowercase("İLHAM ƏLİYEV"), "ilham əliyev");
        assert_eq!(lowercase("ISTIQLAL"), "ıstıqlal");
        assert_eq!(uppercase("iqtisadiyyat"), "İQTİSADİYYAT");
        assert_eq!(uppercase("Şəki"), "ŞƏKİ");
    }

    #[test]
    fn folding_matches_turkic_pairs_only() {
        assert_eq!(fold("İSTİQLAL"), fold("istiqlal"));
        assert_eq!(fold("İSTİQLAL"), "istiqlal");
        assert_eq!(fold("ŞƏKİ-nin"), "şəki-nin");
        assert_eq!(fold("straße"), "strasse");
        assert_eq!(fold("92,5"), "92,5");
        assert_eq!(fold("Əliyev"), "əliyev");
        assert_eq!(fold("ÖLKƏ"), "ölkə");
        assert_eq!(fold("Ελλάδα"), "ελλάδα");
        assert_eq!(fold("Straße"), "strasse");
        assert_ne!(fold("ISTIQLAL"), fold("istiqlal"));
    }

    #[test]
    fn the_quick_fold_agrees_with_the_case_mapper() {
        // The byte-level runs must give what the Turkic case mapper gives,
        // in prose of several scripts, with quotes, dashes and ſ, ß.
        let texts = [
            "Çörək “bahalaşıb” — deyə Məhərrəmova bildirib.",
            "ışıq ISIQ İşıq Ağac ÖLKƏ üzüm ŞƏKİ 2023-cü il",
            "Straße ſtraße Ελλάδα Москва ÇİN «BMT» 92,5%",
            "already folded prose: məktəb, çörək, ıslaq, yağış, 15 ədəd",
            "Ǆemal ǅemal ǆemal Ωmega ϒ",
        ];
        let mapper = CaseMapper::new();
        for text in texts {
            assert_eq!(fold(text), mapper.fold_turkic_string(text), "{text}");
            for word in text.split_whitespace() {
                assert_eq!(fold(word), mapper.fold_turkic_string(word), "{word}");
            }
        }
        assert!(starts_small("ədalət") && starts_small("2023") && starts_small("bu"));
        assert!(!starts_small("Ədalət") && !starts_small("İlham") && !starts_small("“bu"));
    }

    #[test]
    fn titlecase_first_uses_dotted_capital() {
        assert_eq!(lowercase_first("İqtisadiyyat"), "iqtisadiyyat");
        assert_eq!(lowercase_first("Istiqlal"), "ıstiqlal");
        assert_eq!(lowercase_first(""), "");
        assert_eq!(titlecase_first("iqtisadiyyat"), "İqtisadiyyat");
        assert_eq!(titlecase_first("ıslahat"), "Islahat");
        assert_eq!(titlecase_first(""), "");
    }

    #[test]
    fn capitalised_words_are_names_shape() {
        for yes in ["Heydər", "Aysel", "İlham", "Ismayıl"] {
            assert!(is_capitalised(yes), "{yes}");
        }
        for no in ["MƏMMƏDOVA", "bəyanat", "McLean", "", "Əli-Heydər"] {
            assert!(!is_capitalised(no), "{no}");
        }
    }
}
