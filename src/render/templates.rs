//! The glue between render and Tera: values made into Tera values once
//! ([`Shared`]), a page drawn with its template ([`draw`]), an article's
//! list card drawn once ([`card_html`]), and Tera's errors made readable.
//! What a template sees is in `contract.rs`; how a value gets to the
//! template is here.

use super::Output;
use super::contract::{Card, SiteView};
use anyhow::Result;
use serde::Serialize;
use std::sync::OnceLock;

/// A Tera error with its causes. Tera's own report names the template,
/// line and column and quotes the line; its leading `error: ` is dropped,
/// as the message is put after the file it concerns.
pub(crate) fn tera_error_chain(e: &tera::Error) -> String {
    let report = e.to_string();
    let mut msg = report
        .strip_prefix("error: ")
        .map_or_else(|| report.clone(), str::to_string);
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        msg.push_str(": ");
        msg.push_str(&s.to_string());
        source = s.source();
    }
    msg
}

/// Where a page of a render goes: its file, its canonical URL and its
/// signature.
pub(super) struct Place {
    pub(super) path: String,
    pub(super) canonical: String,
    pub(super) signature: u64,
}

/// One page of a render: its path, its signature, and its file unless
/// it is unchanged since the last render.
pub(super) struct PageDone {
    pub(super) path: String,
    pub(super) signature: u64,
    pub(super) output: Option<Output>,
}

/// What many pages' template contexts share, as Tera values made once
/// per render. A Tera value is reference-counted: putting one into a
/// page's context copies no text.
pub(super) struct Shared {
    /// `site`.
    pub(super) site: tera::Value,
    /// `t`, the theme's strings.
    pub(super) t: tera::Value,
    /// The site's language, for the errors of a template.
    pub(super) lang: crate::text::Language,
    /// Each article's card, made when its first list page is rendered
    /// (a preview that renders a few lists makes only theirs).
    pub(super) cards: Vec<OnceLock<tera::Value>>,
}

impl Shared {
    /// `site` and the setup's `t` as Tera values, and room for the cards of
    /// `articles` articles.
    pub(super) fn new(
        site: &SiteView<'_>,
        setup: &super::setup::Setup<'_>,
        articles: usize,
    ) -> Result<Shared> {
        Ok(Shared {
            lang: setup.site.config.language,
            site: tera_value(site, "`site`", setup.site.config.language)?,
            t: tera_value(&setup.t, "`t`", setup.site.config.language)?,
            cards: (0..articles).map(|_| OnceLock::new()).collect(),
        })
    }
}

/// `value` as a Tera value.
pub(super) fn tera_value<T: Serialize + ?Sized>(
    value: &T,
    what: &str,
    lang: crate::text::Language,
) -> Result<tera::Value> {
    tera::Value::try_from_serializable(value)
        .map_err(|e| anyhow::anyhow!("{}", say!(lang, "render-data", what = what, why = e)))
}

/// A page to draw: where it goes, its own Atom feed, its template and,
/// on a list, its cards.
pub(super) struct Page<'t> {
    pub(super) place: Place,
    pub(super) feed: Option<String>,
    pub(super) template: &'t str,
    pub(super) articles: Option<tera::Value>,
}

/// Renders `page` with `template`, which sees `site`, `t`, `canonical`,
/// `feed`, the fields of `data` and, on a list, its `articles`.
pub(super) fn draw<T: Serialize>(
    tera: &tera::Tera,
    shared: &Shared,
    page: Page<'_>,
    data: T,
) -> Result<PageDone> {
    let Page {
        place: Place {
            path,
            canonical,
            signature,
        },
        feed,
        template,
        articles,
    } = page;
    let mut context = tera::Context::from_serialize(&data).map_err(|e| {
        let lang = shared.lang;
        anyhow::anyhow!("{}", say!(lang, "render-data", what = path, why = e))
    })?;
    context.insert_value("site", shared.site.clone());
    context.insert_value("t", shared.t.clone());
    context.insert_value("canonical", canonical.into());
    context.insert_value("feed", feed.into());
    if let Some(articles) = articles {
        context.insert_value("articles", articles);
    }
    // Straight into bytes: `Tera::render` would check the whole page is
    // UTF-8 once more on the way to a `String`.
    let mut bytes = Vec::with_capacity(32 * 1024);
    tera.render_to(template, &context, &mut bytes)
        .map_err(|e| {
            let why = tera_error_chain(&e);
            let lang = shared.lang;
            anyhow::anyhow!(
                "{}",
                say!(
                    lang,
                    "render-template",
                    template = template,
                    path = path,
                    why = why
                )
            )
        })?;
    if path.ends_with(".html") {
        bytes = super::compact::trim_indentation(&bytes);
    }
    Ok(PageDone {
        output: Some(Output {
            path: path.clone(),
            bytes,
        }),
        path,
        signature,
    })
}

/// An article's card as the theme draws it in lists.
pub(super) fn card_html(tera: &tera::Tera, card: &Card, shared: &Shared) -> Result<String> {
    const TEMPLATE: &str = "partials/article_card.html";
    let lang = shared.lang;
    let mut context = tera::Context::new();
    context.insert_value("article", tera_value(card, &card.url, lang)?);
    context.insert_value("t", shared.t.clone());
    tera.render(TEMPLATE, &context).map_err(|e| {
        let (path, why) = (&card.url, tera_error_chain(&e));
        anyhow::anyhow!(
            "{}",
            say!(
                lang,
                "render-template",
                template = TEMPLATE,
                path = path,
                why = why
            )
        )
    })
}
