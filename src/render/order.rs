//! What a render shows and in which order: the articles (published ones,
//! or every one in a preview with drafts), newest first; the check's
//! findings by file; the content pages by weight, their Markdown
//! rendered. A change to what is shown, or to its order, belongs here.

use super::{Preview, markdown};
use crate::content::{Article, Page, Site};
use crate::diag::Finding;
use crate::text;
use foldhash::{HashMap, HashMapExt as _};

/// A content page with its rendered body.
pub(super) struct PageEntry<'a> {
    pub(super) page: &'a Page,
    pub(super) rendered: markdown::Rendered,
}

/// The articles and pages of one render, in order.
pub(super) struct Order<'a> {
    /// The articles shown, newest first (then by title, then by slug).
    pub(super) published: Vec<&'a Article>,
    /// The check's findings, by article file.
    pub(super) findings_of: HashMap<&'a str, Vec<&'a Finding>>,
    /// The content pages, by weight, then by title.
    pub(super) pages: Vec<PageEntry<'a>>,
}

impl<'a> Order<'a> {
    /// The site's articles and pages as this render shows them.
    pub(super) fn new(site: &'a Site, preview: &Preview<'a>) -> Order<'a> {
        let shown = shown(site, preview);
        Order::of(site, preview, &shown)
    }

    /// The articles `site.articles[i]` for each `i` of `shown`, in that
    /// order, with the rest of what this render shows.
    pub(super) fn of(site: &'a Site, preview: &Preview<'a>, shown: &[usize]) -> Order<'a> {
        let published = shown.iter().filter_map(|&i| site.articles.get(i)).collect();
        let mut findings_of: HashMap<&str, Vec<&Finding>> = HashMap::new();
        for f in preview.findings {
            findings_of.entry(f.file.as_str()).or_default().push(f);
        }
        Order {
            published,
            findings_of,
            pages: content_pages(site),
        }
    }
}

/// Which of `site.articles` this render shows (published ones, or every
/// one in a preview with drafts), by index, newest first, then by title
/// in the site's alphabet, then by slug.
pub(super) fn shown(site: &Site, preview: &Preview<'_>) -> Vec<usize> {
    let articles = &site.articles;
    let mut shown: Vec<usize> = (0..articles.len())
        .filter(|&i| articles[i].is_published() || preview.drafts)
        .collect();
    shown.sort_by(|&a, &b| newest_first(&articles[a], &articles[b]));
    shown
}

/// The order articles are shown in: newest first, then by title in the
/// site's alphabet, then by slug.
fn newest_first(a: &Article, b: &Article) -> std::cmp::Ordering {
    b.fm.date
        .cmp(&a.fm.date)
        .then_with(|| text::compare(a.title(), b.title()))
        .then_with(|| a.slug.cmp(&b.slug))
}

/// Whether `kept` (an earlier [`shown`]) is still what [`shown`] gives:
/// the same articles, still in order. A saved title or verdict mostly
/// leaves the order as it was, and checking it is one pass, not a sort.
pub(super) fn still_shown(site: &Site, preview: &Preview<'_>, kept: &[usize]) -> bool {
    let articles = &site.articles;
    let mut seen = vec![false; articles.len()];
    for &i in kept {
        match seen.get_mut(i) {
            Some(s) if !*s => *s = true,
            _ => return false,
        }
    }
    let same =
        (0..articles.len()).all(|i| seen[i] == (articles[i].is_published() || preview.drafts));
    same && kept
        .windows(2)
        .all(|w| newest_first(&articles[w[0]], &articles[w[1]]).is_lt())
}

/// The content pages by weight, their bodies rendered.
fn content_pages(site: &Site) -> Vec<PageEntry<'_>> {
    let mut content_pages: Vec<_> = site.pages.iter().collect();
    content_pages.sort_by(|a, b| {
        a.weight
            .cmp(&b.weight)
            .then_with(|| text::compare(&a.title, &b.title))
    });
    content_pages
        .iter()
        .map(|p| PageEntry {
            page: p,
            rendered: markdown::render_with(&p.body, site.config.raw_html),
        })
        .collect()
}
