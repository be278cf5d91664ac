//! Words of Azerbaijani prose, and whole-word matching that accepts the
//! language's suffixes (`axmaq` matches `axmaqlıq`, `Əliyev` matches
//! `Əliyevin`) without matching words that merely start the same way
//! (`it` does not match `itki`).

use super::fold;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// The words of `text` with their byte ranges. A hyphenated suffix stays
/// with its word (`Əliyev-in`, `2023-cü`, `DİDK-nın`), as Azerbaijani
/// writes it.
pub fn words(text: &str) -> Vec<(Range<usize>, &str)> {
    let mut out: Vec<(Range<usize>, &str)> = Vec::new();
    for (start, word) in text.unicode_word_indices() {
        let end = start + word.len();
        if let Some((prev, _)) = out.last_mut() {
            let gap = &text[prev.end..start];
            let joins = (gap == "-" || gap == "‑") && is_chain(&fold(word), Suffixes::All);
            if joins {
                prev.end = end;
                let range = prev.clone();
                if let Some(last) = out.last_mut() {
                    last.1 = &text[range];
                }
                continue;
            }
        }
        out.push((start..end, word));
    }
    out
}

/// Inflectional suffixes in their vowel-harmony variants: plural,
/// possessive, case, copula, tense. They do not change what a word names.
const INFLECTIONS: &[&str] = &[
    "lar", "lər", "ım", "im", "um", "üm", "m", "ın", "in", "un", "ün", "n", "ı", "i", "u", "ü",
    "sı", "si", "su", "sü", "ımız", "imiz", "umuz", "ümüz", "mız", "miz", "muz", "müz", "ınız",
    "iniz", "unuz", "ünüz", "nız", "niz", "nuz", "nüz", "ları", "ləri", "nın", "nin", "nun", "nün",
    "ya", "yə", "a", "ə", "na", "nə", "nı", "ni", "nu", "nü", "yı", "yi", "yu", "yü", "da", "də",
    "ta", "tə", "nda", "ndə", "dan", "dən", "tan", "tən", "ndan", "ndən", "dır", "dir", "dur",
    "dür", "tır", "tir", "tur", "tür", "dakı", "dəki", "la", "lə", "yla", "ylə", "y", "dı", "di",
    "du", "dü", "ıb", "ib", "ub", "üb", "mış", "miş", "muş", "müş",
];

/// Derivational suffixes: they make a new word from the base
/// (`axmaq` → `axmaqlıq`, `nazir` → `nazirlik`).
const DERIVATIONS: &[&str] = &[
    "lıq", "lik", "luq", "lük", "lığ", "liy", "luğ", "lüy", "çı", "çi", "çu", "çü", "sız", "siz",
    "suz", "süz", "lı", "li", "lu", "lü", "ca", "cə", "casına", "cəsinə", "cı", "ci", "cu", "cü",
    "ıncı", "inci", "uncu", "üncü", "ncı", "nci", "ncu", "ncü",
];

/// Which suffixes a match accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Suffixes {
    /// Inflections only: `nazir` matches `nazirin`, not `nazirlik`.
    Inflections,
    /// Inflections and derivations: `axmaq` matches `axmaqlıq`.
    All,
}

/// Whether `rest` (already folded) is one or more suffixes in a row.
pub fn is_suffix_chain(rest: &str) -> bool {
    is_chain(rest, Suffixes::All)
}

fn is_chain(rest: &str, which: Suffixes) -> bool {
    if rest.is_empty() {
        return true;
    }
    let lists: &[&[&str]] = match which {
        Suffixes::Inflections => &[INFLECTIONS],
        Suffixes::All => &[INFLECTIONS, DERIVATIONS],
    };
    // reachable[i]: rest[..i] splits into suffixes.
    let bytes = rest.len();
    let mut reachable = vec![false; bytes + 1];
    reachable[0] = true;
    for i in 0..bytes {
        if !reachable[i] || !rest.is_char_boundary(i) {
            continue;
        }
        for s in lists.iter().flat_map(|l| l.iter()) {
            if rest[i..].starts_with(s) {
                reachable[i + s.len()] = true;
            }
        }
    }
    reachable[bytes]
}

