//! Machine-readable files: Atom feeds (RFC 4287), `sitemap.xml` and
//! `robots.txt`. Every URL in them is absolute, on `base_url`.
//!
//! This file writes the formats; which feeds the site has and what goes
//! in them is chosen in `machine_files.rs`.

use super::contract::Card;

/// Escapes text for XML text and attribute values, dropping the
/// characters XML 1.0 forbids.
pub fn xml_escape(s: &str) -> String {
    let allowed: String = s
        .chars()
        .filter(|&c| {
            !(((c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r'))
                || c == '\u{FFFE}'
                || c == '\u{FFFF}')
        })
        .collect();
    super::escape(&allowed)
}

/// A date as an RFC 3339 date-time at midnight UTC.
fn datetime(iso_date: &str) -> String {
    format!("{iso_date}T00:00:00Z")
}

/// One entry of a feed.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    /// The article as listed.
    pub card: &'a Card,
    /// Its absolute URL (also its id).
    pub url: String,
    /// The latest correction's date, if any.
    pub updated: Option<&'a str>,
    /// The author's name.
    pub author: &'a str,
    /// The one-paragraph summary.
    pub summary: String,
}

/// What a feed is about.
#[derive(Debug, Clone)]
pub struct Feed<'a> {
    /// The feed's title.
    pub title: String,
    /// Its own absolute URL.
    pub self_url: String,
    /// The HTML page it follows.
    pub page_url: String,
    /// The newsroom's name (the feed's author).
    pub newsroom: &'a str,
    /// The site's language.
    pub language: &'a str,
    /// Entries, newest first.
    pub entries: Vec<Entry<'a>>,
}

/// The feed as an Atom document.
pub fn atom(feed: &Feed<'_>) -> String {
    let updated = feed
        .entries
        .iter()
        .filter_map(|e| e.updated.or(e.card.date.as_ref().map(|d| d.iso.as_str())))
        .max()
        .unwrap_or("1970-01-01");
    let mut x = String::with_capacity(1024 + feed.entries.len() * 1024);
    x.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    x.push_str(&format!(
        "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n",
        xml_escape(feed.language)
    ));
    x.push_str(&format!("  <title>{}</title>\n", xml_escape(&feed.title)));
    x.push_str(&format!("  <id>{}</id>\n", xml_escape(&feed.self_url)));
    x.push_str(&format!(
        "  <link rel=\"self\" type=\"application/atom+xml\" href=\"{}\"/>\n",
        xml_escape(&feed.self_url)
    ));
    x.push_str(&format!(
        "  <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
        xml_escape(&feed.page_url)
    ));
    x.push_str(&format!("  <updated>{}</updated>\n", datetime(updated)));
    x.push_str(&format!(
        "  <author><name>{}</name></author>\n",
        xml_escape(feed.newsroom)
    ));
    x.push_str("  <generator uri=\"https://crates.io/crates/yoxla\">yoxla</generator>\n");
    for e in &feed.entries {
        let published = e.card.date.as_ref().map(|d| d.iso.as_str());
        let updated = e.updated.or(published).unwrap_or("1970-01-01");
        x.push_str("  <entry>\n");
        x.push_str(&format!(
            "    <title>{}</title>\n",
            xml_escape(&e.card.title)
        ));
        x.push_str(&format!("    <id>{}</id>\n", xml_escape(&e.url)));
        x.push_str(&format!(
            "    <link rel=\"alternate\" type=\"text/html\" href=\"{}\"/>\n",
            xml_escape(&e.url)
        ));
        if let Some(p) = published {
            x.push_str(&format!("    <published>{}</published>\n", datetime(p)));
        }
        x.push_str(&format!("    <updated>{}</updated>\n", datetime(updated)));
        x.push_str(&format!(
            "    <author><name>{}</name></author>\n",
            xml_escape(e.author)
        ));
        for term in [&e.card.verdict.label, &e.card.category.name] {
            x.push_str(&format!("    <category term=\"{}\"/>\n", xml_escape(term)));
        }
        x.push_str(&format!(
            "    <summary type=\"text\">{}</summary>\n",
            xml_escape(&e.summary)
        ));
        x.push_str("  </entry>\n");
    }
    x.push_str("</feed>\n");
    x
}

/// One page of the sitemap.
#[derive(Debug, Clone)]
pub struct SitemapUrl {
    /// Absolute URL.
    pub loc: String,
    /// Last change (`YYYY-MM-DD`), when known.
    pub lastmod: Option<String>,
}

/// `sitemap.xml` (sitemaps.org 0.9).
pub fn sitemap(urls: &[SitemapUrl]) -> String {
    let mut x = String::from(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for u in urls {
        x.push_str("  <url><loc>");
        x.push_str(&xml_escape(&u.loc));
        x.push_str("</loc>");
        if let Some(d) = &u.lastmod {
            x.push_str("<lastmod>");
            x.push_str(&xml_escape(d));
            x.push_str("</lastmod>");
        }
        x.push_str("</url>\n");
    }
    x.push_str("</urlset>\n");
    x
}

/// `robots.txt`: everything may be crawled; where the sitemap is.
pub fn robots(home: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {home}sitemap.xml\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escape_removes_what_xml_forbids() {
        assert_eq!(
            xml_escape("a<b>&\"c\"'\u{1}\u{FFFF}ə"),
            "a&lt;b&gt;&amp;&quot;c&quot;&#39;ə"
        );
    }

    #[test]
    fn robots_names_the_sitemap() {
        assert!(robots("https://x.example/").contains("Sitemap: https://x.example/sitemap.xml"));
    }
}
