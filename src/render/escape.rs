//! HTML escaping, in one place so there is one list of characters to get
//! right: the markup render writes by hand (Markdown's headings and links,
//! code blocks, the XML of feeds and share cards), Tera's autoescape (the
//! theme installs [`escape_runs`]) and `serve`'s error page all use it.

/// Escapes text for HTML text and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let _ = escape_runs(s, |run| {
        out.push_str(run);
        Ok::<(), std::convert::Infallible>(())
    });
    out
}

/// Hands `s` to `put` escaped for HTML (`& < > " '`), as the runs between
/// special characters and the entities that replace them. Every special
/// character is ASCII, so a byte scan never splits a UTF-8 sequence.
pub(crate) fn escape_runs<E>(s: &str, mut put: impl FnMut(&str) -> Result<(), E>) -> Result<(), E> {
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        if from < i {
            put(&s[from..i])?;
        }
        put(entity)?;
        from = i + 1;
    }
    if from < s.len() {
        put(&s[from..])?;
    }
    Ok(())
}
