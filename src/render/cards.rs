//! Share cards: for every article a 1200×630 PNG (Open Graph, X, Telegram,
//! Facebook) and a 1080×1080 square (Instagram), each with the verdict
//! badge, the title, the speaker and the newsroom's brand, as the
//! social-media guide asks; and a plain-text snippet for Telegram.
//!
//! A card is laid out once ([`Layout`]: what goes where, in the wide
//! card's units) and drawn at both shapes from it: the square card is the
//! same layout at 0.9 scale with its middle moved to the centre and its
//! foot to the bottom. Drawing is `card_raster.rs`: the bundled Noto Sans
//! (OFL, `themes/default/fonts/`), so no system font is read and the same
//! input gives the same bytes on every machine, into a palette PNG. Lines
//! are broken here, measured with the font's own advance widths.
//!
//! A card's file name is a hash of what it shows, of this code, the fonts
//! and the drawing crates' versions (`share_cards.rs`): platforms cache
//! previews for days, so a changed card gets a new address, and an
//! unchanged one is taken from the build cache without being laid out or
//! drawn again.

use super::card_raster::{Canvas, Masks, Rgb, rgb};
use anyhow::{Result, anyhow};

pub(super) const REGULAR: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/themes/default/fonts/NotoSans-Regular.ttf"
));
pub(super) const BOLD: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/themes/default/fonts/NotoSans-Bold.ttf"
));
/// Part of every card's name: change it when cards would be drawn
/// differently by what a card's name does not already cover (its name
/// hashes what it shows, this code, the fonts and the versions of the
/// drawing crates: `share_cards::CardContent::key`).
pub const DRAWING: &str = "noto-sans-subset-1/masks-4-levels/png-indexed-libdeflate-5";
const INK: Rgb = [0x1a, 0x1a, 0x1a];
const MUTED: Rgb = [0x4a, 0x4a, 0x4a];
const WHITE: Rgb = [0xff, 0xff, 0xff];
/// The space between a card's edges and its text.
const MARGIN: f32 = 64.0;
/// The width of the layout's units: the wide card's pixels.
const WIDE: f32 = 1200.0;

/// The two card shapes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// 1200×630, for link previews.
    Wide,
    /// 1080×1080, for Instagram.
    Square,
}

impl Shape {
    /// Width and height in pixels.
    pub fn size(self) -> (u32, u32) {
        match self {
            Shape::Wide => (1200, 630),
            Shape::Square => (1080, 1080),
        }
    }

    /// Pixels per unit of the layout.
    fn scale(self) -> f32 {
        match self {
            Shape::Wide => 1.0,
            Shape::Square => 0.9,
        }
    }

    /// How far down (in layout units) a band is moved: the square card
    /// is 1200 units high, 570 more than the wide one.
    fn shift(self, band: Band) -> f32 {
        match (self, band) {
            (Shape::Wide, _) | (Shape::Square, Band::Top) => 0.0,
            (Shape::Square, Band::Middle) => 285.0,
            (Shape::Square, Band::Bottom) => 570.0,
        }
    }
}

/// What a card shows of a verdict: its badge.
#[derive(Debug, Clone, Copy)]
pub struct Badge<'a> {
    /// The verdict as written on the badge, e.g. `Yarı-doğru`.
    pub label: &'a str,
    /// The badge's colour, `#rrggbb`.
    pub colour: &'a str,
    /// The icon's name (see [`icon_paths`]).
    pub icon: &'a str,
}

/// What a card shows.
#[derive(Debug, Clone)]
pub struct CardText<'a> {
    /// The verdict badge (none on the site's own card).
    pub verdict: Option<Badge<'a>>,
    /// The article's title (or, for the site's card, its description).
    pub title: &'a str,
    /// "Name, status" of the speaker; empty on the site's card.
    pub speaker: &'a str,
    /// The publication date as written for readers.
    pub date: &'a str,
    /// The newsroom's name.
    pub brand: &'a str,
    /// The site's host name, e.g. `faktyoxla.example.org`.
    pub domain: &'a str,
}

