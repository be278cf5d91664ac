//! Markdown to HTML with pulldown-cmark: tables, footnotes,
//! strikethrough, heading anchors, highlighted code.
//!
//! The Markdown extensions are those of the content format
//! ([`crate::content::markdown_options`]), so the check and render stages
//! read the same document. The HTML is
//! built by transforming parser events, never by editing text before
//! parsing.
//!
//! Raw HTML in an article is shown as text (escaped) by default, or, with
//! `raw_html = "clean"`, kept and cleaned by ammonia; HTML comments
//! (`<!-- yoxla-disable … -->`) are dropped either way. Links with a scheme
//! other than http, https or mailto lose their target; links that leave the
//! site (with a scheme, or protocol-relative `//host/…`) get
//! `rel="noopener noreferrer"`.
//!
//! Cleaned author HTML keeps no `id` or `name` of its own: an article must
//! not take the ids the theme's scripts and styles look for. The ids this
//! module writes (heading anchors, footnotes) are known before cleaning,
//! and only those survive it. (Cleaning the author's fragments apart from
//! yoxla's markup would split elements that open in one fragment and close
//! in another; prefixing every id would change the anchors readers share.)

use super::highlight;
pub use crate::config::RawHtml;
use pulldown_cmark::{CowStr, Event, HeadingLevel, Parser, Tag, TagEnd};
use std::collections::{HashMap, HashSet};

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
    /// Whether it has a code block (whose colours are in `highlight.css`).
    pub has_code: bool,
    /// The last paragraph of its last level-2 section, as plain text: an
    /// article's Conclusion ends with the ruling.
    pub last_paragraph: String,
}

/// Renders a Markdown body, raw HTML escaped.
pub fn render(markdown: &str) -> Rendered {
    render_with(markdown, RawHtml::Escape)
}

/// The sanitiser for `raw_html = "clean"`: ammonia's defaults (no script,
/// style, iframe, form or event handler) plus the attributes this module
/// writes itself, and only http, https and mailto links. An `id` stays only
/// when it is one of `ours` (the anchors this module wrote); `name` never.
fn cleaner(ours: HashSet<String>) -> ammonia::Builder<'static> {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["class", "id", "aria-label"])
        .url_schemes(["http", "https", "mailto"].into_iter().collect())
        .link_rel(Some("noopener noreferrer"))
        .attribute_filter(move |_element, attribute, value| match attribute {
            "id" if ours.contains(value) => Some(value.into()),
            "id" | "name" => None,
            _ => Some(value.into()),
        });
    b
}

/// Renders a Markdown body, raw HTML escaped or cleaned.
pub fn render_with(markdown: &str, raw_html: RawHtml) -> Rendered {
    let clean = raw_html == RawHtml::Clean;
    let neutralise = |e| neutralise(e, clean);
    let events: Vec<Event<'_>> =
        Parser::new_ext(markdown, crate::content::markdown_options()).collect();
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
                out.push(Event::Html(CowStr::from(code_block(
                    kind,
                    &events[i + 1..end],
                ))));
                i = end + 1;
            }
            Event::Start(Tag::HtmlBlock) => {
                let end = find_end(&events, i, |e| matches!(e, Event::End(TagEnd::HtmlBlock)));
                out.extend(
                    html_block(&events[i + 1..end], clean)
                        .map(CowStr::from)
                        .map(Event::Html),
                );
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
        html = cleaned(&html, &events, &headings);
    }
    Rendered {
        html,
        headings,
        has_code: events
            .iter()
            .any(|e| matches!(e, Event::Start(Tag::CodeBlock(_)))),
        last_paragraph: last_paragraph(&events),
    }
}

/// The text of the last top-level paragraph after the last level-2
/// heading (empty when there is none).
fn last_paragraph(events: &[Event<'_>]) -> String {
    let section = events
        .iter()
        .rposition(|e| {
            matches!(
                e,
                Event::Start(Tag::Heading {
                    level: pulldown_cmark::HeadingLevel::H2,
                    ..
                })
            )
        })
        .unwrap_or(0);
    let (mut depth, mut text, mut last) = (0usize, String::new(), String::new());
    for e in &events[section..] {
        match e {
            Event::Start(Tag::Paragraph) => {
                depth += 1;
                text.clear();
            }
            Event::End(TagEnd::Paragraph) => {
                if depth == 1 {
                    last = text.split_whitespace().collect::<Vec<_>>().join(" ");
                }
                depth = depth.saturating_sub(1);
            }
            Event::Start(Tag::BlockQuote(_) | Tag::List(_) | Tag::Table(_)) => depth += 100,
            Event::End(TagEnd::BlockQuote(_) | TagEnd::List(_) | TagEnd::Table) => {
                depth = depth.saturating_sub(100);
            }
            Event::Text(t) | Event::Code(t) if depth == 1 => text.push_str(t),
            Event::SoftBreak | Event::HardBreak if depth == 1 => text.push(' '),
            _ => {}
        }
    }
    last
}

/// A code block's HTML, highlighted for the language its fence names.
fn code_block(kind: &pulldown_cmark::CodeBlockKind<'_>, inner: &[Event<'_>]) -> String {
    let code: String = inner
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
    highlight::highlight(lang, &code)
}

