//! The values templates see, all of them, in this one file. This is the
//! theme's documented interface (see ARCHITECTURE.md): every page gets
//! `site` ([`SiteView`]), `t` (UI strings, from `i18n.rs`), `canonical`
//! and `feed` (its own Atom feed, if any), plus the page's own data below;
//! a list page also gets `articles`, each a [`Card`].
//!
//! | template | its own data |
//! |---|---|
//! | `index.html` | [`HomeData`] |
//! | `article.html` | [`ArticleData`] |
//! | `terms.html` | [`TermsData`] |
//! | `term.html`, `speaker.html` | [`TermPage`] |
//! | `page.html` | [`ContentPage`] |
//! | `search.html` | [`SearchData`] |
//! | `corrections.html` | [`CorrectionsData`] |
//! | `404.html` | [`NotFoundData`] |
//! | `embed.html` | [`EmbedData`] |
//! | `partials/article_card.html` | `article`, a [`Card`] |
//!
//! A field a template needs is added here, and only here; the functions
//! that fill these values in are in `views.rs` and `pages.rs`.

use crate::diag::Rule;
use serde::Serialize;
use std::collections::BTreeMap;

/// A heading of a document, for a table of contents (made by the Markdown
/// renderer, which is where it is defined).
pub use super::markdown::Heading;

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
    /// What the verdict means, in one line (the site's methodology
    /// wording, else the language's default).
    pub meaning: String,
    /// The verdict's page.
    pub url: String,
}

/// A date, machine- and human-readable.
#[derive(Debug, Clone, Serialize)]
pub struct DateView {
    /// `2026-10-06`.
    pub iso: String,
    /// `6 oktyabr 2026`.
    pub text: String,
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
    /// The ruling in short: `summary` from the front matter, else the
    /// Conclusion's last paragraph, as plain text.
    pub summary: String,
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
    /// Where it was said (`claim.where`): outlet, programme, platform.
    #[serde(rename = "where")]
    pub said_where: Option<String>,
    /// The statement's source.
    pub url: Option<String>,
    /// The source's name for a link: its host, without `www.`.
    pub source_name: Option<String>,
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
    pub headings: Vec<Heading>,
    /// Whether the body has a code block (the page then loads the code
    /// colours, `site.code_stylesheet`).
    pub has_code: bool,
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
    /// The article's absolute URL (the copy-link field).
    pub absolute_url: String,
    /// Plain share links: Facebook, X, Telegram, WhatsApp, e-mail (the
    /// networks' own addresses, no script of theirs).
    pub share_links: Vec<Link>,
    /// The embeddable verdict card and its oEmbed file (a build only).
    pub embed: Option<EmbedView>,
    /// The article in the site's JSON API (a build only).
    pub api: Option<String>,
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

/// Where an article's embeddable card is.
#[derive(Debug, Clone, Serialize)]
pub struct EmbedView {
    /// The card's page, absolute (an iframe's `src`).
    pub url: String,
    /// Its oEmbed JSON, absolute (for discovery).
    pub oembed: String,
    /// The iframe's suggested width and height.
    pub width: u32,
    /// See `width`.
    pub height: u32,
}

/// What an article offers for sharing.
#[derive(Debug, Clone, Serialize)]
pub struct ShareView {
    /// The 1200×630 card.
    pub card: ImageView,
    /// The 1080×1080 card, for articles published within
    /// `square_card_days` of the newest.
    pub square: Option<ImageView>,
    /// The Telegram snippet.
    pub telegram: String,
    /// Root-relative URL of the snippet as a file.
    pub telegram_path: String,
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

/// One verdict's share of a speaker's record.
#[derive(Debug, Clone, Serialize)]
pub struct RecordRow {
    /// The verdict.
    pub verdict: VerdictView,
    /// How many of the speaker's checked claims got it.
    pub count: usize,
    /// Its share, e.g. `18.8` (per cent, one decimal, dot separator).
    pub percent: String,
    /// The bar's length, 0–100, in per cent of the largest count (the
    /// theme's `bar-N` classes).
    pub bar: usize,
}

/// What every page's template sees as `site`.
#[derive(Debug, Serialize)]
pub struct SiteView<'a> {
    /// The site's name.
    pub title: &'a str,
    /// Its description.
    pub description: &'a str,
    /// `base_url` from `yoxla.toml`.
    pub base_url: &'a str,
    /// The root-relative path of the home page (`/` or `/sub/`).
    pub base_path: &'a str,
    /// The site's language.
    pub language: &'a str,
    /// The content pages, by weight.
    pub menu: Vec<Link>,
    /// The verdicts', categories', speakers', tags' and authors' pages.
    pub sections: Vec<Link>,
    /// The verdict scale, best first.
    pub verdicts: Vec<VerdictView>,
    /// Root-relative URLs of the stylesheets every page loads.
    pub stylesheets: Vec<String>,
    /// The code colours' stylesheet, for pages with code only.
    pub code_stylesheet: String,
    /// The home page's absolute URL.
    pub home: String,
    /// `az_AZ` or `en_US`, for Open Graph.
    pub locale: String,
    /// The Content-Security-Policy (none in `yoxla serve`).
    pub csp: Option<&'static str>,
    /// The site's Atom feed.
    pub feed: String,
    /// The search page, when search is on.
    pub search_url: Option<String>,
    /// The corrections log.
    pub corrections_url: String,
    /// The site's share card.
    pub card: Option<ImageView>,
}

/// A paginated list's position (`paginator`).
#[derive(Debug, Clone, Serialize)]
pub struct Paginator {
    /// This page's number, from 1.
    pub current: usize,
    /// How many pages the list has.
    pub total: usize,
    /// The page before, if any.
    pub previous: Option<String>,
    /// The page after, if any.
    pub next: Option<String>,
    /// The bar's links; a gap ("…") has no URL.
    pub pages: Vec<Link>,
}

/// The home page's data (`index.html`), with the newest articles as
/// `articles`.
#[derive(Serialize)]
pub struct HomeData<'a> {
    /// Where this page sits in the list.
    pub paginator: Paginator,
    /// The newest article, shown large on the first page (then not in
    /// `articles`).
    pub lead: Option<&'a Card>,
    /// How many articles got each verdict, the scale's order.
    pub totals: Vec<TermsEntry<'a>>,
    /// How many articles the site has.
    pub total: usize,
    /// The same number as words in the site's language ("12 yoxlama",
    /// "1 fact-check", "5 проверок").
    pub total_text: String,
}

