//! Alphabetical order of the Azerbaijani alphabet
//! (A B C Ç D E Ə F G Ğ H X I İ J K Q L M N O Ö P R S Ş T U Ü V Y Z),
//! through ICU4X's `az` collation tailoring.

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale_core::locale;
use std::cmp::Ordering;
use std::sync::LazyLock;

static AZ_COLLATOR: LazyLock<Option<CollatorBorrowed<'static>>> =
    LazyLock::new(|| Collator::try_new(locale!("az").into(), CollatorOptions::default()).ok());

/// Compares two strings in Azerbaijani alphabetical order. Falls back to
/// code-point order only if the compiled collation data were missing, which
/// the unit tests rule out.
pub fn compare(a: &str, b: &str) -> Ordering {
    match AZ_COLLATOR.as_ref() {
        Some(collator) => collator.compare(a, b).then_with(|| a.cmp(b)),
        None => a.cmp(b),
    }
}

/// Sorts a slice in Azerbaijani alphabetical order of a key.
pub fn sort_by_key<T>(items: &mut [T], key: impl Fn(&T) -> &str) {
    items.sort_by(|a, b| compare(key(a), key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collation_data_is_present() {
        assert!(AZ_COLLATOR.is_some());
    }

    #[test]
    fn sorts_in_the_azerbaijani_alphabet() {
        let mut names = vec![
            "Zəngilan",
            "Ümid",
            "Ucar",
            "Şəki",
            "Ölkə",
            "Ordubad",
            "Qəbələ",
            "Kəlbəcər",
            "İsmayıllı",
            "Ismayil",
            "Xaçmaz",
            "Həsən",
            "Gəncə",
            "Ədalət",
            "Emin",
            "Çənbərəkənd",
            "Cəlilabad",
            "Ağdam",
        ];
        sort_by_key(&mut names, |s| s);
        assert_eq!(
            names,
            vec![
                "Ağdam",
                "Cəlilabad",
                "Çənbərəkənd",
                "Emin",
                "Ədalət",
                "Gəncə",
                "Həsən",
                "Xaçmaz",
                "Ismayil",
                "İsmayıllı",
                "Kəlbəcər",
                "Qəbələ",
                "Ordubad",
                "Ölkə",
                "Şəki",
                "Ucar",
                "Ümid",
                "Zəngilan",
            ]
        );
    }
}
