//! Completion in the front matter: the values the check would accept or
//! that the site already uses, so an author picks a verdict from the
//! site's scale instead of typing one the build refuses. `verdict` offers
//! the scale, `category` the configured categories, `author` and `editor`
//! the ids of `[authors]`, `tags` the tags of the site's articles, and
//! `claim.speaker` the speakers of published articles.

use super::position;
use super::workspace::Workspace;
use crate::content::Site;
use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionParams, CompletionTextEdit, Position, Range,
    TextEdit,
};
use std::collections::BTreeMap;

/// The completions at a position, when it is a value of a key that has
/// known values.
pub fn complete(ws: &Workspace, params: &CompletionParams) -> Option<Vec<CompletionItem>> {
    let at = &params.text_document_position;
    let doc = ws.docs.get(&at.text_document.uri)?;
    let site = ws.site.as_ref()?;
    let offset = position::to_offset(&doc.text, at.position, ws.enc);
    let (key, typed) = key_at(&doc.text, offset)?;
    let choices = choices(site, &key);
    if choices.is_empty() {
        return None;
    }
    // Inside a string the word typed so far is replaced; outside one the
    // value is written with its quotes.
    let inside = typed.matches('"').count() % 2 == 1;
    let partial = if inside {
        typed.rsplit('"').next().unwrap_or_default()
    } else {
        ""
    };
    let units: usize = partial
        .chars()
        .map(|c| match ws.enc {
            position::Encoding::Utf8 => c.len_utf8(),
            position::Encoding::Utf16 => c.len_utf16(),
        })
        .sum();
    let start = Position {
        line: at.position.line,
        character: at
            .position
            .character
            .saturating_sub(u32::try_from(units).unwrap_or(0)),
    };
    let range = Range {
        start,
        end: at.position,
    };
    let items = choices
        .into_iter()
        .map(|(word, detail)| CompletionItem {
            label: word.clone(),
            kind: Some(CompletionItemKind::VALUE),
            detail,
            filter_text: Some(word.clone()),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit {
                range,
                new_text: if inside { word } else { format!("\"{word}\"") },
            })),
            ..CompletionItem::default()
        })
        .collect();
    Some(items)
}

/// The dotted key whose value is being written at byte `offset` of
/// `text` (e.g. `claim.speaker`) and what is written of the value before
/// the offset, when the offset is in the front matter.
fn key_at(text: &str, offset: usize) -> Option<(String, &str)> {
    let (text, offset) = match text.strip_prefix('\u{feff}') {
        Some(rest) => (rest, offset.checked_sub('\u{feff}'.len_utf8())?),
        None => (text, offset),
    };
    let before = text.get(..offset)?;
    let mut lines = before.split('\n');
    if lines.next()?.trim_end() != "+++" {
        return None;
    }
    let lines: Vec<&str> = lines.collect();
    let (current, above) = lines.split_last()?;
    let mut table = "";
    for line in above {
        let line = line.trim();
        if line == "+++" {
            return None; // past the front matter
        }
        if line.starts_with('[') {
            table = line.trim_matches(|c| c == '[' || c == ']').trim();
        }
    }
    let (key, value) = current.split_once('=')?;
    let key = key.trim();
    if key.is_empty()
        || !key
            .chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-')
    {
        return None;
    }
    let dotted = if table.is_empty() {
        key.to_string()
    } else {
        format!("{table}.{key}")
    };
    Some((dotted, value.trim_start()))
}

/// The values known for a key, with a word of detail each.
fn choices(site: &Site, key: &str) -> Vec<(String, Option<String>)> {
    let config = &site.config;
    match key {
        "verdict" => config
            .verdicts
            .iter()
            .map(|v| (v.word.clone(), None))
            .collect(),
        "category" => config
            .categories
            .iter()
            .map(|c| (c.clone(), None))
            .collect(),
        "author" | "editor" => config
            .authors
            .iter()
            .map(|(id, a)| (id.clone(), Some(a.name.clone())))
            .collect(),
        "tags" => counted(site.articles.iter().flat_map(|a| a.fm.tags.iter())),
        "claim.speaker" => counted(
            site.published()
                .filter_map(|a| a.fm.claim.as_ref()?.speaker.as_ref()),
        ),
        _ => Vec::new(),
    }
}

/// Distinct words with how many articles use each, in the site's
/// alphabetical order.
fn counted<'a>(words: impl Iterator<Item = &'a String>) -> Vec<(String, Option<String>)> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for w in words.filter(|w| !w.trim().is_empty()) {
        *counts.entry(w.as_str()).or_default() += 1;
    }
    let mut out: Vec<(String, Option<String>)> = counts
        .into_iter()
        .map(|(w, n)| (w.to_string(), Some(format!("× {n}"))))
        .collect();
    out.sort_by(|a, b| crate::text::compare(&a.0, &b.0));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str =
        "+++\ntitle = \"Şəkər\"\nverdict = \"yan\n[claim]\nspeaker = \n+++\nverdict = \n";

    fn at(needle: &str) -> usize {
        TEXT.find(needle).expect("in the text") + needle.len()
    }

    #[test]
    fn the_key_at_a_position_knows_its_table() {
        assert_eq!(
            key_at(TEXT, at("verdict = \"yan")),
            Some(("verdict".into(), "\"yan"))
        );
        assert_eq!(
            key_at(TEXT, at("speaker = ")),
            Some(("claim.speaker".into(), ""))
        );
        assert_eq!(key_at(TEXT, at("title")), None, "the key itself");
        assert_eq!(key_at(TEXT, TEXT.len() - 1), None, "the body");
        assert_eq!(key_at("Mətn\nverdict = ", 15), None, "no front matter");
    }

    #[test]
    fn speakers_are_those_published_and_tags_those_in_use() {
        let config = "title = \"Sınaq Yoxla\"\nbase_url = \"https://example.org\"\n\
                      [authors.aysel-memmedova]\nname = \"Aysel Məmmədova\"\n";
        let mut site = Site {
            root: ".".into(),
            config: crate::config::Config::parse(config).expect("config"),
            articles: Vec::new(),
            pages: Vec::new(),
            findings: Vec::new(),
        };
        let article = |status: &str, speaker: &str, tags: &str| {
            format!(
                "+++\ntitle = \"{speaker}\"\nstatus = \"{status}\"\ntags = [{tags}]\n\
                 [claim]\nspeaker = \"{speaker}\"\n+++\nMətn.\n"
            )
        };
        let files = [
            ("a", "ready", "Lalə Babayeva", "\"qiymətlər\", \"şəkər\""),
            ("b", "ready", "Çingiz Əliyev", "\"qiymətlər\""),
            ("c", "draft", "Zaur Quliyev", "\"büdcə\""),
        ];
        for (name, status, speaker, tags) in files {
            let rel = format!("content/{name}.md");
            assert!(site.put_article(&rel, article(status, speaker, tags)));
        }
        let words = |key: &str| -> Vec<String> {
            choices(&site, key).into_iter().map(|(w, _)| w).collect()
        };
        assert_eq!(words("claim.speaker"), ["Çingiz Əliyev", "Lalə Babayeva"]);
        assert_eq!(words("tags"), ["büdcə", "qiymətlər", "şəkər"]);
        assert_eq!(choices(&site, "tags")[1].1.as_deref(), Some("× 2"));
        assert_eq!(words("author"), ["aysel-memmedova"]);
        assert_eq!(words("verdict").len(), 6);
        assert!(words("title").is_empty());
    }
}
