//! The five parts (guide: "Materialın strukturu"): Introduction,
//! Background, Fact check and Conclusion as level-2 headings in order;
//! the verdict in bold in the Conclusion, after the claim is restated;
//! who, what, when in the Introduction; the Background's opening formula.

use super::Ctx;
use super::doc::Block;
use super::params::Part;
use crate::diag::Rule;
use crate::diag::Severity;
use crate::text::fold;
use crate::text::quotes::normalise_quote;
use crate::text::words::{Suffixes, Words, find_phrase_in, phrase, words};

/// The guide's opening of the Background, in the site's name and
/// language (“TITLE” açıqlamada verilmiş fakt …), or the sentence the
/// site sets (`[rules."structure.background-opening"] sentence`).
pub fn background_opening(config: &crate::config::Config, params: &super::Params) -> String {
    if let Some(sentence) = &params.opening {
        return sentence.trim_end_matches('.').to_string();
    }
    let title = &config.title;
    say!(
        config.language,
        "check-took-interest-accuracy-fact-facts",
        title = title
    )
}

pub(crate) fn check(ctx: &mut Ctx<'_>) {
    sections(ctx);
    verdict_in_conclusion(ctx);
    conclusion_restates_claim(ctx);
    intro(ctx);
    opens_the_background(ctx);
}

fn heading_block<'d>(ctx: &Ctx<'d>, section: usize) -> &'d Block {
    let doc = ctx.doc;
    &doc.blocks[doc.sections[section].heading]
}

fn sections(ctx: &mut Ctx<'_>) {
    let doc = ctx.doc;
    let mut seen: Vec<Part> = Vec::new();
    for (i, s) in doc.sections.iter().enumerate() {
        let Some(part) = ctx.params.part_of(&s.title) else {
            continue;
        };
        let b = heading_block(ctx, i);
        let name = ctx.params.part_name(part);
        if seen.contains(&part) {
            let msg = say!(
                ctx.lang(),
                "check-part-repeated-each-part-comes",
                name = name
            );
            ctx.at_text(
                b,
                0..b.text.len(),
                Rule::StructureSections,
                Severity::Error,
                msg,
            );
            continue;
        }
        if let Some(last) = seen.iter().max().copied().filter(|last| *last > part) {
            let after = ctx.params.part_name(last);
            let msg = say!(
                ctx.lang(),
                "check-part-comes-after-order-introduction",
                name = name,
                after = after
            );
            ctx.at_text(
                b,
                0..b.text.len(),
                Rule::StructureSections,
                Severity::Error,
                msg,
            );
        }
        seen.push(part);
    }
    for part in Part::ALL {
        if !seen.contains(&part) {
            let name = ctx.params.part_name(part);
            let msg = say!(ctx.lang(), "check-part-missing-add-heading", name = name);
            ctx.at_body(Rule::StructureSections, Severity::Error, msg);
        }
    }
}

/// The bold verdict words of the Conclusion: (block, range in its text,
/// the verdict word it names).
fn bold_verdicts<'d>(
    ctx: &Ctx<'d>,
    conclusion: usize,
) -> Vec<(&'d Block, std::ops::Range<usize>, String)> {
    let mut out = Vec::new();
    for (_, b) in ctx.doc.section_blocks(conclusion) {
        for r in &b.strong {
            let text = fold(
                b.text[r.clone()]
                    .trim()
                    .trim_matches(|c: char| c.is_ascii_punctuation() || c == '“' || c == '”'),
            );
            if let Some(v) = ctx
                .site
                .config
                .verdicts
                .iter()
                .find(|v| fold(&v.word) == text)
            {
                out.push((b, r.clone(), v.word.clone()));
            }
        }
    }
    out
}

