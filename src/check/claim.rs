//! The claim and its source: a link or video, an archived copy saved in
//! time, the clip's length, the claim quoted in the body with its numbers
//! as said, the speaker's status stated.

use super::Ctx;
use super::meta::is_http_url;
use crate::diag::Rule;
use crate::diag::Severity;
use crate::text::fold;
use crate::text::numbers::{Form, numbers};
use crate::text::quotes::normalise_quote;
use crate::text::words::{Suffixes, find_phrase_in, phrase, words};
use std::collections::HashSet;

pub(crate) fn check(ctx: &mut Ctx<'_>) {
    let Some(claim) = ctx.article.fm.claim.clone() else {
        return;
    };
    source(ctx, &claim);
    archived(ctx, &claim);
    video_length(ctx, &claim);
    speaker_status(ctx, &claim);
    if let Some(text) = claim.text.as_deref().filter(|t| !t.trim().is_empty()) {
        quoted_in_body(ctx, text);
        numbers_as_said(ctx, text);
    }
}

fn source(ctx: &mut Ctx<'_>, claim: &crate::content::frontmatter::Claim) {
    let ok = [&claim.url, &claim.video]
        .iter()
        .any(|u| u.as_deref().is_some_and(is_http_url));
    if !ok {
        let key = if claim.url.is_some() {
            "claim.url"
        } else if claim.video.is_some() {
            "claim.video"
        } else {
            "claim"
        };
        let msg = say!(ctx.lang(), "check-statement-s-source-missing-give");
        ctx.at_key(key, Rule::ClaimSource, Severity::Error, msg);
    }
}

fn archived(ctx: &mut Ctx<'_>, claim: &crate::content::frontmatter::Claim) {
    if !claim.archive.as_deref().is_some_and(is_http_url) {
        let msg = say!(ctx.lang(), "check-statement-s-source-has-no");
        let key = if claim.archive.is_some() {
            "claim.archive"
        } else {
            "claim"
        };
        ctx.at_key(key, Rule::ClaimArchived, Severity::Warning, msg);
        return;
    }
    let assigned = ctx.article.fm.workflow.as_ref().and_then(|w| w.assigned);
    if let (Some(on), Some(assigned)) = (claim.archived_on, assigned) {
        let late = assigned.days_until(on) - 1;
        if late > 0 {
            let msg = say!(
                ctx.lang(),
                "check-source-was-saved-day-s",
                on = on,
                assigned = assigned,
                late = late
            );
            ctx.at_key(
                "claim.archived_on",
                Rule::ClaimArchived,
                Severity::Warning,
                msg,
            );
        }
    }
}

fn video_length(ctx: &mut Ctx<'_>, claim: &crate::content::frontmatter::Claim) {
    let Some(s) = claim.video_seconds else { return };
    if !(120..=180).contains(&s) {
        let msg = say!(ctx.lang(), "check-clip-seconds-long-guide-s", s = s);
        ctx.at_key(
            "claim.video_seconds",
            Rule::ClaimVideoLength,
            Severity::Suggestion,
            msg,
        );
    }
}

fn speaker_status(ctx: &mut Ctx<'_>, claim: &crate::content::frontmatter::Claim) {
    let Some(status) = claim
        .speaker_status
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    else {
        let msg = say!(ctx.lang(), "check-claim-speaker-status-missing-give");
        ctx.at_key("claim", Rule::ClaimSpeakerStatus, Severity::Error, msg);
        return;
    };
    let wanted = phrase(status);
    let stated = ctx
        .doc
        .blocks
        .iter()
        .any(|b| !find_phrase_in(&b.words, &wanted, Suffixes::Inflections).is_empty());
    if !stated {
        let msg = say!(
            ctx.lang(),
            "check-speaker-s-status-must-stated",
            status = status
        );
        ctx.at_body(Rule::ClaimSpeakerStatus, Severity::Error, msg);
    }
}

/// Every quotation of the body (blockquotes whole): (block, range).
fn quotations(ctx: &Ctx<'_>) -> Vec<(usize, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    for (i, b) in ctx.doc.blocks.iter().enumerate() {
        if b.blockquote {
            out.push((i, 0..b.text.len()));
        } else {
            out.extend(b.quotes.iter().map(|q| (i, q.clone())));
        }
    }
    out
}

fn quoted_in_body(ctx: &mut Ctx<'_>, claim: &str) {
    let want = normalise_quote(claim);
    if want.is_empty() {
        return;
    }
    let blocks = &ctx.doc.blocks;
    let quoted = quotations(ctx)
        .into_iter()
        .any(|(i, r)| normalise_quote(&blocks[i].text[r]).contains(&want));
    if !quoted {
        let msg = say!(ctx.lang(), "check-body-does-not-quote-claim");
        ctx.at_body(Rule::ClaimQuotedInBody, Severity::Error, msg);
    }
}

