//! The title (guide: "Materialın üslubu"): length, the claim as a quote,
//! the speaker named, no rank or status.

use super::Ctx;
use crate::diag::Rule;
use crate::diag::Severity;
use crate::text::quotes::{inside, quote_spans};
use crate::text::words::{Suffixes, Words, find_phrase, find_phrase_in, phrase};
use unicode_segmentation::UnicodeSegmentation;

pub(crate) fn check(ctx: &mut Ctx<'_>) {
    let Some(title) = ctx
        .article
        .fm
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
    else {
        return;
    };
    length(ctx, &title);
    quote(ctx, &title);
    speaker(ctx, &title);
    no_rank(ctx, &title);
}

fn length(ctx: &mut Ctx<'_>, title: &str) {
    let max = ctx.params.title_max;
    let n = title.graphemes(true).count();
    if n > max {
        let over = n - max;
        let msg = say!(
            ctx.lang(),
            "check-title-characters-long-most-are",
            n = n,
            max = max,
            over = over
        );
        ctx.at_key("title", Rule::TitleLength, Severity::Error, msg);
    }
}

fn quote(ctx: &mut Ctx<'_>, title: &str) {
    if ctx.article.fm.title_paraphrase {
        return;
    }
    let quoted = quote_spans(title)
        .into_iter()
        .any(|r| title[r].chars().any(char::is_alphabetic));
    if !quoted {
        let msg = say!(ctx.lang(), "check-title-should-carry-claim-direct");
        ctx.at_key("title", Rule::TitleQuote, Severity::Warning, msg);
    }
}

fn speaker(ctx: &mut Ctx<'_>, title: &str) {
    let Some(name) = ctx
        .article
        .fm
        .claim
        .as_ref()
        .and_then(|c| c.speaker.clone())
        .filter(|s| !s.trim().is_empty())
    else {
        return;
    };
    if find_phrase(title, &name, Suffixes::Inflections).is_empty() {
        let msg = say!(ctx.lang(), "check-title-must-name-who-made", name = name);
        ctx.at_key("title", Rule::TitleSpeaker, Severity::Error, msg);
    }
}

fn no_rank(ctx: &mut Ctx<'_>, title: &str) {
    let quotes = quote_spans(title);
    let words = Words::new(title);
    // The speaker's name as given is never a rank, however it begins
    // (`Nazirə Məmmədova`, `Sədrəddin Quliyev`).
    let speaker = ctx
        .article
        .fm
        .claim
        .as_ref()
        .and_then(|c| c.speaker.as_deref())
        .map(|s| find_phrase_in(&words, &phrase(s), Suffixes::Inflections))
        .unwrap_or_default();
    let found = ctx.params.rank_words.iter().find_map(|rank| {
        find_phrase_in(&words, rank, Suffixes::Inflections)
            .into_iter()
            .find(|r| {
                !inside(&quotes, r.start)
                    && !speaker.iter().any(|s| s.start <= r.start && r.end <= s.end)
                    && !starts_a_name(title, &words, rank, r)
            })
    });
    if let Some(r) = found {
        let word = &title[r];
        let msg = say!(ctx.lang(), "check-title-must-not-give-speaker", word = word);
        ctx.at_key("title", Rule::TitleNoRank, Severity::Error, msg);
    }
}

/// Whether a rank word matched at `r` is really the start of a personal
/// name: it carries what looks like a suffix (`Nazir|ə`, `General|ova`)
/// and a capitalised word follows it. A rank before a name stands bare
/// (`Nazir Əliyev`), so a suffixed one followed by a name is a name.
fn starts_a_name(title: &str, words: &Words, rank: &[String], r: &std::ops::Range<usize>) -> bool {
    let Some(last) = (0..words.len()).find(|&i| words.range(i).end == r.end) else {
        return false;
    };
    let bare = rank.last().is_some_and(|w| words.folded(last) == w);
    let next_is_name = (last + 1 < words.len())
        .then(|| &title[words.range(last + 1)])
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase);
    !bare && next_is_name
}