/// An article's page data: the template sees `article`.
#[derive(Serialize)]
pub struct ArticleData<'a> {
    /// The article.
    pub article: &'a ArticleView,
    /// Related fact-checks: the speaker's other checks, then checks that
    /// share tags or the category (see `related.rs`).
    pub related: Vec<&'a Related>,
}

/// A related fact-check, as the article page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct Related {
    /// The title.
    pub title: String,
    /// The article's page.
    pub url: String,
    /// Publication date.
    pub date: Option<DateView>,
    /// The verdict (none only in a preview of a verdict off the scale).
    pub verdict: Option<VerdictView>,
}

/// The embeddable card (`embed.html`): the template sees `article`.
#[derive(Serialize)]
pub struct EmbedData<'a> {
    /// The article.
    pub article: &'a ArticleView,
}

/// What kind of group a term page lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// By verdict.
    Verdict,
    /// By category.
    Category,
    /// By tag.
    Tag,
    /// By speaker.
    Speaker,
    /// By author (or editor).
    Author,
}

/// One group on a kind's page (`terms`).
#[derive(Serialize)]
pub struct TermsEntry<'a> {
    /// The group's name.
    pub name: &'a str,
    /// Its page.
    pub url: String,
    /// How many articles it has.
    pub count: usize,
    /// The verdict, on the verdicts' page.
    pub verdict: Option<&'a VerdictView>,
}

/// The page of every group of a kind (`terms.html`).
#[derive(Serialize)]
pub struct TermsData<'a> {
    /// Which kind.
    pub kind: Kind,
    /// The kind's title, e.g. "Hökmlər".
    pub title: &'a str,
    /// Its groups.
    pub terms: Vec<TermsEntry<'a>>,
}

