//! The values templates see. This is the theme's documented interface
//! (see ARCHITECTURE.md): every page gets `site`, `t` (UI strings) and
//! `canonical`, plus the page's own data below.

use super::markdown;
use crate::config::{Config, Verdict};
use crate::content::Article;
use crate::diag::Rule;
use crate::routes::{Route, Sections};
use crate::text::{self, Date, format_date};
use serde::Serialize;

/// A named link.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Link {
    /// Shown text.
    pub name: String,
    /// Root-relative URL.
    pub url: String,
}

/// A verdict as the badge shows it.
#[derive(Debug, Clone, Serialize)]
pub struct VerdictView {
    /// The word, e.g. `yarı-doğru`.
    pub word: String,
    /// The word with its first letter capitalised.
    pub label: String,
    /// URL slug.
    pub slug: String,
    /// 1 = best.
    pub rank: usize,
    /// Numeric rating (N best … 1 worst).
    pub value: usize,
    /// Number of verdicts on the scale.
    pub of: usize,
    /// Badge colour.
    pub colour: String,
    /// Icon name.
    pub icon: String,
    /// The verdict's page.
    pub url: String,
}

impl VerdictView {
    /// The view of a configured verdict.
    pub fn new(v: &Verdict, config: &Config, sections: &Sections) -> VerdictView {
        VerdictView {
            word: v.word.clone(),
            label: text::titlecase_first(&v.word),
            slug: v.slug.clone(),
            rank: v.rank,
            value: v.value,
            of: config.verdicts.len(),
            colour: v.colour.to_string(),
            icon: v.icon.to_string(),
            url: Route::new([sections.verdicts, v.slug.as_str()]).url(&config.base_path),
        }
    }
}

/// A date, machine- and human-readable.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    /// `2026-10-06`.
    pub iso: String,
    /// `6 oktyabr 2026`.
    pub text: String,
}

impl DateView {
    /// Both forms of a date.
    pub fn new(d: Date, language: &str) -> DateView {
        DateView {
            iso: d.to_string(),
            text: format_date(d, language),
        }
    }
}

/// An article in a list.
#[derive(Debug, Clone, Serialize)]
pub struct Card {
    /// The title.
    pub title: String,
    /// The article's page.
    pub url: String,
    /// Publication date.
    pub date: Option<DateView>,
    /// The verdict.
    pub verdict: VerdictView,
    /// Who said it.
    pub speaker: Link,
    /// The claim, verbatim.
    pub claim: String,
    /// The category.
    pub category: Link,
    /// The card as the theme's `partials/article_card.html` draws it,
    /// rendered once per article for every list it appears in.
    pub html: String,
}

/// The claim box.
#[derive(Debug, Clone, Serialize)]
pub struct ClaimView {
    /// The statement, verbatim.
    pub text: String,
    /// Who said it.
    pub speaker: Link,
    /// Their status, office or party.
    pub speaker_status: String,
    /// When it was said.
    pub date: Option<DateView>,
    /// The statement's source.
    pub url: Option<String>,
    /// A video of the statement.
    pub video: Option<String>,
    /// The video's length as `m:ss`.
    pub video_length: Option<String>,
    /// The saved copy of the source.
    pub archive: Option<String>,
    /// When it was saved.
    pub archived_on: Option<DateView>,
}

/// One source in the sources list.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    /// The source's title.
    pub title: String,
    /// Where it is.
    pub url: String,
    /// Its archived copy.
    pub archive: Option<String>,
    /// When the archived copy was made.
    pub archived_on: Option<DateView>,
    /// Its language (ISO 639-1), when given.
    pub lang: Option<String>,
    /// Whether its language is not the site's.
    pub foreign: bool,
}

/// A published correction.
#[derive(Debug, Clone, Serialize)]
pub struct CorrectionView {
    /// When.
    pub date: Option<DateView>,
    /// What was corrected.
    pub text: String,
}

