//! Words of Azerbaijani prose, and whole-word matching that accepts the
//! language's suffixes (`axmaq` matches `axmaqlıq`, `Əliyev` matches
//! `Əliyevin`) without matching words that merely start the same way
//! (`it` does not match `itki`).

use super::case::{fold_char, folded_run};
use super::fold;
use std::ops::Range;

/// The words of `text` with their byte ranges: runs of letters and
/// digits, joined across a dot between letters (`b.e.ə`), a dot or comma
/// between digits (`92,500.4`) and an apostrophe between letters
/// (`Moody’s`), as Unicode word segmentation does for this text. A
/// hyphenated suffix stays with its word (`Əliyev-in`, `2023-cü`,
/// `DİDK-nın`), as Azerbaijani writes it.
pub fn words(text: &str) -> Vec<(Range<usize>, &str)> {
    Words::new(text)
        .list
        .into_iter()
        .map(|(r, _)| (r.clone(), &text[r]))
        .collect()
}

/// Appends the Turkic case fold of one character, as [`fold`] would.
#[inline]
fn push_folded(buf: &mut String, c: char) {
    match fold_char(c) {
        Some(folded) => buf.push(folded),
        None => {
            let mut tmp = [0u8; 4];
            buf.push_str(&fold(c.encode_utf8(&mut tmp)));
        }
    }
}

/// The last character of a non-empty run.
#[inline]
fn last_char(run: &str) -> char {
    run.chars().next_back().unwrap_or(' ')
}

/// Letters and digits, with the Azerbaijani letters and ASCII answered
/// without a Unicode table look-up.
#[inline]
fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            'ə' | 'Ə' | 'ı' | 'İ' | 'ş' | 'Ş' | 'ç' | 'Ç' | 'ğ' | 'Ğ' | 'ö' | 'Ö' | 'ü' | 'Ü'
        )
        // Quotation marks, dashes and other punctuation of U+2000–U+206F
        // are answered without the Unicode table.
        || (!c.is_ascii() && !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric())
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
    // A word's tail fits on the stack; a longer one gets the heap.
    let mut small = [false; 64];
    let mut large = Vec::new();
    let reachable: &mut [bool] = if bytes < small.len() {
        &mut small[..=bytes]
    } else {
        large.resize(bytes + 1, false);
        &mut large
    };
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
    // Most pairs differ in the first letter.
    if b.is_empty() || w.as_bytes().first() != b.as_bytes().first() {
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

/// The words of a text with their Turkic case folds, folded once for
/// every rule that reads them (all folds share one buffer).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words {
    buf: String,
    list: Vec<(Range<usize>, Range<usize>)>,
}

impl Words {
    /// Splits and folds `text` in one pass: the same words as [`words`],
    /// each folded as [`fold`] does.
    pub fn new(text: &str) -> Words {
        let mut out = Words {
            buf: String::with_capacity(text.len()),
            list: Vec::with_capacity(text.len() / 7),
        };
        let bytes = text.as_bytes();
        // The character at byte `i` (ASCII without decoding).
        let char_at = |i: usize| -> Option<char> {
            match bytes.get(i) {
                None => None,
                Some(&b) if b < 0x80 => Some(b as char),
                Some(_) => text.get(i..).and_then(|s| s.chars().next()),
            }
        };
        // The word being read: (start in text, start in buf).
        let mut current: Option<(usize, usize)> = None;
        let mut prev = ' ';
        let mut i = 0;
        while let Some(c) = char_at(i) {
            // A run of small letters and digits is its own fold: copy it
            // whole (most of a word, often all of it).
            let run = folded_run(&bytes[i..]);
            if run > 0 {
                if current.is_none() {
                    current = Some(out.open_word(i, prev));
                }
                out.buf.push_str(&text[i..i + run]);
                prev = last_char(&text[i..i + run]);
                i += run;
                continue;
            }
            let next_i = i + c.len_utf8();
            if is_word_char(c) {
                if current.is_none() {
                    current = Some(out.open_word(i, prev));
                }
                push_folded(&mut out.buf, c);
                prev = c;
                i = next_i;
                continue;
            }
            if let Some((start, fstart)) = current {
                // The next character is read only after a joining mark.
                let next = || char_at(next_i);
                let joins = match c {
                    '.' => next().is_some_and(|n| {
                        (prev.is_alphabetic() && n.is_alphabetic())
                            || (prev.is_ascii_digit() && n.is_ascii_digit())
                    }),
                    ',' => prev.is_ascii_digit() && next().is_some_and(|n| n.is_ascii_digit()),
                    '\'' | '’' => prev.is_alphabetic() && next().is_some_and(char::is_alphabetic),
                    _ => false,
                };
                if joins {
                    out.buf.push(c);
                    prev = c;
                    i = next_i;
                    continue;
                }
                out.finish(text, start..i, fstart);
                current = None;
            }
            prev = c;
            i = next_i;
        }
        if let Some((start, fstart)) = current {
            out.finish(text, start..text.len(), fstart);
        }
        out
    }

