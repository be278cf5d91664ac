//! Reading front matter past a typo. serde stops at the first unknown key
//! or wrongly typed value, which would hide every other finding of the
//! file behind one misspelt `tag`. So an entry the typed front matter
//! refuses is blanked out (its bytes replaced by spaces, line ends kept,
//! so every other position stays where it was) and the rest is read
//! again; each entry dropped is reported, and the file is checked as if
//! it were absent. Only a TOML syntax error, which leaves nothing to read
//! around, still stops the file.

use serde::de::DeserializeOwned;
use std::ops::Range;

/// At most this many entries are dropped from one front matter (each
/// costs a parse; a file with more mistakes than this is beyond help).
const MAX_DROPPED: usize = 64;

/// An entry the typed front matter could not take.
#[derive(Debug)]
pub struct Dropped {
    /// serde's error, with its span in the TOML text.
    pub error: toml::de::Error,
    /// The entry's key in the TOML text, e.g. the `tag` of `tag = […]`.
    pub key: Range<usize>,
}

/// Deserializes `toml`, dropping the entries it refuses; `Err` only for
/// an error no entry can be blamed for (a syntax error).
pub fn parse<T: DeserializeOwned>(toml: &str) -> Result<(T, Vec<Dropped>), toml::de::Error> {
    let mut text = toml.to_string();
    let mut dropped = Vec::new();
    loop {
        let error = match toml::from_str::<T>(&text) {
            Ok(value) => return Ok((value, dropped)),
            Err(e) => e,
        };
        let entry = error
            .span()
            .and_then(|at| entry_at(&text, at.start))
            .filter(|_| dropped.len() < MAX_DROPPED);
        let Some(entry) = entry else {
            return Err(error);
        };
        for range in &entry.blank {
            blank(&mut text, range.clone());
        }
        dropped.push(Dropped {
            error,
            key: entry.key,
        });
    }
}

/// An entry of the TOML text: its key, and what to blank to drop it.
struct Entry {
    key: Range<usize>,
    blank: Vec<Range<usize>>,
}

/// The innermost entry whose key or value holds `offset`.
fn entry_at(text: &str, offset: usize) -> Option<Entry> {
    let table = toml::de::DeTable::parse(text).ok()?;
    let mut best: Option<Entry> = None;
    visit(table.get_ref(), &mut |entry, span| {
        let holds = span.contains(&offset) || entry.key.contains(&offset);
        let smaller = best.as_ref().is_none_or(|b| span_len(&entry) < span_len(b));
        if holds && smaller {
            best = Some(entry);
        }
    });
    best
}

fn span_len(e: &Entry) -> usize {
    e.blank.iter().map(|r| r.end - r.start).sum()
}

/// Calls `found` for every entry (with the span that holds it), nested
/// tables and arrays of tables included.
fn visit(table: &toml::de::DeTable<'_>, found: &mut dyn FnMut(Entry, Range<usize>)) {
    for (key, value) in table.iter() {
        let span = value.span();
        let mut blank = Vec::new();
        blank.push(key.span().start.min(span.start)..key.span().end.max(span.end));
        match value.get_ref() {
            toml::de::DeValue::Table(t) => {
                // A `[table]` header: its keys stand on lines of their own.
                collect_spans(t, &mut blank);
                visit(t, found);
            }
            toml::de::DeValue::Array(items) => {
                for item in items.iter() {
                    if let toml::de::DeValue::Table(t) = item.get_ref() {
                        blank.push(item.span());
                        collect_spans(t, &mut blank);
                        visit(t, found);
                    }
                }
            }
            _ => {}
        }
        let whole = blank.iter().map(|r| r.start).min().unwrap_or(span.start)
            ..blank.iter().map(|r| r.end).max().unwrap_or(span.end);
        found(
            Entry {
                key: key.span(),
                blank,
            },
            whole,
        );
    }
}

/// Every key and value span inside a table, nested ones included.
fn collect_spans(table: &toml::de::DeTable<'_>, out: &mut Vec<Range<usize>>) {
    for (key, value) in table.iter() {
        out.push(key.span().start.min(value.span().start)..value.span().end);
        if let toml::de::DeValue::Table(t) = value.get_ref() {
            collect_spans(t, out);
        }
        if let toml::de::DeValue::Array(items) = value.get_ref() {
            for item in items.iter() {
                out.push(item.span());
                if let toml::de::DeValue::Table(t) = item.get_ref() {
                    collect_spans(t, out);
                }
            }
        }
    }
}

/// Replaces the bytes of `range` with spaces, keeping line ends (a
/// character of several bytes becomes as many spaces, so every offset
/// after it stays put); a range off character boundaries is left alone.
fn blank(text: &mut String, range: Range<usize>) {
    let Some(part) = text.get(range.clone()) else {
        return;
    };
    let spaces: String = part
        .chars()
        .map(|c| {
            if c == '\n' {
                "\n".to_string()
            } else {
                " ".repeat(c.len_utf8())
            }
        })
        .collect();
    text.replace_range(range, &spaces);
}

#[cfg(test)]
#[allow(dead_code)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    struct Fm {
        title: Option<String>,
        tags: Option<Vec<String>>,
        date: Option<crate::text::Date>,
        claim: Option<Claim>,
        #[serde(default)]
        sources: Vec<Source>,
    }

    #[derive(Debug, Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    struct Claim {
        text: Option<String>,
        speaker: Option<String>,
    }

    #[derive(Debug, Deserialize, Default)]
    #[serde(deny_unknown_fields)]
    struct Source {
        title: Option<String>,
        url: Option<String>,
    }

    #[test]
    fn every_refused_entry_is_dropped_and_the_rest_is_read() {
        let text = "title = \"Şəkər\"\ntag = [\"qiymət\"]\ndate = \"dünən\"\n\n[claim]\ntext = \"İddia\"\nspeker = \"Ad\"\n\n[[sources]]\ntitel = \"Mənbə\"\nurl = \"https://example.org\"\n";
        let (fm, dropped) = parse::<Fm>(text).unwrap();
        assert_eq!(fm.title.as_deref(), Some("Şəkər"));
        assert_eq!(fm.claim.and_then(|c| c.text).as_deref(), Some("İddia"));
        assert_eq!(fm.sources[0].url.as_deref(), Some("https://example.org"));
        let mut names: Vec<&str> = dropped.iter().map(|d| &text[d.key.clone()]).collect();
        names.sort_unstable();
        assert_eq!(names, ["date", "speker", "tag", "titel"]);
    }

    #[test]
    fn a_misspelt_table_drops_its_keys_with_it() {
        let text = "title = \"A\"\n\n[cliam]\ntext = \"B\"\nspeaker = \"C\"\n";
        let (fm, dropped) = parse::<Fm>(text).unwrap();
        assert!(fm.claim.is_none());
        assert_eq!(dropped.len(), 1, "{dropped:?}");
        assert_eq!(&text[dropped[0].key.clone()], "cliam");
    }

    #[test]
    fn a_syntax_error_still_stops() {
        assert!(parse::<Fm>("title = \"A\"\ndate = yalan\n").is_err());
    }

    #[test]
    fn blanking_keeps_every_offset() {
        let mut t = "ab = \"şə\"\ncd = 1\n".to_string();
        let len = t.len();
        blank(&mut t, 0..10);
        assert_eq!(t.len(), len);
        assert!(t.ends_with("\ncd = 1\n"));
    }
}