/// Whether `word` is `base` (both case-folded the Turkic way) or `base`
/// with suffixes, possibly after a hyphen or an apostrophe. A final `q`
/// or `k` of the base may soften to `ğ` or `y` before a vowel
/// (`axmaq` → `axmağa`, `çörək` → `çörəyi`).
pub fn matches_word(word: &str, base: &str, which: Suffixes) -> bool {
    let w = fold(word);
    let b = fold(base);
    matches_folded(&w, &b, which)
}

/// [`matches_word`] on strings already folded.
pub fn matches_folded(w: &str, b: &str, which: Suffixes) -> bool {
    if b.is_empty() {
        return false;
    }
    if let Some(rest) = w.strip_prefix(b) {
        let rest = rest.trim_start_matches(['-', '\'', '’']);
        return is_chain(rest, which);
    }
    for (hard, soft) in [('q', 'ğ'), ('k', 'y')] {
        if let Some(stem) = b.strip_suffix(hard)
            && let Some(rest) = w.strip_prefix(stem)
            && let Some(after) = rest.strip_prefix(soft)
            && after.starts_with(|c: char| "aıoueəiöü".contains(c))
        {
            return is_chain(after, which);
        }
    }
    false
}

/// Finds a phrase (words in order, separated by white space) in `text`;
/// only the last word may carry suffixes. Returns the byte range of
/// every match.
pub fn find_phrase(text: &str, phrase: &str, which: Suffixes) -> Vec<Range<usize>> {
    let want: Vec<String> = phrase
        .split_whitespace()
        .map(|w| fold(w).into_owned())
        .collect();
    if want.is_empty() {
        return Vec::new();
    }
    let ws = words(text);
    let mut found = Vec::new();
    for i in 0..ws.len() {
        if i + want.len() > ws.len() {
            break;
        }
        let ok = want.iter().enumerate().all(|(k, w)| {
            let got = fold(ws[i + k].1);
            if k + 1 == want.len() {
                matches_folded(&got, w, which)
            } else {
                got == *w
            }
        });
        if ok {
            found.push(ws[i].0.start..ws[i + want.len() - 1].0.end);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphenated_suffixes_stay_with_their_word() {
        let w: Vec<_> = words("İlham Əliyev-in 2023-cü il DİDK-nın 92,500.4 manatı")
            .into_iter()
            .map(|(_, w)| w)
            .collect();
        assert_eq!(
            w,
            [
                "İlham",
                "Əliyev-in",
                "2023-cü",
                "il",
                "DİDK-nın",
                "92,500.4",
                "manatı"
            ]
        );
    }

    #[test]
    fn suffixed_forms_match_and_lookalikes_do_not() {
        use Suffixes::{All, Inflections};
        assert!(matches_word("axmaqlıq", "axmaq", All));
        assert!(matches_word("AXMAQLARIN", "axmaq", All));
        assert!(matches_word("axmağa", "axmaq", All));
        assert!(matches_word("Əliyevin", "Əliyev", Inflections));
        assert!(matches_word("Qasımovla", "Qasımov", Inflections));
        assert!(matches_word("nazirinin", "nazir", Inflections));
        assert!(!matches_word("nazirlik", "nazir", Inflections));
        assert!(!matches_word("Nazirliyi", "nazir", Inflections));
        assert!(matches_word("İqtisadiyyatı", "iqtisadiyyat", Inflections));
        assert!(!matches_word("itki", "it", All));
        assert!(!matches_word("generalissimus", "general", All));
        assert!(
            !matches_word("Isgəndər", "isgəndər", All),
            "I and İ are different letters"
        );
    }

    #[test]
    fn phrases_match_with_a_suffixed_last_word() {
        let text = "Bunu millət vəkilinin özü deyib, millət vəkili də təsdiqləyib.";
        assert_eq!(
            find_phrase(text, "millət vəkili", Suffixes::Inflections).len(),
            2
        );
        assert!(find_phrase(text, "baş nazir", Suffixes::Inflections).is_empty());
    }
}
