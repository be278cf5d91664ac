//! Readable ASCII slugs from Azerbaijani text: `Məhəmməd Əliyev` →
//! `mehemmed-eliyev`.
//!
//! An explicit table handles the Azerbaijani letters first (`any_ascii`
//! alone is right for most of them, but the table makes the contract
//! visible and also covers the Cyrillic look-alike `ә`); `any_ascii` then
//! transliterates everything else.

/// Longest slug kept, in bytes; longer ones are cut at a hyphen.
const MAX_LEN: usize = 80;

fn azerbaijani_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'ə' | 'Ə' | 'ә' | 'Ә' => "e",
        'ı' | 'I' | 'i' | 'İ' => "i",
        'ş' | 'Ş' => "s",
        'ç' | 'Ç' => "c",
        'ğ' | 'Ğ' => "g",
        'ö' | 'Ö' => "o",
        'ü' | 'Ü' => "u",
        _ => return None,
    })
}

/// Turns any text into a slug of lowercase ASCII letters, digits and single
/// hyphens, never empty (an input with no letters or digits gives `"-"`
/// replaced by `"x"`), never longer than 80 bytes.
pub fn slugify(text: &str) -> String {
    let mut ascii = String::with_capacity(text.len());
    for c in text.chars() {
        match azerbaijani_letter(c) {
            Some(s) => ascii.push_str(s),
            None if c.is_ascii() => ascii.push(c),
            None => ascii.push_str(any_ascii::any_ascii_char(c)),
        }
    }
    let mut slug = String::with_capacity(ascii.len());
    let mut pending_hyphen = false;
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push(c.to_ascii_lowercase());
        } else {
            pending_hyphen = true;
        }
    }
    if slug.len() > MAX_LEN {
        let cut = slug[..MAX_LEN].rfind('-').unwrap_or(MAX_LEN);
        slug.truncate(cut);
    }
    if slug.is_empty() {
        slug.push('x');
    }
    if is_device_name(&slug) {
        // `con`, `nul`, `com1`… cannot be folders on Windows.
        slug.push_str("-1");
    }
    slug
}

/// Names Windows reserves for devices, as a whole file or folder name.
pub fn is_device_name(slug: &str) -> bool {
    matches!(slug, "con" | "prn" | "aux" | "nul")
        || ((slug.starts_with("com") || slug.starts_with("lpt"))
            && slug.len() == 4
            && slug.as_bytes()[3].is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn azerbaijani_letters_become_readable_ascii() {
        assert_eq!(slugify("Məhəmməd Əliyev"), "mehemmed-eliyev");
        assert_eq!(slugify("Şəki, Gəncə və Ağdam"), "seki-gence-ve-agdam");
        assert_eq!(slugify("İQTİSADİYYAT"), "iqtisadiyyat");
        assert_eq!(slugify("Çörək ucuzlaşıb"), "corek-ucuzlasib");
        assert_eq!(slugify("yarı-doğru"), "yari-dogru");
        assert_eq!(slugify("əsasən yanlış"), "esasen-yanlis");
    }

    #[test]
    fn cyrillic_schwa_is_read_as_latin_schwa() {
        assert_eq!(slugify("Әliyev"), "eliyev");
    }

    #[test]
    fn cyrillic_is_transliterated_readably() {
        assert_eq!(
            slugify("Марина Зеленцова: «Цены выросли вдвое»"),
            "marina-zelentsova-tseny-vyrosli-vdvoe"
        );
        assert_eq!(slugify("Иван Петров"), "ivan-petrov");
    }

    #[test]
    fn hostile_text_gives_a_safe_slug() {
        for input in [
            "../../etc/passwd",
            "/abs",
            "a\\b",
            "nul\0byte",
            "CON",
            "",
            "“”«»",
        ] {
            let slug = slugify(input);
            assert!(!slug.is_empty());
            assert!(
                slug.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{input:?} gave {slug:?}"
            );
            assert!(!slug.starts_with('-') && !slug.ends_with('-'));
        }
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let slug = slugify(&"uzun söz ".repeat(40));
        assert!(slug.len() <= MAX_LEN);
        assert!(!slug.ends_with('-'));
    }
}