/// Everything the article page shows.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleView {
    /// The list entry (title, url, date, verdict, speaker, claim, category).
    #[serde(flatten)]
    pub card: Card,
    /// Not published: shown only by `yoxla serve`, with a banner.
    pub draft: bool,
    /// The check's findings for the article (`yoxla serve` only).
    pub findings: Vec<FindingView>,
    /// The subtitle.
    pub subtitle: Option<String>,
    /// The claim box.
    pub claim_box: ClaimView,
    /// The body as HTML.
    pub body: String,
    /// The body's headings.
    pub headings: Vec<markdown::Heading>,
    /// The sources, in order of use.
    pub sources: Vec<SourceView>,
    /// Tags.
    pub tags: Vec<Link>,
    /// Whether some source is in a foreign language.
    pub foreign_sources: bool,
    /// The author.
    pub author: Link,
    /// The editor, once signed off.
    pub editor: Option<Link>,
    /// Corrections, oldest first.
    pub corrections: Vec<CorrectionView>,
    /// The latest correction's date.
    pub updated: Option<DateView>,
    /// The publication year (a search filter).
    pub year: String,
    /// Share cards and the Telegram snippet (filled in by render).
    pub share: Option<ShareView>,
    /// The page's ClaimReview as JSON-LD, safe to put in a script
    /// element (filled in by render).
    pub json_ld: String,
}

/// An image for social networks.
#[derive(Debug, Clone, Serialize)]
pub struct ImageView {
    /// Absolute URL.
    pub url: String,
    /// Root-relative URL, for links on the site.
    pub path: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Its text alternative.
    pub alt: String,
}

/// What an article offers for sharing.
#[derive(Debug, Clone, Serialize)]
pub struct ShareView {
    /// The 1200×630 card.
    pub card: ImageView,
    /// The 1080×1080 card.
    pub square: ImageView,
    /// The Telegram snippet.
    pub telegram: String,
    /// Root-relative URL of the snippet as a file.
    pub telegram_path: String,
}

/// The date of a Wayback Machine copy, read from its address
/// (`…/web/20261028080000/…`).
pub fn wayback_date(url: &str) -> Option<Date> {
    let rest = url
        .strip_prefix("https://web.archive.org/web/")
        .or_else(|| url.strip_prefix("http://web.archive.org/web/"))?;
    let stamp: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if stamp.len() < 8 {
        return None;
    }
    Date::parse(&format!(
        "{}-{}-{}",
        &stamp[0..4],
        &stamp[4..6],
        &stamp[6..8]
    ))
}

/// The speaker's URL slug.
pub fn speaker_slug(name: &str) -> String {
    text::slugify(name)
}

