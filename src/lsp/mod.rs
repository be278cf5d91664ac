//! `yoxla lsp`: the style guide in the author's editor, as they type. A
//! Language Server Protocol server over the connection it is given (stdio
//! in `yoxla lsp`), for the site it finds by walking up to `yoxla.toml`
//! from where it starts, or from the first document opened.
//!
//! It is a consumer of the pipeline like the preview: it loads the site,
//! keeps it in memory with the editor's unsaved text in place of the
//! files, and asks `check` for one file's findings after every change
//! (debounced, 150 ms after the last change); findings of a text the author has
//! since changed are dropped, never shown. Positions are converted to the
//! editor's counting (`position.rs`), fixes become code actions
//! (`actions.rs`), a finding's hover quotes the guide (`hover.rs`) and the
//! front matter completes from the site (`complete.rs`). The protocol
//! itself (framing, JSON-RPC) is the `lsp-server` crate's; the messages'
//! types are `lsp-types`'.

mod actions;
mod complete;
mod convert;
mod document;
mod hover;
mod position;
mod server;
mod transport;
mod workspace;

pub use transport::{Writer, stdio};

use lsp_server::{Connection, ErrorCode, Response};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, CompletionOptions,
    HoverProviderCapability, InitializeParams, InitializeResult, SaveOptions, ServerCapabilities,
    ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions,
};
use position::Encoding;
use std::io::Write;
use std::path::Path;

/// How the session ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// The client asked to shut down, then to exit.
    Clean,
    /// The client exited without asking to shut down, or went away.
    Abrupt,
}

/// Serves one client on `conn` until it exits. `start` is where to look
/// for the site first; `log` takes what the client cannot be told.
pub fn serve(conn: &Connection, start: &Path, log: &mut dyn Write) -> anyhow::Result<Ending> {
    let (id, params) = match conn.initialize_start() {
        Ok(started) => started,
        Err(e) => {
            writeln!(log, "yoxla lsp: {e}")?;
            return Ok(Ending::Abrupt);
        }
    };
    let params: InitializeParams = match serde_json::from_value(params) {
        Ok(p) => p,
        Err(e) => {
            let answer = Response::new_err(id, ErrorCode::InvalidParams as i32, e.to_string());
            conn.sender.send(answer.into())?;
            return Ok(Ending::Abrupt);
        }
    };
    let offered = params.capabilities.general.as_ref();
    let enc = Encoding::negotiate(offered.and_then(|g| g.position_encodings.as_deref()));
    let mut server = server::Server::new(conn.sender.clone(), start, &params, enc, log);
    let result = InitializeResult {
        capabilities: capabilities(enc),
        server_info: Some(ServerInfo {
            name: "yoxla".into(),
            version: Some(env!("CARGO_PKG_VERSION").into()),
        }),
    };
    conn.sender.send(Response::new_ok(id, result).into())?;
    server.run(&conn.receiver)
}

/// What the server can do, as told to the client.
fn capabilities(enc: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(enc.kind()),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec!["\"".into(), "=".into()]),
            ..CompletionOptions::default()
        }),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::SOURCE_FIX_ALL,
            ]),
            ..CodeActionOptions::default()
        })),
        ..ServerCapabilities::default()
    }
}
