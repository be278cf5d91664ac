//! Share cards: for every article a 1200×630 PNG (Open Graph, X, Telegram,
//! Facebook) and a 1080×1080 square (Instagram), each with the verdict
//! badge, the title, the speaker and the newsroom's brand, as the
//! social-media guide asks; and a plain-text snippet for Telegram.
//!
//! A card is drawn as SVG here and rasterised by resvg with the bundled
//! Noto Sans (OFL, `themes/default/fonts/`), so no system font is read and
//! the same input gives the same bytes on every machine. resvg does not
//! wrap text, so lines are broken here, measured with the font's own
//! advance widths.
//!
//! A card's file name carries a hash of its SVG: platforms cache previews
//! for days, so a changed card gets a new address, and an unchanged one
//! can be taken from the previous build instead of being drawn again.

use super::contract::VerdictView;
use super::feeds::xml_escape;
use anyhow::{Context as _, Result, anyhow};
use resvg::{tiny_skia, usvg};
use std::sync::Arc;

const REGULAR: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/themes/default/fonts/NotoSans-Regular.ttf"
));
const BOLD: &[u8] = include_bytes!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/themes/default/fonts/NotoSans-Bold.ttf"
));
const FAMILY: &str = "Noto Sans";
/// Part of every card's hash: change it when the same SVG would be drawn
/// differently (fonts, resvg, PNG encoding), so no stale card is reused.
pub const DRAWING: &str = "noto-sans-subset-1/resvg-0.49/png-rgb-fast";
const INK: &str = "#1a1a1a";
/// The space between a card's edges and its text.
const MARGIN: f32 = 64.0;
const MUTED: &str = "#4a4a4a";

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
}

/// What a card shows.
#[derive(Debug, Clone)]
pub struct CardText<'a> {
    /// The verdict badge (none on the site's own card).
    pub verdict: Option<&'a VerdictView>,
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

/// The bundled fonts, loaded once, for drawing and for measuring.
pub struct Cards {
    options: usvg::Options<'static>,
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
}

