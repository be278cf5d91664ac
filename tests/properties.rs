//! Property tests: slugs are always safe and stable, whatever the text;
//! a number's house-style fix is itself in house style, keeps the value,
//! and is not fixed again.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use yoxla::check::meta::is_safe_slug;
use yoxla::text::numbers::{Form, numbers};
use yoxla::text::slugify;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn slugs_are_safe_for_any_text(text in any::<String>()) {
        let slug = slugify(&text);
        prop_assert!(is_safe_slug(&slug), "{text:?} → {slug:?}");
        prop_assert!(!slug.contains(['/', '\\', '\0', '.']));
        prop_assert_eq!(slugify(&slug), slug.clone(), "stable");
    }

    #[test]
    fn slugs_are_safe_for_hostile_names(
        parts in proptest::collection::vec(
            prop_oneof![
                Just("../".to_string()), Just("..\\".to_string()), Just("/etc/passwd".to_string()),
                Just("C:\\".to_string()), Just("\0".to_string()), Just("CON".to_string()),
                Just("nul".to_string()), Just("com1".to_string()), Just("LPT9".to_string()),
                Just("Əliyev".to_string()), Just("İŞĞÜÖÇ".to_string()), Just(" ".to_string()),
                "[a-zA-Z0-9əışçğöüƏIİŞÇĞÖÜ .-]{0,12}",
            ],
            0..6,
        )
    ) {
        let text: String = parts.concat();
        let slug = slugify(&text);
        prop_assert!(is_safe_slug(&slug), "{text:?} → {slug:?}");
        prop_assert_eq!(slugify(&slug), slug);
    }

    #[test]
    fn number_fixes_are_in_house_style_and_idempotent(
        int in 1u32..999,
        groups in proptest::collection::vec(0u32..1000, 0..3),
        decimals in proptest::option::of(0u32..100),
        dotted in any::<bool>(),
    ) {
        // A number written the forbidden way: dotted thousands and/or a
        // decimal comma (92.500,4), or a plain decimal comma (3,2).
        let mut text = int.to_string();
        for g in &groups {
            text.push(if dotted { '.' } else { ',' });
            text.push_str(&format!("{g:03}"));
        }
        if let Some(d) = decimals {
            text.push(if dotted { ',' } else { '.' });
            text.push_str(&d.to_string());
        }
        let sentence = format!("Bu il {text} manat xərclənib.");
        let found = numbers(&sentence);
        prop_assert_eq!(found.len(), 1, "{}", sentence);
        if let Form::Forbidden(fix) = &found[0].form {
            let fixed = sentence.replacen(&text, fix, 1);
            let again = numbers(&fixed);
            prop_assert_eq!(again.len(), 1);
            prop_assert_eq!(&again[0].form, &Form::House, "{} → {}", text, fix);
            if let (Some(a), Some(b)) = (found[0].value, again[0].value) {
                prop_assert!((a - b).abs() < 1e-9, "{} {} → {} {}", text, a, fix, b);
            }
        }
    }
}

#[test]
fn device_names_get_a_suffix() {
    for name in ["CON", "nul", "Aux", "PRN", "com1", "LPT9"] {
        let slug = slugify(name);
        assert!(slug.ends_with("-1"), "{name} → {slug}");
        assert!(!is_safe_slug(&name.to_lowercase()));
    }
    assert_eq!(slugify("Conrad"), "conrad");
    assert_eq!(slugify("com"), "com");
}

#[test]
fn the_number_generator_reaches_forbidden_forms() {
    // Without these, the property above could pass by never fixing.
    for (text, fix) in [("92.500,4", "92,500.4"), ("1.250.000", "1,250,000")] {
        let found = numbers(&format!("Bu il {text} manat xərclənib."));
        assert_eq!(found[0].form, Form::Forbidden(fix.to_string()), "{text}");
    }
}
