//! Style (guide: "Materialın üslubu"): sentence length, banned words,
//! number format and rounding, Arabic numerals, sources beside tables;
//! full names (`full_names.rs`) and abbreviations (`abbreviations.rs`)
//! have files of their own, run from here.
//!
//! Rules marked (q) in RULES.md skip quotations: a speaker's words keep
//! their numbers, words and grammar. Every rule reads the words and
//! numbers each block has already split and folded.

use super::doc::{Block, BlockKind};
use super::{Ctx, abbreviations, full_names};
use crate::diag::Rule;
use crate::diag::Severity;
use crate::text::fold;
use crate::text::numbers::{Form, group_thousands, number_word, number_words_value};
use crate::text::quotes::inside;
use crate::text::sentences::sentences;
use crate::text::words::{Suffixes, is_suffix_chain, matches_folded};
use std::collections::HashSet;
use std::ops::Range;

pub(crate) fn check(ctx: &mut Ctx<'_>) {
    let doc = ctx.doc;
    let mut abbreviations_seen: HashSet<String> = HashSet::new();
    // Full names in the article, found only once an initial needs one.
    let mut names: Option<Vec<(String, String)>> = None;
    for b in &doc.blocks {
        let heading = matches!(b.kind, BlockKind::Heading(_));
        if !heading && !b.blockquote {
            sentence_length(ctx, b);
        }
        if b.blockquote {
            continue;
        }
        full_names::initials(ctx, b, &mut names);
        if !heading {
            abbreviations::check(ctx, b, &mut abbreviations_seen);
        }
        banned_words(ctx, b);
        number_format(ctx, b);
        number_rounding(ctx, b);
        numerals(ctx, b);
    }
    table_source(ctx);
}

fn sentence_length(ctx: &mut Ctx<'_>, b: &Block) {
    let max = ctx.params.max_words;
    if b.words.len() <= max {
        return;
    }
    // Only a quotation of someone's words is theirs; a quoted name (a
    // film, a law, an event) is part of the author's sentence.
    let speech: Vec<_> = b
        .quotes
        .iter()
        .filter(|q| !is_quoted_name(&b.text, q))
        .cloned()
        .collect();
    let skipped = |start: usize| b.blockquote || inside(&speech, start);
    // Sentences and words are both in text order: one pass over each.
    let mut words = b.words.iter().map(|(r, _)| r.clone()).peekable();
    let mut previous_end = usize::MAX;
    for s in sentences(&b.text) {
        let mut n = 0;
        while let Some(r) = words.peek().cloned() {
            if r.start >= s.end {
                break;
            }
            // `ayrı-ayrı`, `sosial-iqtisadi`: one orthographic word; so
            // are a score (`1:0`) and a suffix after a closing quote
            // (`"Sabah"a`).
            let compound = one_word_with_previous(&b.text, previous_end, &r);
            if r.start >= s.start && !skipped(r.start) && !compound {
                n += 1;
            }
            previous_end = r.end;
            words.next();
        }
        if n > max {
            let msg = say!(
                ctx.lang(),
                "check-sentence-has-words-up-advised",
                n = n,
                max = max
            );
            ctx.at_text(b, s, Rule::StyleSentenceLength, Severity::Warning, msg);
        }
    }
}

/// Whether the word at `r` is part of the orthographic word that ended at
/// `previous_end`: joined by a hyphen, a score's colon between digits,
/// or a suffix written after a closing quotation mark.
fn one_word_with_previous(text: &str, previous_end: usize, r: &Range<usize>) -> bool {
    // Most words follow one space.
    if r.start == previous_end.wrapping_add(1) && text.as_bytes().get(previous_end) == Some(&b' ') {
        return false;
    }
    let Some(gap) = text.get(previous_end..r.start) else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    // Most words follow a space: the previous word is looked at only
    // after a colon (every word of the site passes here).
    let previous = || {
        text[..previous_end]
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default()
    };
    let word = &text[r.clone()];
    gap == "-"
        || (gap == ":" && digits(word) && digits(previous()))
        || (!gap.is_empty()
            && gap
                .chars()
                .all(|c| matches!(c, '”' | '"' | '»' | '’' | '\''))
            && is_suffix_chain(&fold(word)))
}

