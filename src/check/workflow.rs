//! The newsroom's workflow (guide: "Məqalə üzərində iş prosesi və işin
//! müddəti"): deadlines, telling the speaker, public-information requests.
//! The monthly quota is a status-report figure, not a per-file finding.

use super::Ctx;
use crate::content::Status;
use crate::content::frontmatter::Workflow;
use crate::diag::Rule;
use crate::diag::Severity;
use crate::text::Date;
use crate::text::words::{Suffixes, find_phrase_in, phrase};

pub(crate) fn check(ctx: &mut Ctx<'_>) {
    let Some(w) = ctx.article.fm.workflow.clone() else {
        return;
    };
    deadline(ctx, &w);
    speaker_contacted(ctx, &w);
    requests(ctx, &w);
}

/// The day an article is due: assigned + 3 days (6 with two topics in
/// hand, 9 with three, at least 5 when an interview is needed), and no
/// earlier than 2 days after the latest answer to an information request;
/// a request never answered lets the author wait one month from when it
/// was sent and then finish without it, so it counts as answered then.
pub fn due_date(w: &Workflow) -> Option<Date> {
    let assigned = w.assigned?;
    let mut days = match w.topics {
        Some(2) => 6,
        Some(t) if t >= 3 => 9,
        _ => 3,
    };
    if w.interview {
        days = days.max(5);
    }
    let mut due = assigned.add_days(days);
    let waited = w
        .requests
        .iter()
        .filter_map(|r| r.answered.or_else(|| r.sent.map(|s| s.add_months(1))))
        .max();
    if let Some(answered) = waited {
        due = due.max(answered.add_days(2));
    }
    Some(due)
}

fn deadline(ctx: &mut Ctx<'_>, w: &Workflow) {
    let Some(due) = due_date(w) else { return };
    let ready = ctx.article.fm.status == Status::Ready;
    match ctx.article.fm.date.filter(|_| ready) {
        Some(done) if done > due => {
            let late = due.days_until(done);
            let msg = say!(
                ctx.lang(),
                "check-article-was-finished-day-s",
                late = late,
                due = due,
                done = done
            );
            ctx.at_key("date", Rule::WorkflowDeadline, Severity::Warning, msg);
        }
        Some(_) => {}
        None if ctx.today > due => {
            let late = due.days_until(ctx.today);
            let msg = say!(
                ctx.lang(),
                "check-article-day-s-overdue-was",
                late = late,
                due = due
            );
            ctx.at_key(
                "workflow.assigned",
                Rule::WorkflowDeadline,
                Severity::Warning,
                msg,
            );
        }
        None => {}
    }
}

fn speaker_contacted(ctx: &mut Ctx<'_>, w: &Workflow) {
    if ctx.article.fm.status != Status::Ready {
        return;
    }
    match (w.speaker_contacted, ctx.article.fm.date) {
        (None, _) => {
            let msg = say!(ctx.lang(), "check-speaker-was-not-told-claim");
            ctx.at_key(
                "workflow",
                Rule::WorkflowSpeakerContacted,
                Severity::Warning,
                msg,
            );
        }
        (Some(told), Some(published)) if told > published => {
            let msg = say!(
                ctx.lang(),
                "check-speaker-was-told-after-publication",
                published = published,
                told = told
            );
            ctx.at_key(
                "workflow.speaker_contacted",
                Rule::WorkflowSpeakerContacted,
                Severity::Warning,
                msg,
            );
        }
        _ => {}
    }
}