/// The bundled fonts, loaded once, for measuring and drawing, with the
/// glyph and shape masks drawn so far.
pub struct Cards {
    masks: Masks,
}

impl Cards {
    /// Loads the bundled fonts.
    pub fn new() -> Result<Cards> {
        let face =
            |data: &'static [u8]| ttf_parser::Face::parse(data, 0).map_err(|e| anyhow!("{e}"));
        Ok(Cards {
            masks: Masks::new(face(REGULAR)?, face(BOLD)?),
        })
    }

    /// The width of `text` at `size` pixels.
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        text.chars()
            .map(|c| self.masks.advance(c, size, bold).0)
            .sum()
    }

    /// Breaks `text` into at most `max_lines` lines of `width` pixels;
    /// the last line ends in "…" when the text does not fit.
    fn wrap(&self, text: &str, size: f32, bold: bool, width: f32, max_lines: usize) -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        let mut line = String::new();
        let mut overflow = false;
        for word in text.split_whitespace() {
            let candidate = if line.is_empty() {
                word.to_string()
            } else {
                format!("{line} {word}")
            };
            if self.width(&candidate, size, bold) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if lines.len() == max_lines {
                overflow = true;
                break;
            }
            // A word longer than a line is cut where it stops fitting.
            let mut rest = word.to_string();
            while self.width(&rest, size, bold) > width {
                let mut cut = String::new();
                for c in rest.chars() {
                    if self.width(&format!("{cut}{c}"), size, bold) > width {
                        break;
                    }
                    cut.push(c);
                }
                if cut.is_empty() {
                    break;
                }
                rest = rest[cut.len()..].to_string();
                lines.push(cut);
                if lines.len() == max_lines {
                    overflow = true;
                    rest.clear();
                    break;
                }
            }
            if overflow {
                break;
            }
            line = rest;
        }
        if !line.is_empty() {
            if lines.len() < max_lines {
                lines.push(line);
            } else {
                overflow = true;
            }
        }
        if overflow && let Some(last) = lines.last_mut() {
            while !last.is_empty() && self.width(&format!("{last}…"), size, bold) > width {
                last.pop();
            }
            let trimmed = last.trim_end().to_string();
            *last = format!("{trimmed}…");
        }
        lines
    }

    /// The largest size from `sizes` at which `text` fits `max_lines`.
    fn fit(&self, text: &str, sizes: &[f32], width: f32, max_lines: usize) -> (f32, Vec<String>) {
        for &size in sizes {
            let lines = self.wrap(text, size, true, width, max_lines + 1);
            if lines.len() <= max_lines {
                return (size, lines);
            }
        }
        let size = sizes.last().copied().unwrap_or(40.0);
        (size, self.wrap(text, size, true, width, max_lines))
    }

    /// The card's layout, drawn the same on both shapes: the verdict's
    /// colour as a band on the left edge, the brand, the verdict badge,
    /// the title, and the speaker and date at the bottom, in the wide
    /// card's units (1200 wide).
    pub fn layout(&self, card: &CardText<'_>) -> Layout {
        let mut ops = Vec::new();
        let band = card.verdict.map_or(INK, |v| rgb(v.colour));
        ops.push(Op::new(Band::Top, band, Paint::Edge { w: 20.0 }));
        let top = 60.0;
        self.brand(&mut ops, card, top);
        let badge_y = top + 92.0;
        let badge_h = 72.0;
        if let Some(verdict) = card.verdict {
            self.badge(&mut ops, verdict, badge_y, badge_h);
        }
        self.title(&mut ops, card.title, badge_y + badge_h + 40.0);
        self.foot(&mut ops, card, 630.0 - 56.0);
        Layout { ops }
    }

    /// The brand: the newsroom's mark and name, top left (at `top`); the
    /// domain, top right.
    fn brand(&self, ops: &mut Vec<Op>, card: &CardText<'_>, top: f32) {
        let inner = WIDE - 2.0 * MARGIN;
        let at = (MARGIN, top, 52.0, 52.0);
        ops.push(Op::shape(
            Band::Top,
            INK,
            at,
            "<circle cx=\"26\" cy=\"26\" r=\"26\"/>",
        ));
        let check = "<path d=\"M14 27l8 8 16-17\" fill=\"none\" stroke=\"#000\" stroke-width=\"5\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>";
        ops.push(Op::shape(Band::Top, WHITE, at, check));
        let size = 34.0;
        let brand = self.wrap(card.brand, size, true, inner * 0.55, 1).join(" ");
        ops.push(Op::text(
            Band::Top,
            INK,
            (MARGIN + 68.0, top + 38.0),
            size,
            true,
            brand,
        ));
        let domain = self
            .wrap(card.domain, 24.0, false, inner * 0.4, 1)
            .join(" ");
        let x = WIDE - MARGIN - self.width(&domain, 24.0, false);
        ops.push(Op::text(
            Band::Top,
            MUTED,
            (x, top + 36.0),
            24.0,
            false,
            domain,
        ));
    }

    /// The verdict badge, `badge_h` high at `badge_y`: its icon and label
    /// on the verdict's colour.
    fn badge(&self, ops: &mut Vec<Op>, verdict: Badge<'_>, badge_y: f32, badge_h: f32) {
        let size = 40.0;
        let icon = badge_h * 0.6;
        let badge_w = (24.0 + icon + 16.0 + self.width(verdict.label, size, true) + 28.0).round();
        let colour = rgb(verdict.colour);
        let rect = format!("<rect width=\"{badge_w}\" height=\"{badge_h}\" rx=\"12\"/>");
        ops.push(Op::shape(
            Band::Middle,
            colour,
            (MARGIN, badge_y, badge_w, badge_h),
            &rect,
        ));
        let body = format!(
            "<g transform=\"scale({:.3})\">{}</g>",
            icon / 24.0,
            icon_paths(verdict.icon)
        );
        let at = (MARGIN + 24.0, badge_y + (badge_h - icon) / 2.0, icon, icon);
        ops.push(Op::shape(Band::Middle, WHITE, at, &body));
        let label_at = (
            MARGIN + 24.0 + icon + 16.0,
            badge_y + badge_h / 2.0 + size * 0.36,
        );
        ops.push(Op::text(
            Band::Middle,
            WHITE,
            label_at,
            size,
            true,
            verdict.label.to_string(),
        ));
    }

    /// The title, as large as fits in three lines, its first line's top at
    /// `start`.
    fn title(&self, ops: &mut Vec<Op>, title: &str, start: f32) {
        let inner = WIDE - 2.0 * MARGIN;
        let (size, lines) = self.fit(title, &[56.0, 50.0, 44.0, 40.0], inner, 3);
        let mut y = start + size;
        for line in lines {
            ops.push(Op::text(Band::Middle, INK, (MARGIN, y), size, true, line));
            y += size * 1.22;
        }
    }

    /// The speaker and the date, on the baseline `foot`.
    fn foot(&self, ops: &mut Vec<Op>, card: &CardText<'_>, foot: f32) {
        let inner = WIDE - 2.0 * MARGIN;
        let size = 28.0;
        let date_w = if card.date.is_empty() {
            0.0
        } else {
            self.width(card.date, size, false) + 32.0
        };
        if !card.speaker.is_empty() {
            let speaker = self
                .wrap(card.speaker, size, false, inner - date_w, 1)
                .join(" ");
            ops.push(Op::text(
                Band::Bottom,
                MUTED,
                (MARGIN, foot),
                size,
                false,
                speaker,
            ));
        }
        if !card.date.is_empty() {
            let x = WIDE - MARGIN - self.width(card.date, size, false);
            let date = card.date.to_string();
            ops.push(Op::text(Band::Bottom, MUTED, (x, foot), size, false, date));
        }
    }

    /// Draws `layout` as a PNG of `shape`.
    pub fn png(&self, layout: &Layout, shape: Shape) -> Result<Vec<u8>> {
        let (w, h) = shape.size();
        let scale = shape.scale();
        let mut canvas = Canvas::new(w, h, WHITE);
        for op in &layout.ops {
            let dy = shape.shift(op.band);
            match &op.paint {
                Paint::Edge { w } => {
                    canvas.rect(0, 0, (w * scale).round() as i32, h as i32, op.colour)
                }
                Paint::Text {
                    x,
                    y,
                    size,
                    bold,
                    text,
                } => {
                    let at = (x * scale, (y + dy) * scale);
                    canvas.text(&self.masks, text, at, size * scale, *bold, op.colour);
                }
                Paint::Shape { x, y, w, h, body } => {
                    let body = format!("<g transform=\"scale({scale})\">{body}</g>");
                    let (bw, bh) = ((w * scale).ceil() as u32 + 1, (h * scale).ceil() as u32 + 1);
                    let at = (x * scale, (y + dy) * scale, bw, bh);
                    canvas.shape(&self.masks, &body, at, op.colour)?;
                }
            }
        }
        canvas.png()
    }
}

