//! `style.abbreviation-first-use` (q): an organisation's abbreviation
//! follows its full name. What is an abbreviation (capitals, not a
//! heading, a name set in capitals, part of a document number) and what
//! counts as its full name written first is decided here.

use super::Ctx;
use super::doc::Block;
use super::full_names::surname_like;
use crate::diag::Rule;
use crate::diag::Severity;
use crate::text::sentences::is_roman_numeral;
use crate::text::words::{is_suffix_chain, words};
use crate::text::{fold, is_capitalised};
use std::collections::HashSet;

/// An all-capitals word of two or more letters, without its suffix:
/// `DİDK-nın` → `DİDK`.
fn abbreviation(word: &str) -> Option<&str> {
    // Most words start with a small letter or a digit: answered without
    // a Unicode table.
    if crate::text::starts_small(word) {
        return None;
    }
    let first = word.chars().next().filter(|c| c.is_uppercase())?;
    // A capital and then a small letter: a name or a sentence's start.
    if crate::text::starts_small(&word[first.len_utf8()..]) {
        return None;
    }
    let base = word.split(['-', '\'', '’']).next().unwrap_or(word);
    let capitals = base.chars().all(|c| c.is_alphabetic() && c.is_uppercase());
    (capitals && base.chars().nth(1).is_some() && !is_roman_numeral(base)).then_some(base)
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
        .is_some_and(|w| w.chars().count() >= 2 && is_capitalised(w));
    first_name && surname_like(&fold(word))
}

/// Words that a full name may hold but an abbreviation leaves out.
const SMALL_WORDS: &[&str] = &[
    "və", "ilə", "üzrə", "üçün", "adına", "of", "and", "the", "for",
];

/// Whether the article, up to this use, writes the words the
/// abbreviation stands for: a run of words whose first letters are its
/// letters, small words (`və`, `üzrə`) aside, whatever the punctuation
/// or the suffixes. Earlier in the article the run must start with a
/// capital, as a body's name does (`Xarici İşlər Nazirliyi … XİN`);
/// right before the abbreviation any words do (`vergi ödəyicisinin
/// eyniləşdirmə nömrəsi — VÖEN`), so that three words that happen to
/// start with K, İ and V somewhere do not explain `KİV`.
fn spelt_out_earlier(ctx: &Ctx<'_>, b: &Block, at: usize, abbr: &str) -> bool {
    let letters: Vec<String> = abbr
        .chars()
        .map(|c| fold(&c.to_string()).into_owned())
        .collect();
    let n = letters.len();
    if n < 2 {
        return false;
    }
    for block in &ctx.doc.blocks {
        let here = std::ptr::eq(block, b);
        // (initial, starts with a capital) of each word up to this use.
        let words: Vec<(String, bool)> = block
            .words
            .iter()
            .filter(|(r, w)| (!here || r.end <= at) && !SMALL_WORDS.contains(w))
            .map(|(r, w)| {
                let capital = block.text[r].starts_with(char::is_uppercase);
                (w.chars().take(1).collect(), capital)
            })
            .collect();
        let found = words.windows(n).enumerate().any(|(i, run)| {
            let spells = run
                .iter()
                .zip(&letters)
                .all(|((initial, _), l)| initial == l);
            let right_before = here && i + n == words.len();
            spells && (right_before || run[0].1)
        });
        if found {
            return true;
        }
        if here {
            break;
        }
    }
    false
}

/// Words in capitals that are not abbreviations, by where they stand: a
/// part of a legal document's number (`833-IIIQ`), a surname set in
/// capitals (`Aysel MƏMMƏDOVA`), a tag ending a headline (`… - VİDEO`),
/// a dateline (`BAKI, 13 sentyabr`), a vehicle make (`QAZ 31 markalı`),
/// a licence plate (`02 BH 884`).
fn not_an_abbreviation(b: &Block, i: usize, abbr: &str) -> bool {
    let text = &b.text;
    let r = b.words.range(i);
    let before = text[..r.start].trim_end();
    let after = &text[r.end..];
    let last = i + 1 == b.words.len() && after.trim().is_empty();
    // A tag that ends a headline (`… - VİDEO`, `… arasında MÜBAHİSƏ`):
    // the last word, after a dash or in a line with no sentence's end.
    let unpunctuated = !text.trim_end().ends_with(['.', '!', '?', '…', ':', ';']);
    let headline_tag = last && (before.ends_with(['-', '–', '—']) || unpunctuated);
    let dateline = i == 0
        && after
            .strip_prefix(',')
            .is_some_and(|a| a.trim_start().starts_with(|c: char| c.is_ascii_digit()));
    let make = (i + 1..(i + 4).min(b.words.len())).any(|j| b.words.folded(j).starts_with("markal"));
    let plate = before.ends_with(|c: char| c.is_ascii_digit())
        && text[..r.start].ends_with(' ')
        && after.starts_with(' ')
        && after.trim_start().starts_with(|c: char| c.is_ascii_digit());
    headline_tag
        || dateline
        || make
        || plate
        || document_number_part(text, r.start)
        || surname_in_capitals(text, r.start, abbr)
}