fn verdict_in_conclusion(ctx: &mut Ctx<'_>) {
    let Some(c) = ctx.part(Part::Conclusion) else {
        return;
    };
    // The verdict meant: exact, or the near miss `meta.verdict` reports.
    let scale: Vec<&str> = ctx
        .site
        .config
        .verdicts
        .iter()
        .map(|v| v.word.as_str())
        .collect();
    let meant = ctx
        .article
        .fm
        .verdict
        .as_deref()
        .and_then(|v| super::meta::nearest(v, &scale));
    let Some(verdict) = meant.map(str::to_string) else {
        return;
    };
    let bold = bold_verdicts(ctx, c);
    let mut found = false;
    for (b, r, word) in bold {
        if word == verdict {
            found = true;
        } else {
            let msg = say!(
                ctx.lang(),
                "check-conclusion-gives-bold-but-front",
                word = word,
                verdict = verdict
            );
            ctx.at_text(
                b,
                r,
                Rule::StructureVerdictInConclusion,
                Severity::Error,
                msg,
            );
        }
    }
    if !found {
        let h = heading_block(ctx, c);
        let msg = say!(
            ctx.lang(),
            "check-conclusion-must-give-verdict-bold",
            verdict = verdict
        );
        ctx.at_text(
            h,
            0..h.text.len(),
            Rule::StructureVerdictInConclusion,
            Severity::Error,
            msg,
        );
    }
}

const STOP_WORDS: &[&str] = &[
    "və", "ilə", "bu", "o", "ki", "da", "də", "üçün", "olan", "olub", "bir", "çox", "daha", "ən",
    "amma", "lakin", "isə", "hər", "heç", "bütün", "kimi", "görə", "qədər", "sonra", "əvvəl", "ya",
    "yaxud", "həm", "artıq", "hələ", "belə", "elə", "deyil", "var", "yox", "biz", "siz", "onlar",
];

/// A word's stem for loose matching: long words lose their last letters.
fn stem(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let keep = chars.len().min((chars.len() * 7).div_ceil(10).max(4));
    chars[..keep].iter().collect()
}

fn conclusion_restates_claim(ctx: &mut Ctx<'_>) {
    let Some(c) = ctx.part(Part::Conclusion) else {
        return;
    };
    let Some(claim) = ctx.article.fm.claim.as_ref().and_then(|c| c.text.clone()) else {
        return;
    };
    let content: Vec<String> = words(&claim)
        .into_iter()
        .map(|(_, w)| fold(w).into_owned())
        .filter(|w| {
            w.chars().count() >= 3
                && !STOP_WORDS.contains(&w.as_str())
                && !w.chars().all(|c| c.is_ascii_digit())
        })
        .collect();
    if content.is_empty() {
        return;
    }
    // The Conclusion's text before the bold verdict.
    let bold = bold_verdicts(ctx, c);
    let stop = bold.first().map(|(b, r, _)| (*b as *const Block, r.start));
    let mut before = String::new();
    for (_, b) in ctx.doc.section_blocks(c) {
        match stop {
            Some((sb, at)) if std::ptr::eq(sb, b) => {
                before.push_str(&b.text[..at]);
                break;
            }
            _ => {
                before.push_str(&b.text);
                before.push(' ');
            }
        }
    }
    let said: Vec<String> = words(&before)
        .into_iter()
        .map(|(_, w)| fold(w).into_owned())
        .collect();
    let restated = content.iter().filter(|w| {
        let s = stem(w);
        said.iter().any(|x| x.starts_with(&s))
    });
    let n = restated.count();
    if n * 2 < content.len() {
        let h = heading_block(ctx, c);
        let msg = say!(
            ctx.lang(),
            "check-conclusion-should-restate-claim-before",
            content_len = content.len(),
            n = n
        );
        ctx.at_text(
            h,
            0..h.text.len(),
            Rule::StructureConclusionRestatesClaim,
            Severity::Warning,
            msg,
        );
    }
}

/// Whether folded words say when: a year (1900–2099, suffixes allowed:
/// `2026-cı`), or words the language's catalogue lists as saying when
/// (`words-when`: months, "dünən", "bu gün", …), each word of an entry
/// matching the start of a word in a row.
fn has_date(words: &Words, when: &[Vec<String>]) -> bool {
    (0..words.len()).any(|i| {
        let f = words.folded(i);
        let digits = f.bytes().take_while(u8::is_ascii_digit).count();
        let year = digits == 4 && (f.starts_with("19") || f.starts_with("20"));
        year || when.iter().any(|entry| {
            entry.iter().enumerate().all(|(k, part)| {
                i + k < words.len() && words.folded(i + k).starts_with(part.as_str())
            })
        })
    })
}

