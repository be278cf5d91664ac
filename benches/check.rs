//! Benchmark: `yoxla check` of a generated site (default 10,000 articles;
//! `cargo bench --bench check -- 1000` for another size). Prints figures,
//! asserts nothing: timings belong here, not in tests.
//!
//! The corpus is written to /dev/shm when it exists (tmpfs), so disk noise
//! does not hide the checker.

mod corpus;

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn main() {
    let n: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(10_000);
    let base = if PathBuf::from("/dev/shm").is_dir() {
        PathBuf::from("/dev/shm")
    } else {
        std::env::temp_dir()
    };
    let dir = base.join(format!("yoxla-bench-check-{n}"));
    if !dir.join("yoxla.toml").exists() {
        let t = Instant::now();
        if let Err(e) = corpus::write_site(&dir, n) {
            eprintln!("cannot write the corpus: {e}");
            std::process::exit(2);
        }
        println!(
            "corpus: {n} articles written to {} in {:.2} s",
            dir.display(),
            t.elapsed().as_secs_f64()
        );
    }
    let runs = 5;
    let mut load = Vec::new();
    let mut check = Vec::new();
    let mut findings = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let site = match yoxla::content::Site::load(&dir) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{e:#}");
                std::process::exit(2);
            }
        };
        load.push(t.elapsed());
        let t = Instant::now();
        findings = yoxla::check::run(&site).len();
        check.push(t.elapsed());
    }
    let (l, c) = (median(load), median(check));
    println!(
        "library, median of {runs}: load {:.0} ms, check {:.0} ms, together {:.0} ms ({findings} findings)",
        l.as_secs_f64() * 1e3,
        c.as_secs_f64() * 1e3,
        (l + c).as_secs_f64() * 1e3
    );
    println!(
        "  {:.0} articles/s for load + check on {} cores",
        n as f64 / (l + c).as_secs_f64(),
        std::thread::available_parallelism().map_or(1, |p| p.get())
    );

    let mut cli = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let status = Command::new(env!("CARGO_BIN_EXE_yoxla"))
            .args(["check", "--format", "json", "--root"])
            .arg(&dir)
            .stdout(std::process::Stdio::null())
            .status();
        cli.push(t.elapsed());
        if !status.is_ok_and(|s| s.code() == Some(0)) {
            eprintln!("yoxla check did not pass on the corpus");
        }
    }
    let c = median(cli);
    println!(
        "`yoxla check` (process, median of {runs}): {:.0} ms for {n} articles, {:.0} articles/s",
        c.as_secs_f64() * 1e3,
        n as f64 / c.as_secs_f64()
    );
}
