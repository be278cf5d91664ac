//! Markdown to HTML with pulldown-cmark: tables, footnotes,
//! strikethrough, heading anchors, highlighted code.
//!
//! [`options`] is the one place where Markdown extensions are switched on,
//! so the check and render stages read the same document. The HTML is
//! built by transforming parser events, never by editing text before
//! parsing.
//!
//! Raw HTML in an article is shown as text (escaped) by default, or, with
//! `raw_html = "clean"`, kept and cleaned by ammonia; HTML comments
//! (`<!-- yoxla-disable … -->`) are dropped either way. Links with a scheme
//! other than http, https or mailto lose their target.

use super::highlight;
pub use crate::config::RawHtml;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use std::collections::{HashMap, HashSet};

/// The Markdown extensions every stage uses.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// A heading of the document, for a table of contents.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Heading {
    /// 1–6.
    pub level: u8,
    /// The anchor id.
    pub id: String,
    /// The heading as plain text.
    pub text: String,
}

/// A rendered Markdown document.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    /// The HTML.
    pub html: String,
    /// Its headings, in order.
    pub headings: Vec<Heading>,
}

/// Renders a Markdown body, raw HTML escaped.
pub fn render(markdown: &str) -> Rendered {
    render_with(markdown, RawHtml::Escape)
}

/// The sanitiser for `raw_html = "clean"`: ammonia's defaults (no script,
/// style, iframe, form or event handler) plus the attributes this module
/// writes itself, and only http, https and mailto links.
fn cleaner() -> ammonia::Builder<'static> {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["class", "id", "aria-label", "data-pagefind-ignore"])
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"));
    b
}