    /// Starts a word at byte `i`; returns where it starts in the text and
    /// in the folds. A word right after "word-" may be a suffix of it: the
    /// hyphen goes into the fold so a join reads `əliyev-in`.
    #[inline]
    fn open_word(&mut self, i: usize, prev: char) -> (usize, usize) {
        if prev == '-' && self.list.last().is_some_and(|(r, _)| r.end + 1 == i) {
            self.buf.push('-');
        }
        (i, self.buf.len())
    }

    /// Records a word just read, joining it to the previous one when only
    /// a hyphen separates them and it is a suffix (`Əliyev-in`).
    #[inline]
    fn finish(&mut self, text: &str, range: Range<usize>, fstart: usize) {
        let folded = fstart..self.buf.len();
        if let Some((prev, pfold)) = self.list.last_mut() {
            // Only a hyphen (`-` or U+2011, three bytes) between them.
            let gap = text
                .as_bytes()
                .get(prev.end..range.start)
                .unwrap_or_default();
            let hyphen = gap == b"-" || gap == "‑".as_bytes();
            if hyphen && is_chain(&self.buf[folded.clone()], Suffixes::All) {
                prev.end = range.end;
                pfold.end = folded.end;
                return;
            }
        }
        self.list.push((range, folded));
    }

    /// How many words.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// Whether there is no word.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// The byte range of word `i` in the text.
    pub fn range(&self, i: usize) -> Range<usize> {
        self.list[i].0.clone()
    }

    /// Word `i`, folded.
    pub fn folded(&self, i: usize) -> &str {
        &self.buf[self.list[i].1.clone()]
    }

    /// (byte range in the text, folded word) for every word.
    pub fn iter(&self) -> impl Iterator<Item = (Range<usize>, &str)> {
        self.list
            .iter()
            .map(|(r, f)| (r.clone(), &self.buf[f.clone()]))
    }
}

/// A phrase split into folded words, ready for [`find_phrase_in`].
pub fn phrase(text: &str) -> Vec<String> {
    // Split exactly as [`Words`] splits the text it is looked for in, so
    // a hyphenated compound (`Mənzil-Kommunal`) is the same words on
    // both sides.
    words(text)
        .into_iter()
        .map(|(_, w)| fold(w).into_owned())
        .collect()
}

/// Finds a phrase (words in order, separated by white space) in `text`;
/// only the last word may carry suffixes. Returns the byte range of
/// every match.
pub fn find_phrase(text: &str, wanted: &str, which: Suffixes) -> Vec<Range<usize>> {
    find_phrase_in(&Words::new(text), &phrase(wanted), which)
}

/// [`find_phrase`] over words already split and folded.
pub fn find_phrase_in(ws: &Words, want: &[String], which: Suffixes) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    if want.is_empty() || want.len() > ws.len() {
        return found;
    }
    for i in 0..=ws.len() - want.len() {
        let ok = want.iter().enumerate().all(|(k, w)| {
            let got = ws.folded(i + k);
            if k + 1 == want.len() {
                matches_folded(got, w, which)
            } else {
                got == w
            }
        });
        if ok {
            found.push(ws.range(i).start..ws.range(i + want.len() - 1).end);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hyphenated_phrase_is_found_as_written() {
        let text = "O, Mənzil-Kommunal Təsərrüfatı İdarəsinin rəisidir.";
        let found = find_phrase(
            text,
            "Mənzil-Kommunal Təsərrüfatı İdarəsinin rəisi",
            Suffixes::Inflections,
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            phrase("vitse-prezident").len(),
            words("vitse-prezident").len()
        );
    }

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
    fn folded_words_agree_with_words_and_fold() {
        let text = "İlham Əliyev-in 2023-cü il DİDK-nın 92,500.4 manatı, Moody’s b.e.ə. ISTIQLAL Ελλάδα - son";
        let ws = Words::new(text);
        let expected: Vec<(Range<usize>, String)> = words(text)
            .into_iter()
            .map(|(r, w)| (r, fold(w).into_owned()))
            .collect();
        let got: Vec<(Range<usize>, String)> = ws.iter().map(|(r, f)| (r, f.to_string())).collect();
        assert_eq!(got, expected);
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
