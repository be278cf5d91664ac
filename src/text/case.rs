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
    CaseMapper::new().fold_turkic_string(s)
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
        assert_ne!(fold("ISTIQLAL"), fold("istiqlal"));
    }

    #[test]
    fn titlecase_first_uses_dotted_capital() {
        assert_eq!(titlecase_first("iqtisadiyyat"), "İqtisadiyyat");
        assert_eq!(titlecase_first("ıslahat"), "Islahat");
        assert_eq!(titlecase_first(""), "");
    }
}