/// The language's words that say when, each split into folded words.
fn when_words(lang: crate::text::Language) -> Vec<Vec<String>> {
    lang.list("words-when")
        .iter()
        .map(|entry| entry.split_whitespace().map(|w| lang.case_key(w)).collect())
        .filter(|entry: &Vec<String>| !entry.is_empty())
        .collect()
}

fn intro(ctx: &mut Ctx<'_>) {
    let Some(i) = ctx.part(Part::Intro) else {
        return;
    };
    let speaker = ctx
        .article
        .fm
        .claim
        .as_ref()
        .and_then(|c| c.speaker.clone())
        .unwrap_or_default();
    let wanted = phrase(&speaker);
    let blocks: Vec<&Block> = ctx.doc.section_blocks(i).map(|(_, b)| b).collect();
    let who = wanted.is_empty()
        || blocks
            .iter()
            .any(|b| !find_phrase_in(&b.words, &wanted, Suffixes::Inflections).is_empty());
    let when_words = when_words(ctx.lang());
    let when = blocks.iter().any(|b| has_date(&b.words, &when_words));
    if who && when {
        return;
    }
    let h = heading_block(ctx, i);
    let msg = match (who, when) {
        (false, false) => say!(ctx.lang(), "check-intro-who-and-when", speaker = speaker),
        (false, true) => say!(ctx.lang(), "check-intro-who", speaker = speaker),
        _ => say!(ctx.lang(), "check-intro-when"),
    };
    ctx.at_text(
        h,
        0..h.text.len(),
        Rule::StructureIntroWhoWhatWhenWhere,
        Severity::Warning,
        msg,
    );
}

