//! Share cards planned and drawn: which cards the site has (one for the
//! site, a wide and a square one per article, with the Telegram snippet),
//! where each goes (named by the hash of what it shows), and drawing
//! them, or taking an unchanged one from the build cache (or the previous
//! build's output) without laying it out. How a card looks is `cards.rs`; what a card shows and where
//! it goes is here.

use super::contract::{ArticleView, ImageView, Kind, Link, RecordRow, ShareView};
use super::delivery::Delivery;
use super::setup::Setup;
use super::{Output, cards};
use crate::cache::{self, Cache};
use crate::routes::Route;
use anyhow::{Context as _, Result};
use rayon::prelude::*;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

/// The site's own card, for pages that are not articles (none when share
/// cards are off).
pub(super) fn site_card(setup: &Setup<'_>) -> Option<PlannedCard> {
    setup.cards.as_ref()?;
    let config = &setup.site.config;
    let text = cards::CardText {
        verdict: None,
        title: if config.description.is_empty() {
            &config.title
        } else {
            &config.description
        },
        speaker: "",
        date: "",
        brand: &config.title,
        domain: &setup.domain,
    };
    Some(PlannedCard::new(
        &Arc::new(cards::CardContent::of(&text)),
        cards::Shape::Wide,
        &Route::root(),
        "share",
        (setup.base, &setup.origin),
        &config.title,
    ))
}

/// Each speaker's card (their record: how many checks, and how many got
/// each verdict), planned; and its image by the speaker's slug.
pub(super) fn plan_speakers(
    setup: &Setup<'_>,
    renderer: &super::pages::Renderer<'_>,
) -> (Vec<PlannedCard>, HashMap<String, ImageView>) {
    if setup.cards.is_none() {
        return (Vec::new(), HashMap::new());
    }
    let config = &setup.site.config;
    let planned: Vec<(String, PlannedCard)> = renderer
        .groups
        .of(Kind::Speaker)
        .par_iter()
        .map(|g| {
            let record = renderer.record(g);
            let title = format!("{}: {}", g.name, setup.count_text(g.articles.len()));
            let tally = tally(&record);
            let text = cards::CardText {
                verdict: None,
                title: &title,
                speaker: g.status.as_deref().unwrap_or(""),
                date: &tally,
                brand: &config.title,
                domain: &setup.domain,
            };
            let route = Route::new([Kind::Speaker.segment(&setup.sections), g.slug.as_str()]);
            let alt = format!("{title}. {tally}");
            let card = PlannedCard::new(
                &Arc::new(cards::CardContent::of(&text)),
                cards::Shape::Wide,
                &route,
                "card",
                (setup.base, &setup.origin),
                &alt,
            );
            (g.slug.clone(), card)
        })
        .collect();
    let images = planned
        .iter()
        .map(|(slug, card)| (slug.clone(), card.image.clone()))
        .collect();
    (planned.into_iter().map(|(_, card)| card).collect(), images)
}

