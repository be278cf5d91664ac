//! Deflate through libdeflate, for what render compresses whole: the
//! share cards' pixels (zlib, level 5) and the search records' text kept
//! until the index is made (raw deflate, level 1). A compressor's state is
//! some hundreds of KB, so each thread makes one per level, once.

use anyhow::{Result, anyhow};
use libdeflater::{CompressionError, CompressionLvl, Compressor, Decompressor};
use std::cell::RefCell;

thread_local! {
    /// This thread's compressors, by level.
    static COMPRESSORS: RefCell<Vec<(i32, Compressor)>> = const { RefCell::new(Vec::new()) };
}

/// `raw` as a zlib stream (the PNG `IDAT` format), at `level` (1–12).
pub(super) fn zlib(raw: &[u8], level: i32) -> Result<Vec<u8>> {
    compress(
        raw,
        level,
        Compressor::zlib_compress_bound,
        Compressor::zlib_compress,
    )
}

/// `raw` as a raw deflate stream at `level`.
pub(super) fn deflate(raw: &[u8], level: i32) -> Result<Vec<u8>> {
    compress(
        raw,
        level,
        Compressor::deflate_compress_bound,
        Compressor::deflate_compress,
    )
}

/// One of libdeflate's compress calls: into `out`, its length.
type Run = fn(&mut Compressor, &[u8], &mut [u8]) -> Result<usize, CompressionError>;

/// `raw` compressed by this thread's compressor at `level` in one of
/// libdeflate's formats (its `bound` and its `run`), sized to fit.
fn compress(
    raw: &[u8],
    level: i32,
    bound: fn(&mut Compressor, usize) -> usize,
    run: Run,
) -> Result<Vec<u8>> {
    with(level, |c| {
        let mut out = vec![0; bound(c, raw.len())];
        let n = run(c, raw, &mut out).map_err(|e| anyhow!("{e:?}"))?;
        out.truncate(n);
        out.shrink_to_fit();
        Ok(out)
    })
}

/// A raw deflate stream of `len` bytes, inflated.
pub(super) fn inflate(stream: &[u8], len: usize) -> Result<Vec<u8>> {
    let mut out = vec![0; len];
    let n = Decompressor::new()
        .deflate_decompress(stream, &mut out)
        .map_err(|e| anyhow!("{e:?}"))?;
    out.truncate(n);
    Ok(out)
}

/// Runs `f` with this thread's compressor at `level`.
fn with<T>(level: i32, f: impl FnOnce(&mut Compressor) -> Result<T>) -> Result<T> {
    COMPRESSORS.with(|cell| {
        let mut compressors = cell.borrow_mut();
        let at = match compressors.iter().position(|(l, _)| *l == level) {
            Some(at) => at,
            None => {
                let lvl = CompressionLvl::new(level).map_err(|e| anyhow!("{e:?}"))?;
                compressors.push((level, Compressor::new(lvl)));
                compressors.len() - 1
            }
        };
        f(&mut compressors[at].1)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_deflated_inflates_to_the_same_bytes_at_every_level_used() {
        let text = "Nazir Rəşad Əliyev “məktəblərin 40 faizi təmir olunub” dedi. ".repeat(50);
        let small = deflate(text.as_bytes(), 1).unwrap();
        assert!(
            small.len() < text.len() / 5,
            "{} of {}",
            small.len(),
            text.len()
        );
        assert_eq!(inflate(&small, text.len()).unwrap(), text.as_bytes());
        let z = zlib(text.as_bytes(), 6).unwrap();
        assert_eq!(z[0] & 0x0f, 8, "a zlib header names deflate");
        assert!(inflate(&small[..small.len() / 2], text.len()).is_err());
    }
}
