//! Writes a generated fact-check site of N articles for benchmarks:
//! `cargo run --release --example corpus -- 10000 /dev/shm/corpus`.
//! With `--hugo`, writes the same articles as a Hugo site instead (the
//! comparison in `benches/compare.py` builds both).

#[path = "../benches/corpus.rs"]
mod corpus;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let hugo = args.iter().any(|a| a == "--hugo");
    let args: Vec<&String> = args.iter().filter(|a| *a != "--hugo").collect();
    let (Some(n), Some(dir)) = (
        args.first().and_then(|n| n.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!(
            "usage: corpus N DIR [--hugo]   (writes DIR/yoxla.toml and N articles under DIR/content; with --hugo, a Hugo site of the same articles)"
        );
        std::process::exit(2);
    };
    let dir = std::path::Path::new(dir.as_str());
    let written = if hugo {
        corpus::write_hugo_site(dir, n)
    } else {
        corpus::write_site(dir, n)
    };
    if let Err(e) = written {
        eprintln!("error: cannot write {}: {e}", dir.display());
        std::process::exit(2);
    }
    eprintln!("wrote {n} articles into {}", dir.display());
}
