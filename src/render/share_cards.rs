//! Share cards planned and drawn: which cards the site has (one for the
//! site, a wide and a square one per article, with the Telegram snippet),
//! where each goes (named by the hash of what it shows, [`CardContent`]),
//! and drawing them, or taking an unchanged one from the build cache (or
//! the previous build's output) without laying it out. How a card looks
//! is `cards.rs`; what a card shows and where it goes is here.

use super::Output;
use super::cards::{self, CardText, Shape};
use super::contract::{ArticleView, ImageView, Kind, Link, RecordRow, ShareView};
use super::delivery::Delivery;
use super::setup::Setup;
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
    // Share cards off: no card for the site either.
    setup.cards.as_ref()?;
    let config = &setup.site.config;
    let text = CardText {
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
        &Arc::new(CardContent::of(&text)),
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
            let text = CardText {
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
                &Arc::new(CardContent::of(&text)),
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
    let text = CardText {
        verdict: Some(cards::Badge {
            label: &view.card.verdict.label,
            colour: &view.card.verdict.colour,
            icon: &view.card.verdict.icon,
        }),
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
    let content = Arc::new(CardContent::of(&text));
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

/// The code that lays a card out and draws it, hashed into every card's
/// name: a card is named before it is laid out, so a change to this code
/// must give every card a new name.
const CODE: [&str; 4] = [
    include_str!("cards.rs"),
    include_str!("card_raster.rs"),
    include_str!("indexed_png.rs"),
    include_str!("deflate.rs"),
];

/// The crates that draw a card: their versions (from `Cargo.lock`) are
/// hashed into every card's name, so an upgraded rasteriser or encoder
/// draws every card again.
const DRAWING_CRATES: [&str; 6] = [
    "libdeflate-sys",
    "libdeflater",
    "resvg",
    "tiny-skia",
    "ttf-parser",
    "usvg",
];

/// What a card's drawing depends on besides what it shows, hashed once:
/// [`cards::DRAWING`], the card code (line ends made `\n`, so a checkout
/// with Windows line ends names cards alike), the bundled fonts and the
/// drawing crates' versions.
fn drawing_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| {
        let lock = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"));
        hash_of_drawing(&CODE, lock)
    })
}

/// [`drawing_hash`] of the card code `code` and the lock file `lock`.
fn hash_of_drawing(code: &[&str], lock: &str) -> String {
    let code: Vec<String> = code.iter().map(|c| c.replace('\r', "")).collect();
    let crates = crate_versions(lock, &DRAWING_CRATES);
    let mut parts: Vec<&[u8]> = vec![cards::DRAWING.as_bytes(), crates.as_bytes()];
    parts.extend(code.iter().map(|c| c.as_bytes()));
    parts.extend([cards::REGULAR, cards::BOLD]);
    cache::key(&parts)
}

/// `name version` of each of `names` in a `Cargo.lock`, one a line.
fn crate_versions(lock: &str, names: &[&str]) -> String {
    let mut found = Vec::new();
    let mut name = "";
    for line in lock.lines().map(str::trim_end) {
        if let Some(n) = line.strip_prefix("name = ") {
            name = n.trim_matches('"');
        } else if let Some(v) = line.strip_prefix("version = ")
            && names.contains(&name)
        {
            found.push(format!("{name} {}", v.trim_matches('"')));
        }
    }
    found.sort();
    found.join("\n")
}

/// What a card shows, owned: kept with a planned card, and laid out
/// only when the card is not in the build cache.
#[derive(Debug, Clone)]
pub(super) struct CardContent {
    /// The badge's label, colour and icon.
    verdict: Option<[String; 3]>,
    title: String,
    speaker: String,
    date: String,
    brand: String,
    domain: String,
}

impl CardContent {
    /// Keeps what `text` shows.
    pub(super) fn of(text: &CardText<'_>) -> CardContent {
        CardContent {
            verdict: text
                .verdict
                .map(|b| [b.label, b.colour, b.icon].map(str::to_string)),
            title: text.title.to_string(),
            speaker: text.speaker.to_string(),
            date: text.date.to_string(),
            brand: text.brand.to_string(),
            domain: text.domain.to_string(),
        }
    }

    /// What the card shows, to lay out.
    pub(super) fn text(&self) -> CardText<'_> {
        CardText {
            verdict: self
                .verdict
                .as_ref()
                .map(|[label, colour, icon]| cards::Badge {
                    label,
                    colour,
                    icon,
                }),
            title: &self.title,
            speaker: &self.speaker,
            date: &self.date,
            brand: &self.brand,
            domain: &self.domain,
        }
    }

    /// The hash a card of `shape` is named and cached by: of everything
    /// it shows, each field with its length (so no two cards' fields run
    /// together alike), and of what its drawing depends on
    /// ([`drawing_hash`]). Equal keys are equal PNGs.
    pub(super) fn key(&self, shape: Shape) -> String {
        let shape = match shape {
            Shape::Wide => "wide",
            Shape::Square => "square",
        };
        let [label, colour, icon] = self
            .verdict
            .as_ref()
            .map_or(["", "", ""], |[l, c, i]| [l.as_str(), c, i]);
        let has_verdict = if self.verdict.is_some() { "1" } else { "0" };
        let fields = [
            drawing_hash(),
            shape,
            has_verdict,
            label,
            colour,
            icon,
            &self.title,
            &self.speaker,
            &self.date,
            &self.brand,
            &self.domain,
        ];
        let lengths: Vec<String> = fields.iter().map(|f| f.len().to_string()).collect();
        let mut parts: Vec<&[u8]> = Vec::with_capacity(fields.len() * 2);
        for (field, length) in fields.iter().zip(&lengths) {
            parts.push(length.as_bytes());
            parts.push(field.as_bytes());
        }
        cache::key(&parts)
    }
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
    content: Arc<CardContent>,
    shape: cards::Shape,
    /// [`CardContent::key`]: what the card shows and what its drawing
    /// depends on.
    hash: String,
    /// Output path, named by the hash.
    path: String,
    pub(super) image: ImageView,
}

