//! A palette image written as a PNG file, whole: the share cards' file
//! format. The image is compressed in one call to libdeflate, which on
//! 150 cards of a 10,000-article build was about three times as fast as
//! C zlib at level 6 for the same size; in the build it took a cold
//! 10,000-article build from 39.8 s to 29.9 s against the png crate's
//! streaming zlib-rs. The container (signature,
//! `IHDR`, `PLTE`, `IDAT`, `IEND`, each chunk with its CRC) is a few
//! lines of the PNG specification; the deflate is `deflate.rs`.

use anyhow::{Result, anyhow};

/// libdeflate's level. On 400 cards of the corpus, level 5 took 22 %
/// less time than level 6 for 1.1 % more bytes; level 4 took longer than
/// level 5 and made 2.6 % more bytes; level 9 is 9 % smaller than level 6
/// but four times as slow.
const LEVEL: i32 = 5;

/// `px` (`w`×`h` palette indices, row by row) as an indexed PNG with
/// `palette` (at most 256 colours): 4 bits a pixel when the palette has
/// 16 colours or fewer, else 8.
pub(super) fn encode(w: usize, h: usize, px: &[u8], palette: &[[u8; 3]]) -> Result<Vec<u8>> {
    if w == 0 || h == 0 || px.len() != w * h || palette.is_empty() || palette.len() > 256 {
        return Err(anyhow!(
            "a {w}×{h} image of {} pixels and {} colours",
            px.len(),
            palette.len()
        ));
    }
    let small = palette.len() <= 16;
    let idat = super::deflate::zlib(&scanlines(w, px, small), LEVEL)?;
    let mut out = Vec::with_capacity(idat.len() + palette.len() * 3 + 64);
    out.extend_from_slice(b"\x89PNG\r\n\x1a\n");
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&(w as u32).to_be_bytes());
    header.extend_from_slice(&(h as u32).to_be_bytes());
    // Bit depth, colour type 3 (indexed), deflate, filters, no interlace.
    header.extend_from_slice(&[if small { 4 } else { 8 }, 3, 0, 0, 0]);
    chunk(&mut out, b"IHDR", &header);
    chunk(&mut out, b"PLTE", &palette.concat());
    chunk(&mut out, b"IDAT", &idat);
    chunk(&mut out, b"IEND", &[]);
    Ok(out)
}

/// The image's rows as PNG scanlines: each a filter byte (0, none:
/// palette rows do not gain from PNG's filters) and its pixels, two to
/// a byte (the first in the high half) when `small`.
fn scanlines(w: usize, px: &[u8], small: bool) -> Vec<u8> {
    let row_bytes = if small { w.div_ceil(2) } else { w };
    let mut raw = Vec::with_capacity((row_bytes + 1) * (px.len() / w));
    for row in px.chunks_exact(w) {
        raw.push(0);
        if small {
            let pairs = row.chunks_exact(2);
            let odd = pairs.remainder().first().map(|p| p << 4);
            raw.extend(pairs.map(|p| (p[0] << 4) | (p[1] & 0x0f)));
            raw.extend(odd);
        } else {
            raw.extend_from_slice(row);
        }
    }
    raw
}

/// Appends a chunk: its length, type, data and the CRC of type and data.
fn chunk(out: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    out.extend_from_slice(&(data.len() as u32).to_be_bytes());
    let start = out.len();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = libdeflater::crc32(&out[start..]);
    out.extend_from_slice(&crc.to_be_bytes());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes `png` with the png crate: its size, bit depth and pixels
    /// as RGB.
    fn decode(png: &[u8]) -> (u32, u32, png::BitDepth, Vec<u8>) {
        let mut decoder = png::Decoder::new(std::io::Cursor::new(png));
        decoder.set_transformations(png::Transformations::EXPAND);
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        let depth = reader.info().bit_depth;
        buf.truncate(info.buffer_size());
        (info.width, info.height, depth, buf)
    }

    #[test]
    fn an_odd_width_image_of_few_colours_decodes_to_its_pixels() {
        let palette = [[255, 255, 255], [200, 0, 0], [0, 90, 0]];
        let (w, h) = (5, 3);
        let px: Vec<u8> = (0..w * h).map(|i| (i % 3) as u8).collect();
        let png = encode(w, h, &px, &palette).unwrap();
        let (dw, dh, depth, rgb) = decode(&png);
        assert_eq!((dw, dh, depth), (5, 3, png::BitDepth::Four));
        let expected: Vec<u8> = px.iter().flat_map(|i| palette[*i as usize]).collect();
        assert_eq!(rgb, expected);
    }

    #[test]
    fn a_palette_of_more_than_sixteen_colours_takes_a_byte_a_pixel() {
        let palette: Vec<[u8; 3]> = (0..40).map(|i| [i as u8 * 6, 0, 255 - i as u8]).collect();
        let (w, h) = (40, 2);
        let px: Vec<u8> = (0..w * h).map(|i| (i % 40) as u8).collect();
        let png = encode(w, h, &px, &palette).unwrap();
        let (_, _, depth, rgb) = decode(&png);
        assert_eq!(depth, png::BitDepth::Eight);
        let expected: Vec<u8> = px.iter().flat_map(|i| palette[*i as usize]).collect();
        assert_eq!(rgb, expected);
    }

    #[test]
    fn pixels_that_do_not_fill_the_size_are_refused() {
        assert!(encode(4, 4, &[0; 15], &[[0, 0, 0]]).is_err());
        assert!(encode(0, 4, &[], &[[0, 0, 0]]).is_err());
        assert!(encode(1, 1, &[0], &[]).is_err());
    }
}
