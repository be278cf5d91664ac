//! `style.full-names` (q): people are named in full, not by an initial
//! (`İ.Əliyev`), with the full name as the fix where the article gives
//! it. What an initial is (a capital and a dot before a surname-like
//! word, not a letter ending a list or a sentence) is decided here.

use super::Ctx;
use super::doc::Block;
use crate::diag::Rule;
use crate::diag::Severity;
use crate::text::fold;
use crate::text::words::{is_suffix_chain, words};
use std::ops::Range;

/// "Firstname Surname" pairs written in full anywhere in the article.
fn full_names(ctx: &Ctx<'_>) -> Vec<(String, String)> {
    let mut texts: Vec<&str> = ctx.doc.blocks.iter().map(|b| b.text.as_str()).collect();
    if let Some(speaker) = ctx
        .article
        .fm
        .claim
        .as_ref()
        .and_then(|c| c.speaker.as_deref())
    {
        texts.push(speaker);
    }
    if let Some(title) = ctx.article.fm.title.as_deref() {
        texts.push(title);
    }
    let capital = |w: &str| {
        w.chars().next().is_some_and(char::is_uppercase)
            && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
    };
    let mut names = Vec::new();
    for t in texts {
        let ws = words(t);
        for pair in ws.windows(2) {
            let (a, b) = (pair[0].1, pair[1].1);
            let adjacent = t[pair[0].0.end..pair[1].0.start].trim().is_empty();
            if adjacent
                && capital(a)
                && capital(b)
                && a.chars().count() >= 2
                && b.chars().count() >= 3
            {
                names.push((a.to_string(), b.to_string()));
            }
        }
    }
    names
}

/// Reports the initials of block `b`; `names` are the article's full
/// names, found once an initial needs them.
pub(super) fn initials(ctx: &mut Ctx<'_>, b: &Block, names: &mut Option<Vec<(String, String)>>) {
    let text = &b.text;
    let mut from = 0;
    while let Some(found) = memchr::memchr(b'.', &text.as_bytes()[from..]) {
        let dot = from + found;
        from = dot + 1;
        let Some((c, start, surname)) = initial_at(text, dot) else {
            continue;
        };
        if b.is_quoted(start) || in_letter_list(&text[..start]) {
            continue;
        }
        let surname_end = surname.end;
        let surname = &text[surname];
        let written = &text[start..surname_end];
        // The full name, where the article gives it: same initial, and the
        // surname is the written one without its suffix.
        let fsur = fold(surname);
        let known = names.get_or_insert_with(|| full_names(ctx));
        let same_surname = |last: &str| {
            fsur.strip_prefix(fold(last).as_ref())
                .is_some_and(|rest| is_suffix_chain(rest.trim_start_matches('-')))
        };
        if !known.iter().any(|(_, last)| same_surname(last)) && !surname_like(&fsur) {
            // `… A, B və C. Növbəti …`: a letter that ends a sentence
            // before an ordinary word, not an initial.
            continue;
        }
        let full = known
            .iter()
            .find(|(first, last)| first.starts_with(c) && same_surname(last));
        let fix = full.map(|(first, _)| format!("{first} {surname}"));
        let msg = match &fix {
            Some(f) => say!(
                ctx.lang(),
                "check-name-people-full-not",
                written = written,
                f = f
            ),
            None => say!(
                ctx.lang(),
                "check-name-people-full-not-initial",
                written = written
            ),
        };
        let f = ctx.at_text(
            b,
            start..surname_end,
            Rule::StyleFullNames,
            Severity::Error,
            msg,
        );
        if let Some(fix) = fix {
            f.set_fix(fix, true);
        }
        from = surname_end;
    }
}