/// One group (`term`): a verdict, category, tag, speaker or author.
#[derive(Serialize)]
pub struct TermData<'a> {
    /// Which kind of group.
    pub kind: Kind,
    /// The kind's title.
    pub kind_title: &'a str,
    /// The kind's page.
    pub kind_url: String,
    /// The group's name.
    pub name: &'a str,
    /// Its page.
    pub url: String,
    /// How many articles it has.
    pub count: usize,
    /// The same number as words in the site's language ("12 yoxlama",
    /// "1 fact-check", "5 проверок").
    pub count_text: String,
    /// A speaker's most recent status.
    pub status: Option<&'a str>,
    /// The verdict, on a verdict's page.
    pub verdict: Option<&'a VerdictView>,
    /// An author's biography.
    pub bio: Option<&'a str>,
    /// A speaker's record, per verdict (empty for other kinds).
    pub record: Vec<RecordRow>,
    /// A speaker's share card (their record), when cards are on.
    pub card: Option<ImageView>,
}

/// A group's page (`term.html`, `speaker.html`), with its articles as
/// `articles`.
#[derive(Serialize)]
pub struct TermPage<'a> {
    /// The group.
    pub term: TermData<'a>,
    /// Where this page sits in the group's list.
    pub paginator: Paginator,
}

/// A verdict and what a content page says it means.
#[derive(Serialize)]
pub struct ScaleRow<'a> {
    /// The verdict.
    pub verdict: &'a VerdictView,
    /// The page's explanation of it.
    pub meaning: &'a str,
}

/// A content page (`page`).
#[derive(Serialize)]
pub struct PageData<'a> {
    /// Its title.
    pub title: &'a str,
    /// Its description.
    pub description: &'a str,
    /// The body as HTML.
    pub body: &'a str,
    /// The body's headings.
    pub headings: &'a [Heading],
    /// Whether the body has a code block.
    pub has_code: bool,
    /// The verdict scale, when the page explains it.
    pub scale: Vec<ScaleRow<'a>>,
}

/// A content page's data (`page.html`).
#[derive(Serialize)]
pub struct ContentPage<'a> {
    /// The page.
    pub page: PageData<'a>,
}

/// The search page's data (`search.html`).
#[derive(Serialize)]
pub struct SearchData {
    /// The root-relative URL of the search index's folder.
    pub bundle: String,
    /// The search page's strings, as JSON (for its script).
    pub translations: String,
    /// The search page's strings (for the template).
    pub strings: BTreeMap<&'static str, String>,
    /// The folders of the index's parts, newest first, as JSON: the
    /// first holds the search engine, the others are merged into it.
    pub parts: String,
    /// The letters the index writes with stand-ins, as JSON pairs
    /// (`[]` when none): the script writes queries the same way.
    pub folded: String,
    /// The filters, offered before any query: verdicts in the scale's
    /// order, the rest in the language's alphabetical order (years
    /// newest first).
    pub filters: Vec<SearchFilter>,
    /// Every verdict of the scale, for the results' badges.
    pub badges: Vec<VerdictView>,
}

/// One search filter and its values.
#[derive(Serialize)]
pub struct SearchFilter {
    /// Its name in the site's language (the index's filter name).
    pub name: String,
    /// Its key in the page's address (`?hokm=Yalan`).
    pub key: String,
    /// One value at a time from a list (many values), rather than boxes.
    pub choose_one: bool,
    /// Its values, with how many articles have each.
    pub values: Vec<SearchValue>,
}

/// A filter's value.
#[derive(Serialize)]
pub struct SearchValue {
    /// As the index has it.
    pub value: String,
    /// Articles with it.
    pub count: usize,
}

/// One correction in the site-wide log.
#[derive(Serialize)]
pub struct CorrectionEntry<'a> {
    /// When.
    pub date: Option<&'a DateView>,
    /// What was corrected.
    pub text: &'a str,
    /// The corrected article.
    pub article: &'a Card,
}

/// The corrections log's data (`corrections.html`), newest first.
#[derive(Serialize)]
pub struct CorrectionsData<'a> {
    /// Every correction of every article shown.
    pub corrections: Vec<CorrectionEntry<'a>>,
}

/// The not-found page's data (`404.html`): nothing of its own.
#[derive(Serialize)]
pub struct NotFoundData {}
