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
    if s.chars()
        .all(|c| c.is_lowercase() && c != 'ß' && c != 'ſ' || !c.is_alphabetic() && c.is_ascii())
    {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'I' => out.push('ı'),
            'İ' => out.push('i'),
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            'Ə' => out.push('ə'),
            'Ç' => out.push('ç'),
            'Ş' => out.push('ş'),
            'Ğ' => out.push('ğ'),
            'Ö' => out.push('ö'),
            'Ü' => out.push('ü'),
            c if c.is_ascii()
                || (c.is_lowercase() && c != 'ß' && c != 'ſ')
                || !c.is_alphabetic() =>
            {
                out.push(c)
            }
            _ => return Cow::Owned(CaseMapper::new().fold_turkic_string(s).into_owned()),
        }
    }
    Cow::Owned(out)
}

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
