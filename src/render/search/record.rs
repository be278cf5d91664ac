//! What the index knows of one article, made from its view while the
//! article is rendered (before the view lets go of its body) and kept
//! until its part of the index is made: its searchable text, deflated
//! (about a third of its size: at 100,000 articles the plain text alone
//! held over a gigabyte), and the few values a result shows and is
//! filtered by. Also how text is written into an Azerbaijani index
//! ([`searchable`]) and the text of rendered HTML.

use super::super::contract::ArticleView;
use super::super::deflate;
use super::Names;
use crate::text::Language;
use anyhow::Result;
use std::collections::BTreeMap;

/// Letters written differently in an Azerbaijani index, and how: each
/// stand-in decomposes to the plain Latin letter a phone keyboard types.
pub(super) const FOLDED: [(char, char); 4] = [('ə', 'ḙ'), ('Ə', 'Ḙ'), ('ı', 'ḭ'), ('I', 'Ḭ')];

/// libdeflate's fastest level: the text is kept for seconds, not shipped.
const LEVEL: i32 = 1;

/// What the index knows of one article.
#[derive(Debug)]
pub(super) struct Record {
    /// Its publication month, `YYYY-MM` (empty when undated): which part
    /// of the index it goes in.
    pub(super) month: String,
    pub(super) url: String,
    /// The searchable text ([`searchable`]), deflated, and its length.
    text: Vec<u8>,
    len: usize,
    title: String,
    verdict: String,
    verdict_slug: String,
    date: String,
    speaker: String,
    category: String,
    year: String,
}

impl Record {
    /// The record of an article's view, in a site in `language`.
    pub(super) fn new(view: &ArticleView, language: Language) -> Result<Record> {
        let card = &view.card;
        let mut text = vec![
            card.title.as_str(),
            card.claim.as_str(),
            card.speaker.name.as_str(),
            view.claim_box.speaker_status.as_str(),
        ];
        let body = html_text(&view.body);
        text.push(&body);
        text.extend(view.sources.iter().map(|s| s.title.as_str()));
        let content = searchable(&text.join("\n"), language);
        Ok(Record {
            month: month_of(view),
            url: card.url.clone(),
            text: deflate::deflate(content.as_bytes(), LEVEL)?,
            len: content.len(),
            title: card.title.clone(),
            verdict: card.verdict.label.clone(),
            verdict_slug: card.verdict.slug.clone(),
            date: card
                .date
                .as_ref()
                .map_or("", |d| d.text.as_str())
                .to_string(),
            speaker: card.speaker.name.clone(),
            category: card.category.name.clone(),
            year: view.year.clone(),
        })
    }

    /// The searchable text, inflated.
    pub(super) fn content(&self) -> Result<String> {
        let bytes = deflate::inflate(&self.text, self.len)?;
        Ok(String::from_utf8(bytes)?)
    }

    /// What a result shows (Pagefind's meta).
    pub(super) fn meta(&self) -> BTreeMap<String, String> {
        BTreeMap::from([
            ("title".to_string(), self.title.clone()),
            ("verdict".to_string(), self.verdict.clone()),
            ("verdict_slug".to_string(), self.verdict_slug.clone()),
            ("date".to_string(), self.date.clone()),
            ("speaker".to_string(), self.speaker.clone()),
        ])
    }

    /// What a result is filtered by, under the filters' `names`.
    pub(super) fn filters(&self, names: &Names) -> BTreeMap<String, Vec<String>> {
        let mut filters = BTreeMap::from([
            (names.verdict.clone(), vec![self.verdict.clone()]),
            (names.category.clone(), vec![self.category.clone()]),
            (names.speaker.clone(), vec![self.speaker.clone()]),
        ]);
        if !self.year.is_empty() {
            filters.insert(names.year.clone(), vec![self.year.clone()]);
        }
        filters
    }

