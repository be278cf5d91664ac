//! The message loop: each message from the client is handled in turn,
//! and when the editor has been quiet for the debounce the changed
//! documents are checked. Messages that arrive while a check runs are
//! handled before its findings are published, so findings of a text the
//! author has since changed are dropped. A request the server cannot
//! read gets an error response; an unknown method gets MethodNotFound;
//! nothing the client sends stops the server but `exit`.

use super::document::{Document, file_path};
use super::position::Encoding;
use super::workspace::{Outcome, Workspace, find_root};
use super::{Ending, actions, complete, hover};
use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use lsp_server::{ErrorCode, Message, Notification, Request, Response};
use lsp_types::notification::{self as note, Notification as _};
use lsp_types::request::{self as req, Request as _};
use lsp_types::{
    DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidChangeWatchedFilesRegistrationOptions, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DidSaveTextDocumentParams, FileSystemWatcher, GlobPattern,
    InitializeParams, MessageType, PublishDiagnosticsParams, Registration, RegistrationParams,
    ShowMessageParams,
};
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::io::Write;
use std::path::Path;

/// Whether the loop goes on.
enum Flow {
    Go,
    Exit,
}

/// One client's session.
pub struct Server<'a> {
    sender: Sender<Message>,
    ws: Workspace,
    shutdown: bool,
    /// The client registers file watchers when asked.
    watch: bool,
    /// The last load error told to the author (told once).
    told: Option<String>,
    log: &'a mut dyn Write,
}

