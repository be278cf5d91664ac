//! Every string yoxla prints or publishes, from one catalogue per
//! language: `src/locales/CODE/*.ftl`, in Project Fluent's syntax (plural
//! rules by language, "1 article", "2 articles"; Russian's one, few and
//! many). A language is a folder: adding `src/locales/xx/` with the same
//! messages as `az` adds it to `yoxla.toml`'s `language`, the theme, the
//! check's messages, the command line and `yoxla init`, with no code.
//!
//! `az` is the default and the reference: a test keeps every other
//! catalogue's message ids and variables the same as its. A message a
//! catalogue lacks anyway is taken from `en`, then shown as its id.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
use std::sync::OnceLock;

/// The catalogues, one folder per language, built into the binary.
static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/src/locales");

/// The default language (first) and the fallback for a missing message.
const FIRST: [&str; 2] = ["az", "en"];

/// One language's catalogue.
pub(crate) struct Locale {
    pub code: &'static str,
    /// Its folder: the `.ftl` files and the `init/` templates.
    pub files: &'static Dir<'static>,
    bundle: FluentBundle<FluentResource>,
    /// Ids of `theme.ftl`, the strings a theme's templates see as `t`.
    theme_ids: Vec<String>,
    /// Ids of `search.ftl`, the search page's strings.
    search_ids: Vec<String>,
    /// Casing by Turkic rules (`i` ↔ `İ`, `ı` ↔ `I`): `language-casing = turkic`.
    pub turkic: bool,
}

/// Every language with a catalogue: `az`, `en`, then the rest by code.
pub(crate) fn locales() -> &'static [Locale] {
    static ALL: OnceLock<Vec<Locale>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut dirs: Vec<&'static Dir<'static>> = LOCALES.dirs().collect();
        dirs.sort_by_key(|d| {
            let code = code_of(d);
            (
                FIRST.iter().position(|f| *f == code).unwrap_or(FIRST.len()),
                code,
            )
        });
        dirs.into_iter().map(load).collect()
    })
}

fn code_of(dir: &'static Dir<'static>) -> &'static str {
    dir.path()
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
}

/// Parses a language's `.ftl` files into one bundle. The catalogues are
/// built in and a test parses each without error; were one to hold a
/// mistake anyway, the entries Fluent could read are kept.
fn load(dir: &'static Dir<'static>) -> Locale {
    let code = code_of(dir);
    let id = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    let (mut theme_ids, mut search_ids) = (Vec::new(), Vec::new());
    let mut files: Vec<_> = dir.files().filter(|f| is_ftl(f.path())).collect();
    files.sort_by_key(|f| f.path());
    for file in files {
        let text = file.contents_utf8().unwrap_or("").to_owned();
        let resource = FluentResource::try_new(text).unwrap_or_else(|(partial, _)| partial);
        let ids = message_ids(&resource);
        match file.path().file_stem().and_then(|s| s.to_str()) {
            Some("theme") => theme_ids.extend(ids),
            Some("search") => search_ids.extend(ids),
            _ => {}
        }
        bundle.add_resource_overriding(resource);
    }
    let turkic = plain(&bundle, "language-casing").as_deref() == Some("turkic");
    Locale {
        code,
        files: dir,
        bundle,
        theme_ids,
        search_ids,
        turkic,
    }
}

fn is_ftl(path: &std::path::Path) -> bool {
    path.extension().is_some_and(|e| e == "ftl")
}

