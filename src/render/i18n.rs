//! What the theme says to readers, in Azerbaijani (the default) and
//! English.

use crate::text::Language;
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
    ("count", "Say", "Count"),
    ("share", "Faiz", "Share"),
    ("contents", "Mündəricat", "Contents"),
    (
        "draft_banner",
        "QARALAMA: bu məqalə dərc olunmayıb",
        "DRAFT: this article is not published",
    ),
    ("findings", "Bələdçinin yoxlaması", "Style-guide check"),
    ("no_findings", "Tapıntı yoxdur.", "No findings."),
    ("speaker", "Şəxs", "Person"),
    ("year", "İl", "Year"),
    ("search", "Axtarış", "Search"),
    (
        "search_field",
        "Yoxlamalarda axtarın",
        "Search the fact-checks",
    ),
    (
        "search_needs_js",
        "Axtarış brauzerinizdə JavaScript tələb edir. Yoxlamaların siyahısı hökmlər, kateqoriyalar və şəxslər səhifələrindədir.",
        "Search needs JavaScript in your browser. Lists of fact-checks are on the verdicts, categories and people pages.",
    ),
    ("share_title", "Paylaşın", "Share"),
    ("card_wide", "Paylaşım kartı", "Share card"),
    (
        "card_square",
        "Instagram üçün kvadrat kart",
        "Square card for Instagram",
    ),
    ("telegram_text", "Telegram üçün mətn", "Text for Telegram"),
    ("corrections_log", "Düzəlişlər jurnalı", "Corrections log"),
    (
        "corrections_log_intro",
        "Dərc olunmuş yoxlamalara edilmiş bütün düzəlişlər, ən yenisi birinci.",
        "Every correction made to a published fact-check, newest first.",
    ),
    (
        "no_corrections",
        "Hələ düzəliş yoxdur.",
        "No corrections yet.",
    ),
    ("corrected_article", "Yoxlama", "Fact-check"),
    ("date", "Tarix", "Date"),
    ("not_found", "Səhifə tapılmadı", "Page not found"),
    (
        "not_found_text",
        "Axtardığınız səhifə yoxdur və ya köçürülüb.",
        "The page you are looking for does not exist or has moved.",
    ),
    ("go_home", "Ana səhifəyə qayıdın", "Go to the home page"),
    ("feed", "Atom lenti", "Atom feed"),
    ("verdict_scale", "Hökm şkalası", "Verdict scale"),
    ("score", "Bal", "Score"),
    ("meaning", "Mənası", "Meaning"),
    (
        "score_note",
        "Bal hökmün şkaladakı yeridir: ən yüksək bal ən yaxşı hökm, 1 isə ən pis hökmdür. Axtarış sistemləri də hökmü bu balla görür.",
        "The score is the verdict's place on the scale: the highest score is the best verdict, 1 the worst. Search engines see the verdict as this score too.",
    ),
    ("email", "E-poçt", "E-mail"),
    ("in_short", "Qısaca", "In short"),
    (
        "said_where",
        "Harada və nə vaxt deyilib",
        "Where and when it was said",
    ),
    ("updated", "Yenilənib", "Updated"),
    ("related", "Oxşar yoxlamalar", "Related fact-checks"),
    ("link", "Yoxlamanın ünvanı", "Link to this fact-check"),
    ("copy_link", "Ünvanı kopyalayın", "Copy the link"),
    ("copied", "Kopyalandı", "Copied"),
    (
        "cards_and_text",
        "Şəkil kartları və Telegram mətni",
        "Image cards and text for Telegram",
    ),
    ("embed", "Saytınıza yerləşdirin", "Embed on your site"),
    (
        "embed_note",
        "Bu kodu saytınıza qoysanız, hökm kartı yoxlamaya keçidlə birlikdə görünəcək.",
        "Put this code on your site to show the verdict card with a link to the fact-check.",
    ),
    ("embed_code", "Yerləşdirmə kodu", "Embed code"),
    ("read_full", "Yoxlamanı oxuyun", "Read the fact-check"),
    ("newest", "Ən son yoxlama", "Newest fact-check"),
    ("by_verdict", "hökmlər üzrə", "by verdict"),
    ("chart", "Qrafik", "Chart"),
    ("correction", "Düzəliş", "Correction"),
];

/// Pagefind UI's strings (it has no Azerbaijani of its own).
const SEARCH_STRINGS: &[(&str, &str, &str)] = &[
    (
        "placeholder",
        "Yoxlamalarda axtarın",
        "Search the fact-checks",
    ),
    ("load_more", "Daha çox nəticə", "Load more results"),
    ("search_label", "Bu saytda axtarın", "Search this site"),
    ("filters_label", "Süzgəclər", "Filters"),
    ("any", "Hamısı", "All"),
    (
        "zero_results",
        "[SEARCH_TERM] üçün nəticə yoxdur",
        "No results for [SEARCH_TERM]",
    ),
    (
        "many_results",
        "[SEARCH_TERM] üçün [COUNT] nəticə",
        "[COUNT] results for [SEARCH_TERM]",
    ),
    (
        "one_result",
        "[SEARCH_TERM] üçün [COUNT] nəticə",
        "[COUNT] result for [SEARCH_TERM]",
    ),
    (
        "filtered_results",
        "Süzgəclərə uyğun [COUNT] nəticə",
        "[COUNT] results matching the filters",
    ),
    ("filtering", "Axtarılır…", "Searching..."),
    (
        "searching",
        "[SEARCH_TERM] axtarılır…",
        "Searching for [SEARCH_TERM]...",
    ),
    (
        "failed",
        "Axtarış açılmadı. Səhifəni yeniləyin.",
        "Search could not start. Reload the page.",
    ),
];

/// The search page's strings for a language.
pub fn search_strings(language: Language) -> BTreeMap<&'static str, &'static str> {
    pick(SEARCH_STRINGS, language)
}

/// The theme's strings for a language, as the template variable `t`.
pub fn strings(language: Language) -> BTreeMap<&'static str, &'static str> {
    pick(STRINGS, language)
}

/// A table's strings in one language (`az` unless `en`).
fn pick(
    table: &[(&'static str, &'static str, &'static str)],
    language: Language,
) -> BTreeMap<&'static str, &'static str> {
    table
        .iter()
        .map(|(k, az, en)| (*k, language.pick(*az, *en)))
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
        assert_eq!(strings(Language::Az)["verdict"], "Hökm");
        assert_eq!(strings(Language::En)["verdict"], "Verdict");
    }
}