/// What a card shows and where, in the wide card's units; both shapes
/// are drawn from it.
#[derive(Debug, Clone)]
pub struct Layout {
    ops: Vec<Op>,
}

/// Which part of the card an element belongs to: the square card moves
/// the middle down to its centre and the bottom to its foot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    /// The brand, at the top.
    Top,
    /// The badge and the title.
    Middle,
    /// The speaker and the date.
    Bottom,
}

/// One thing drawn, in one colour.
#[derive(Debug, Clone)]
struct Op {
    band: Band,
    colour: Rgb,
    paint: Paint,
}

impl Op {
    fn new(band: Band, colour: Rgb, paint: Paint) -> Op {
        Op {
            band,
            colour,
            paint,
        }
    }

    fn text(
        band: Band,
        colour: Rgb,
        (x, y): (f32, f32),
        size: f32,
        bold: bool,
        text: String,
    ) -> Op {
        Op::new(
            band,
            colour,
            Paint::Text {
                x,
                y,
                size,
                bold,
                text,
            },
        )
    }

    fn shape(band: Band, colour: Rgb, (x, y, w, h): (f32, f32, f32, f32), body: &str) -> Op {
        let body = body.to_string();
        Op::new(band, colour, Paint::Shape { x, y, w, h, body })
    }
}