impl Cards {
    /// Loads the bundled fonts.
    pub fn new() -> Result<Cards> {
        let mut options = usvg::Options {
            font_family: FAMILY.to_string(),
            ..usvg::Options::default()
        };
        let mut db = usvg::fontdb::Database::new();
        db.load_font_data(REGULAR.to_vec());
        db.load_font_data(BOLD.to_vec());
        options.fontdb = Arc::new(db);
        let face = |data: &'static [u8]| {
            ttf_parser::Face::parse(data, 0).map_err(|e| anyhow!("bundled font: {e}"))
        };
        Ok(Cards {
            options,
            regular: face(REGULAR)?,
            bold: face(BOLD)?,
        })
    }

    /// The width of `text` at `size` pixels.
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        let face = if bold { &self.bold } else { &self.regular };
        let per_em = f32::from(face.units_per_em());
        let units: f32 = text
            .chars()
            .map(|c| {
                face.glyph_index(c)
                    .and_then(|g| face.glyph_hor_advance(g))
                    .map_or(per_em * 0.6, f32::from)
            })
            .sum();
        units * size / per_em
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

    /// The card as SVG: the verdict's colour as a band on the left edge,
    /// the brand, the verdict badge, the title, and the speaker and date
    /// at the bottom.
    pub fn svg(&self, card: &CardText<'_>, shape: Shape) -> String {
        let (w, h) = shape.size();
        let (w, h) = (w as f32, h as f32);
        let mut s = String::with_capacity(4096);
        s.push_str(&format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" font-family=\"{FAMILY}\">"
        ));
        s.push_str(&format!(
            "<rect width=\"{w}\" height=\"{h}\" fill=\"#ffffff\"/>"
        ));
        // The verdict's colour as a band on the left edge.
        let band = card.verdict.map_or(INK, |v| v.colour.as_str());
        s.push_str(&format!(
            "<rect width=\"20\" height=\"{h}\" fill=\"{}\"/>",
            xml_escape(band)
        ));
        let top = if shape == Shape::Wide { 60.0 } else { 80.0 };
        self.brand(&mut s, card, w, top);
        let badge_y = top + if shape == Shape::Wide { 92.0 } else { 120.0 };
        let badge_h = if shape == Shape::Wide { 72.0 } else { 88.0 };
        if let Some(verdict) = card.verdict {
            self.badge(&mut s, verdict, shape, badge_y, badge_h);
        }
        self.title(&mut s, card.title, shape, w, badge_y + badge_h + 40.0);
        self.foot(&mut s, card, shape, w, h);
        s.push_str("</svg>");
        s
    }

    /// The brand: the newsroom's mark and name, top left (at `top`); the
    /// domain, top right.
    fn brand(&self, s: &mut String, card: &CardText<'_>, w: f32, top: f32) {
        let inner = w - 2.0 * MARGIN;
        s.push_str(&format!(
            "<g transform=\"translate({MARGIN} {top})\"><circle cx=\"26\" cy=\"26\" r=\"26\" fill=\"{INK}\"/><path d=\"M14 27l8 8 16-17\" fill=\"none\" stroke=\"#ffffff\" stroke-width=\"5\" stroke-linecap=\"round\" stroke-linejoin=\"round\"/></g>"
        ));
        let brand_size = 34.0;
        let brand = self
            .wrap(card.brand, brand_size, true, inner * 0.55, 1)
            .join(" ");
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"{brand_size}\" font-weight=\"700\" fill=\"{INK}\">{}</text>",
            MARGIN + 68.0,
            top + 38.0,
            xml_escape(&brand)
        ));
        let domain = self
            .wrap(card.domain, 24.0, false, inner * 0.4, 1)
            .join(" ");
        s.push_str(&format!(
            "<text x=\"{}\" y=\"{}\" font-size=\"24\" fill=\"{MUTED}\" text-anchor=\"end\">{}</text>",
            w - MARGIN,
            top + 36.0,
            xml_escape(&domain)
        ));
    }

    /// The verdict badge, `badge_h` high at `badge_y`: its icon and label
    /// on the verdict's colour.
    fn badge(
        &self,
        s: &mut String,
        verdict: &VerdictView,
        shape: Shape,
        badge_y: f32,
        badge_h: f32,
    ) {
        let label_size = if shape == Shape::Wide { 40.0 } else { 48.0 };
        let label = verdict.label.as_str();
        let icon = badge_h * 0.6;
        let badge_w = 24.0 + icon + 16.0 + self.width(label, label_size, true) + 28.0;
        s.push_str(&format!(
            "<g transform=\"translate({MARGIN} {badge_y})\"><rect width=\"{badge_w:.1}\" height=\"{badge_h}\" rx=\"12\" fill=\"{}\"/>",
            xml_escape(&verdict.colour)
        ));
        s.push_str(&format!(
            "<g transform=\"translate(24 {:.1}) scale({:.3})\" color=\"#ffffff\">{}</g>",
            (badge_h - icon) / 2.0,
            icon / 24.0,
            icon_paths(&verdict.icon)
        ));
        s.push_str(&format!(
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{label_size}\" font-weight=\"700\" fill=\"#ffffff\">{}</text></g>",
            24.0 + icon + 16.0,
            badge_h / 2.0 + label_size * 0.36,
            xml_escape(label)
        ));
    }

    /// The title, as large as fits, its first line's top at `start`.
    fn title(&self, s: &mut String, title: &str, shape: Shape, w: f32, start: f32) {
        let inner = w - 2.0 * MARGIN;
        let (sizes, max_lines): (&[f32], usize) = match shape {
            Shape::Wide => (&[56.0, 50.0, 44.0, 40.0], 3),
            Shape::Square => (&[68.0, 60.0, 52.0, 46.0], 6),
        };
        let (size, lines) = self.fit(title, sizes, inner, max_lines);
        let line_h = size * 1.22;
        let mut y = start + size;
        s.push_str(&format!(
            "<text font-size=\"{size}\" font-weight=\"700\" fill=\"{INK}\">"
        ));
        for line in &lines {
            s.push_str(&format!(
                "<tspan x=\"{MARGIN}\" y=\"{y:.1}\">{}</tspan>",
                xml_escape(line)
            ));
            y += line_h;
        }
        s.push_str("</text>");
    }

    /// The speaker and the date, at the bottom.
    fn foot(&self, s: &mut String, card: &CardText<'_>, shape: Shape, w: f32, h: f32) {
        let inner = w - 2.0 * MARGIN;
        let foot = h - if shape == Shape::Wide { 56.0 } else { 80.0 };
        let date_w = if card.date.is_empty() {
            0.0
        } else {
            self.width(card.date, 28.0, false) + 32.0
        };
        if !card.speaker.is_empty() {
            let speaker_lines = if shape == Shape::Wide { 1 } else { 2 };
            let lines = self.wrap(card.speaker, 28.0, false, inner - date_w, speaker_lines);
            let mut y = foot - (lines.len().saturating_sub(1) as f32) * 36.0;
            s.push_str(&format!("<text font-size=\"28\" fill=\"{MUTED}\">"));
            for line in &lines {
                s.push_str(&format!(
                    "<tspan x=\"{MARGIN}\" y=\"{y:.1}\">{}</tspan>",
                    xml_escape(line)
                ));
                y += 36.0;
            }
            s.push_str("</text>");
        }
        if !card.date.is_empty() {
            s.push_str(&format!(
                "<text x=\"{}\" y=\"{foot}\" font-size=\"28\" fill=\"{MUTED}\" text-anchor=\"end\">{}</text>",
                w - MARGIN,
                xml_escape(card.date)
            ));
        }
    }

    /// Draws an SVG card as PNG.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>> {
        let tree = usvg::Tree::from_str(svg, &self.options).context("share card SVG")?;
        let size = tree.size().to_int_size();
        let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
            .ok_or_else(|| anyhow!("share card of size {size:?}"))?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        // Every card has an opaque background, so the pixels are RGB. PNG's
        // fast deflate (fdeflate) draws a 1,000-article site's cards in
        // about a third of the default's time; the files are about twice
        // as large (about 90 KB), far under what the platforms accept.
        let rgb: Vec<u8> = pixmap
            .data()
            .chunks_exact(4)
            .flat_map(|p| [p[0], p[1], p[2]])
            .collect();
        let mut out = Vec::with_capacity(64 * 1024);
        let mut encoder = png::Encoder::new(&mut out, size.width(), size.height());
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Fast);
        let mut writer = encoder.write_header().context("share card PNG")?;
        writer.write_image_data(&rgb).context("share card PNG")?;
        writer.finish().context("share card PNG")?;
        Ok(out)
    }
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

