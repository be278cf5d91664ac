//! What the theme says to readers: the `theme.ftl` (the template
//! variable `t`) and `search.ftl` messages of the site's language's
//! catalogue (`src/locales/CODE/`).

use crate::text::Language;
use std::collections::BTreeMap;

/// The search page's strings for a language.
pub fn search_strings(language: Language) -> BTreeMap<&'static str, String> {
    language.search_strings().into_iter().collect()
}

/// The theme's strings for a language, as the template variable `t`.
pub fn strings(language: Language) -> BTreeMap<&'static str, String> {
    language.theme_strings().into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_theme_speaks_the_sites_language() {
        assert_eq!(strings(Language::Az)["verdict"], "Hökm");
        assert_eq!(strings(Language::En)["verdict"], "Verdict");
        assert!(search_strings(Language::Az)["zero_results"].contains("[SEARCH_TERM]"));
    }
}
