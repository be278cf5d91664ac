//! `yoxla serve`: the local preview, drafts included. The server itself
//! is [`crate::serve`]; this is its argument list.

use super::Exit;
use clap::Args;
use std::net::{IpAddr, SocketAddr};
use std::path::Path;

/// `yoxla serve`'s arguments: where to listen.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port (0 picks a free one).
    #[arg(long, short, default_value_t = crate::serve::DEFAULT_PORT)]
    pub port: u16,
    /// The address to listen on; only this machine by default.
    #[arg(long, default_value = "127.0.0.1")]
    pub bind: IpAddr,
}

/// Serves the site at `root` until interrupted; the server logs to the
/// process's own stdout and stderr.
pub fn run(root: &Path, args: &ServeArgs) -> anyhow::Result<Exit> {
    crate::serve::serve(root, SocketAddr::new(args.bind, args.port))?;
    Ok(Exit::Clean)
}
