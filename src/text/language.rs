//! The languages a site can be written in: one per catalogue folder in
//! `src/locales/` (see `catalog`). `yoxla.toml`'s `language` is read into
//! this once; everything that depends on the language asks it here (its
//! code, its messages, its casing), never by comparing strings.

use super::catalog::{Locale, locales};
use fluent_bundle::FluentValue;
use std::fmt;

/// A site's language: its interface, dates, section names and messages.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Language(u8);

#[allow(non_upper_case_globals)]
impl Language {
    /// Azerbaijani (`az`), the default.
    pub const Az: Language = Language(0);
    /// English (`en`), where a catalogue lacks a message.
    pub const En: Language = Language(1);

    /// Every language with a catalogue: `az`, `en`, then the rest by code.
    pub fn all() -> impl Iterator<Item = Language> {
        (0..locales().len()).map(|i| Language(i as u8))
    }

    /// The language with this code (`az`, `en`, `ru`).
    pub fn from_code(code: &str) -> Option<Language> {
        Language::all().find(|l| l.code() == code)
    }

    /// The terminal's language, for messages before a site's language is
    /// known: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is
    /// set, if it names a language with a catalogue (`en_GB.UTF-8` is
    /// `en`); else the default.
    pub fn from_env() -> Language {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|k| std::env::var(k).ok())
            .find(|v| !v.is_empty())
            .and_then(|v| {
                let code: String = v.chars().take_while(char::is_ascii_alphabetic).collect();
                Language::from_code(&code.to_ascii_lowercase())
            })
            .unwrap_or_default()
    }

    /// Every language's code, for messages that list them.
    pub fn codes() -> Vec<&'static str> {
        Language::all().map(Language::code).collect()
    }

    fn locale(self) -> &'static Locale {
        &locales()[usize::from(self.0)]
    }

    /// Its ISO 639-1 code, as in `yoxla.toml`, `<html lang>` and feeds.
    pub fn code(self) -> &'static str {
        self.locale().code
    }

    /// The message `id` of its catalogue with `args` (the `say!` macro
    /// writes this call).
    pub fn say(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        self.locale().message(id, args)
    }

    /// The message `id`, which takes no arguments.
    pub fn text(self, id: &str) -> String {
        self.locale().message(id, &[])
    }

    /// A message that holds a list, items split at ` | ` (the verdict
    /// scale, a part's headings).
    pub fn list(self, id: &str) -> Vec<String> {
        self.text(id)
            .split(" | ")
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// The theme's strings: the template variable `t`.
    pub fn theme_strings(self) -> Vec<(&'static str, String)> {
        self.locale().theme().collect()
    }

    /// The search page's strings.
    pub fn search_strings(self) -> Vec<(&'static str, String)> {
        self.locale().search().collect()
    }

    /// The files of its catalogue folder under `dir` (`init`), as
    /// `(path below dir, text)`, sorted by path.
    pub fn files_under(self, dir: &str) -> Vec<(String, &'static str)> {
        let mut out = Vec::new();
        if let Some(d) = self
            .locale()
            .files
            .get_dir(format!("{}/{dir}", self.code()))
        {
            collect(d, &format!("{}/{dir}/", self.code()), &mut out);
        }
        out.sort();
        out
    }

    fn turkic(self) -> bool {
        self.locale().turkic
    }

    /// Uppercases by the language's rules: Turkic `i` → `İ`, `ı` → `I`
    /// where the catalogue says `language-casing = turkic` (`verdict` is
    /// `VERDICT` in English).
    pub fn uppercase(self, s: &str) -> String {
        if self.turkic() {
            super::case::uppercase(s).into_owned()
        } else {
            s.to_uppercase()
        }
    }

    /// Uppercases the first letter only, by the language's rules
    /// (`iqtisadiyyat` → `İqtisadiyyat`, `immigration` → `Immigration`).
    pub fn titlecase_first(self, s: &str) -> String {
        if self.turkic() {
            return super::case::titlecase_first(s);
        }
        let mut chars = s.chars();
        match chars.next() {
            Some(first) => first.to_uppercase().chain(chars).collect(),
            None => String::new(),
        }
    }

    /// Lowercases the first letter only, by the language's rules
    /// (`Istiqlal` → `ıstiqlal`, `It` → `it`).
    pub fn lowercase_first(self, s: &str) -> String {
        if self.turkic() {
            return super::case::lowercase_first(s);
        }
        let mut chars = s.chars();
        match chars.next() {
            Some(first) => first.to_lowercase().chain(chars).collect(),
            None => String::new(),
        }
    }

    /// A word folded for comparing without letter case, by the
    /// language's rules (Turkic `I`/`ı`, `İ`/`i` where they apply).
    pub fn case_key(self, s: &str) -> String {
        if self.turkic() {
            super::case::fold(s).into_owned()
        } else {
            s.to_lowercase()
        }
    }
}

fn collect(
    dir: &'static include_dir::Dir<'static>,
    prefix: &str,
    out: &mut Vec<(String, &'static str)>,
) {
    for file in dir.files() {
        let path = file.path().to_string_lossy();
        let rel = path.strip_prefix(prefix).unwrap_or(&path).to_owned();
        out.push((rel, file.contents_utf8().unwrap_or("")));
    }
    for sub in dir.dirs() {
        collect(sub, prefix, out);
    }
}

impl Default for Language {
    fn default() -> Language {
        Language::Az
    }
}

impl fmt::Debug for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
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

/// A message of the language's catalogue with named arguments:
/// `say!(lang, "meta-required", key = "title")`. A number stays a number
/// (it picks the plural form: "1 article", "2 articles"); anything else
/// is shown as text.
#[macro_export]
macro_rules! say {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {{
        #[allow(unused_imports)]
        use $crate::text::{NumberArg as _, TextArg as _};
        $lang.say($id, &[$((stringify!($name), (&$value).message_arg())),*])
    }};
}

/// A number as a message argument (see the `say!` macro).
#[doc(hidden)]
pub trait NumberArg {
    fn message_arg(&self) -> FluentValue<'static>;
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl NumberArg for $t {
            fn message_arg(&self) -> FluentValue<'static> {
                FluentValue::from(*self)
            }
        }
    )*};
}
number_args!(usize, u64, u32, i64, i32, f64);

/// Anything else as a message argument: its text.
#[doc(hidden)]
pub trait TextArg {
    fn message_arg(&self) -> FluentValue<'static>;
}

impl<T: fmt::Display + ?Sized> TextArg for &T {
    fn message_arg(&self) -> FluentValue<'static> {
        FluentValue::from((**self).to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_go_both_ways() {
        for l in Language::all() {
            assert_eq!(Language::from_code(l.code()), Some(l));
        }
        assert_eq!(Language::from_code("fr"), None);
        assert_eq!(Language::Az.code(), "az");
        assert_eq!(Language::En.code(), "en");
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