/// Whether a quotation is a name inside the author's own sentence (a
/// film, book, law, event or organisation: “Dəli Kür” filmi, “Mətbuat
/// haqqında” Qanun, “Qarabağ”ın) rather than someone's words: it starts
/// with a capital, is short, has no punctuation of a sentence inside, is
/// not introduced by a colon, and the sentence goes on right after it
/// with a word or a suffix (someone's words end at a comma or a dot).
fn is_quoted_name(text: &str, q: &std::ops::Range<usize>) -> bool {
    let inner = text[q.clone()].trim_matches(['“', '”', '«', '»', '„', '"', ' ']);
    let capital = inner.chars().next().is_some_and(char::is_uppercase);
    let sentence_inside = inner.contains(['.', '!', '?', '…', ':', ';', ',']);
    let short = inner.split_whitespace().count() <= 8;
    let after_colon = text[..q.start].trim_end().ends_with(':');
    let goes_on = text[q.end..]
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '-');
    capital && short && !sentence_inside && !after_colon && goes_on
}

fn banned_words(ctx: &mut Ctx<'_>, b: &Block) {
    for (i, (range, folded)) in b.words.iter().enumerate() {
        let Some(base) = ctx
            .params
            .banned_candidates(folded)
            .find(|base| matches_folded(folded, base, Suffixes::All))
        else {
            continue;
        };
        if b.is_quoted(range.start) || innocent_here(ctx, b, i, base) {
            continue;
        }
        let written = &b.text[range.clone()];
        let msg = say!(
            ctx.lang(),
            "check-rude-word-slang-jargon-outside",
            written = written,
            base = base
        );
        ctx.at_text(b, range, Rule::StyleBannedWords, Severity::Error, msg);
    }
}

/// Whether the banned word at word `i` is used in an ordinary sense: a
/// word of its innocent context stands within four words of it, in the
/// same sentence.
fn innocent_here(ctx: &Ctx<'_>, b: &Block, i: usize, base: &str) -> bool {
    let Some((_, context)) = ctx.params.innocent.iter().find(|(w, _)| w == base) else {
        return false;
    };
    let here = b.words.range(i);
    let sentence = sentences(&b.text)
        .into_iter()
        .find(|s| s.start <= here.start && here.start < s.end)
        .unwrap_or(0..b.text.len());
    let near = i.saturating_sub(4)..(i + 5).min(b.words.len());
    near.filter(|&j| j != i)
        .filter(|&j| sentence.contains(&b.words.range(j).start))
        .any(|j| {
            context
                .iter()
                .any(|c| b.words.folded(j).starts_with(c.as_str()))
        })
}

fn number_format(ctx: &mut Ctx<'_>, b: &Block) {
    for n in &b.numbers {
        let Form::Forbidden(fixed) = &n.form else {
            continue;
        };
        if b.is_quoted(n.range.start) {
            continue;
        }
        let written = &n.text;
        let msg = say!(
            ctx.lang(),
            "check-breaks-house-style-thousands-take",
            written = written,
            fixed = fixed
        );
        let f = ctx.at_text(
            b,
            n.range.clone(),
            Rule::StyleNumberFormat,
            Severity::Error,
            msg,
        );
        f.set_fix(fixed.clone(), true);
    }
}

const SCALE_WORDS: &[&str] = &["milyon", "mln", "milyard", "mlrd", "trilyon"];
const CURRENCY_WORDS: &[&str] = &[
    "manat", "azn", "dollar", "usd", "avro", "euro", "eur", "rubl", "funt", "lirə", "lari", "yen",
    "yuan", "$", "€",
];

/// Whether a folded word is one of `list`; names shorter than four
/// letters (AZN, yen) must match whole: `yeni` is not yen.
fn is_one_of(list: &[&str], w: Option<&str>) -> bool {
    w.is_some_and(|w| {
        list.iter().any(|x| {
            if x.chars().count() < 4 {
                w == *x
            } else {
                matches_folded(w, x, Suffixes::Inflections)
            }
        })
    })
}

