//! The connection over stdin and stdout. Messages are read and written
//! by `lsp-server` (its framing and JSON-RPC types), as its own
//! `Connection::stdio` does, with one difference: a payload that is not a
//! JSON-RPC message (broken JSON, a bad header) is answered with a parse
//! error and the server reads on, where `lsp-server`'s reader would stop
//! and take the server down with it.

use crossbeam_channel::{Receiver, Sender, unbounded};
use lsp_server::{Connection, Message};
use std::io::{self, Write};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread::JoinHandle;

/// JSON-RPC's code for a message that cannot be parsed.
const PARSE_ERROR: i64 = -32700;

/// The thread that writes to stdout; join it to flush what is left.
pub struct Writer(JoinHandle<io::Result<()>>);

impl Writer {
    /// Waits until every message sent has been written (all senders of
    /// the connection must be dropped first).
    pub fn join(self) -> io::Result<()> {
        self.0
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("the writer thread panicked")))
    }
}

/// A connection on the process's stdin and stdout, and its writer.
pub fn stdio() -> (Connection, Writer) {
    let out = Arc::new(Mutex::new(io::stdout()));
    let (to_client, outgoing): (Sender<Message>, Receiver<Message>) = unbounded();
    let (incoming, from_client) = unbounded();
    let writer_out = Arc::clone(&out);
    let writer = std::thread::spawn(move || {
        for msg in outgoing {
            let mut out = writer_out.lock().unwrap_or_else(PoisonError::into_inner);
            msg.write(&mut *out)?;
        }
        Ok(())
    });
    std::thread::spawn(move || read(&incoming, &out));
    let conn = Connection {
        sender: to_client,
        receiver: from_client,
    };
    (conn, Writer(writer))
}

/// Reads messages from stdin until it closes or the client says `exit`.
fn read(incoming: &Sender<Message>, out: &Mutex<io::Stdout>) -> io::Result<()> {
    let stdin = io::stdin();
    let mut stdin = stdin.lock();
    loop {
        match Message::read(&mut stdin) {
            Ok(Some(msg)) => {
                let exit = matches!(&msg, Message::Notification(n) if n.method == "exit");
                if incoming.send(msg).is_err() || exit {
                    return Ok(());
                }
            }
            Ok(None) => return Ok(()),
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                let mut out = out.lock().unwrap_or_else(PoisonError::into_inner);
                parse_error(&mut *out, &e.to_string())?;
            }
            Err(e) => return Err(e),
        }
    }
}

/// Writes JSON-RPC's answer to a message that could not be read: an
/// error with no id (there is none to read). `lsp-server`'s `Response`
/// always has an id, so this one frame is written here.
fn parse_error(out: &mut dyn Write, why: &str) -> io::Result<()> {
    let body = serde_json::json!({
        "jsonrpc": "2.0",
        "id": null,
        "error": {"code": PARSE_ERROR, "message": format!("cannot read the message: {why}")},
    })
    .to_string();
    write!(out, "Content-Length: {}\r\n\r\n{body}", body.len())?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parse_error_is_one_frame_with_no_id() {
        let mut out = Vec::new();
        parse_error(&mut out, "EOF while parsing").expect("written");
        let text = String::from_utf8(out).expect("UTF-8");
        let (header, body) = text.split_once("\r\n\r\n").expect("a frame");
        assert_eq!(header, format!("Content-Length: {}", body.len()));
        let json: serde_json::Value = serde_json::from_str(body).expect("JSON");
        assert_eq!(json["id"], serde_json::Value::Null);
        assert_eq!(json["error"]["code"], PARSE_ERROR);
    }
}