impl<'a> Server<'a> {
    /// A session for a client that sent `params`, looking for the site
    /// from `start`, then from the client's workspace folders.
    pub fn new(
        sender: Sender<Message>,
        start: &Path,
        params: &InitializeParams,
        enc: Encoding,
        log: &'a mut dyn Write,
    ) -> Server<'a> {
        let mut ws = Workspace::new(start, enc);
        if ws.root.is_none() {
            let folders = params.workspace_folders.iter().flatten().map(|f| &f.uri);
            #[allow(deprecated)] // rootUri: what older clients send
            let root = folders
                .chain(params.root_uri.as_ref())
                .find_map(|uri| find_root(&file_path(uri)?));
            if let Some(root) = root {
                ws.load(root);
            }
        }
        let watch = params
            .capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files)
            .and_then(|w| w.dynamic_registration)
            .unwrap_or(false);
        Server {
            sender,
            ws,
            shutdown: false,
            watch,
            told: None,
            log,
        }
    }

    /// Handles messages until the client exits or goes away.
    pub fn run(&mut self, receiver: &Receiver<Message>) -> anyhow::Result<Ending> {
        loop {
            let msg = match self.ws.deadline {
                Some(at) => match receiver.recv_deadline(at) {
                    Ok(msg) => Some(msg),
                    Err(RecvTimeoutError::Timeout) => None,
                    Err(RecvTimeoutError::Disconnected) => return Ok(Ending::Abrupt),
                },
                None => match receiver.recv() {
                    Ok(msg) => Some(msg),
                    Err(_) => return Ok(Ending::Abrupt),
                },
            };
            let flow = match msg {
                Some(msg) => self.handle(msg)?,
                None => self.quiet(receiver)?,
            };
            if let Flow::Exit = flow {
                return Ok(if self.shutdown {
                    Ending::Clean
                } else {
                    Ending::Abrupt
                });
            }
        }
    }

    /// The editor was quiet: checks what changed, handles what arrived
    /// meanwhile, then publishes the findings still current.
    fn quiet(&mut self, receiver: &Receiver<Message>) -> anyhow::Result<Flow> {
        let outcomes = self.ws.check();
        while let Ok(msg) = receiver.try_recv() {
            if let Flow::Exit = self.handle(msg)? {
                return Ok(Flow::Exit);
            }
        }
        self.publish(outcomes)?;
        Ok(Flow::Go)
    }

    /// Publishes the outcomes whose documents have not changed since.
    fn publish(&mut self, outcomes: Vec<Outcome>) -> anyhow::Result<()> {
        for outcome in outcomes {
            if self.ws.keep(&outcome) {
                let params = PublishDiagnosticsParams {
                    uri: outcome.uri,
                    diagnostics: outcome.published.diagnostics,
                    version: Some(outcome.published.version),
                };
                self.notify(note::PublishDiagnostics::METHOD, params)?;
            }
        }
        self.tell_load_error()
    }

    /// Checks now if anything waits (before answering about findings).
    fn fresh(&mut self) -> anyhow::Result<()> {
        if self.ws.deadline.is_some() {
            let outcomes = self.ws.check();
            self.publish(outcomes)?;
        }
        Ok(())
    }

    fn handle(&mut self, msg: Message) -> anyhow::Result<Flow> {
        match msg {
            Message::Request(r) => self.request(r)?,
            Message::Notification(n) if n.method == note::Exit::METHOD => return Ok(Flow::Exit),
            Message::Notification(n) => self.notification(n)?,
            Message::Response(_) => {}
        }
        Ok(Flow::Go)
    }

    fn request(&mut self, r: Request) -> anyhow::Result<()> {
        let lang = self.ws.lang();
        if self.shutdown {
            let msg = say!(lang, "editor-server-shutting-down");
            return self.error(r, ErrorCode::InvalidRequest, msg);
        }
        match r.method.as_str() {
            req::Shutdown::METHOD => {
                self.shutdown = true;
                self.send(Response::new_ok(r.id, ()))
            }
            req::CodeActionRequest::METHOD => self.answer(r, |s, p| {
                s.fresh()?;
                Ok(actions::code_actions(&s.ws, &p))
            }),
            req::HoverRequest::METHOD => self.answer(r, |s, p| {
                s.fresh()?;
                Ok(hover::hover(&s.ws, &p))
            }),
            req::Completion::METHOD => self.answer(r, |s, p| Ok(complete::complete(&s.ws, &p))),
            _ => {
                let msg = say!(
                    lang,
                    "editor-yoxla-does-not-know-method",
                    r_method = r.method
                );
                self.error(r, ErrorCode::MethodNotFound, msg)
            }
        }
    }

    /// Answers a request with `f` of its parameters, or with an error
    /// when they cannot be read.
    fn answer<P: DeserializeOwned, R: Serialize>(
        &mut self,
        r: Request,
        f: impl FnOnce(&mut Self, P) -> anyhow::Result<R>,
    ) -> anyhow::Result<()> {
        match serde_json::from_value::<P>(r.params.clone()) {
            Ok(params) => {
                let result = f(self, params)?;
                self.send(Response::new_ok(r.id, result))
            }
            Err(e) => {
                let msg = say!(
                    self.ws.lang(),
                    "editor-cannot-read-parameters",
                    r_method = r.method,
                    e = e
                );
                self.error(r, ErrorCode::InvalidParams, msg)
            }
        }
    }

    fn error(&mut self, r: Request, code: ErrorCode, msg: String) -> anyhow::Result<()> {
        self.send(Response::new_err(r.id, code as i32, msg))
    }

    fn notification(&mut self, n: Notification) -> anyhow::Result<()> {
        match n.method.as_str() {
            note::Initialized::METHOD => self.register_watchers()?,
            note::DidOpenTextDocument::METHOD => {
                self.with(n, |s, p: DidOpenTextDocumentParams| {
                    let d = p.text_document;
                    s.ws.open(Document::new(d.uri, d.text, d.version));
                })?;
            }
            note::DidChangeTextDocument::METHOD => {
                self.with(n, |s, p: DidChangeTextDocumentParams| {
                    let uri = p.text_document.uri;
                    let enc = s.ws.enc;
                    if let Some(doc) = s.ws.docs.get_mut(&uri) {
                        doc.apply(p.content_changes, enc);
                        doc.version = p.text_document.version;
                        s.ws.touch(uri);
                    }
                })?;
            }
            note::DidSaveTextDocument::METHOD => {
                self.with(n, |s, p: DidSaveTextDocumentParams| {
                    s.ws.touch(p.text_document.uri);
                })?;
            }
            note::DidCloseTextDocument::METHOD => self.closed(n)?,
            note::DidChangeWatchedFiles::METHOD => {
                self.with(n, |s, p: DidChangeWatchedFilesParams| {
                    for change in p.changes {
                        if let Some(path) = file_path(&change.uri) {
                            s.ws.file_changed(&path);
                        }
                    }
                })?;
            }
            _ => {} // $/cancelRequest, $/setTrace and the like: nothing to do
        }
        Ok(())
    }

    /// A document was closed: its findings are taken away with it.
    fn closed(&mut self, n: Notification) -> anyhow::Result<()> {
        let closed = self.with(n, |s, p: DidCloseTextDocumentParams| {
            let uri = p.text_document.uri;
            s.ws.close(&uri).then_some(uri)
        })?;
        let Some(uri) = closed.flatten() else {
            return Ok(());
        };
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics: Vec::new(),
            version: None,
        };
        self.notify(note::PublishDiagnostics::METHOD, params)
    }

    /// Handles a notification's parameters with `f`, or logs that they
    /// cannot be read (a notification has no answer).
    fn with<P: DeserializeOwned, R>(
        &mut self,
        n: Notification,
        f: impl FnOnce(&mut Self, P) -> R,
    ) -> anyhow::Result<Option<R>> {
        match serde_json::from_value::<P>(n.params) {
            Ok(params) => Ok(Some(f(self, params))),
            Err(e) => {
                writeln!(self.log, "yoxla lsp: cannot read `{}`: {e}", n.method)?;
                Ok(None)
            }
        }
    }

    /// Asks the client to report changes to the site's files, when it can.
    fn register_watchers(&mut self) -> anyhow::Result<()> {
        if !self.watch {
            return Ok(());
        }
        let watchers = ["**/*.md", "**/yoxla.toml"]
            .into_iter()
            .map(|glob| FileSystemWatcher {
                glob_pattern: GlobPattern::String(glob.into()),
                kind: None,
            })
            .collect();
        let options = DidChangeWatchedFilesRegistrationOptions { watchers };
        let params = RegistrationParams {
            registrations: vec![Registration {
                id: "yoxla-files".into(),
                method: note::DidChangeWatchedFiles::METHOD.into(),
                register_options: Some(serde_json::to_value(options)?),
            }],
        };
        let r = Request::new(
            "yoxla-watch".to_string().into(),
            req::RegisterCapability::METHOD.into(),
            params,
        );
        self.send(r)
    }

    /// Tells the author, once, why the site cannot be loaded.
    fn tell_load_error(&mut self) -> anyhow::Result<()> {
        if self.ws.error == self.told {
            return Ok(());
        }
        self.told = self.ws.error.clone();
        let Some(message) = self.told.clone() else {
            return Ok(());
        };
        let params = ShowMessageParams {
            typ: MessageType::ERROR,
            message: format!("yoxla: {message}"),
        };
        self.notify(note::ShowMessage::METHOD, params)
    }

    fn notify(&mut self, method: &str, params: impl Serialize) -> anyhow::Result<()> {
        self.send(Notification::new(method.to_string(), params))
    }

    fn send(&mut self, msg: impl Into<Message>) -> anyhow::Result<()> {
        self.sender
            .send(msg.into())
            .map_err(|_| anyhow::anyhow!("the client's connection is closed"))
    }
}