fn number_rounding(ctx: &mut Ctx<'_>, b: &Block) {
    for n in &b.numbers {
        if n.form == Form::Exempt || b.is_quoted(n.range.start) {
            continue;
        }
        let Some(value) = n.value.filter(|v| v.fract() != 0.0) else {
            continue;
        };
        let rest = b.text[n.range.end..].trim_start();
        if rest.starts_with('%') {
            continue;
        }
        // The words right after the number.
        let next: Vec<&str> = {
            let first = (0..b.words.len())
                .position(|i| b.words.range(i).start >= n.range.end)
                .unwrap_or(b.words.len());
            (first..b.words.len())
                .take(2)
                .map(|i| b.words.folded(i))
                .collect()
        };
        if next.first().is_some_and(|w| w.starts_with("faiz")) {
            continue;
        }
        let scale = is_one_of(SCALE_WORDS, next.first().copied());
        let currency = is_one_of(CURRENCY_WORDS, next.first().copied())
            || (scale && is_one_of(CURRENCY_WORDS, next.get(1).copied()))
            || rest.starts_with(['$', '€']);
        if !(scale || currency || value >= 1_000_000.0) {
            continue;
        }
        // Only a large figure: rounding must change the value by less
        // than 1 % (332.3 AZN → 332 AZN), never a fare of 0.40 manat or
        // 3.2 milyon, where the fraction is much of the value.
        if (value.round() - value).abs() >= value.abs() * 0.01 {
            continue;
        }
        let rounded = value.round() as u64;
        let sep = if n.text.contains(' ') { ' ' } else { ',' };
        let fix = if rounded >= 10_000 {
            group_thousands(rounded, sep)
        } else {
            rounded.to_string()
        };
        let written = &n.text;
        let msg = say!(
            ctx.lang(),
            "check-round-large-figures-amounts-money",
            written = written,
            fix = fix
        );
        let f = ctx.at_text(
            b,
            n.range.clone(),
            Rule::StyleNumberRounding,
            Severity::Warning,
            msg,
        );
        f.set_fix(fix, false);
    }
}

const NUMERAL_TARGETS: &[&str] = &["yaş", "yaşlı", "nömrəli", "saylı"];

fn numerals(ctx: &mut Ctx<'_>, b: &Block) {
    let ws = &b.words;
    let mut i = 0;
    while i < ws.len() {
        let mut j = i;
        while j < ws.len() && number_word(ws.folded(j)).is_some() {
            j += 1;
        }
        let targeted = j > i
            && j < ws.len()
            && NUMERAL_TARGETS
                .iter()
                .any(|t| matches_folded(ws.folded(j), t, Suffixes::Inflections));
        if targeted && !b.is_quoted(ws.range(i).start) {
            let refs: Vec<&str> = (i..j).map(|k| ws.folded(k)).collect();
            if let Some(value) = number_words_value(&refs) {
                let range: Range<usize> = ws.range(i).start..ws.range(j - 1).end;
                let written = b.text[range.clone()].to_string();
                let unit = &b.text[ws.range(j)];
                let msg = say!(
                    ctx.lang(),
                    "check-ages-addresses-numbers-take-arabic",
                    written = written,
                    unit = unit,
                    value = value
                );
                let f = ctx.at_text(b, range, Rule::StyleNumerals, Severity::Suggestion, msg);
                f.set_fix(value.to_string(), false);
            }
        }
        i = j.max(i + 1);
    }
}

