//! Drawing a share card's pixels, cheaply: a card is a flat design (a
//! few colours, text and simple shapes), so it is drawn straight into a
//! palette image and written as an indexed PNG (`indexed_png.rs`), about a
//! fifth of the RGB file's size.
//!
//! Each glyph (at each size) and each shape is rasterised once per
//! build, as a coverage mask, by tiny-skia (glyph outlines from the
//! bundled fonts, shapes from small SVGs through resvg), then stamped
//! onto every card that uses it. Coverage is kept in [`LEVELS`] steps, so
//! an edge between two colours needs only a few palette entries and the
//! deflate stream stays small; at 40–60 px text the steps are not
//! visible. Glyphs are placed on whole pixels and without kerning.
//!
//! Everything here is deterministic: the same card gives the same bytes
//! on every machine and in every thread order.

use anyhow::{Context as _, Result, anyhow};
use foldhash::HashMap;
use foldhash::HashMapExt as _;
use resvg::{tiny_skia, usvg};
use std::sync::{Arc, RwLock};

/// Coverage steps of an anti-aliased edge (0 = none … LEVELS = full).
pub const LEVELS: u8 = 4;

/// A colour as red, green, blue.
pub type Rgb = [u8; 3];

/// A coverage mask: `levels[y * w + x]` in 0..=LEVELS, its top-left
/// corner at (`left`, `top`) from the point it is drawn at.
#[derive(Debug)]
pub struct Coverage {
    left: i32,
    top: i32,
    w: usize,
    h: usize,
    levels: Vec<u8>,
}

impl Coverage {
    fn from_alpha(
        left: i32,
        top: i32,
        w: usize,
        h: usize,
        alpha: impl Iterator<Item = u8>,
    ) -> Self {
        let levels = alpha
            .map(|a| ((u16::from(a) * u16::from(LEVELS) + 127) / 255) as u8)
            .collect();
        Coverage {
            left,
            top,
            w,
            h,
            levels,
        }
    }
}

type GlyphKey = (bool, u16, u32);

/// The masks made so far, shared by every thread drawing cards.
pub struct Masks {
    regular: ttf_parser::Face<'static>,
    bold: ttf_parser::Face<'static>,
    glyphs: RwLock<HashMap<GlyphKey, Arc<Coverage>>>,
    shapes: RwLock<HashMap<String, Arc<Coverage>>>,
    options: usvg::Options<'static>,
}

impl Masks {
    /// Masks drawn with these fonts.
    pub fn new(regular: ttf_parser::Face<'static>, bold: ttf_parser::Face<'static>) -> Masks {
        Masks {
            regular,
            bold,
            glyphs: RwLock::new(HashMap::new()),
            shapes: RwLock::new(HashMap::new()),
            options: usvg::Options::default(),
        }
    }