/// Whether an abbreviation is one every reader knows.
fn known(ctx: &Ctx<'_>, abbr: &str) -> bool {
    ctx.params
        .known_abbreviations
        .contains(&super::params::known_form(abbr))
}

/// Whether the same word is also written in ordinary letters in the
/// article (`SÖZ` beside `söz`, `BAKI` beside `Bakı`): a word set in
/// capitals for emphasis, not an abbreviation.
fn written_in_lowercase(ctx: &Ctx<'_>, abbr: &str) -> bool {
    let folded = fold(abbr);
    ctx.doc.blocks.iter().any(|b| {
        b.words.iter().any(|(r, w)| {
            let same = w
                .strip_prefix(folded.as_ref())
                .is_some_and(|rest| rest.is_empty() || is_suffix_chain(rest));
            same && b.text[r].chars().skip(1).any(char::is_lowercase)
        })
    })
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
        if not_an_abbreviation(b, i, abbr) || b.is_quoted(r.start) || known(ctx, abbr) {
            continue;
        }
        if !seen.insert(abbr.to_string()) || written_in_lowercase(ctx, abbr) {
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
        if !introduced && !spelt_out_earlier(ctx, b, r.start, abbr) {
            let msg = say!(ctx.lang(), "check-used-before-full-name-write", abbr = abbr);
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

    #[test]
    fn capitals_that_stand_for_no_name_are_not_abbreviations() {
        for fine in [
            "Nazir jurnalistlərin suallarını cavablandırıb - MÜSAHİBƏ",
            "BAKI, 13 sentyabr — Sputnik. Əhalinin sayı bir qədər artıb.",
            "VAZ markalı avtomobil Mercedes ilə toqquşub.",
            "Kəsişmədə VAZ və \"Mercedes\" markalı avtomobillər toqquşub.",
            "Sahibə Qafarova ilə deputat arasında MÜBAHİSƏ",
            "Nazirlikdən yeni dərs ilinin müddəti ilə bağlı AÇIQLAMA",
            "Qəzaya QAZ 31 markalı yük maşını səbəb olub.",
            "Sürücü 02 BH 884 dövlət nömrə nişanlı avtomobili idarə edirdi.",
            "Azərbaycan uşaq ədəbiyyatı SSRİ üzrə ən qabaqcıl ədəbiyyat idi.",
            "Qriplə COVİD-19 virusunun simptomları bənzərdir.",
        ] {
            assert!(
                in_body(fine, Rule::StyleAbbreviationFirstUse).is_empty(),
                "{fine}"
            );
        }
        // A word set in capitals for emphasis, written plainly elsewhere.
        let emphasis = "Yazdığım hər sözlə döyüşürəm, amma çox vaxt SÖZ qalib çıxır.";
        assert!(in_body(emphasis, Rule::StyleAbbreviationFirstUse).is_empty());
        // Still reported: a bare abbreviation, a plate-like one in text.
        for reported in [
            "Sonra DSMF bəyanat yayıb.",
            "Hesabatı 2 DSMF əməkdaşı hazırlayıb.",
        ] {
            assert_eq!(
                in_body(reported, Rule::StyleAbbreviationFirstUse).len(),
                1,
                "{reported}"
            );
        }
    }

    #[test]
    fn a_full_name_written_earlier_introduces_its_abbreviation() {
        for fine in [
            "Xarici İşlər Nazirliyi bəyanat yayıb. XİN-in bəyanatında hücum pislənir.",
            "Yeni Azərbaycan Partiyası iclaslarının sayını artırıb. YAP-ın rayon təşkilatları da toplaşır.",
            "Qurum Dövlət ittihamının müdafiəsi üzrə idarəyə müraciət edib. DİMİ-nin prokuroru protest verib.",
        ] {
            assert!(
                in_body(fine, Rule::StyleAbbreviationFirstUse).is_empty(),
                "{fine}"
            );
        }
        let before = "XİN-in bəyanatında hücum pislənir. Xarici İşlər Nazirliyi bəyanat yayıb.";
        assert_eq!(in_body(before, Rule::StyleAbbreviationFirstUse).len(), 1);
    }
}