fn table_source(ctx: &mut Ctx<'_>) {
    let doc = ctx.doc;
    let linked = |i: Option<usize>| {
        i.and_then(|i| doc.blocks.get(i))
            .is_some_and(|b| b.has_link && !matches!(b.kind, BlockKind::Heading(_)))
    };
    for t in &doc.tables {
        let in_table = doc.blocks[t.first_block..t.next_block]
            .iter()
            .any(|c| c.has_link);
        if !(in_table || linked(t.first_block.checked_sub(1)) || linked(Some(t.next_block))) {
            let msg = say!(ctx.lang(), "check-table-s-source-not-given");
            ctx.at_offset(t.start, Rule::StyleTableSource, Severity::Warning, msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{findings, in_body, with};
    use crate::diag::Rule;

    #[test]
    fn long_sentences_but_not_long_quotes() {
        let long = "Bu il şəkərin qiyməti həm idxal xərclərinin artması, həm də daxili istehsalın azalması səbəbindən bir neçə dəfə dəyişib və bu dəyişiklik ailələrin gündəlik xərclərinə, xüsusilə də aztəminatlı ailələrin büdcəsinə ciddi təsir göstərib, ekspertlər isə bunu gözlənilən hal sayırlar.";
        let f = in_body(long, Rule::StyleSentenceLength);
        assert_eq!(f.len(), 1);
        assert_eq!((f[0].line, f[0].column), (44, 1));
        let quoted = "Ekspert dedi: “Bu il şəkərin qiyməti həm idxal xərclərinin artması, həm də daxili istehsalın azalması səbəbindən bir neçə dəfə dəyişib və bu dəyişiklik ailələrin gündəlik xərclərinə ciddi təsir göstərib.”";
        assert!(in_body(quoted, Rule::StyleSentenceLength).is_empty());
        let abbreviations = "Kitablar, jurnallar və s. alınıb. Abidə b.e.ə. V əsrə aiddir. Prof. Məmmədov bunu təsdiqləyib.";
        assert!(in_body(abbreviations, Rule::StyleSentenceLength).is_empty());
    }

    #[test]
    fn a_hyphenated_compound_is_one_word() {
        // 29 orthographic words, three of them hyphenated compounds.
        let sentence = "Hökumət ayrı-ayrı rayonlarda sosial-iqtisadi vəziyyəti yaxşılaşdırmaq üçün elmi-texniki layihələrə əlavə vəsait ayırmağı, kənd yollarını təmir etməyi, məktəbləri yeniləməyi və yeni iş yerləri açmağı, həmçinin sahibkarlara güzəştli kreditlər verməyi planlaşdırır.";
        assert!(in_body(sentence, Rule::StyleSentenceLength).is_empty());
    }

    #[test]
    fn a_score_and_a_suffix_after_a_quote_are_one_word() {
        // 28 orthographic words with three scores.
        let scores = "Qeyd edək ki, turun əvvəlki oyunlarında Sumqayıt Qəbələdə Kəpəzə, Sabah evdə Şamaxıya 1:0, Qəbələ doğma meydanda Səbailə 4:2, Turan Tovuz isə səfərdə Zirəyə 3:1 hesabı ilə qalib gəlib.";
        assert!(in_body(scores, Rule::StyleSentenceLength).is_empty());
        // 27 words, suffixes after closing quotes.
        let suffixes = "\"Neftçi\" evdə \"Sabah\"a, \"Qəbələ\" səfərdə \"Zirə\"yə, \"Turan Tovuz\" isə \"Kəpəz\"ə, \"Sumqayıt\" da \"Şamaxı\"ya 2:1, 3:0, 1:0 və 4:2 hesabı ilə qalib gəlib, \"Qarabağ\" isə \"Səbail\"lə heç-heçə edib.";
        assert!(in_body(suffixes, Rule::StyleSentenceLength).is_empty());
    }

    #[test]
    fn interview_answers_and_transcripts_are_the_speakers_words() {
        let interview = format!(
            "{}\n\n- Sizcə, bu açıqlama nə deməkdir?\n\n- AXCP sədri bir səfeh açıqlama vermişdi, Ə.Məmmədov da bunu təkrarlayıb.",
            crate::check::testing::ARTICLE
        );
        assert!(findings(&interview, Rule::StyleBannedWords).is_empty());
        assert!(findings(&interview, Rule::StyleFullNames).is_empty());
        // Answers after an introduction, with no questions printed.
        let introduced = format!(
            "{}\n\nDeputatın müsahibəsini təqdim edirik:\n\n-Ölkədə səfeh qərarlar verilir.\n\n-Sonra isə Ə.Məmmədov bunu təkrarlayıb.",
            crate::check::testing::ARTICLE
        );
        assert!(findings(&introduced, Rule::StyleBannedWords).is_empty());
        assert!(findings(&introduced, Rule::StyleFullNames).is_empty());
        let transcript = "Heydər Quliyev: Əziz dostlar! Bu il ümumi daxili məhsul 8,5 faiz artıb.";
        assert!(in_body(transcript, Rule::StyleNumberFormat).is_empty());
        // The chair's turn goes on until the next heading or label.
        let chair = "Sədrlik edən. Hörmətli millət vəkilləri!\n\nBu ilin 10 ayı ərzində ümumi daxili məhsulun artımı 8,5 faiz olmuşdur.";
        assert!(in_body(chair, Rule::StyleNumberFormat).is_empty());
        // The author's own dash-led list and sentences stay checked.
        let list = "Bazarda qiymətlər belədir:\n\n- şəkər 1,85 manat;\n- un 0,90 manat.";
        assert_eq!(in_body(list, Rule::StyleNumberFormat).len(), 2);
        let own = "Nazir bildirib ki, səfeh qərarlar verilməyəcək.";
        assert_eq!(in_body(own, Rule::StyleBannedWords).len(), 1);
    }

    #[test]
    fn a_quoted_name_counts_but_quoted_words_do_not() {
        // 26 words of the author and a quoted name of 7: 33 words.
        let named = "Komissiya “Azərbaycan Respublikasının Mətbuat Şurasının Etik Davranış Kodeksi” sənədinin yeni layihəsini hazırlayarkən jurnalistlərin, redaktorların, hüquqşünasların və vətəndaş cəmiyyəti nümayəndələrinin rəylərini nəzərə almağı, müzakirələri açıq keçirməyi və yekun mətni ictimaiyyətə təqdim etməyi qərara alıb.";
        let f = in_body(named, Rule::StyleSentenceLength);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("33"), "{}", f[0].message);
        // Someone's words after a colon stay theirs.
        let said = "Sədr bildirib: “Biz jurnalistlərin, redaktorların, hüquqşünasların və vətəndaş cəmiyyəti nümayəndələrinin rəylərini nəzərə alacaq, müzakirələri açıq keçirəcək və yekun mətni ictimaiyyətə təqdim edəcəyik, çünki bu sənəd hamımız üçün vacibdir”.";
        assert!(in_body(said, Rule::StyleSentenceLength).is_empty());
    }

    #[test]
    fn a_word_spelt_like_a_banned_word_in_its_ordinary_sense_is_not_reported() {
        for fine in [
            "Güclü yağışdan sonra su küçələrə axmağa başlayıb.",
            "Mütəxəssislər kapitalın xaricə axmasının qarşısını almağı təklif edir.",
            "Çayın dənizə axmaq üçün yeni məcrası açılıb.",
        ] {
            assert!(in_body(fine, Rule::StyleBannedWords).is_empty(), "{fine}");
        }
        // The insult stays reported, in the same sentences' shape.
        assert_eq!(
            in_body("Deputat rəqibini axmaq adlandırıb.", Rule::StyleBannedWords).len(),
            1
        );
        assert_eq!(
            in_body(
                "O, jurnalisti axmaq adlandırıb, sonra isə bir az dincəlib su içib.",
                Rule::StyleBannedWords
            )
            .len(),
            1,
            "a context word in the next clause but more than four words away"
        );
    }

    #[test]
    fn banned_words_outside_quotes_with_suffixes_and_turkic_case() {
        assert_eq!(in_body("Bu axmaqlıqdır.", Rule::StyleBannedWords).len(), 1);
        assert_eq!(
            in_body("AXMAQ qərar verilib.", Rule::StyleBannedWords).len(),
            1
        );
        assert!(in_body("O dedi: “Bu axmaq qərardır”.", Rule::StyleBannedWords).is_empty());
        assert!(
            in_body(
                "Gicgahı ağrıyırdı, şitil əkildi, ailələr kayfiyyətdən danışdı.",
                Rule::StyleBannedWords
            )
            .is_empty()
        );
    }

    #[test]
    fn number_format_with_certain_fixes() {
        let f = in_body(
            "Büdcə 92.500,4 manat və 2.000.000 nəfər, artım 332,3 manat olub.",
            Rule::StyleNumberFormat,
        );
        let fixes: Vec<_> = f
            .iter()
            .map(|f| f.fix.clone().unwrap_or_default())
            .collect();
        assert_eq!(fixes, ["92,500.4", "2,000,000", "332.3"]);
        assert!(f.iter().all(|f| f.certain));
        for fine in [
            "Büdcə 92,500.4 manat və ya 92 500.4 manatdır.",
            "Qərar 12.03.2026 tarixində, saat 10:30-da verilib.",
            "Telefon: +994 12 345 67 89, 050-123-45-67.",
            "O dedi: “Büdcə 332,3 manatdır”.",
            "XX əsrin 2023-cü ilində 1.5 faiz.",
        ] {
            assert!(in_body(fine, Rule::StyleNumberFormat).is_empty(), "{fine}");
        }
    }

    #[test]
    fn large_figures_and_money_are_rounded() {
        let f = in_body(
            "Xərc 332.3 manat, gəlir 3.2 milyon manat, əhali 2 000 000.8 nəfər olub.",
            Rule::StyleNumberRounding,
        );
        let fixes: Vec<_> = f
            .iter()
            .map(|f| f.fix.clone().unwrap_or_default())
            .collect();
        assert_eq!(
            fixes,
            ["332", "2 000 001"],
            "3.2 milyon: rounding would change it by 6 %"
        );
        for small in [
            "Metroda gediş haqqı 0.40 manatdan 0.35 manata endirilib.",
            "Bir çörəyin qiyməti 0.60 manat, bir kilo şəkər isə 1.85 manatdır.",
            "Dövlət rüsumu 12.5 manat təşkil edir.",
        ] {
            assert!(
                in_body(small, Rule::StyleNumberRounding).is_empty(),
                "{small}"
            );
        }
        assert!(
            in_body(
                "İşsizlik 14.8 faiz, inflyasiya 5.6% olub, uzunluq 3.5 km-dir.",
                Rule::StyleNumberRounding
            )
            .is_empty()
        );
        assert!(in_body("O dedi: “Xərc 332.3 manatdır”.", Rule::StyleNumberRounding).is_empty());
    }

    #[test]
    fn numerals_for_ages_and_numbers() {
        let f = in_body(
            "İyirmi beş yaşlı sakin 3 nömrəli məktəbdə işləyir.",
            Rule::StyleNumerals,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].fix.as_deref(), Some("25"));
        assert!(
            in_body(
                "Beş məktəb və on iki xəstəxana tikilib.",
                Rule::StyleNumerals
            )
            .is_empty()
        );
    }

    #[test]
    fn tables_need_a_source_beside_them() {
        let text = with(
            "Statistika Mərkəzinin [qiymət cədvəlinə](https://statistika.example.az/qiymetler) görə",
            "Statistika Mərkəzinin qiymət cədvəlinə görə",
        );
        let f = findings(&text, Rule::StyleTableSource);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].line, 50);
        let linked_cell = text.replace(
            "| Yanvar | 1 manat 40 qəpik |",
            "| [Yanvar](https://statistika.example.az/yanvar) | 1 manat 40 qəpik |",
        );
        assert!(findings(&linked_cell, Rule::StyleTableSource).is_empty());
        let after = text.replace(
            "Artım 25 faizdir.",
            "Mənbə: [Statistika Mərkəzi](https://statistika.example.az/).",
        );
        assert!(findings(&after, Rule::StyleTableSource).is_empty());
    }
}