#[cfg(test)]
mod tests {
    use crate::check::testing::{findings, with};
    use crate::diag::Rule;

    const TITLE: &str = "title = \"Lalə Babayeva: “Şəkərin qiyməti bu il iki dəfə artıb”\"";

    #[test]
    fn length_counts_characters() {
        let long = format!("title = \"Lalə Babayeva: “{}”\"", "ş".repeat(140));
        assert_eq!(findings(&with(TITLE, &long), Rule::TitleLength).len(), 1);
        let fits = format!("title = \"Lalə Babayeva: “{}”\"", "ş".repeat(133));
        assert!(
            findings(&with(TITLE, &fits), Rule::TitleLength).is_empty(),
            "150 characters, more bytes"
        );
    }

    #[test]
    fn the_title_quotes_the_claim() {
        let paraphrase = "title = \"Lalə Babayeva şəkərin bahalaşdığını deyib\"";
        assert_eq!(
            findings(&with(TITLE, paraphrase), Rule::TitleQuote).len(),
            1
        );
        let allowed = format!("{paraphrase}\ntitle_paraphrase = true");
        assert!(findings(&with(TITLE, &allowed), Rule::TitleQuote).is_empty());
        let guillemets = "title = \"Lalə Babayeva: «Şəkər bahalaşıb»\"";
        assert!(findings(&with(TITLE, guillemets), Rule::TitleQuote).is_empty());
    }

    #[test]
    fn the_title_names_the_speaker_in_full() {
        let f = findings(
            &with(
                TITLE,
                "title = \"Babayeva: “Şəkərin qiyməti bu il iki dəfə artıb”\"",
            ),
            Rule::TitleSpeaker,
        );
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].line, 2);
        assert!(
            findings(
                &with(
                    TITLE,
                    "title = \"Lalə Babayevanın iddiası: “Şəkər bahalaşıb”\""
                ),
                Rule::TitleSpeaker
            )
            .is_empty()
        );
    }

    #[test]
    fn no_rank_in_the_title_but_quotes_may_mention_one() {
        for ranked in [
            "title = \"Millət vəkili Lalə Babayeva: “Şəkər bahalaşıb”\"",
            "title = \"Deputat Lalə Babayeva: “Şəkər bahalaşıb”\"",
            "title = \"Nazir müavini Lalə Babayeva: “Şəkər bahalaşıb”\"",
            "title = \"Nazirin müavini Lalə Babayeva: “Şəkər bahalaşıb”\"",
        ] {
            assert_eq!(
                findings(&with(TITLE, ranked), Rule::TitleNoRank).len(),
                1,
                "{ranked}"
            );
        }
        for fine in [
            "title = \"Lalə Babayeva: “Nazir şəkərin qiymətini artırıb”\"",
            // First names that begin with a rank word.
            "title = \"Nazirə Babayeva: “Şəkər bahalaşıb”\"",
            "title = \"Sədrəddin Babayev: “Şəkər bahalaşıb”\"",
            "title = \"Katibə Babayeva: “Şəkər bahalaşıb”\"",
            "title = \"Lalə Babayeva Nazirliyin hesabatı haqqında: “Şəkər bahalaşıb”\"",
        ] {
            assert!(
                findings(&with(TITLE, fine), Rule::TitleNoRank).is_empty(),
                "{fine}"
            );
        }
    }

    #[test]
    fn the_speakers_own_name_is_never_a_rank() {
        // A speaker known by one name that is also a rank word with a
        // suffix (katib|ə), with no surname after it to give it away.
        let article = with(TITLE, "title = \"Katibə deyir: “şəkər bahalaşıb”\"")
            .replace("speaker = \"Lalə Babayeva\"", "speaker = \"Katibə\"");
        assert!(article.contains("speaker = \"Katibə\""));
        assert!(findings(&article, Rule::TitleNoRank).is_empty());
    }
}