/// A stable 64-bit FNV-1a hash, as 16 hex digits (for file names).
pub fn content_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
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

    fn verdict() -> VerdictView {
        VerdictView {
            word: "yalan".into(),
            label: "Yalan".into(),
            slug: "yalan".into(),
            rank: 6,
            value: 1,
            of: 6,
            colour: "#7d1416".into(),
            icon: "flame".into(),
            url: "/hokmler/yalan/".into(),
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
            verdict: Some(&v),
            title: "Əli Şükürov: “İşsizlik ğöçüı ÇÖÜĞŞIİ 3,2 milyon ₼” <script>&",
            speaker: "Əli Şükürov, deputat",
            date: "6 oktyabr 2026",
            brand: "Fakt Yoxla",
            domain: "faktyoxla.example.org",
        };
        for shape in [Shape::Wide, Shape::Square] {
            let svg = cards.svg(&text, shape);
            assert!(svg.contains("&lt;script&gt;&amp;"));
            let png = cards.png(&svg).unwrap();
            assert_eq!(&png[1..4], b"PNG");
            let (w, h) = shape.size();
            // The IHDR chunk holds the width and height.
            assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), w);
            assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), h);
            // Same input, same bytes.
            assert_eq!(cards.png(&cards.svg(&text, shape)).unwrap(), png);
        }
        for c in "ƏəIıİiĞğŞşÇçÖöÜü₼“”".chars() {
            assert!(cards.regular.glyph_index(c).is_some(), "regular lacks {c}");
            assert!(cards.bold.glyph_index(c).is_some(), "bold lacks {c}");
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
