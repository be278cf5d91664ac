//! The files a render makes and where they go: [`Output`] is one file of
//! the built site, a [`Sink`] takes them as they are made, from any
//! thread. Render makes them, `write` puts them in the staging folder and
//! `serve` keeps them in memory; this ground-floor module is what they
//! share, so that neither write nor serve depends on render's insides.

use anyhow::Result;
use std::sync::Mutex;

/// One file of the built site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    /// Path relative to the output folder, `/`-separated.
    pub path: String,
    /// The file's bytes.
    pub bytes: Vec<u8>,
}

/// Where rendered files go, as they are made, from several threads.
pub trait Sink: Sync {
    /// Takes one file of the site.
    fn put(&self, file: Output) -> Result<()>;
}

/// Collects the files in memory.
impl Sink for std::sync::Mutex<Vec<Output>> {
    fn put(&self, file: Output) -> Result<()> {
        self.lock()
            .map_err(|_| anyhow::anyhow!("a render thread failed"))?
            .push(file);
        Ok(())
    }
}

/// The files a collecting sink holds, in the order they came.
pub fn collected(sink: Mutex<Vec<Output>>) -> Result<Vec<Output>> {
    sink.into_inner()
        .map_err(|_| anyhow::anyhow!("a render thread failed"))
}
