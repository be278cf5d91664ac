//! Rule parameters from `[rules."ID"]`, read and validated once per run
//! (word lists case-folded the Turkic way), with the guide's defaults.

use crate::diag::Rule;
use crate::diag::settings::RuleSettings;
use crate::text::{Language, fold};
use std::collections::BTreeSet;

/// The body's parts (guide: "Materialın strukturu").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Part {
    /// Giriş.
    Intro,
    /// Tarixçə.
    Background,
    /// Faktın yoxlanması / Əsas hissə.
    FactCheck,
    /// Nəticə.
    Conclusion,
}

impl Part {
    /// The parts in the order the guide gives them.
    pub const ALL: [Part; 4] = [
        Part::Intro,
        Part::Background,
        Part::FactCheck,
        Part::Conclusion,
    ];

    fn key(self) -> &'static str {
        match self {
            Part::Intro => "intro",
            Part::Background => "background",
            Part::FactCheck => "factcheck",
            Part::Conclusion => "conclusion",
        }
    }
}

/// Default rank and status words that a title must not carry.
const RANK_WORDS: &[&str] = &[
    "prezident",
    "vitse-prezident",
    "baş nazir",
    "nazir",
    "deputat",
    "millət vəkili",
    "sədr",
    "general",
    "polkovnik",
    "mayor",
    "müavin",
    "başçı",
    "rəhbər",
    "spiker",
    "direktor",
    "katib",
    "mətbuat katibi",
    "icra başçısı",
    "səfir",
    "hakim",
    "prokuror",
    "rektor",
];

/// Default rude words, slang and jargon; a newsroom extends the list in
/// `[rules.Rule::StyleBannedWords] words`.
const BANNED_WORDS: &[&str] = &[
    "axmaq",
    "gic",
    "səfeh",
    "əclaf",
    "rəzil",
    "yaltaq",
    "qancıq",
    "alçaqcasına",
    "blat",
    "qaqaş",
    "kayf",
    "çuşka",
    "xalturaçı",
    "tüfeyli",
];

/// Banned words that are also ordinary words, with the words around them
/// that show the ordinary sense: `axmaq` is an insult ("fool") and the
/// verb "to flow" (su axmağa başlayıb, pulun xaricə axması). A banned
/// word with one of these within four words of it, in its sentence, is
/// not reported. Words match by their start (`çay` matches `çayın`).
const INNOCENT_CONTEXTS: &[(&str, &[&str])] = &[(
    "axmaq",
    &[
        "su",
        "sular",
        "çay",
        "qan",
        "yağış",
        "sel",
        "neft",
        "qaz",
        "axın",
        "dəniz",
        "göl",
        "kanal",
        "boru",
        "bulaq",
        "pul",
        "vəsait",
        "kapital",
        "sərmayə",
        "investisiya",
        "valyuta",
        "başla",
        "davam",
        "istiqamət",
        "xaricə",
        "ölkədən",
    ],
)];

/// Abbreviations every reader knows, exempt from first-use spelling out:
/// as RULES.md says, international bodies, currencies and technical units
/// only, never the country's own ministries, agencies, parties or
/// universities (nor `QHT`, the guide's own example of what to spell out).
#[rustfmt::skip]
const KNOWN_ABBREVIATIONS: &[&str] = &[
    // International bodies and states.
    "BMT", "ABŞ", "AB", "NATO", "MDB", "ATƏT", "ÜST", "YUNESKO", "UNESCO", "UNICEF", "FIFA",
    "UEFA", "AŞPA", "NASA", "BP", "SSRİ", "BƏƏ",
    // Currencies, economic and technical units and terms.
    "AZN", "ÜDM", "COVID", "HİV", "QİÇS", "İT", "İKT", "TV", "SMS", "PDF", "URL", "İP", "IP",
    "ID", "PİN",
];