/// A record in one line: `Yalan 2 · Yanlış 1`, verdicts given only.
fn tally(record: &[RecordRow]) -> String {
    record
        .iter()
        .filter(|r| r.count > 0)
        .map(|r| format!("{} {}", r.verdict.label, r.count))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Plain links that share `url` on Facebook, X, Telegram, WhatsApp and
/// by e-mail (with `title` as the subject): the networks' own share
/// addresses, so no script of theirs runs on the site. The networks show
/// the page's own title and card from its Open Graph data.
pub(super) fn share_links(title: &str, url: &str, email: &str) -> Vec<Link> {
    use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
    // A query value: all but RFC 3986's unreserved characters encoded.
    const VALUE: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    let u = utf8_percent_encode(url, VALUE).to_string();
    let t = utf8_percent_encode(title, VALUE).to_string();
    [
        (
            "Facebook",
            format!("https://www.facebook.com/sharer/sharer.php?u={u}"),
        ),
        ("X", format!("https://x.com/intent/post?url={u}")),
        ("Telegram", format!("https://t.me/share/url?url={u}")),
        ("WhatsApp", format!("https://wa.me/?text={u}")),
        (email, format!("mailto:?subject={t}&body={u}")),
    ]
    .into_iter()
    .map(|(name, url)| Link {
        name: name.to_string(),
        url,
    })
    .collect()
}

/// An article's wide card, its square one when `square`, and its
/// Telegram snippet, planned: the view at `route` (absolute `url`) gets
/// them as its `share`.
pub(super) fn plan_article(
    setup: &Setup<'_>,
    (view, square): (&mut ArticleView, bool),
    route: &Route,
    url: &str,
) -> Vec<PlannedCard> {
    let (t, base, origin) = (&setup.t, setup.base, setup.origin.as_str());
    let speaker = if view.claim_box.speaker_status.is_empty() {
        view.card.speaker.name.clone()
    } else {
        format!(
            "{}, {}",
            view.card.speaker.name, view.claim_box.speaker_status
        )
    };
    let text = cards::CardText {
        verdict: Some(&view.card.verdict),
        title: &view.card.title,
        speaker: &speaker,
        date: view.card.date.as_ref().map_or("", |d| d.text.as_str()),
        brand: &setup.site.config.title,
        domain: &setup.domain,
    };
    let alt = format!(
        "{}: {}. {}",
        t["verdict"], view.card.verdict.label, view.card.title
    );
    let mut planned = Vec::new();
    let mut images = Vec::new();
    let content = Arc::new(cards::CardContent::of(&text));
    let shapes = [
        (cards::Shape::Wide, "card"),
        (cards::Shape::Square, "card-square"),
    ];
    for (shape, stem) in shapes.into_iter().take(if square { 2 } else { 1 }) {
        let card = PlannedCard::new(&content, shape, route, stem, (base, origin), &alt);
        images.push(card.image.clone());
        planned.push(card);
    }
    let telegram = cards::telegram(
        setup.site.config.language,
        &t["verdict"],
        &view.card.verdict.label,
        &view.card.title,
        &view.card.claim,
        &speaker,
        url,
    );
    let square = if square { images.pop() } else { None };
    if let Some(card) = images.pop() {
        view.share = Some(ShareView {
            card,
            square,
            telegram,
            telegram_path: format!("{}telegram.txt", route.url(base)),
        });
    }
    planned
}

/// Each shared article's Telegram snippet, as `telegram.txt` beside its
/// page.
pub(super) fn telegram_files(views: &[Arc<ArticleView>], base: &str) -> Vec<Output> {
    let mut files = Vec::new();
    for view in views {
        if let Some(share) = &view.share {
            let dir = view.card.url.strip_prefix(base).unwrap_or(&view.card.url);
            files.push(Output {
                path: format!("{dir}telegram.txt"),
                bytes: share.telegram.clone().into_bytes(),
            });
        }
    }
    files
}

/// Draws every planned card, in parallel, or takes it from the cache or
/// the previous build, handing each to `out`; their paths.
pub(super) fn draw_all(
    setup: &Setup<'_>,
    planned: &[PlannedCard],
    out: &Delivery<'_>,
) -> Result<Vec<String>> {
    let Some(cards) = &setup.cards else {
        return Ok(Vec::new());
    };
    planned
        .par_iter()
        .map(|c| {
            let file = c
                .draw(cards, setup.preview.cache, setup.preview.previous)
                .with_context(|| {
                    say!(
                        setup.site.config.language,
                        "render-share-card",
                        path = c.path
                    )
                })?;
            let path = file.path.clone();
            out.put(file)?;
            Ok(path)
        })
        .collect()
}

/// A share card to draw: what it shows and its shape, and where it goes.
#[derive(Debug, Clone)]
pub(super) struct PlannedCard {
    /// Shared by an article's two shapes.
    content: Arc<cards::CardContent>,
    shape: cards::Shape,
    /// The hash of everything the drawing depends on.
    hash: String,
    /// Output path, named by the hash.
    path: String,
    pub(super) image: ImageView,
}

impl PlannedCard {
    pub(super) fn new(
        content: &Arc<cards::CardContent>,
        shape: cards::Shape,
        dir: &Route,
        stem: &str,
        (base, origin): (&str, &str),
        alt: &str,
    ) -> PlannedCard {
        let hash = content.key(shape);
        let name = format!("{stem}-{}.png", &hash[..12]);
        let url = format!("{}{name}", dir.url(base));
        let (width, height) = shape.size();
        PlannedCard {
            content: content.clone(),
            shape,
            path: format!("{}{name}", dir.url("/").trim_start_matches('/')),
            image: ImageView {
                url: format!("{origin}{url}"),
                path: url,
                width,
                height,
                alt: alt.to_string(),
            },
            hash,
        }
    }

    /// The PNG: from the cache, or from the previous build when it has
    /// this very card (same hash, same bytes), else laid out and drawn
    /// (and kept in the cache).
    pub(super) fn draw(
        &self,
        cards: &cards::Cards,
        cache: Option<&Cache>,
        previous: Option<&Path>,
    ) -> Result<Output> {
        let key = format!("{}.png", self.hash);
        let png = |bytes: &Vec<u8>| bytes.starts_with(b"\x89PNG");
        if let Some(bytes) = cache
            .and_then(|c| c.get(cache::Kind::Card, &key))
            .filter(png)
        {
            return Ok(Output {
                path: self.path.clone(),
                bytes,
            });
        }
        let previous = previous.and_then(|dir| std::fs::read(dir.join(&self.path)).ok());
        let bytes = match previous.filter(png) {
            Some(bytes) => bytes,
            None => cards.png(&cards.layout(&self.content.text()), self.shape)?,
        };
        if let Some(cache) = cache {
            cache.put(cache::Kind::Card, &key, &bytes);
        }
        Ok(Output {
            path: self.path.clone(),
            bytes,
        })
    }
}