fn numbers_as_said(ctx: &mut Ctx<'_>, claim: &str) {
    let claim_words: HashSet<String> = words(claim)
        .into_iter()
        .map(|(_, w)| fold(w).into_owned())
        .collect();
    let said: HashSet<String> = numbers(claim).into_iter().map(|n| n.text).collect();
    if claim_words.is_empty() {
        return;
    }
    let doc = ctx.doc;
    for (i, range) in quotations(ctx) {
        let b = &doc.blocks[i];
        let quote = &b.text[range.clone()];
        let qwords: HashSet<String> = words(quote)
            .into_iter()
            .map(|(_, w)| fold(w).into_owned())
            .collect();
        let shared = claim_words.intersection(&qwords).count();
        // A quotation of the claim: it shares most of the claim's words.
        if shared * 5 < claim_words.len() * 3 {
            continue;
        }
        for n in numbers(quote) {
            if n.form == Form::Exempt || said.contains(&n.text) {
                continue;
            }
            let num = n.text.clone();
            let list = if said.is_empty() {
                "—".to_string()
            } else {
                said.iter().cloned().collect::<Vec<_>>().join(", ")
            };
            let msg = say!(
                ctx.lang(),
                "check-quotation-claim-has-which-claim",
                num = num,
                list = list
            );
            ctx.at_text(
                b,
                range.start + n.range.start..range.start + n.range.end,
                Rule::ClaimNumbersAsSaid,
                Severity::Warning,
                msg,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{findings, with};
    use crate::diag::Rule;

    #[test]
    fn a_link_or_a_video_is_the_source() {
        let no_url = with(
            "url = \"https://xeber.example.az/2026/10/06/babayeva\"\n",
            "",
        );
        assert_eq!(findings(&no_url, Rule::ClaimSource).len(), 1);
        let video = with(
            "url = \"https://xeber.example.az/2026/10/06/babayeva\"",
            "video = \"https://video.example.az/1\"",
        );
        assert!(findings(&video, Rule::ClaimSource).is_empty());
        let bad = with(
            "url = \"https://xeber.example.az/2026/10/06/babayeva\"",
            "url = \"javascript:alert(1)\"",
        );
        assert_eq!(findings(&bad, Rule::ClaimSource).len(), 1);
    }

    #[test]
    fn the_source_is_archived_within_a_day() {
        assert!(
            findings(
                &with("archived_on = 2026-10-08", "archived_on = 2026-10-08"),
                Rule::ClaimArchived
            )
            .is_empty()
        );
        let f = findings(
            &with("archived_on = 2026-10-08", "archived_on = 2026-10-10"),
            Rule::ClaimArchived,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].line, 18);
        let none = with(
            "archive = \"https://web.archive.org/web/20261008000000/https://xeber.example.az/2026/10/06/babayeva\"\n",
            "",
        );
        assert_eq!(findings(&none, Rule::ClaimArchived).len(), 1);
    }

    #[test]
    fn clips_of_two_to_three_minutes() {
        let at = |s: u32| {
            findings(
                &with(
                    "archived_on = 2026-10-08",
                    &format!("archived_on = 2026-10-08\nvideo_seconds = {s}"),
                ),
                Rule::ClaimVideoLength,
            )
        };
        assert!(at(150).is_empty());
        assert!(at(120).is_empty());
        assert_eq!(at(600).len(), 1);
        assert_eq!(at(45).len(), 1);
    }

    #[test]
    fn the_body_quotes_the_claim() {
        let unquoted = with(
            "O, deyib: “Şəkərin qiyməti bu il iki dəfə artıb”.",
            "O, şəkərin bahalaşdığını deyib.",
        )
        .replace(
            "Lalə Babayeva deyib ki, “şəkərin qiyməti bu il iki dəfə artıb”.",
            "Lalə Babayeva şəkərin bahalaşdığını deyib.",
        );
        let f = findings(&unquoted, Rule::ClaimQuotedInBody);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].line, 36, "the body's first line");
        let blockquote = unquoted.replace(
            "O, şəkərin bahalaşdığını deyib.",
            "O, deyib:\n\n> Şəkərin qiyməti bu il iki dəfə artıb.\n",
        );
        assert!(findings(&blockquote, Rule::ClaimQuotedInBody).is_empty());
    }

    #[test]
    fn numbers_in_the_quotation_are_the_claims() {
        let claim = "text = \"Şəkərin qiyməti bu il 58 milyon manat artıb\"";
        let text = with("text = \"Şəkərin qiyməti bu il iki dəfə artıb\"", claim).replace(
            "“Şəkərin qiyməti bu il iki dəfə artıb”",
            "“Şəkərin qiyməti bu il 58 000 min manat artıb”",
        );
        let f = findings(&text, Rule::ClaimNumbersAsSaid);
        assert_eq!(f.len(), 1, "{f:#?}");
        assert!(f[0].message.contains("58 000"));
        let same = text.replace("58 000 min manat", "58 milyon manat");
        assert!(findings(&same, Rule::ClaimNumbersAsSaid).is_empty());
    }

    #[test]
    fn the_status_is_stated_in_the_body() {
        let f = findings(
            &with("Millət vəkili Lalə Babayeva", "Lalə Babayeva"),
            Rule::ClaimSpeakerStatus,
        );
        assert_eq!(f.len(), 1);
        assert!(
            findings(
                &with(
                    "Millət vəkili Lalə Babayeva",
                    "Lalə Babayeva, millət vəkili,"
                ),
                Rule::ClaimSpeakerStatus
            )
            .is_empty()
        );
    }

    #[test]
    fn a_hyphenated_status_written_word_for_word_is_found() {
        let status = "speaker_status = \"Mənzil-Kommunal Təsərrüfatı İdarəsinin rəisi\"";
        let article = with("speaker_status = \"millət vəkili\"", status);
        assert!(article.contains("Mənzil-Kommunal"));
        let stated = article.replacen(
            "Millət vəkili Lalə Babayeva",
            "Mənzil-Kommunal Təsərrüfatı İdarəsinin rəisi Lalə Babayeva",
            1,
        );
        assert_ne!(stated, article);
        assert!(
            findings(&stated, Rule::ClaimSpeakerStatus).is_empty(),
            "the status is in the body word for word"
        );
        let missing = stated.replace(
            "Mənzil-Kommunal Təsərrüfatı İdarəsinin rəisi Lalə Babayeva",
            "Lalə Babayeva",
        );
        assert_eq!(findings(&missing, Rule::ClaimSpeakerStatus).len(), 1);
    }
}