/// Builds the view of a published article. The check stage has already
/// made sure the keys it reads are there; anything still missing shows
/// as empty rather than failing.
pub fn article_view(a: &Article, config: &Config, sections: &Sections) -> ArticleView {
    let fm = &a.fm;
    let lang = config.language.as_str();
    let base = config.base_path.as_str();
    let claim = fm.claim.clone().unwrap_or_default();
    let speaker_name = claim.speaker.clone().unwrap_or_default();
    let speaker = Link {
        url: Route::new([sections.speakers, speaker_slug(&speaker_name).as_str()]).url(base),
        name: speaker_name,
    };
    let verdict = fm
        .verdict
        .as_deref()
        .and_then(|w| config.verdict(w))
        // A word not on the scale never becomes another verdict: such an
        // article is never published (the check's guard), and a preview
        // shows it without a badge.
        .map(|v| VerdictView::new(v, config, sections));
    let category_name = fm.category.clone().unwrap_or_default();
    let person = |id: &str| Link {
        name: config
            .authors
            .get(id)
            .map_or_else(|| id.to_string(), |au| au.name.clone()),
        url: Route::new([sections.authors, id]).url(base),
    };
    let rendered = markdown::render_with(a.body(), config.raw_html);
    let card = Card {
        title: a.title().to_string(),
        url: Route::article(sections, &a.slug).url(base),
        date: fm.date.map(|d| DateView::new(d, lang)),
        verdict: verdict.unwrap_or_else(|| VerdictView {
            word: String::new(),
            label: String::new(),
            slug: String::new(),
            rank: 0,
            value: 0,
            of: 0,
            colour: String::new(),
            icon: String::new(),
            url: base.to_string(),
        }),
        speaker: speaker.clone(),
        claim: claim.text.clone().unwrap_or_default(),
        category: Link {
            url: Route::new([sections.categories, text::slugify(&category_name).as_str()])
                .url(base),
            name: text::titlecase_first(&category_name),
        },
        html: String::new(),
    };
    let archive_date = claim
        .archived_on
        .or_else(|| claim.archive.as_deref().and_then(wayback_date));
    ArticleView {
        card,
        draft: false,
        findings: Vec::new(),
        subtitle: fm.subtitle.clone(),
        claim_box: ClaimView {
            text: claim.text.unwrap_or_default(),
            speaker,
            speaker_status: claim.speaker_status.unwrap_or_default(),
            date: claim.date.map(|d| DateView::new(d, lang)),
            url: claim.url,
            video: claim.video,
            video_length: claim
                .video_seconds
                .map(|s| format!("{}:{:02}", s / 60, s % 60)),
            archive: claim.archive,
            archived_on: archive_date.map(|d| DateView::new(d, lang)),
        },
        body: rendered.html,
        headings: rendered.headings,
        sources: fm
            .sources
            .iter()
            .map(|s| SourceView {
                title: s.title.clone().unwrap_or_default(),
                url: s.url.clone().unwrap_or_default(),
                archive: s.archive.clone(),
                archived_on: s
                    .archived_on
                    .or_else(|| s.archive.as_deref().and_then(wayback_date))
                    .map(|d| DateView::new(d, lang)),
                foreign: s.lang.as_deref().is_some_and(|l| l != lang),
                lang: s.lang.clone(),
            })
            .collect(),
        tags: fm
            .tags
            .iter()
            .map(|t| Link {
                name: t.clone(),
                url: Route::new([sections.tags, text::slugify(t).as_str()]).url(base),
            })
            .collect(),
        foreign_sources: fm.foreign_sources.unwrap_or(false),
        author: person(fm.author.as_deref().unwrap_or_default()),
        editor: fm.editor.as_deref().map(person),
        corrections: fm
            .corrections
            .iter()
            .map(|c| CorrectionView {
                date: c.date.map(|d| DateView::new(d, lang)),
                text: c.text.clone().unwrap_or_default(),
            })
            .collect(),
        updated: fm
            .corrections
            .iter()
            .filter_map(|c| c.date)
            .max()
            .map(|d| DateView::new(d, lang)),
        year: fm.date.map(|d| d.year().to_string()).unwrap_or_default(),
        share: None,
        json_ld: String::new(),
    }
}

/// A finding as the preview's panel shows it.
#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// error, warning or suggestion.
    pub severity: String,
    /// The rule id.
    pub rule: Rule,
    /// What is wrong and what to do.
    pub message: String,
}

impl From<&crate::diag::Finding> for FindingView {
    fn from(f: &crate::diag::Finding) -> FindingView {
        FindingView {
            line: f.line,
            column: f.column,
            severity: f.severity.to_string(),
            rule: f.rule,
            message: f.message.clone(),
        }
    }
}

/// One verdict's share of a speaker's record.
#[derive(Debug, Clone, Serialize)]
pub struct RecordRow {
    /// The verdict.
    pub verdict: VerdictView,
    /// How many of the speaker's checked claims got it.
    pub count: usize,
    /// Its share, e.g. `18.8` (per cent, one decimal, dot separator).
    pub percent: String,
    /// The bar's width in the chart (0–200).
    pub bar_width: String,
    /// Where the count label starts.
    pub label_x: String,
}

impl RecordRow {
    /// A row of the record: `count` of `total` claims got `verdict`.
    pub fn new(verdict: VerdictView, count: usize, total: usize) -> RecordRow {
        let ratio = if total == 0 {
            0.0
        } else {
            count as f64 / total as f64
        };
        RecordRow {
            verdict,
            count,
            percent: format!("{:.1}", ratio * 100.0),
            bar_width: format!("{:.1}", ratio * 200.0),
            label_x: format!("{:.1}", 136.0 + ratio * 200.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wayback_addresses_give_their_date() {
        assert_eq!(
            wayback_date("https://web.archive.org/web/20261028080000/https://x.example/a")
                .map(|d| d.to_string()),
            Some("2026-10-28".to_string())
        );
        assert_eq!(wayback_date("https://archive.ph/abc"), None);
        assert_eq!(wayback_date("https://web.archive.org/web/2026/x"), None);
        assert_eq!(
            wayback_date("https://web.archive.org/web/20261399000000/x"),
            None
        );
    }
}