/// The ids of a resource's messages (terms, `-name`, are not messages).
pub(crate) fn message_ids(resource: &FluentResource) -> Vec<String> {
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

fn plain(bundle: &FluentBundle<FluentResource>, id: &str) -> Option<String> {
    format(bundle, id, None)
}

fn format(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs<'_>>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

impl Locale {
    /// The message `id` with `args`, from this catalogue, else `en`'s,
    /// else the id itself (so a gap shows, and a test finds it first).
    pub fn message(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let args = (!args.is_empty()).then(|| {
            let mut a = FluentArgs::with_capacity(args.len());
            for (k, v) in args {
                a.set(*k, v.clone());
            }
            a
        });
        format(&self.bundle, id, args.as_ref())
            .or_else(|| {
                let en = locales().iter().find(|l| l.code == FIRST[1])?;
                format(&en.bundle, id, args.as_ref())
            })
            .unwrap_or_else(|| id.to_owned())
    }

    /// The theme's strings, `(id, text)`.
    pub fn theme(&self) -> impl Iterator<Item = (&str, String)> {
        self.theme_ids
            .iter()
            .map(|id| (id.as_str(), self.message(id, &[])))
    }

    /// The search page's strings, `(id, text)`.
    pub fn search(&self) -> impl Iterator<Item = (&str, String)> {
        self.search_ids
            .iter()
            .map(|id| (id.as_str(), self.message(id, &[])))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message's variables, by id, over a language's files.
    fn variables(locale: &Locale) -> BTreeMap<String, BTreeSet<String>> {
        let mut out = BTreeMap::new();
        for file in locale.files.files().filter(|f| is_ftl(f.path())) {
            let text = file.contents_utf8().unwrap_or("");
            let parsed = fluent_syntax::parser::parse(text);
            let resource = match parsed {
                Ok(r) => r,
                Err((_, errors)) => panic!("{}: {errors:?}", file.path().display()),
            };
            for entry in resource.body {
                if let ast::Entry::Message(m) = entry {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_variables(p, &mut vars);
                    }
                    let id = m.id.name.to_owned();
                    assert!(
                        out.insert(id.clone(), vars).is_none(),
                        "{id} twice in {}",
                        locale.code
                    );
                }
            }
        }
        out
    }

    fn pattern_variables(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for element in &p.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                expression_variables(expression, vars);
            }
        }
    }

    fn expression_variables(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_variables(selector, vars);
                for v in variants {
                    pattern_variables(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline_variables(i, vars),
        }
    }

    fn inline_variables(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => {
                expression_variables(expression, vars)
            }
            _ => {}
        }
    }

    #[test]
    fn every_catalogue_has_the_reference_messages_with_the_same_variables() {
        let reference = variables(&locales()[0]);
        assert_eq!(locales()[0].code, "az");
        assert!(reference.len() > 250, "{} messages", reference.len());
        for locale in locales() {
            let these = variables(locale);
            let missing: Vec<_> = reference
                .keys()
                .filter(|k| !these.contains_key(*k))
                .collect();
            let extra: Vec<_> = these
                .keys()
                .filter(|k| !reference.contains_key(*k))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, extra {extra:?}",
                locale.code
            );
            for (id, vars) in &reference {
                assert_eq!(&these[id], vars, "{}: variables of {id}", locale.code);
            }
        }
    }

    #[test]
    fn every_message_formats_without_error() {
        for locale in locales() {
            for (id, vars) in variables(locale) {
                let mut args = FluentArgs::new();
                for v in &vars {
                    args.set(v.clone(), FluentValue::from(2));
                }
                let message = locale.bundle.get_message(&id).and_then(|m| m.value());
                let Some(pattern) = message else { continue };
                let mut errors = Vec::new();
                let text = locale
                    .bundle
                    .format_pattern(pattern, Some(&args), &mut errors);
                assert!(errors.is_empty(), "{} {id}: {errors:?}", locale.code);
                assert!(!text.trim().is_empty(), "{} {id} is empty", locale.code);
            }
        }
    }

    /// Every message id the code asks for (`say!(…, "id"`, `.text("id")`,
    /// `.list("id")`) is in the reference catalogue.
    #[test]
    fn every_message_the_code_asks_for_exists() {
        let reference = variables(&locales()[0]);
        let asked =
            regex::Regex::new(r#"(?:say!\(\s*[^,]+,\s*|\.text\(|\.list\()"([a-z][a-z0-9-]*)""#)
                .unwrap();
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut count = 0;
        for entry in walkdir::WalkDir::new(&src) {
            let entry = entry.unwrap();
            if entry.path().extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap();
            let code: String = text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect::<Vec<_>>()
                .join("\n");
            for c in asked.captures_iter(&code) {
                count += 1;
                let id = &c[1];
                assert!(
                    reference.contains_key(id),
                    "{}: `{id}` is in no catalogue",
                    entry.path().display()
                );
            }
        }
        assert!(count > 150, "{count} messages asked for");
    }

    #[test]
    fn plurals_follow_the_language() {
        let en = locales().iter().find(|l| l.code == "en").unwrap();
        let one = en.message(
            "cli-articles-checked",
            &[
                ("count", FluentValue::from(1)),
                ("ms", FluentValue::from(5)),
                ("errors", FluentValue::from(0)),
                ("warnings", FluentValue::from(1)),
                ("suggestions", FluentValue::from(2)),
            ],
        );
        assert!(one.starts_with("1 article checked"), "{one}");
    }

    #[test]
    fn a_number_of_fact_checks_takes_the_languages_plural_form() {
        let say = |code: &str, n: usize| {
            let l = locales().iter().find(|l| l.code == code).unwrap();
            l.message("fact-check-count", &[("count", FluentValue::from(n))])
        };
        assert_eq!(say("ru", 1), "1 проверка");
        assert_eq!(say("ru", 3), "3 проверки");
        assert_eq!(say("ru", 5), "5 проверок");
        assert_eq!(say("ru", 21), "21 проверка");
        assert_eq!(say("en", 1), "1 fact-check");
        assert_eq!(say("en", 2), "2 fact-checks");
        assert_eq!(say("az", 12), "12 yoxlama");
    }
}