fn opens_the_background(ctx: &mut Ctx<'_>) {
    let Some(i) = ctx.part(Part::Background) else {
        return;
    };
    let first = ctx.doc.section_blocks(i).next().map(|(_, b)| b);
    let opening = background_opening(&ctx.site.config, ctx.params);
    let want = normalise_quote(&opening);
    let ok = first.is_some_and(|b| normalise_quote(&b.text).starts_with(&want));
    if !ok {
        let h = heading_block(ctx, i);
        let msg = say!(
            ctx.lang(),
            "check-background-may-open-guide-s",
            opening = opening
        );
        let f = ctx.at_text(
            h,
            0..h.text.len(),
            Rule::StructureBackgroundOpening,
            Severity::Suggestion,
            msg,
        );
        f.set_fix(format!("{opening}."), false);
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{ARTICLE, findings, with};
    use crate::diag::Rule;

    #[test]
    fn parts_missing_repeated_or_out_of_order() {
        let f = findings(&with("## Tarixçə", "## Arxa plan"), Rule::StructureSections);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("Tarixçə"), "{}", f[0].message);
        assert_eq!(
            f[0].line, 36,
            "missing parts point at the body's first line"
        );
        let swapped = ARTICLE
            .replace("## Giriş", "## TEMP")
            .replace("## Tarixçə", "## Giriş")
            .replace("## TEMP", "## Tarixçə");
        let f = findings(&swapped, Rule::StructureSections);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].line, 40, "Giriş, now after Tarixçə");
        let twice = ARTICLE.replace(
            "Artım 25 faizdir.",
            "Artım 25 faizdir.\n\n## Faktın yoxlanması\n\nYenə.",
        );
        assert_eq!(findings(&twice, Rule::StructureSections).len(), 1);
        assert!(
            findings(
                &with("## Faktın yoxlanması", "## Əsas hissə"),
                Rule::StructureSections
            )
            .is_empty()
        );
    }

    #[test]
    fn the_verdict_is_in_bold_in_the_conclusion() {
        assert_eq!(
            findings(
                &with("**yanlış**", "yanlış"),
                Rule::StructureVerdictInConclusion
            )
            .len(),
            1
        );
        let other = findings(
            &with("**yanlış**", "**yalan**"),
            Rule::StructureVerdictInConclusion,
        );
        assert_eq!(
            other.len(),
            2,
            "a different verdict, and the right one missing"
        );
        let line = with("**yanlış**", "**yalan**")
            .lines()
            .nth(58)
            .unwrap()
            .to_string();
        let column = line[..line.find("yalan**").unwrap()].chars().count() + 1;
        assert_eq!(
            (other[0].line, other[0].column),
            (57, 4),
            "the heading: the right verdict is missing"
        );
        assert_eq!(
            (other[1].line, other[1].column),
            (59, column),
            "the wrong bold verdict"
        );
        assert!(
            findings(
                &with("**yanlış**", "**Yanlış**"),
                Rule::StructureVerdictInConclusion
            )
            .is_empty()
        );
    }

    #[test]
    fn the_conclusion_restates_the_claim_first() {
        let f = findings(
            &with(
                "Lalə Babayeva deyib ki, “şəkərin qiyməti bu il iki dəfə artıb”. ",
                "",
            ),
            Rule::StructureConclusionRestatesClaim,
        );
        assert_eq!(f.len(), 1);
        let paraphrased = with(
            "Lalə Babayeva deyib ki, “şəkərin qiyməti bu il iki dəfə artıb”.",
            "Lalə Babayeva şəkərin qiymətinin bu il ikiqat artdığını bildirib.",
        );
        assert!(findings(&paraphrased, Rule::StructureConclusionRestatesClaim).is_empty());
    }

    #[test]
    fn the_intro_says_who_and_when() {
        assert_eq!(
            findings(
                &with("6 oktyabr 2026-cı ildə ", ""),
                Rule::StructureIntroWhoWhatWhenWhere
            )
            .len(),
            1
        );
        assert_eq!(
            findings(
                &with("Millət vəkili Lalə Babayeva", "Millət vəkili Babayeva"),
                Rule::StructureIntroWhoWhatWhenWhere
            )
            .len(),
            1
        );
        assert!(
            findings(
                &with("6 oktyabr 2026-cı ildə", "oktyabrın əvvəlində"),
                Rule::StructureIntroWhoWhatWhenWhere
            )
            .is_empty()
        );
        for when in ["bu gün", "dünən", "ötən həftə"] {
            let text = with("6 oktyabr 2026-cı ildə", when);
            assert!(
                findings(&text, Rule::StructureIntroWhoWhatWhenWhere).is_empty(),
                "{when}"
            );
        }
    }

    #[test]
    fn the_background_formula_is_advice() {
        let f = findings(
            &with("“Sınaq Yoxla” açıqlamada", "Redaksiya açıqlamada"),
            Rule::StructureBackgroundOpening,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, crate::diag::Severity::Suggestion);
    }

    #[test]
    fn the_background_formula_names_the_site_not_another_newsroom() {
        use crate::check::testing::{CONFIG, findings_with};
        let config = CONFIG.replace("title = \"Sınaq Yoxla\"", "title = \"Doğru Söz\"");
        let ours = with("“Sınaq Yoxla” açıqlamada", "“Doğru Söz” açıqlamada");
        assert!(findings_with(&config, &ours, Rule::StructureBackgroundOpening).is_empty());
        // Another newsroom's name in the formula.
        let theirs = with("“Sınaq Yoxla” açıqlamada", "“Fakt Yoxla” açıqlamada");
        let f = findings_with(&config, &theirs, Rule::StructureBackgroundOpening);
        assert_eq!(f.len(), 1);
        assert!(
            f[0].fix
                .as_deref()
                .is_some_and(|x| x.starts_with("“Doğru Söz” açıqlamada"))
        );
        assert!(!f[0].message.contains("Fakt Yoxla"), "{}", f[0].message);
        // A site may set its own sentence.
        let own = format!(
            "{config}[rules.\"structure.background-opening\"]\nsentence = \"Redaksiya bu açıqlamanı yoxlamağa qərar verib\"\n"
        );
        let f = findings_with(&own, &ours, Rule::StructureBackgroundOpening);
        assert!(
            f[0].message
                .contains("Redaksiya bu açıqlamanı yoxlamağa qərar verib")
        );
    }
}
