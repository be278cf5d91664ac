//! What the theme says to readers, in Azerbaijani (the default) and
//! English.

use std::collections::BTreeMap;

/// (key, Azerbaijani, English) for every string of the default theme.
const STRINGS: &[(&str, &str, &str)] = &[
    ("skip_to_content", "Məzmuna keç", "Skip to content"),
    ("menu", "Menyu", "Menu"),
    ("home", "Ana səhifə", "Home"),
    ("latest", "Son yoxlamalar", "Latest fact-checks"),
    ("verdict", "Hökm", "Verdict"),
    ("verdicts", "Hökmlər", "Verdicts"),
    ("category", "Kateqoriya", "Category"),
    ("categories", "Kateqoriyalar", "Categories"),
    ("tags", "Etiketlər", "Tags"),
    ("speakers", "Şəxslər", "People"),
    ("authors", "Müəlliflər", "Authors"),
    ("author", "Müəllif", "Author"),
    ("editor", "Redaktor", "Editor"),
    ("claim", "İddia", "Claim"),
    ("said_by", "Kim deyib", "Said by"),
    ("said_on", "Nə vaxt deyilib", "Said on"),
    ("source_of_claim", "İddianın mənbəyi", "Source of the claim"),
    ("archived_copy", "arxiv nüsxəsi", "archived copy"),
    ("archived_on", "arxivləşdirilib", "archived on"),
    ("video", "Video", "Video"),
    ("sources", "Mənbələr", "Sources"),
    ("original", "mənbə", "source"),
    (
        "foreign_sources",
        "Xarici dildə mənbələr",
        "Foreign-language sources",
    ),
    ("yes", "bəli", "yes"),
    ("no", "xeyr", "no"),
    ("published", "Dərc olunub", "Published"),
    ("corrections", "Düzəlişlər", "Corrections"),
    ("fact_checks", "yoxlama", "fact-checks"),
    (
        "record",
        "Yoxlanılmış iddiaların hökmləri",
        "Verdicts on checked claims",
    ),
    ("checked_claims", "Yoxlanılmış iddialar", "Checked claims"),
    ("previous", "Əvvəlki", "Previous"),
    ("next", "Növbəti", "Next"),
    ("page_of", "səhifə", "page"),
    ("pagination", "Səhifələr", "Pages"),
    ("pages", "Səhifələr", "Pages"),
    ("all_verdicts", "Bütün hökmlər", "All verdicts"),
    ("no_articles", "Hələ yoxlama yoxdur.", "No fact-checks yet."),
    ("about_site", "Faktlara inanın", "Believe in facts"),
    ("count", "say", "count"),
    ("share", "faiz", "share"),
    ("contents", "Mündəricat", "Contents"),
    (
        "draft_banner",
        "QARALAMA: bu məqalə dərc olunmayıb",
        "DRAFT: this article is not published",
    ),
    ("findings", "Bələdçinin yoxlaması", "Style-guide check"),
    ("no_findings", "Tapıntı yoxdur.", "No findings."),
];

/// The theme's strings for a language, as the template variable `t`.
pub fn strings(language: &str) -> BTreeMap<&'static str, &'static str> {
    STRINGS
        .iter()
        .map(|(k, az, en)| (*k, if language == "en" { *en } else { *az }))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_string_exists_in_both_languages() {
        for (k, az, en) in STRINGS {
            assert!(!az.is_empty() && !en.is_empty(), "{k}");
        }
        assert_eq!(strings("az")["verdict"], "Hökm");
        assert_eq!(strings("en")["verdict"], "Verdict");
    }
}
