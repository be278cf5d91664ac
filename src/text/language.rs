//! The languages a site can be written in. `yoxla.toml`'s `language` is
//! read into this once; everything that depends on the language asks it
//! here (its code, whether messages are English), never by comparing
//! strings.

use std::fmt;

/// A site's language: its interface, dates, section names and messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Language {
    /// Azerbaijani (`az`), the default.
    #[default]
    Az,
    /// English (`en`).
    En,
}

impl Language {
    /// Every language, in the order `yoxla.toml` lists them.
    pub const ALL: [Language; 2] = [Language::Az, Language::En];

    /// The language with this code (`az`, `en`).
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Its ISO 639-1 code, as in `yoxla.toml`, `<html lang>` and feeds.
    pub fn code(self) -> &'static str {
        match self {
            Language::Az => "az",
            Language::En => "en",
        }
    }

    /// Whether messages are English (the `en` flag of bilingual messages);
    /// every other language reads the Azerbaijani text for now.
    pub fn is_english(self) -> bool {
        self == Language::En
    }

    /// `az` or `en`, by the language.
    pub fn pick<T>(self, az: T, en: T) -> T {
        if self.is_english() { en } else { az }
    }

    /// Uppercases by the language's rules: Turkic `i` → `İ`, `ı` → `I`
    /// in Azerbaijani only (`verdict` is `VERDICT` in English).
    pub fn uppercase(self, s: &str) -> String {
        match self {
            Language::Az => super::case::uppercase(s).into_owned(),
            Language::En => s.to_uppercase(),
        }
    }

    /// Uppercases the first letter only, by the language's rules
    /// (`iqtisadiyyat` → `İqtisadiyyat`, `immigration` → `Immigration`).
    pub fn titlecase_first(self, s: &str) -> String {
        match self {
            Language::Az => super::case::titlecase_first(s),
            Language::En => {
                let mut chars = s.chars();
                match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars).collect(),
                    None => String::new(),
                }
            }
        }
    }

    /// Lowercases the first letter only, by the language's rules
    /// (`Istiqlal` → `ıstiqlal`, `It` → `it`).
    pub fn lowercase_first(self, s: &str) -> String {
        match self {
            Language::Az => super::case::lowercase_first(s),
            Language::En => {
                let mut chars = s.chars();
                match chars.next() {
                    Some(first) => first.to_lowercase().chain(chars).collect(),
                    None => String::new(),
                }
            }
        }
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl serde::Serialize for Language {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_go_both_ways() {
        for l in Language::ALL {
            assert_eq!(Language::from_code(l.code()), Some(l));
        }
        assert_eq!(Language::from_code("fr"), None);
        assert_eq!(Language::En.pick("az", "en"), "en");
    }

    #[test]
    fn casing_follows_the_language() {
        assert_eq!(Language::Az.uppercase("hökm: yalan"), "HÖKM: YALAN");
        assert_eq!(Language::Az.uppercase("iqtisadiyyat"), "İQTİSADİYYAT");
        assert_eq!(
            Language::En.uppercase("verdict: mostly false"),
            "VERDICT: MOSTLY FALSE"
        );
        assert_eq!(Language::Az.titlecase_first("iqtisadiyyat"), "İqtisadiyyat");
        assert_eq!(Language::En.titlecase_first("immigration"), "Immigration");
        assert_eq!(Language::Az.lowercase_first("Istiqlal"), "ıstiqlal");
        assert_eq!(Language::En.lowercase_first("It rose"), "it rose");
        assert_eq!(Language::En.titlecase_first(""), "");
    }
}
