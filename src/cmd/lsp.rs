//! `yoxla lsp`: the language server over stdin and stdout, for the site
//! found from `--root` (the current folder by default) upwards, or from
//! the first document the editor opens. An editor starts it; it runs
//! until the editor tells it to exit.

use super::Exit;
use std::io::Write;
use std::path::Path;

/// Serves the editor on the process's stdin and stdout; `err` takes what
/// the editor cannot be told. Exits 0 when the editor shut the server
/// down before telling it to exit, 1 otherwise (as the protocol asks).
pub fn run(root: &Path, err: &mut dyn Write) -> anyhow::Result<Exit> {
    let (conn, writer) = crate::lsp::stdio();
    let ending = crate::lsp::serve(&conn, root, err)?;
    // Everything sent is written before the process ends; the reader is
    // left to end with it (it may be waiting on stdin).
    drop(conn);
    writer.join()?;
    Ok(match ending {
        crate::lsp::Ending::Clean => Exit::Clean,
        crate::lsp::Ending::Abrupt => Exit::Findings,
    })
}