/// Renders a Markdown body, raw HTML escaped or cleaned.
pub fn render_with(markdown: &str, raw_html: RawHtml) -> Rendered {
    let clean = raw_html == RawHtml::Clean;
    let neutralise = |e| neutralise(e, clean);
    let events: Vec<Event<'_>> = Parser::new_ext(markdown, options()).collect();
    let mut out: Vec<Event<'_>> = Vec::with_capacity(events.len());
    let mut headings = Vec::new();
    let mut ids = Ids::default();
    let mut i = 0;
    while i < events.len() {
        match &events[i] {
            Event::Start(Tag::Heading {
                level, id, classes, ..
            }) => {
                let end = find_end(&events, i, |e| matches!(e, Event::End(TagEnd::Heading(_))));
                let inner = &events[i + 1..end];
                let (html, heading) =
                    heading_html(inner, *level, id.as_deref(), classes, &mut ids, clean);
                out.push(Event::Html(CowStr::from(html)));
                headings.push(heading);
                i = end + 1;
            }
            Event::Start(Tag::CodeBlock(kind)) => {
                let end = find_end(&events, i, |e| matches!(e, Event::End(TagEnd::CodeBlock)));
                let code: String = events[i + 1..end]
                    .iter()
                    .filter_map(|e| match e {
                        Event::Text(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let lang = match kind {
                    pulldown_cmark::CodeBlockKind::Fenced(info) => info.as_ref(),
                    pulldown_cmark::CodeBlockKind::Indented => "",
                };
                out.push(Event::Html(CowStr::from(highlight::highlight(lang, &code))));
                i = end + 1;
            }
            Event::Start(Tag::HtmlBlock) => {
                let end = find_end(&events, i, |e| matches!(e, Event::End(TagEnd::HtmlBlock)));
                let raw: String = events[i + 1..end]
                    .iter()
                    .filter_map(|e| match e {
                        Event::Html(t) | Event::Text(t) => Some(t.as_ref()),
                        _ => None,
                    })
                    .collect();
                let visible = strip_comments(&raw);
                if clean {
                    out.push(Event::Html(CowStr::from(visible)));
                } else if !visible.trim().is_empty() {
                    out.push(Event::Html(CowStr::from(format!(
                        "<p class=\"raw-html\">{}</p>\n",
                        super::escape(visible.trim())
                    ))));
                }
                i = end + 1;
            }
            Event::Start(Tag::Table(_)) => {
                out.push(Event::Html(CowStr::Borrowed(
                    "<div class=\"table-scroll\">",
                )));
                out.push(events[i].clone());
                i += 1;
            }
            Event::End(TagEnd::Table) => {
                out.push(events[i].clone());
                out.push(Event::Html(CowStr::Borrowed("</div>\n")));
                i += 1;
            }
            other => {
                out.push(neutralise(other.clone()));
                i += 1;
            }
        }
    }
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, out.into_iter());
    if clean {
        html = cleaner().clean(&html).to_string();
    }
    Rendered { html, headings }
}

/// A heading's HTML (its inline events made safe), with an id unique in
/// the document and a `§` link to it.
fn heading_html(
    inner: &[Event<'_>],
    level: HeadingLevel,
    id: Option<&str>,
    classes: &[CowStr<'_>],
    ids: &mut Ids,
    clean: bool,
) -> (String, Heading) {
    let text = plain_text(inner);
    let id = ids.unique(id.map_or_else(|| crate::text::slugify(&text), crate::text::slugify));
    let n = heading_number(level);
    let mut inner_html = String::new();
    pulldown_cmark::html::push_html(
        &mut inner_html,
        inner.iter().cloned().map(|e| neutralise(e, clean)),
    );
    let class = if classes.is_empty() {
        String::new()
    } else {
        let joined: Vec<String> = classes.iter().map(|c| crate::text::slugify(c)).collect();
        format!(" class=\"{}\"", joined.join(" "))
    };
    let html = format!(
        "<h{n} id=\"{id}\"{class}>{inner_html} <a class=\"anchor\" data-pagefind-ignore href=\"#{id}\" aria-label=\"§ {}\">§</a></h{n}>\n",
        super::escape(&text)
    );
    (html, Heading { level: n, id, text })
}

/// Makes one inline event safe: inline HTML becomes text (comments
/// vanish), links and images with unsafe schemes lose their target,
/// external links open without giving the target site access to the page.
fn neutralise(event: Event<'_>, clean: bool) -> Event<'_> {
    match event {
        Event::InlineHtml(raw) | Event::Html(raw) => {
            let visible = strip_comments(&raw);
            if visible.is_empty() {
                Event::Text(CowStr::Borrowed(""))
            } else if clean {
                // Kept as markup; ammonia cleans the whole body at the end.
                Event::InlineHtml(CowStr::from(visible))
            } else {
                Event::Text(CowStr::from(visible))
            }
        }
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            if !is_safe_link(&dest_url) {
                return Event::Start(Tag::Link {
                    link_type,
                    dest_url: CowStr::Borrowed("#"),
                    title,
                    id,
                });
            }
            if dest_url.starts_with("http://") || dest_url.starts_with("https://") {
                let title_attr = if title.is_empty() {
                    String::new()
                } else {
                    format!(" title=\"{}\"", super::escape(&title))
                };
                return Event::Html(CowStr::from(format!(
                    "<a href=\"{}\"{title_attr} rel=\"noopener noreferrer\">",
                    super::escape(&dest_url)
                )));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            })
        }
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) if !is_safe_link(&dest_url) => Event::Start(Tag::Image {
            link_type,
            dest_url: CowStr::Borrowed(""),
            title,
            id,
        }),
        Event::End(TagEnd::Link) => Event::Html(CowStr::Borrowed("</a>")),
        other => other,
    }
}

/// Whether a link target is http(s), mailto, or relative to the site.
pub fn is_safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    match lower.find(':') {
        None => true,
        Some(colon) => {
            let scheme = &lower[..colon];
            // A colon after a path or query separator is not a scheme.
            if scheme.contains(['/', '?', '#']) {
                return true;
            }
            matches!(scheme, "http" | "https" | "mailto")
        }
    }
}

fn strip_comments(raw: &str) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(start) = rest.find("<!--") {
        out.push_str(&rest[..start]);
        match rest[start + 4..].find("-->") {
            Some(end) => rest = &rest[start + 4 + end + 3..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

fn find_end(events: &[Event<'_>], start: usize, is_end: impl Fn(&Event<'_>) -> bool) -> usize {
    events[start + 1..]
        .iter()
        .position(is_end)
        .map_or(events.len().saturating_sub(1), |p| start + 1 + p)
}

/// The text of a run of inline events.
pub fn plain_text(events: &[Event<'_>]) -> String {
    let mut s = String::new();
    for e in events {
        match e {
            Event::Text(t) | Event::Code(t) => s.push_str(t),
            Event::SoftBreak | Event::HardBreak => s.push(' '),
            _ => {}
        }
    }
    s.trim().to_string()
}

fn heading_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The heading ids of one document. A repeated base `b` becomes `b-1`,
/// `b-2`… (the first of those not yet taken, an author's own `b-2` heading
/// included). Ids are never given back, so the numbers below the last one
/// given for `b` stay taken: each base remembers where to go on counting,
/// and a run of identical headings costs one step each, not a count from 1.
#[derive(Default)]
struct Ids {
    taken: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Ids {
    fn unique(&mut self, base: String) -> String {
        if self.taken.insert(base.clone()) {
            return base;
        }
        let n = self.next.entry(base.clone()).or_insert(1);
        loop {
            let id = format!("{base}-{n}");
            *n += 1;
            if self.taken.insert(id.clone()) {
                return id;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_escaped_by_default_and_cleaned_on_request() {
        let md = "Mətn <sup>2</sup> <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n<div onclick=\"x()\"><abbr title=\"Dövlət Statistika Komitəsi\">DSK</abbr> <a href=\"javascript:alert(1)\">bax</a></div>\n\n## Başlıq\n";
        let escaped = render(md).html;
        assert!(escaped.contains("&lt;sup&gt;2&lt;/sup&gt;"), "{escaped}");
        assert!(!escaped.contains("<script") && !escaped.contains("<sup>"));
        let cleaned = render_with(md, RawHtml::Clean).html;
        assert!(cleaned.contains("<sup>2</sup>"), "{cleaned}");
        assert!(
            cleaned.contains("<abbr title=\"Dövlət Statistika Komitəsi\">DSK</abbr>"),
            "{cleaned}"
        );
        for bad in [
            "<script",
            "onerror",
            "onclick",
            "javascript:",
            "alert(1)</script>",
        ] {
            assert!(!cleaned.contains(bad), "{bad} in {cleaned}");
        }
        // What this module writes itself survives the cleaning.
        assert!(
            cleaned.contains("<h2 id=\"basliq\">Başlıq <a class=\"anchor\" data-pagefind-ignore"),
            "{cleaned}"
        );
    }

    #[test]
    fn headings_get_readable_unique_anchors() {
        let r = render("## Faktın yoxlanması\n\nmətn\n\n## Nəticə\n\n## Nəticə\n");
        let ids: Vec<_> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["faktin-yoxlanmasi", "netice", "netice-1"]);
        assert!(r.html.contains("<h2 id=\"faktin-yoxlanmasi\">Faktın yoxlanması <a class=\"anchor\" data-pagefind-ignore href=\"#faktin-yoxlanmasi\""));
    }

    #[test]
    fn twenty_thousand_identical_headings_render_in_linear_time() {
        let md = "## Nəticə\n\n".repeat(20_000);
        let started = std::time::Instant::now();
        let r = render(&md);
        let took = started.elapsed();
        assert_eq!(r.headings.len(), 20_000);
        assert_eq!(r.headings[19_999].id, "netice-19999");
        assert!(took < std::time::Duration::from_secs(2), "{took:?}");
    }

    #[test]
    fn heading_ids_are_those_counting_from_one_gave() {
        // What ids were before they were remembered per base: counting up
        // from 1 for every repeat.
        fn counted(bases: &[&str]) -> Vec<String> {
            let mut taken = HashSet::new();
            let mut out = Vec::new();
            for base in bases {
                let mut id = base.to_string();
                let mut n = 1;
                while !taken.insert(id.clone()) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                out.push(id);
            }
            out
        }
        for bases in [
            &["a", "a", "a-2", "a", "a", "a-1", "a-1", "a"][..],
            &["a-1", "a-2", "a", "a", "a", "a-3-1", "a-3", "a-3"],
            &["b", "a", "b", "a-1", "a", "b-1", "b", "b-2-1", "b-2", "b-2"],
        ] {
            let mut ids = Ids::default();
            let ours: Vec<String> = bases.iter().map(|b| ids.unique(b.to_string())).collect();
            assert_eq!(ours, counted(bases), "{bases:?}");
        }
    }

    #[test]
    fn tables_footnotes_and_strikethrough_render() {
        let r = render(
            "| il | məbləğ |\n|---|---|\n| 2025 | 92,500 |\n\nMətn[^1] ~~səhv~~\n\n[^1]: Qeyd.\n",
        );
        assert!(
            r.html.contains("<div class=\"table-scroll\"><table>"),
            "{}",
            r.html
        );
        assert!(r.html.contains("<del>səhv</del>"));
        assert!(r.html.contains("footnote-definition"));
    }

    #[test]
    fn code_blocks_are_highlighted_with_classes() {
        let r = render("```toml\nverdict = \"yalan\"\n```\n");
        assert!(r.html.contains("hl-code"), "{}", r.html);
    }

    #[test]
    fn raw_html_is_shown_as_text_and_comments_vanish() {
        let r = render(
            "<!-- yoxla-disable style.numerals -->\n\n<script>alert(1)</script>\n\nMətn <b>qalın</b> <!-- qeyd -->\n",
        );
        assert!(!r.html.contains("<script>"), "{}", r.html);
        assert!(r.html.contains("&lt;script&gt;"), "{}", r.html);
        assert!(!r.html.contains("<b>"), "{}", r.html);
        assert!(
            !r.html.contains("yoxla-disable") && !r.html.contains("qeyd"),
            "{}",
            r.html
        );
    }

    #[test]
    fn unsafe_links_lose_their_target() {
        let r = render(
            "[bax](javascript:alert(1)) [mənbə](https://stat.gov.az/) [daxili](/hokmler/)\n",
        );
        assert!(!r.html.contains("javascript:"), "{}", r.html);
        assert!(
            r.html
                .contains("<a href=\"https://stat.gov.az/\" rel=\"noopener noreferrer\">mənbə</a>"),
            "{}",
            r.html
        );
        assert!(
            r.html.contains("<a href=\"/hokmler/\">daxili</a>"),
            "{}",
            r.html
        );
        assert!(is_safe_link("mailto:redaksiya@example.org"));
        assert!(!is_safe_link(" JavaScript:alert(1)"));
        assert!(!is_safe_link("data:text/html,x"));
    }
}