#[derive(Debug, Clone)]
enum Paint {
    /// A band `w` wide down the whole left edge.
    Edge { w: f32 },
    /// A line of text, its baseline starting at (`x`, `y`).
    Text {
        x: f32,
        y: f32,
        size: f32,
        bold: bool,
        text: String,
    },
    /// SVG elements drawn in a `w`×`h` box at (`x`, `y`).
    Shape {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        body: String,
    },
}

/// The verdict icons of the badge (a 24×24 box), drawn in `currentColor`.
/// They match the theme's `partials/verdict_badge.html`.
fn icon_paths(name: &str) -> &'static str {
    match name {
        "check-double" => {
            "<path d=\"M1.5 13.5l4.5 4.5L16.5 7.5M8.5 16l2 2L22.5 6\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.6\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>"
        }
        "check" => {
            "<path d=\"M4 12.5l5 5L20 6.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"3\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/>"
        }
        "half" => {
            "<circle cx=\"12\" cy=\"12\" r=\"8.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.5\"/><path d=\"M12 3.5a8.5 8.5 0 0 1 0 17z\" fill=\"currentColor\"/>"
        }
        "cross" => {
            "<path d=\"M7 7l10 10M17 7L7 17\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"3\" stroke-linecap=\"round\"/>"
        }
        "cross-double" => {
            "<circle cx=\"12\" cy=\"12\" r=\"9.5\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.2\"/><path d=\"M8 8l8 8M16 8l-8 8\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"2.8\" stroke-linecap=\"round\"/>"
        }
        _ => {
            "<path d=\"M12 2.5c1 3.5 5.5 6 5.5 11a5.5 5.5 0 0 1-11 0c0-2.5 1.2-4 2.5-5.5.2 2 1 3 2.2 3.5C10.5 8.5 11 5.5 12 2.5z\" fill=\"currentColor\"/>"
        }
    }
}