    fn face(&self, bold: bool) -> &ttf_parser::Face<'static> {
        if bold { &self.bold } else { &self.regular }
    }

    /// The advance of `c` at `size` px, and its glyph.
    pub fn advance(&self, c: char, size: f32, bold: bool) -> (f32, Option<ttf_parser::GlyphId>) {
        let face = self.face(bold);
        let per_em = f32::from(face.units_per_em());
        let glyph = face.glyph_index(c);
        let units = glyph
            .and_then(|g| face.glyph_hor_advance(g))
            .map_or(per_em * 0.6, f32::from);
        (units * size / per_em, glyph)
    }

    /// The glyph's mask at `size` px (none for a glyph with no outline,
    /// such as a space).
    fn glyph(&self, glyph: ttf_parser::GlyphId, size: f32, bold: bool) -> Option<Arc<Coverage>> {
        let key = (bold, glyph.0, (size * 100.0).round() as u32);
        if let Some(found) = self.glyphs.read().ok()?.get(&key) {
            return Some(found.clone());
        }
        let made = Arc::new(self.rasterise_glyph(glyph, size, bold)?);
        self.glyphs.write().ok()?.insert(key, made.clone());
        Some(made)
    }

    fn rasterise_glyph(
        &self,
        glyph: ttf_parser::GlyphId,
        size: f32,
        bold: bool,
    ) -> Option<Coverage> {
        let face = self.face(bold);
        let scale = size / f32::from(face.units_per_em());
        let mut outline = Outline {
            path: tiny_skia::PathBuilder::new(),
            scale,
        };
        let bounds = face.outline_glyph(glyph, &mut outline)?;
        let path = outline.path.finish()?;
        let left = (f32::from(bounds.x_min) * scale).floor() as i32 - 1;
        let top = (-f32::from(bounds.y_max) * scale).floor() as i32 - 1;
        let right = (f32::from(bounds.x_max) * scale).ceil() as i32 + 1;
        let bottom = (-f32::from(bounds.y_min) * scale).ceil() as i32 + 1;
        let (w, h) = ((right - left).max(1) as u32, (bottom - top).max(1) as u32);
        let mut mask = tiny_skia::Mask::new(w, h)?;
        let shift = tiny_skia::Transform::from_translate(-left as f32, -top as f32);
        mask.fill_path(&path, tiny_skia::FillRule::Winding, true, shift);
        let alpha = mask.data().iter().copied();
        Some(Coverage::from_alpha(
            left, top, w as usize, h as usize, alpha,
        ))
    }

    /// A shape's mask: `body`, SVG elements drawn in black in a `w`×`h`
    /// box, its alpha as coverage.
    fn shape(&self, body: &str, w: u32, h: u32) -> Result<Arc<Coverage>> {
        let key = format!("{w}x{h}:{body}");
        if let Some(found) = self.shapes.read().ok().and_then(|s| s.get(&key).cloned()) {
            return Ok(found);
        }
        let svg = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" color=\"#000\">{body}</svg>"
        );
        let tree = usvg::Tree::from_str(&svg, &self.options).context("share card shape")?;
        let mut pixmap =
            tiny_skia::Pixmap::new(w, h).ok_or_else(|| anyhow!("share card shape {w}×{h}"))?;
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        let alpha = pixmap.data().chunks_exact(4).map(|p| p[3]);
        let made = Arc::new(Coverage::from_alpha(0, 0, w as usize, h as usize, alpha));
        if let Ok(mut shapes) = self.shapes.write() {
            shapes.insert(key, made.clone());
        }
        Ok(made)
    }
}

/// Turns a glyph's outline (font units, y up) into a path in pixels
/// (y down) from the glyph's origin.
struct Outline {
    path: tiny_skia::PathBuilder,
    scale: f32,
}

impl ttf_parser::OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.path.move_to(x * self.scale, -y * self.scale);
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.path.line_to(x * self.scale, -y * self.scale);
    }
    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        let s = self.scale;
        self.path.quad_to(x1 * s, -y1 * s, x * s, -y * s);
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        let s = self.scale;
        self.path
            .cubic_to(x1 * s, -y1 * s, x2 * s, -y2 * s, x * s, -y * s);
    }
    fn close(&mut self) {
        self.path.close();
    }
}

/// A card being drawn: palette indices, and the palette.
pub struct Canvas {
    w: usize,
    h: usize,
    px: Vec<u8>,
    palette: Vec<Rgb>,
    exact: HashMap<Rgb, u8>,
    /// `(under, over, level)` → the index of `over` at `level` on `under`.
    blends: HashMap<(u8, u8, u8), u8>,
}

impl Canvas {
    /// A `w`×`h` card filled with `background`.
    pub fn new(w: u32, h: u32, background: Rgb) -> Canvas {
        let (w, h) = (w as usize, h as usize);
        Canvas {
            w,
            h,
            px: vec![0; w * h],
            palette: vec![background],
            exact: HashMap::from_iter([(background, 0)]),
            blends: HashMap::new(),
        }
    }

    /// The palette index of `rgb`: added when new; when the palette is
    /// full, the nearest colour in it.
    fn index(&mut self, rgb: Rgb) -> u8 {
        if let Some(i) = self.exact.get(&rgb) {
            return *i;
        }
        if self.palette.len() < 256 {
            let i = self.palette.len() as u8;
            self.palette.push(rgb);
            self.exact.insert(rgb, i);
            return i;
        }
        let distance = |c: &Rgb| -> u32 {
            c.iter()
                .zip(rgb)
                .map(|(a, b)| (i32::from(*a) - i32::from(b)).unsigned_abs().pow(2))
                .sum()
        };
        (0..self.palette.len())
            .min_by_key(|i| distance(&self.palette[*i]))
            .unwrap_or(0) as u8
    }