/// A block of raw HTML, its comments dropped: kept as markup when it is
/// cleaned (at the end, with the whole body), else shown as text; nothing
/// when only comments were there and it is not cleaned.
fn html_block(inner: &[Event<'_>], clean: bool) -> Option<String> {
    let raw: String = inner
        .iter()
        .filter_map(|e| match e {
            Event::Html(t) | Event::Text(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    let visible = strip_comments(&raw);
    if clean {
        Some(visible)
    } else if !visible.trim().is_empty() {
        Some(format!(
            "<p class=\"raw-html\">{}</p>\n",
            super::escape(visible.trim())
        ))
    } else {
        None
    }
}

/// The document's HTML through the [`cleaner`], which keeps the ids this
/// module wrote: the headings' and the footnotes'.
fn cleaned(html: &str, events: &[Event<'_>], headings: &[Heading]) -> String {
    let footnotes = events.iter().filter_map(|e| match e {
        Event::Start(Tag::FootnoteDefinition(label)) => Some(label.to_string()),
        _ => None,
    });
    let ours = headings.iter().map(|h| h.id.clone()).chain(footnotes);
    cleaner(ours.collect()).clean(html).to_string()
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
        "<h{n} id=\"{id}\"{class}>{inner_html} <a class=\"anchor\" href=\"#{id}\" aria-label=\"§ {}\">§</a></h{n}>\n",
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
            if leaves_site(&dest_url) {
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

/// Whether a link (already found safe) goes to another site: an http(s)
/// URL, the scheme in any case, or a protocol-relative one (`//host/path`,
/// which takes the page's scheme). Any other target is written by
/// pulldown-cmark with its backslashes, spaces and control characters
/// percent-encoded, so a browser cannot read it as `//host` either.
fn leaves_site(url: &str) -> bool {
    let has_prefix = |p: &str| {
        url.get(..p.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(p))
    };
    has_prefix("//") || has_prefix("http:") || has_prefix("https:")
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
            cleaned.contains("<h2 id=\"basliq\">Başlıq <a class=\"anchor\" href"),
            "{cleaned}"
        );
    }

    #[test]
    fn headings_get_readable_unique_anchors() {
        let r = render("## Faktın yoxlanması\n\nmətn\n\n## Nəticə\n\n## Nəticə\n");
        let ids: Vec<_> = r.headings.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["faktin-yoxlanmasi", "netice", "netice-1"]);
        assert!(r.html.contains("<h2 id=\"faktin-yoxlanmasi\">Faktın yoxlanması <a class=\"anchor\" href=\"#faktin-yoxlanmasi\""));
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
    fn cleaned_author_html_cannot_take_theme_ids() {
        let md = "<div id=\"search\" class=\"x\">mətn</div>\n\nSöz <span id=\"main\">bu</span> <a name=\"nav\" id=\"nav\" href=\"#basliq\">bax</a>[^qeyd]\n\n## Başlıq\n\n[^qeyd]: Qeyd.\n";
        let cleaned = render_with(md, RawHtml::Clean).html;
        for theirs in ["id=\"search\"", "id=\"main\"", "id=\"nav\"", "name="] {
            assert!(!cleaned.contains(theirs), "{theirs} in {cleaned}");
        }
        assert!(cleaned.contains("<div class=\"x\">mətn</div>"), "{cleaned}");
        assert!(cleaned.contains("<span>bu</span>"), "{cleaned}");
        // The ids yoxla writes itself stay: heading anchors, footnotes.
        assert!(cleaned.contains("<h2 id=\"basliq\">Başlıq"), "{cleaned}");
        assert!(
            cleaned.contains("class=\"footnote-definition\" id=\"qeyd\""),
            "{cleaned}"
        );
    }

    #[test]
    fn protocol_relative_links_are_external() {
        let r = render(
            "[a](//evil.example/x) [b](/\\evil.example/y) [c](HTTPS://stat.gov.az/) [d](/hokmler/) [e](yerli/sehife)\n",
        );
        for external in [
            "<a href=\"//evil.example/x\" rel=\"noopener noreferrer\">a</a>",
            "<a href=\"HTTPS://stat.gov.az/\" rel=\"noopener noreferrer\">c</a>",
        ] {
            assert!(r.html.contains(external), "{external} in {}", r.html);
        }
        assert!(r.html.contains("<a href=\"/hokmler/\">d</a>"), "{}", r.html);
        // A backslash is percent-encoded: `/\host` stays on the site.
        assert!(
            r.html.contains("<a href=\"/%5Cevil.example/y\">b</a>"),
            "{}",
            r.html
        );
        assert!(
            r.html.contains("<a href=\"yerli/sehife\">e</a>"),
            "{}",
            r.html
        );
        // The same scheme checks as any link: `//` takes the page's scheme.
        assert!(is_safe_link("//evil.example:8080/x"));
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
    fn the_last_sections_last_paragraph_is_kept_as_text() {
        let r = render(
            "## Giriş\n\nA.\n\n## Nəticə\n\nBir.\n\n> Sitat.\n\nBuna görə **yanlış**\nhesab edir.\n",
        );
        assert_eq!(r.last_paragraph, "Buna görə yanlış hesab edir.");
        assert!(!r.has_code);
        assert!(render("```\nx\n```\n").has_code);
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