/// The plain-text share snippet for Telegram: the verdict (in capitals
/// by the site's language's rules), the title, the claim with its
/// speaker, and the link.
pub fn telegram(
    language: crate::text::Language,
    verdict_word: &str,
    verdict: &str,
    title: &str,
    claim: &str,
    speaker: &str,
    url: &str,
) -> String {
    format!(
        "{}: {}\n{title}\n\n“{claim}”\n— {speaker}\n\n{url}\n",
        language.uppercase(verdict_word),
        language.uppercase(verdict),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict() -> Badge<'static> {
        Badge {
            label: "Yalan",
            colour: "#7d1416",
            icon: "flame",
        }
    }

    #[test]
    fn titles_wrap_to_the_card_and_long_ones_end_in_an_ellipsis() {
        let cards = Cards::new().unwrap();
        let short = cards.wrap("Qısa başlıq", 56.0, true, 1072.0, 3);
        assert_eq!(short, ["Qısa başlıq"]);
        let long = "Ramil Qasımov: “Ölkədə işsizlik səviyyəsi son beş ildə iki dəfə azalıb və bu gün İqtisadiyyat Nazirliyinin hesabatına görə tarixi minimumdadır” ".repeat(3);
        let lines = cards.wrap(&long, 56.0, true, 1072.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
        for l in &lines {
            assert!(cards.width(l, 56.0, true) <= 1072.0, "{l}");
        }
        // One endless word is cut, not left to run off the card.
        let word = "ə".repeat(400);
        let lines = cards.wrap(&word, 56.0, true, 1072.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(cards.width(&lines[0], 56.0, true) <= 1072.0);
    }

    #[test]
    fn a_card_is_a_png_of_the_right_size_with_every_azerbaijani_letter() {
        let cards = Cards::new().unwrap();
        let v = verdict();
        let text = CardText {
            verdict: Some(v),
            title: "Əli Şükürov: “İşsizlik ğöçüı ÇÖÜĞŞIİ 3,2 milyon ₼” <script>&",
            speaker: "Əli Şükürov, deputat",
            date: "6 oktyabr 2026",
            brand: "Fakt Yoxla",
            domain: "faktyoxla.example.org",
        };
        let layout = cards.layout(&text);
        for shape in [Shape::Wide, Shape::Square] {
            let png = cards.png(&layout, shape).unwrap();
            assert_eq!(&png[1..4], b"PNG");
            let (w, h) = shape.size();
            let info = png::Decoder::new(std::io::Cursor::new(&png))
                .read_info()
                .unwrap()
                .info()
                .clone();
            assert_eq!((info.width, info.height), (w, h));
            assert_eq!(info.color_type, png::ColorType::Indexed);
            // Decoded to RGB, every pixel's colour.
            let mut decoder = png::Decoder::new(std::io::Cursor::new(&png));
            decoder.set_transformations(png::Transformations::EXPAND);
            let mut reader = decoder.read_info().unwrap();
            let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
            let frame = reader.next_frame(&mut pixels).unwrap();
            let colours: std::collections::BTreeSet<[u8; 3]> = pixels[..frame.buffer_size()]
                .chunks_exact(3)
                .map(|p| [p[0], p[1], p[2]])
                .collect();
            // The white ground, the verdict's colour (band and badge), the
            // title's ink and the foot's grey are all drawn.
            for colour in [WHITE, [0x7d, 0x14, 0x16], INK, MUTED] {
                assert!(colours.contains(&colour), "{shape:?} lacks {colour:?}");
            }
            // Same input, same bytes.
            assert_eq!(cards.png(&cards.layout(&text), shape).unwrap(), png);
        }
        for c in "ƏəIıİiĞğŞşÇçÖöÜü₼“”".chars() {
            for bold in [false, true] {
                assert!(cards.masks.advance(c, 40.0, bold).1.is_some(), "{c} {bold}");
            }
        }
    }

    #[test]
    fn the_telegram_snippet_is_plain_text_with_the_link() {
        let t = telegram(
            crate::text::Language::Az,
            "Hökm",
            "Yalan",
            "Başlıq",
            "İddia",
            "Əli Şükürov",
            "https://x.example/a/",
        );
        assert!(t.starts_with("HÖKM: YALAN\nBaşlıq\n"));
        assert!(t.ends_with("https://x.example/a/\n"));
    }
}