    fn blend(&mut self, under: u8, over: u8, level: u8) -> u8 {
        if level >= LEVELS {
            return over;
        }
        if let Some(i) = self.blends.get(&(under, over, level)) {
            return *i;
        }
        let (a, b) = (self.palette[under as usize], self.palette[over as usize]);
        let t = u32::from(level);
        let n = u32::from(LEVELS);
        let mix = |i: usize| ((u32::from(a[i]) * (n - t) + u32::from(b[i]) * t + n / 2) / n) as u8;
        let i = self.index([mix(0), mix(1), mix(2)]);
        self.blends.insert((under, over, level), i);
        i
    }

    /// Fills a rectangle (whole pixels) with `rgb`.
    pub fn rect(&mut self, x: i32, y: i32, w: i32, h: i32, rgb: Rgb) {
        let i = self.index(rgb);
        let (x0, x1) = (
            x.clamp(0, self.w as i32) as usize,
            (x + w).clamp(0, self.w as i32) as usize,
        );
        let (y0, y1) = (
            y.clamp(0, self.h as i32) as usize,
            (y + h).clamp(0, self.h as i32) as usize,
        );
        for row in y0..y1 {
            self.px[row * self.w + x0..row * self.w + x1].fill(i);
        }
    }

    /// Stamps `mask` in `rgb` with its origin at (`x`, `y`).
    fn stamp(&mut self, mask: &Coverage, x: i32, y: i32, rgb: Rgb) {
        let over = self.index(rgb);
        for my in 0..mask.h {
            let py = y + mask.top + my as i32;
            if py < 0 || py >= self.h as i32 {
                continue;
            }
            for mx in 0..mask.w {
                let level = mask.levels[my * mask.w + mx];
                let px = x + mask.left + mx as i32;
                if level == 0 || px < 0 || px >= self.w as i32 {
                    continue;
                }
                let at = py as usize * self.w + px as usize;
                self.px[at] = if level >= LEVELS {
                    over
                } else {
                    self.blend(self.px[at], over, level)
                };
            }
        }
    }

    /// Writes `text` at `size` px, its baseline starting at (`x`, `y`).
    pub fn text(
        &mut self,
        masks: &Masks,
        text: &str,
        (x, y): (f32, f32),
        size: f32,
        bold: bool,
        rgb: Rgb,
    ) {
        let mut pen = x;
        let baseline = y.round() as i32;
        for c in text.chars() {
            let (advance, glyph) = masks.advance(c, size, bold);
            if let Some(mask) = glyph.and_then(|g| masks.glyph(g, size, bold)) {
                self.stamp(&mask, pen.round() as i32, baseline, rgb);
            }
            pen += advance;
        }
    }

    /// Draws a shape (SVG elements in `currentColor` or black, in a
    /// `w`×`h` box) at (`x`, `y`) in `rgb`.
    pub fn shape(
        &mut self,
        masks: &Masks,
        body: &str,
        (x, y, w, h): (f32, f32, u32, u32),
        rgb: Rgb,
    ) -> Result<()> {
        let mask = masks.shape(body, w, h)?;
        self.stamp(&mask, x.round() as i32, y.round() as i32, rgb);
        Ok(())
    }

    /// The card as an indexed PNG.
    pub fn png(&self) -> Result<Vec<u8>> {
        super::indexed_png::encode(self.w, self.h, &self.px, &self.palette)
            .context("share card PNG")
    }
}

/// `#rrggbb` (or `#rgb`) as a colour; black when it is not one.
pub fn rgb(hex: &str) -> Rgb {
    let digits = hex.trim().trim_start_matches('#');
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return [0, 0, 0];
    }
    let value = |s: &str| u8::from_str_radix(s, 16).unwrap_or(0);
    match digits.len() {
        6 => [
            value(&digits[0..2]),
            value(&digits[2..4]),
            value(&digits[4..6]),
        ],
        3 => {
            let d: Vec<u8> = digits.chars().map(|c| value(&format!("{c}{c}"))).collect();
            [d[0], d[1], d[2]]
        }
        _ => [0, 0, 0],
    }
}
