//! `style.abbreviation-first-use` (q): an organisation's abbreviation
//! follows its full name. What is an abbreviation (capitals, not a
//! heading, a name set in capitals, part of a document number) and what
//! counts as its full name written first is decided here.

use super::Ctx;
use super::doc::Block;
use super::full_names::surname_like;
use crate::diag::Rule;
use crate::diag::Severity;
use crate::text::fold;
use crate::text::sentences::is_roman_numeral;
use crate::text::words::words;
use std::collections::HashSet;

/// An all-capitals word of two or more letters, without its suffix:
/// `DİDK-nın` → `DİDK`.
fn abbreviation(word: &str) -> Option<&str> {
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let base = word.split(['-', '\'', '’']).next().unwrap_or(word);
    let letters = base.chars().count();
    let capitals = base.chars().all(|c| c.is_alphabetic() && c.is_uppercase());
    (letters >= 2 && capitals && !is_roman_numeral(base)).then_some(base)
}

/// Whether capitals at `start` are part of a legal document's number,
/// written after its digits and a hyphen (`833-IIIQ`, `1024-IIQ`).
fn document_number_part(text: &str, start: usize) -> bool {
    text[..start]
        .strip_suffix('-')
        .is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
}

/// Whether a word in capitals is a surname set in capitals, as bylines
/// print it (`Aysel MƏMMƏDOVA`): it reads as a surname and follows a
/// capitalised first name.
fn surname_in_capitals(text: &str, start: usize, word: &str) -> bool {
    let first_name = text[..start]
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| {
            w.chars().count() >= 2
                && w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().skip(1).all(char::is_lowercase)
        });
    first_name && surname_like(&fold(word))
}

/// Whether the words right before an abbreviation spell it out, their
/// first letters being its letters (`vergi ödəyicisinin eyniləşdirmə
/// nömrəsi — VÖEN`): the full name is written, whatever the punctuation.
fn spelt_out_before(before: &str, abbr: &str) -> bool {
    let letters: Vec<String> = abbr
        .chars()
        .map(|c| fold(&c.to_string()).into_owned())
        .collect();
    let ws = words(before);
    if ws.len() < letters.len() || letters.len() < 2 {
        return false;
    }
    let initials: Vec<String> = ws[ws.len() - letters.len()..]
        .iter()
        .map(|(_, w)| {
            let first: String = w.chars().take(1).collect();
            fold(&first).into_owned()
        })
        .collect();
    initials == letters
}

