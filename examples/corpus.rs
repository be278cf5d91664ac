//! Writes a generated fact-check site of N articles for benchmarks:
//! `cargo run --release --example corpus -- 10000 /dev/shm/corpus`.

#[path = "../benches/corpus.rs"]
mod corpus;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (
        args.first().and_then(|n| n.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: corpus N DIR   (writes DIR/yoxla.toml and N articles under DIR/content)");
        std::process::exit(2);
    };
    if let Err(e) = corpus::write_site(std::path::Path::new(dir), n) {
        eprintln!("error: cannot write {dir}: {e}");
        std::process::exit(2);
    }
    eprintln!("wrote {n} articles into {dir}");
}
