//! Share cards planned and drawn: which cards the site has (one for the
//! site, a wide and a square one per article, with the Telegram snippet),
//! where each goes (named by its content's hash), and drawing them, or
//! taking an unchanged one from the previous build. How a card looks is
//! `cards.rs`; what a card shows and where it goes is here.

use super::contract::ImageView;
use super::{Output, cards};
use crate::routes::Route;
use anyhow::{Context as _, Result};
use std::path::Path;

/// A share card to draw: its SVG and where it goes.
#[derive(Debug, Clone)]
pub(super) struct PlannedCard {
    svg: String,
    /// Output path, named by the SVG's hash.
    path: String,
    pub(super) image: ImageView,
}

impl PlannedCard {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn new(
        cards: &cards::Cards,
        text: &cards::CardText<'_>,
        shape: cards::Shape,
        dir: &Route,
        stem: &str,
        base: &str,
        origin: &str,
        alt: &str,
    ) -> PlannedCard {
        let svg = cards.svg(text, shape);
        let hash = cards::content_hash(format!("{}\n{svg}", cards::DRAWING).as_bytes());
        let name = format!("{stem}-{}.png", &hash[..12]);
        let url = format!("{}{name}", dir.url(base));
        let (width, height) = shape.size();
        PlannedCard {
            path: format!("{}{name}", dir.url("/").trim_start_matches('/')),
            image: ImageView {
                url: format!("{origin}{url}"),
                path: url,
                width,
                height,
                alt: alt.to_string(),
            },
            svg,
        }
    }

    /// The PNG: from the previous build when it has this very card (same
    /// hash, same bytes), else drawn.
    pub(super) fn draw(&self, cards: &cards::Cards, previous: Option<&Path>) -> Result<Output> {
        if let Some(dir) = previous
            && let Ok(bytes) = std::fs::read(dir.join(&self.path))
            && bytes.starts_with(b"\x89PNG")
        {
            return Ok(Output {
                path: self.path.clone(),
                bytes,
            });
        }
        let bytes = cards
            .png(&self.svg)
            .with_context(|| format!("share card {}", self.path))?;
        Ok(Output {
            path: self.path.clone(),
            bytes,
        })
    }
}