/// An abbreviation as the known list compares it: `İ` and `I` are one
/// letter there, since abbreviations are written both ways (`COVİD`).
pub fn known_form(abbr: &str) -> String {
    abbr.replace('İ', "I")
}

/// Default headings of each part, in the site's language (the first is
/// the one `yoxla new` writes and messages name).
fn default_names(part: Part, language: Language) -> Vec<String> {
    language.list(&format!("heading-{}", part.key()))
}

/// Every parameter the rules use.
#[derive(Debug, Clone)]
pub struct Params {
    /// `title.length.max`.
    pub title_max: usize,
    /// `title.no-rank.words`, each split into folded words.
    pub rank_words: Vec<Vec<String>>,
    /// `style.sentence-length.max_words`.
    pub max_words: usize,
    /// `style.banned-words.words`, folded.
    pub banned: Vec<String>,
    /// Indexes into `banned` by each word's first byte, so a word is
    /// compared only with the banned words that start like it.
    banned_by_first: Vec<Vec<usize>>,
    /// `style.banned-words.innocent`: folded banned word → folded words
    /// of context that show an innocent sense.
    pub innocent: Vec<(String, Vec<String>)>,
    /// `structure.background-opening.sentence`, when the site sets it.
    pub opening: Option<String>,
    /// `style.abbreviation-first-use.known`, in [`known_form`] (so
    /// `COVİD` and `COVID` are one).
    pub known_abbreviations: BTreeSet<String>,
    /// `meta.sources.min`.
    pub sources_min: usize,
    /// `structure.sections.names`, folded.
    parts: Vec<(Part, Vec<String>)>,
    /// The site's language: the default headings, and how a part's name
    /// is capitalised in messages.
    language: Language,
}

impl Default for Params {
    fn default() -> Params {
        Params::from_settings(&RuleSettings::default())
    }
}

fn folded(words: impl IntoIterator<Item = impl AsRef<str>>) -> Vec<String> {
    words
        .into_iter()
        .map(|w| fold(w.as_ref().trim()).into_owned())
        .filter(|w| !w.is_empty())
        .collect()
}

impl Params {
    /// [`Params::for_language`] for an Azerbaijani site.
    pub fn from_settings(rules: &RuleSettings) -> Params {
        Params::for_language(rules, Language::Az)
    }

    /// The parameters of a site's configuration, in its language.
    pub fn for_config(config: &crate::config::Config) -> Params {
        Params::for_language(&config.rules, config.language)
    }

    /// Prepares the parameters of `[rules]` (already checked against
    /// their kinds when the configuration was read), with the guide's
    /// defaults for what is not set (section headings in `language`).
    pub fn for_language(rules: &RuleSettings, language: Language) -> Params {
        let list = |rule: Rule, name: &str, default: &[&str]| -> Vec<String> {
            rules
                .words(rule, name)
                .unwrap_or_else(|| default.iter().map(|s| s.to_string()).collect())
        };
        let parts = Part::ALL
            .iter()
            .map(|&part| {
                let headings = rules
                    .section(Rule::StructureSections, "names", part.key())
                    .unwrap_or_else(|| default_names(part, language));
                (part, folded(headings))
            })
            .collect();
        let count =
            |rule: Rule, name: &str, default: usize| rules.count(rule, name).unwrap_or(default);
        let banned = folded(list(Rule::StyleBannedWords, "words", BANNED_WORDS));
        let mut banned_by_first = vec![Vec::new(); 256];
        for (i, w) in banned.iter().enumerate() {
            if let Some(&b) = w.as_bytes().first() {
                banned_by_first[usize::from(b)].push(i);
            }
        }
        let innocent = rules
            .contexts(Rule::StyleBannedWords, "innocent")
            .unwrap_or_else(|| {
                INNOCENT_CONTEXTS
                    .iter()
                    .map(|(w, ctx)| (w.to_string(), ctx.iter().map(|c| c.to_string()).collect()))
                    .collect()
            })
            .into_iter()
            .map(|(w, ctx)| (fold(&w).into_owned(), folded(ctx)))
            .collect();
        Params {
            opening: rules.text(Rule::StructureBackgroundOpening, "sentence"),
            innocent,
            title_max: count(Rule::TitleLength, "max", 150),
            rank_words: list(Rule::TitleNoRank, "words", RANK_WORDS)
                .iter()
                .map(|w| crate::text::words::phrase(w))
                .filter(|p| !p.is_empty())
                .collect(),
            max_words: count(Rule::StyleSentenceLength, "max_words", 30),
            banned,
            banned_by_first,
            known_abbreviations: list(
                Rule::StyleAbbreviationFirstUse,
                "known",
                KNOWN_ABBREVIATIONS,
            )
            .iter()
            .map(|a| known_form(a))
            .collect(),
            sources_min: count(Rule::MetaSources, "min", 2),
            parts,
            language,
        }
    }