impl PlannedCard {
    pub(super) fn new(
        content: &Arc<CardContent>,
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

#[cfg(test)]
mod tests {
    use super::*;

    fn badge() -> cards::Badge<'static> {
        cards::Badge {
            label: "Yalan",
            colour: "#7d1416",
            icon: "flame",
        }
    }

    #[test]
    fn a_card_is_named_by_everything_it_shows_and_the_same_card_by_the_same_name() {
        let text = CardText {
            verdict: Some(badge()),
            title: "Çörəyin qiyməti iki dəfə artıb",
            speaker: "Ramil Qasımov",
            date: "6 oktyabr 2026",
            brand: "Sınaq Yoxla",
            domain: "sinaq.example.org",
        };
        let first = CardContent::of(&text).key(Shape::Wide);
        assert_eq!(CardContent::of(&text).key(Shape::Wide), first);
        assert_ne!(CardContent::of(&text).key(Shape::Square), first);
        let b = badge();
        let changes: [CardText<'_>; 10] = [
            CardText {
                title: "Çörəyin qiyməti üç dəfə artıb",
                ..text.clone()
            },
            CardText {
                speaker: "Ramil Qasımov, nazir",
                ..text.clone()
            },
            CardText {
                date: "7 oktyabr 2026",
                ..text.clone()
            },
            CardText {
                brand: "Sınaq",
                ..text.clone()
            },
            CardText {
                domain: "sinaq.example.com",
                ..text.clone()
            },
            CardText {
                verdict: None,
                ..text.clone()
            },
            CardText {
                verdict: Some(cards::Badge {
                    label: "Yanlış",
                    ..b
                }),
                ..text.clone()
            },
            CardText {
                verdict: Some(cards::Badge {
                    colour: "#000000",
                    ..b
                }),
                ..text.clone()
            },
            CardText {
                verdict: Some(cards::Badge { icon: "cross", ..b }),
                ..text.clone()
            },
            // The same letters moved from one field to the next.
            CardText {
                title: "Çörəyin qiyməti iki dəfə artıbRamil",
                speaker: " Qasımov",
                ..text.clone()
            },
        ];
        for changed in changes {
            assert_ne!(
                CardContent::of(&changed).key(Shape::Wide),
                first,
                "{changed:?}"
            );
        }
        // What is laid out is what was kept.
        let cards = cards::Cards::new().unwrap();
        let kept = CardContent::of(&text);
        assert_eq!(
            cards.png(&cards.layout(&kept.text()), Shape::Wide).unwrap(),
            cards.png(&cards.layout(&text), Shape::Wide).unwrap()
        );
    }

    #[test]
    fn the_drawing_crates_versions_are_read_from_the_lock_file() {
        let lock = "[[package]]\r\nname = \"resvg\"\r\nversion = \"0.45.1\"\r\n\n\
                    [[package]]\nname = \"serde\"\nversion = \"1.0.0\"\n\n\
                    [[package]]\nname = \"tiny-skia\"\nversion = \"0.11.4\"\n";
        assert_eq!(
            crate_versions(lock, &DRAWING_CRATES),
            "resvg 0.45.1\ntiny-skia 0.11.4"
        );
        // The real lock file names every drawing crate.
        let real = include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock"));
        let found = crate_versions(real, &DRAWING_CRATES);
        for name in DRAWING_CRATES {
            assert!(found.contains(&format!("{name} ")), "{name} in {found}");
        }
        assert_eq!(drawing_hash().len(), 16);
    }

    #[test]
    fn cards_are_named_alike_whatever_line_ends_the_code_was_checked_out_with() {
        let lock = "[[package]]\nname = \"resvg\"\nversion = \"0.45.1\"\n";
        let unix = hash_of_drawing(&["fn a() {}\n// ə\n"], lock);
        assert_eq!(hash_of_drawing(&["fn a() {}\r\n// ə\r\n"], lock), unix);
        assert_eq!(
            hash_of_drawing(&["fn a() {}\n"], &lock.replace('\n', "\r\n")),
            hash_of_drawing(&["fn a() {}\n"], lock)
        );
        assert_ne!(hash_of_drawing(&["fn b() {}\n// ə\n"], lock), unix);
        assert_ne!(
            hash_of_drawing(&["fn a() {}\n// ə\n"], &lock.replace("0.45.1", "0.46.0")),
            unix
        );
    }
}