/// Reports the first uses in block `b` of abbreviations not `seen` yet.
pub(super) fn check(ctx: &mut Ctx<'_>, b: &Block, seen: &mut HashSet<String>) {
    let ws = &b.words;
    for (i, (r, _)) in ws.iter().enumerate() {
        let written = &b.text[r.clone()];
        let Some(abbr) = abbreviation(written) else {
            continue;
        };
        // Words in capitals next to each other are a name or a heading
        // set in capitals (ABA MEDİA, YEKUN MÜDDƏALAR), not an abbreviation.
        let neighbour_in_caps = [i.checked_sub(1), Some(i + 1)]
            .into_iter()
            .flatten()
            .filter(|&j| j < ws.len())
            .any(|j| abbreviation(&b.text[ws.range(j)]).is_some());
        // A long word in capitals, or a line that is only that word, is a
        // shouted word or a heading (PLATFORMALAR), not an abbreviation.
        let heading_line = b
            .text
            .trim()
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
            == written;
        if neighbour_in_caps || heading_line || abbr.chars().count() > 8 {
            continue;
        }
        if document_number_part(&b.text, r.start) || surname_in_capitals(&b.text, r.start, abbr) {
            continue;
        }
        if b.is_quoted(r.start)
            || ctx.params.known_abbreviations.contains(abbr)
            || !seen.insert(abbr.to_string())
        {
            continue;
        }
        let before = b.text[..r.start].trim_end();
        let after = &b.text[r.start + abbr.len()..];
        // The first use is "Full Name (ABBR)": capitalised words, then the
        // abbreviation in brackets.
        let introduced = before.ends_with('(') && after.starts_with(')') && {
            let name = before.trim_end_matches('(').trim_end();
            words(name)
                .iter()
                .rev()
                .take(abbr.chars().count() + 3)
                .any(|(_, w)| w.chars().next().is_some_and(char::is_uppercase))
        };
        if !introduced && !spelt_out_before(before, abbr) {
            let msg = ctx.tr(
                format!("`{abbr}` ilk dəfə işlənir: təşkilatın adını əvvəlcə tam yazın, sonra mötərizədə abreviaturanı verin, məsələn “Tam Ad ({abbr})”"),
                format!("`{abbr}` is used before its full name: write the organisation's name in full first, then the abbreviation in brackets, e.g. “Full Name ({abbr})”"),
            );
            ctx.at_text(
                b,
                r.start..r.start + abbr.len(),
                Rule::StyleAbbreviationFirstUse,
                Severity::Warning,
                msg,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::in_body;
    use crate::diag::Rule;

    #[test]
    fn document_numbers_and_surnames_in_capitals_are_not_abbreviations() {
        for fine in [
            "Qanun 2020-ci il 12 may tarixli 833-IIIQ nömrəli qərarla təsdiqlənib.",
            "Dəyişiklik 1024-IIQ saylı qanunla edilib.",
            "Müəllif: Aysel MƏMMƏDOVA, Bakı.",
            "Hazırladı: Rauf QASIMOV.",
        ] {
            assert!(
                in_body(fine, Rule::StyleAbbreviationFirstUse).is_empty(),
                "{fine}"
            );
        }
    }

    #[test]
    fn an_abbreviation_right_after_the_words_it_stands_for_is_introduced() {
        let fine = "Namizəd vergi ödəyicisinin eyniləşdirmə nömrəsini — VÖEN-i təqdim edir.";
        assert!(in_body(fine, Rule::StyleAbbreviationFirstUse).is_empty());
        let fine = "Sənəd Dövlət Sosial Müdafiə Fondu - DSMF tərəfindən hazırlanıb.";
        assert!(in_body(fine, Rule::StyleAbbreviationFirstUse).is_empty());
        let unexplained = "Namizəd sənədləri və VÖEN-i təqdim edir.";
        assert_eq!(
            in_body(unexplained, Rule::StyleAbbreviationFirstUse).len(),
            1
        );
    }

    #[test]
    fn the_countrys_own_bodies_are_spelt_out_first() {
        for (sentence, abbr) in [
            ("Hesabatı QHT-lər hazırlayıb.", "QHT"),
            ("Bu barədə DİN məlumat yayıb.", "DİN"),
            ("Tələbələr BDU-da oxuyur.", "BDU"),
            ("Sorğunu MSK keçirib.", "MSK"),
        ] {
            let f = in_body(sentence, Rule::StyleAbbreviationFirstUse);
            assert_eq!(f.len(), 1, "{sentence}");
            assert!(f[0].message.contains(abbr), "{}", f[0].message);
        }
        for known in [
            "Hesabatı BMT hazırlayıb.",
            "Qiymət 5 AZN-dir.",
            "ÜDM artıb.",
            "NATO bəyanat yayıb.",
        ] {
            assert!(
                in_body(known, Rule::StyleAbbreviationFirstUse).is_empty(),
                "{known}"
            );
        }
    }

    #[test]
    fn abbreviations_follow_their_full_name() {
        let f = in_body("DSMF hesabat yayıb.", Rule::StyleAbbreviationFirstUse);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].line, f[0].column), (44, 1));
        let fine =
            "Dövlət Sosial Müdafiə Fondu (DSMF) hesabat yayıb. DSMF-nin hesabatı ətraflıdır.";
        assert!(in_body(fine, Rule::StyleAbbreviationFirstUse).is_empty());
        for known in [
            "BMT və ABŞ bəyanat yayıb.",
            "XX əsrdə belə idi.",
            "NATO-nun iclası keçirilib.",
        ] {
            assert!(
                in_body(known, Rule::StyleAbbreviationFirstUse).is_empty(),
                "{known}"
            );
        }
        let quoted = "O dedi: “DSMF bunu etməlidir”.";
        assert!(in_body(quoted, Rule::StyleAbbreviationFirstUse).is_empty());
    }
}