    /// The banned words `word` may be (with suffixes): those that start
    /// with its first byte and share its second. A base of two bytes is
    /// let through on the first alone, as its final `q` or `k` may be
    /// softened (`aq` → `ağ…`).
    pub fn banned_candidates<'p, 'w>(
        &'p self,
        word: &'w str,
    ) -> impl Iterator<Item = &'p String> + use<'p, 'w> {
        let bytes = word.as_bytes();
        let first = bytes.first().map_or(0, |&b| usize::from(b));
        self.banned_by_first[first]
            .iter()
            .map(|&i| &self.banned[i])
            .filter(move |base| base.len() <= 2 || bytes.get(1) == base.as_bytes().get(1))
    }

    /// Which part a level-2 heading opens, if any.
    pub fn part_of(&self, heading: &str) -> Option<Part> {
        let h = fold(heading.trim().trim_end_matches([':', '.']));
        self.parts
            .iter()
            .find(|(_, names)| names.iter().any(|n| *n == h))
            .map(|(p, _)| *p)
    }

    /// The first accepted heading of a part, for messages.
    pub fn part_name(&self, part: Part) -> String {
        self.parts
            .iter()
            .find(|(p, _)| *p == part)
            .and_then(|(_, n)| n.first())
            .map(|n| self.language.titlecase_first(n))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::settings::RuleSettings;

    #[test]
    fn headings_are_recognised_by_folded_name() {
        let p = Params::default();
        assert_eq!(p.part_of("GİRİŞ"), Some(Part::Intro));
        assert_eq!(p.part_of("Əsas hissə"), Some(Part::FactCheck));
        assert_eq!(p.part_of("Nəticə:"), Some(Part::Conclusion));
        assert_eq!(p.part_of("Mənbələr"), None);
    }

    #[test]
    fn an_english_site_has_english_headings() {
        let p = Params::for_language(&RuleSettings::default(), Language::En);
        assert_eq!(p.part_of("Introduction"), Some(Part::Intro));
        assert_eq!(p.part_of("Fact check"), Some(Part::FactCheck));
        assert_eq!(p.part_of("Giriş"), None);
        assert_eq!(p.part_name(Part::Intro), "Introduction");
        assert_eq!(p.part_name(Part::Background), "Background");
    }

    #[test]
    fn names_can_be_configured() {
        let t: toml::Table =
            toml::from_str("[\"structure.sections\".names]\nintro = [\"Introduction\"]\n").unwrap();
        let p = Params::from_settings(
            &RuleSettings::from_table(&t, crate::text::Language::En).unwrap(),
        );
        assert_eq!(p.part_of("Introduction"), Some(Part::Intro));
        assert_eq!(p.part_of("Giriş"), None);
        assert_eq!(p.part_of("Nəticə"), Some(Part::Conclusion));
        let t: toml::Table =
            toml::from_str("[\"structure.sections\".names]\nsonluq = [\"Son\"]\n").unwrap();
        assert!(RuleSettings::from_table(&t, crate::text::Language::En).is_err());
    }
}