fn requests(ctx: &mut Ctx<'_>, w: &Workflow) {
    let ready = ctx.article.fm.status == Status::Ready;
    for (i, r) in w.requests.iter().enumerate() {
        if r.answered.is_some() {
            continue;
        }
        let agency = r.agency.clone().unwrap_or_default();
        let key = format!("workflow.requests[{i}]");
        if ready {
            let no_answer = ctx.lang().list("words-no-answer");
            let agency_words = phrase(&agency);
            let said = !agency.trim().is_empty()
                && ctx.doc.blocks.iter().any(|b| {
                    !find_phrase_in(&b.words, &agency_words, Suffixes::Inflections).is_empty()
                        && no_answer.iter().any(|p| {
                            !find_phrase_in(&b.words, &phrase(p), Suffixes::Inflections).is_empty()
                        })
                });
            if !said {
                let msg = say!(
                    ctx.lang(),
                    "check-has-not-answered-request-say",
                    agency = agency
                );
                ctx.at_key(&key, Rule::WorkflowRequestUnanswered, Severity::Error, msg);
            }
        } else if let Some(sent) = r.sent {
            let limit = sent.add_months(1);
            if ctx.today > limit {
                let msg = say!(
                    ctx.lang(),
                    "check-has-not-answered-since-over",
                    agency = agency,
                    sent = sent,
                    limit = limit
                );
                ctx.at_key(&key, Rule::WorkflowRequestUnanswered, Severity::Error, msg);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::testing::{findings, with};
    use crate::diag::Rule;

    fn wf(text: &str) -> Workflow {
        toml::from_str(text).unwrap()
    }

    #[test]
    fn due_dates_follow_the_guide() {
        let d = |s: &str| Date::parse(s).unwrap();
        assert_eq!(
            due_date(&wf("assigned = 2026-10-07")),
            Some(d("2026-10-10"))
        );
        assert_eq!(
            due_date(&wf("assigned = 2026-10-07\ntopics = 2")),
            Some(d("2026-10-13"))
        );
        assert_eq!(
            due_date(&wf("assigned = 2026-10-07\ntopics = 3")),
            Some(d("2026-10-16"))
        );
        assert_eq!(
            due_date(&wf("assigned = 2026-10-07\ninterview = true")),
            Some(d("2026-10-12"))
        );
        let answered = "assigned = 2026-10-07\n[[requests]]\nagency = \"X\"\nsent = 2026-10-07\nanswered = 2026-10-15\n";
        assert_eq!(due_date(&wf(answered)), Some(d("2026-10-17")));
        // Never answered: the author waits a month from `sent`, then has
        // two days to finish without the answer.
        let unanswered = "assigned = 2026-10-07\n[[requests]]\nagency = \"X\"\nsent = 2026-10-08\n";
        assert_eq!(due_date(&wf(unanswered)), Some(d("2026-11-10")));
    }

    #[test]
    fn an_article_finished_after_waiting_a_month_for_no_answer_is_on_time() {
        let request = "speaker_contacted = 2026-10-08\n\n[[workflow.requests]]\nagency = \"Dövlət Statistika Komitəsi\"\nsent = 2026-10-07\n";
        let text = with("speaker_contacted = 2026-10-08\n", request)
            .replacen("date = 2026-10-10", "date = 2026-11-08", 1)
            .replace(
                "Artım 25 faizdir.",
                "Artım 25 faizdir. Dövlət Statistika Komitəsi bir ay ərzində sorğumuza cavab verməyib.",
            );
        assert!(text.contains("date = 2026-11-08"));
        assert!(findings(&text, Rule::WorkflowDeadline).is_empty());
        let late = text.replacen("date = 2026-11-08", "date = 2026-11-20", 1);
        let f = findings(&late, Rule::WorkflowDeadline);
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("11 gün"), "{}", f[0].message);
    }

    #[test]
    fn late_articles_and_overdue_drafts() {
        let f = findings(
            &with("date = 2026-10-10", "date = 2026-10-14"),
            Rule::WorkflowDeadline,
        );
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("4 gün"), "{}", f[0].message);
        assert_eq!(f[0].line, 3);
        let draft = with("status = \"ready\"", "status = \"draft\"");
        let f = findings(&draft, Rule::WorkflowDeadline);
        assert_eq!(f.len(), 1, "assigned 2026-10-07, today 2026-11-22");
        assert!(
            findings(
                &with(
                    "assigned = 2026-10-07",
                    "assigned = 2026-10-07\ninterview = true"
                )
                .replace("date = 2026-10-10", "date = 2026-10-12"),
                Rule::WorkflowDeadline
            )
            .is_empty()
        );
    }

    #[test]
    fn the_speaker_is_told_before_publication() {
        assert_eq!(
            findings(
                &with("speaker_contacted = 2026-10-08\n", ""),
                Rule::WorkflowSpeakerContacted
            )
            .len(),
            1
        );
        assert_eq!(
            findings(
                &with(
                    "speaker_contacted = 2026-10-08",
                    "speaker_contacted = 2026-10-12"
                ),
                Rule::WorkflowSpeakerContacted
            )
            .len(),
            1
        );
    }

    #[test]
    fn unanswered_requests_are_said_in_the_body() {
        let request = "speaker_contacted = 2026-10-08\n\n[[workflow.requests]]\nagency = \"Dövlət Statistika Komitəsi\"\nsent = 2026-10-07\n";
        let text = with("speaker_contacted = 2026-10-08\n", request);
        let f = findings(&text, Rule::WorkflowRequestUnanswered);
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].line, 36);
        let said = text.replace(
            "Artım 25 faizdir.",
            "Artım 25 faizdir. Dövlət Statistika Komitəsi sorğumuza cavab verməyib.",
        );
        assert!(findings(&said, Rule::WorkflowRequestUnanswered).is_empty());
        let suffixed = text.replace(
            "Artım 25 faizdir.",
            "Artım 25 faizdir. Dövlət Statistika Komitəsindən cavab ala bilmədik.",
        );
        assert!(findings(&suffixed, Rule::WorkflowRequestUnanswered).is_empty());
        let draft = text.replace("status = \"ready\"", "status = \"draft\"");
        assert_eq!(
            findings(&draft, Rule::WorkflowRequestUnanswered).len(),
            1,
            "a month has passed"
        );
    }

    #[test]
    fn an_unanswered_request_is_said_in_the_sites_own_language() {
        let request = "speaker_contacted = 2026-10-08\n\n[[workflow.requests]]\nagency = \"Госкомстат\"\nsent = 2026-10-07\n";
        let text = with("speaker_contacted = 2026-10-08\n", request).replace(
            "Artım 25 faizdir.",
            "Artım 25 faizdir. Госкомстат не ответил на наш запрос.",
        );
        let ru = crate::check::testing::CONFIG.replace("title = ", "language = \"ru\"\ntitle = ");
        let on = |config: &str| {
            crate::check::testing::findings_with(config, &text, Rule::WorkflowRequestUnanswered)
        };
        assert!(on(&ru).is_empty(), "Russian says it on a Russian site");
        assert_eq!(
            on(crate::check::testing::CONFIG).len(),
            1,
            "not an Azerbaijani phrase"
        );
    }
}