    /// Everything the index made of this record depends on, for its
    /// part's cache key (the deflated text stands for the text: the same
    /// text deflates to the same bytes).
    pub(super) fn key_parts(&self) -> [&[u8]; 9] {
        [
            self.url.as_bytes(),
            &self.text,
            self.title.as_bytes(),
            self.verdict.as_bytes(),
            self.verdict_slug.as_bytes(),
            self.date.as_bytes(),
            self.speaker.as_bytes(),
            self.category.as_bytes(),
            self.year.as_bytes(),
        ]
    }
}

/// An article's publication month, `YYYY-MM` (empty when undated).
pub(super) fn month_of(view: &ArticleView) -> String {
    view.card
        .date
        .as_ref()
        .and_then(|d| d.iso.get(..7))
        .unwrap_or_default()
        .to_string()
}

/// Text as it goes into the index: in Azerbaijani, `ə`, `ı` and `I` as
/// their stand-ins (see the module's documentation).
fn searchable(text: &str, language: Language) -> String {
    if language != Language::Az {
        return text.to_string();
    }
    text.chars()
        .map(|c| {
            FOLDED
                .iter()
                .find(|(letter, _)| *letter == c)
                .map_or(c, |(_, stand_in)| *stand_in)
        })
        .collect()
}

/// The text of rendered HTML: tags dropped, entities decoded, a space
/// where a block ends; a heading's `§` link is not text.
fn html_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find(['<', '&']) {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        if rest.starts_with('&') {
            let end = rest.find(';').filter(|e| *e <= 10).unwrap_or(0);
            out.push_str(entity(&rest[..=end]));
            rest = &rest[end + 1..];
            continue;
        }
        let Some(close) = rest.find('>') else {
            break;
        };
        let tag = &rest[..=close];
        rest = &rest[close + 1..];
        if tag.starts_with("<a class=\"anchor\"") {
            rest = rest.find("</a>").map_or("", |end| &rest[end + 4..]);
        } else if !is_inline(tag) {
            out.push(' ');
        }
    }
    out.push_str(rest);
    out
}

fn entity(e: &str) -> &str {
    match e {
        "&amp;" => "&",
        "&lt;" => "<",
        "&gt;" => ">",
        "&quot;" => "\"",
        "&#39;" | "&#x27;" => "'",
        "&nbsp;" | "&#160;" => " ",
        "&" => "&",
        _ => " ",
    }
}

/// Whether a tag sits inside a line of text (no word break around it).
fn is_inline(tag: &str) -> bool {
    let name: String = tag
        .trim_start_matches(['<', '/'])
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    matches!(
        name.as_str(),
        "a" | "strong"
            | "em"
            | "b"
            | "i"
            | "code"
            | "span"
            | "sup"
            | "sub"
            | "abbr"
            | "mark"
            | "small"
            | "time"
            | "q"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn azerbaijani_letters_without_a_diacritic_get_stand_ins_that_have_one() {
        let text = "Yanlış məktəb İSIQ";
        assert_eq!(searchable(text, Language::Az), "Yanlḭş mḙktḙb İSḬQ");
        assert_eq!(searchable(text, Language::En), text);
        // Each stand-in decomposes to the plain letter and a mark, which
        // is what Pagefind drops when it matches a query.
        for (_, stand_in) in FOLDED {
            let mut s = [0u8; 4];
            assert!(stand_in.encode_utf8(&mut s).len() > 1);
        }
    }

    #[test]
    fn html_becomes_words_without_tags_entities_or_heading_marks() {
        let html = "<h2 id=\"giris\">Giriş <a class=\"anchor\" href=\"#giris\">§</a></h2><p>Qiymət <strong>3,2</strong>&nbsp;manat &amp; “artıb”</p><ul><li>bir</li><li>iki</li></ul>";
        let text = html_text(html);
        assert!(!text.contains('§') && !text.contains('<'), "{text}");
        assert!(text.contains("Qiymət 3,2 manat & “artıb”"), "{text}");
        assert!(text.contains("bir") && !text.contains("biriki"), "{text}");
    }
}
