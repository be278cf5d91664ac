//! Turns TOML and serde errors into messages that name the file, the line
//! and what to do.

use crate::diag::{LineIndex, Span};

/// Where a TOML error points in the file (`offset` is where the TOML text
/// starts in the file) and a message a person can act on.
pub fn locate(
    file_text: &str,
    offset: usize,
    err: &toml::de::Error,
    lang: crate::text::Language,
) -> (Span, String) {
    let index = LineIndex::new(file_text);
    let span = match err.span() {
        Some(r) => index.span(file_text, offset + r.start..offset + r.end),
        None => index.span(file_text, offset..offset),
    };
    (span, explain(err.message(), lang))
}

/// The known key an unknown key was clearly meant to be: the one key of
/// those serde lists as expected that is at most two edits away (`tag` →
/// `tags`, `cateogry` → `category`), when there is exactly one.
pub fn meant_key(message: &str) -> Option<String> {
    let rest = message.trim().strip_prefix("unknown field `")?;
    let (key, expected) = rest.split_once('`')?;
    let near: Vec<&str> = expected
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|known| crate::text::edit_distance(key, known) <= 2)
        .collect();
    match near.as_slice() {
        [one] => Some((*one).to_string()),
        _ => None,
    }
}

/// Rewrites serde's terse messages into advice.
fn explain(message: &str, lang: crate::text::Language) -> String {
    let message = message.trim();
    if let Some(known) = meant_key(message) {
        let key = message
            .trim_start_matches("unknown field `")
            .split('`')
            .next()
            .unwrap_or_default();
        return say!(
            lang,
            "load-unknown-key-did-you-mean",
            key = key,
            known = known
        );
    }
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (key, expected) = rest.split_once('`').unwrap_or((rest, ""));
        // serde lists them in English ("`a`, `b` or `c`"): the names alone,
        // joined by commas, read the same in every language.
        let expected = expected
            .split('`')
            .skip(1)
            .step_by(2)
            .map(|name| format!("`{name}`"))
            .collect::<Vec<_>>()
            .join(", ");
        return say!(
            lang,
            "load-unknown-key-check-spelling-known",
            key = key,
            expected = expected
        );
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return say!(lang, "load-missing-key-add-required-here", key = key);
    }
    if message.starts_with("invalid type") {
        return say!(lang, "load-check-value-s-type-quotes", message = message);
    }
    say!(lang, "load-toml-error", message = message)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct T {
        title: String,
        count: u32,
    }

    #[test]
    fn unknown_key_points_at_its_line() {
        let text = "title = \"a\"\ncount = 1\nverdikt = \"x\"\n";
        let err = toml::from_str::<T>(text).unwrap_err();
        let (span, msg) = locate(text, 0, &err, crate::text::Language::En);
        assert_eq!(span.start.line, 3);
        assert!(msg.contains("unknown key `verdikt`"), "{msg}");
    }

    #[test]
    fn wrong_type_points_at_the_value() {
        let text = "title = \"a\"\ncount = \"bir\"\n";
        let err = toml::from_str::<T>(text).unwrap_err();
        let (span, msg) = locate(text, 0, &err, crate::text::Language::En);
        assert_eq!(span.start.line, 2);
        assert!(msg.contains("invalid type"), "{msg}");
    }

    #[test]
    fn a_key_clearly_meant_is_named() {
        let msg = "unknown field `tag`, expected one of `title`, `tags`, `status`";
        assert_eq!(meant_key(msg).as_deref(), Some("tags"));
        let msg = "unknown field `cateogry`, expected one of `category`, `claim`";
        assert_eq!(meant_key(msg).as_deref(), Some("category"));
        // Two near keys, or none: no guess.
        assert_eq!(
            meant_key("unknown field `dat`, expected `date`, `data`"),
            None
        );
        assert_eq!(meant_key("unknown field `xyz`, expected `title`"), None);
    }

    #[test]
    fn offsets_shift_into_the_file() {
        let file = "+++\ntitle = \n+++\n";
        let err = toml::from_str::<T>(&file[4..13]).unwrap_err();
        let (span, _) = locate(file, 4, &err, crate::text::Language::En);
        assert_eq!(span.start.line, 2);
    }

    #[test]
    fn the_known_keys_are_listed_without_english_joining_words() {
        let msg = "unknown field `dat`, expected `date` or `data`";
        let said = explain(msg, crate::text::Language::Az);
        assert!(said.contains("`date`, `data`"), "{said}");
        assert!(!said.contains(" or "), "{said}");
    }
}
