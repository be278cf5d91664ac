//! Where every key of a TOML text is, by dotted path (`claim.text`,
//! `sources[1].url`, `rules.title.length.max`), so that a finding or an
//! error about a key names its true line: front matter and `yoxla.toml`
//! share this one index (toml's own spanned parser, never a substring
//! search).

use crate::diag::{LineIndex, Span};
use std::collections::HashMap;

/// The line and column of every key, by dotted path (`claim.text`,
/// `sources[1].url`), for findings about front matter.
#[derive(Debug, Clone, Default)]
pub struct KeySpans {
    spans: HashMap<String, Span>,
    /// File byte range of each string value (inside its quotes).
    values: HashMap<String, std::ops::Range<usize>>,
    /// The span of the opening `+++`, for findings about missing keys.
    pub start: Span,
}

impl KeySpans {
    /// Indexes the keys of a front matter that already parsed: `toml`
    /// starts at byte `toml_offset` of `file_text`.
    pub fn new(file_text: &str, toml_offset: usize, toml: &str) -> KeySpans {
        let index = LineIndex::new(file_text);
        let mut spans = HashMap::new();
        let mut values = HashMap::new();
        if let Ok(table) = toml::de::DeTable::parse(toml) {
            collect(table.get_ref(), "", &mut |path, key, value| {
                if let Some(v) = value {
                    // A basic string "…" without escapes: its text, unquoted.
                    let raw = &toml[v.clone()];
                    if raw.len() >= 2
                        && raw.starts_with('"')
                        && raw.ends_with('"')
                        && !raw.contains('\\')
                    {
                        let start = toml_offset + v.start + 1;
                        values.insert(path.clone(), start..toml_offset + v.end - 1);
                    }
                }
                let r = toml_offset + key.start..toml_offset + key.end;
                spans
                    .entry(path)
                    .or_insert_with(|| index.span(file_text, r));
            });
        }
        KeySpans {
            spans,
            values,
            start: Span::line(1),
        }
    }

    /// The file byte range of a plain string value, without its quotes.
    pub fn value_range(&self, path: &str) -> Option<std::ops::Range<usize>> {
        self.values.get(path).cloned()
    }

    /// The span of a key, or of its nearest parent that is written, or of
    /// the opening `+++`.
    pub fn get(&self, path: &str) -> Span {
        let mut p = path;
        loop {
            if let Some(span) = self.spans.get(p) {
                return *span;
            }
            match p.rfind(['.', '[']) {
                Some(i) => p = &p[..i],
                None => return self.start,
            }
        }
    }
}

/// Calls `add(path, key range, string value range)` for every key.
type AddKey<'f> = dyn FnMut(String, std::ops::Range<usize>, Option<std::ops::Range<usize>>) + 'f;

fn collect(table: &toml::de::DeTable<'_>, prefix: &str, add: &mut AddKey<'_>) {
    for (key, value) in table.iter() {
        let path = if prefix.is_empty() {
            key.get_ref().to_string()
        } else {
            format!("{prefix}.{}", key.get_ref())
        };
        let string_value =
            matches!(value.get_ref(), toml::de::DeValue::String(_)).then(|| value.span());
        add(path.clone(), key.span(), string_value);
        match value.get_ref() {
            toml::de::DeValue::Table(t) => collect(t, &path, add),
            toml::de::DeValue::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let item_path = format!("{path}[{i}]");
                    add(item_path.clone(), item.span(), None);
                    if let toml::de::DeValue::Table(t) = item.get_ref() {
                        collect(t, &item_path, add);
                    }
                }
            }
            _ => {}
        }
    }
}