/// The initial whose dot is at `dot`: a capital letter standing alone
/// before it, then at most one space and a capitalised word of three or
/// more letters. Returns the letter, where it starts, and the surname's
/// range.
fn initial_at(text: &str, dot: usize) -> Option<(char, usize, Range<usize>)> {
    let c = text[..dot]
        .chars()
        .next_back()
        .filter(|c| c.is_uppercase())?;
    let start = dot - c.len_utf8();
    let standalone = text[..start]
        .chars()
        .next_back()
        .is_none_or(|p| !p.is_alphanumeric() && p != '.');
    let gap = usize::from(text[dot + 1..].starts_with(' '));
    let surname_start = dot + 1 + gap;
    let rest = &text[surname_start..];
    if !standalone || !rest.starts_with(char::is_uppercase) {
        return None;
    }
    let surname_end = rest
        .find(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
        .map_or(text.len(), |e| surname_start + e);
    let surname = &text[surname_start..surname_end];
    let lowercase_rest = surname
        .chars()
        .skip(1)
        .all(|c| c.is_lowercase() || c == '-');
    (surname.chars().count() >= 3 && lowercase_rest).then_some((
        c,
        start,
        surname_start..surname_end,
    ))
}

/// Endings of surnames (Azerbaijani, Russian-style and Turkish-style),
/// folded: a word that ends so, maybe with suffixes after it, reads as a
/// surname (`Əliyev`, `Babayevanın`, `Hüseynli`, `Rəsulzadə`).
const SURNAME_ENDINGS: &[&str] = &[
    "ov", "ova", "ev", "eva", "yev", "yeva", "li", "lı", "lu", "lü", "zadə", "zade", "oğlu",
    "qızı", "ski", "skaya", "ko", "yan", "dze", "şvili",
];

/// Whether a folded word reads as a surname: a surname ending, then
/// nothing or suffixes.
pub(super) fn surname_like(word: &str) -> bool {
    // Every place the surname may end: between two letters, or the end.
    let ends = word.char_indices().map(|(i, _)| i).chain([word.len()]);
    ends.map(|i| word.split_at(i)).any(|(base, rest)| {
        (rest.is_empty() || is_suffix_chain(rest.trim_start_matches('-')))
            && SURNAME_ENDINGS
                .iter()
                .any(|e| base.ends_with(e) && base.len() > e.len())
    })
}

/// Whether a capital letter stands as the last item of a list of
/// letters (`A, B və C.`, `A və B.`): the text before it ends with a
/// comma or "and" after another lone capital letter.
fn in_letter_list(before: &str) -> bool {
    let before = before.trim_end();
    let rest = ["və ya", "və", "yaxud", "and", "or", ","]
        .iter()
        .find_map(|sep| before.strip_suffix(sep));
    let Some(rest) = rest else {
        return false;
    };
    let rest = rest.trim_end().trim_end_matches(',').trim_end();
    let mut tail = rest.chars().rev();
    let letter = tail.next().is_some_and(char::is_uppercase);
    letter && tail.next().is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use crate::check::testing::in_body;
    use crate::diag::Rule;

    #[test]
    fn initials_are_reported_with_the_full_name_as_fix() {
        let f = in_body("Bunu L.Babayeva da təsdiqləyib.", Rule::StyleFullNames);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].fix.as_deref(), Some("Lalə Babayeva"));
        assert!(f[0].certain);
        let f = in_body(
            "Bunu L. Babayevanın sözləri də göstərir.",
            Rule::StyleFullNames,
        );
        assert_eq!(f[0].fix.as_deref(), Some("Lalə Babayevanın"));
        let f = in_body("Bunu İ.Əliyev də deyib.", Rule::StyleFullNames);
        assert_eq!(f.len(), 1);
        for initial in [
            "Bunu R. Hüseynli də deyib.",
            "Məqaləni M. Rəsulzadə yazıb.",
            "Sənədi A. Qasımovanın müavini imzalayıb.",
        ] {
            assert_eq!(in_body(initial, Rule::StyleFullNames).len(), 1, "{initial}");
        }
        assert_eq!(f[0].fix, None, "the article does not give the full name");
        for fine in [
            "O, “L.Babayeva belə deyib” yazıb.",
            "Abidə b.e.ə. V əsrə aiddir.",
            "Hündürlüyü 3 m. idi.",
            "Bakı ş., Nizami küç. 5 ünvanı.",
            "ABŞ. Sonra Avropa.",
            // Letters that end a sentence or a list are not initials.
            "Məktəblər üç sinfə bölünür: A, B və C. Növbəti il dəyişəcək.",
            "Layihələr iki qrupa ayrılıb: A və B. Sonra komissiya qərar verib.",
            "Variant B. Bunu da nəzərə alın.",
        ] {
            assert!(in_body(fine, Rule::StyleFullNames).is_empty(), "{fine}");
        }
    }
}
