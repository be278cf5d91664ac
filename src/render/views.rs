//! The contract's values made from the site: the site's view (`site`),
//! an article's view (its body rendered from Markdown, its claim box,
//! sources and corrections), a verdict's badge, a date in both forms, a
//! finding for the preview's panel and a row of a speaker's record. A
//! change to how a field a template sees is worked out belongs here; the
//! field itself is declared in `contract.rs`.

use super::CSP;
use super::contract::{
    ArticleView, Card, ClaimView, CorrectionView, DateView, FindingView, ImageView, Kind, Link,
    RecordRow, SiteView, SourceView, VerdictView,
};
use super::markdown;
use super::order::PageEntry;
use super::setup::Setup;
use crate::config::{Config, Verdict};
use crate::content::Article;
use crate::content::frontmatter::{Claim, FrontMatter};
use crate::routes::{Route, Sections};
use crate::text::{self, Date, format_date};

/// What every page's template sees as `site`: the menu of content
/// `pages`, the sections, the verdict scale, the site's addresses and,
/// when share cards are on, its `card`.
pub(super) fn site_view<'a>(
    setup: &Setup<'a>,
    pages: &[PageEntry<'_>],
    card: Option<ImageView>,
) -> SiteView<'a> {
    let config = &setup.site.config;
    let (base, sections, t) = (setup.base, &setup.sections, &setup.t);
    SiteView {
        title: &config.title,
        description: &config.description,
        base_url: &config.base_url,
        base_path: base,
        language: config.language.code(),
        menu: pages
            .iter()
            .map(|p| Link {
                name: p.page.title.clone(),
                url: Route::new([p.page.slug.as_str()]).url(base),
            })
            .collect(),
        sections: [
            Kind::Verdict,
            Kind::Category,
            Kind::Speaker,
            Kind::Tag,
            Kind::Author,
        ]
        .iter()
        .map(|k| Link {
            name: t[k.title_key()].to_string(),
            url: Route::new([k.segment(sections)]).url(base),
        })
        .collect(),
        verdicts: config
            .verdicts
            .iter()
            .map(|v| VerdictView::new(v, config, sections))
            .collect(),
        stylesheets: ["style.css", "verdicts.css"]
            .iter()
            .map(|f| format!("{base}{f}"))
            .collect(),
        code_stylesheet: format!("{base}highlight.css"),
        home: setup.home.clone(),
        locale: config.language.text("language-locale"),
        csp: (!setup.preview.live).then_some(CSP),
        feed: format!("{base}atom.xml"),
        search_url: setup
            .with_search
            .then(|| Route::new([sections.search]).url(base)),
        corrections_url: Route::new([sections.corrections]).url(base),
        card,
    }
}

impl VerdictView {
    /// The view of a configured verdict.
    pub fn new(v: &Verdict, config: &Config, sections: &Sections) -> VerdictView {
        VerdictView {
            word: v.word.clone(),
            label: config.language.titlecase_first(&v.word),
            slug: v.slug.clone(),
            rank: v.rank,
            value: v.value,
            of: config.verdicts.len(),
            colour: v.colour.to_string(),
            icon: v.icon.to_string(),
            meaning: v.meaning.clone(),
            url: Route::new([sections.verdicts, v.slug.as_str()]).url(&config.base_path),
        }
    }
}

impl DateView {
    /// Both forms of a date.
    pub fn new(d: Date, language: crate::text::Language) -> DateView {
        DateView {
            iso: d.to_string(),
            text: format_date(d, language),
        }
    }
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
    let lang = config.language;
    let base = config.base_path.as_str();
    let claim = fm.claim.clone().unwrap_or_default();
    let speaker_name = claim.speaker.clone().unwrap_or_default();
    let speaker = Link {
        url: Route::new([sections.speakers, speaker_slug(&speaker_name).as_str()]).url(base),
        name: speaker_name,
    };
    let person = |id: &str| Link {
        name: config
            .authors
            .get(id)
            .map_or_else(|| id.to_string(), |au| au.name.clone()),
        url: Route::new([sections.authors, id]).url(base),
    };
    let rendered = markdown::render_with(a.body(), config.raw_html);
    let summary = match fm.summary.as_deref().map(str::trim) {
        Some(s) if !s.is_empty() => s.to_string(),
        _ => rendered.last_paragraph.clone(),
    };
    let card = card(a, config, sections, &claim, speaker.clone(), summary);
    ArticleView {
        card,
        draft: false,
        findings: Vec::new(),
        subtitle: fm.subtitle.clone(),
        claim_box: claim_box(claim, speaker, lang),
        body: rendered.html,
        headings: rendered.headings,
        has_code: rendered.has_code,
        sources: sources(fm, lang),
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
        absolute_url: String::new(),
        share_links: Vec::new(),
        embed: None,
        api: None,
        json_ld: String::new(),
    }
}

/// An article's list entry: title, URL, date, verdict, speaker, claim and
/// category (its drawn `html` is filled in by render).
fn card(
    a: &Article,
    config: &Config,
    sections: &Sections,
    claim: &Claim,
    speaker: Link,
    summary: String,
) -> Card {
    let fm = &a.fm;
    let lang = config.language;
    let base = config.base_path.as_str();
    let verdict = fm
        .verdict
        .as_deref()
        .and_then(|w| config.verdict(w))
        // A word not on the scale never becomes another verdict: such an
        // article is never published (the check's guard), and a preview
        // shows it without a badge.
        .map(|v| VerdictView::new(v, config, sections));
    let category_name = fm.category.clone().unwrap_or_default();
    Card {
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
            meaning: String::new(),
            url: base.to_string(),
        }),
        speaker,
        claim: claim.text.clone().unwrap_or_default(),
        summary,
        category: Link {
            url: Route::new([sections.categories, text::slugify(&category_name).as_str()])
                .url(base),
            name: lang.titlecase_first(&category_name),
        },
        html: String::new(),
    }
}

/// The claim box: the statement, who said it and when, its source, video
/// and saved copy.
fn claim_box(claim: Claim, speaker: Link, lang: crate::text::Language) -> ClaimView {
    let archive_date = claim
        .archived_on
        .or_else(|| claim.archive.as_deref().and_then(wayback_date));
    ClaimView {
        text: claim.text.unwrap_or_default(),
        speaker,
        speaker_status: claim.speaker_status.unwrap_or_default(),
        date: claim.date.map(|d| DateView::new(d, lang)),
        said_where: claim.said_where.filter(|w| !w.trim().is_empty()),
        source_name: claim.url.as_deref().and_then(host_name),
        url: claim.url,
        video: claim.video,
        video_length: claim
            .video_seconds
            .map(|s| format!("{}:{:02}", s / 60, s % 60)),
        archive: claim.archive,
        archived_on: archive_date.map(|d| DateView::new(d, lang)),
    }
}

/// A web address's host, as a link's name: `parlament.example.az` for
/// `https://www.parlament.example.az/…`.
pub fn host_name(url: &str) -> Option<String> {
    let parsed = url::Url::parse(url).ok()?;
    let host = parsed.host_str()?;
    Some(host.strip_prefix("www.").unwrap_or(host).to_string())
}

/// The sources list, in order of use.
fn sources(fm: &FrontMatter, lang: crate::text::Language) -> Vec<SourceView> {
    fm.sources
        .iter()
        .map(|s| SourceView {
            title: s.title.clone().unwrap_or_default(),
            url: s.url.clone().unwrap_or_default(),
            archive: s.archive.clone(),
            archived_on: s
                .archived_on
                .or_else(|| s.archive.as_deref().and_then(wayback_date))
                .map(|d| DateView::new(d, lang)),
            foreign: s.lang.as_deref().is_some_and(|l| l != lang.code()),
            lang: s.lang.clone(),
        })
        .collect()
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

impl RecordRow {
    /// A row of the record: `count` of `total` claims got `verdict`,
    /// the most any verdict got being `most`.
    pub fn new(verdict: VerdictView, count: usize, total: usize, most: usize) -> RecordRow {
        let ratio = if total == 0 {
            0.0
        } else {
            count as f64 / total as f64
        };
        RecordRow {
            verdict,
            count,
            percent: format!("{:.1}", ratio * 100.0),
            bar: (count * 100).checked_div(most).unwrap_or(0),
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
        assert_eq!(
            host_name("https://www.parlament.example.az/a?b").as_deref(),
            Some("parlament.example.az")
        );
        assert_eq!(host_name("not a url"), None);
        assert_eq!(wayback_date("https://web.archive.org/web/2026/x"), None);
        assert_eq!(
            wayback_date("https://web.archive.org/web/20261399000000/x"),
            None
        );
    }
}
