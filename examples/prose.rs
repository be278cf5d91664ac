//! Runs the style rules over plain-text files of real prose and prints
//! every finding with the text it points at, then counts per rule: the
//! tool for measuring false alarms (see tests/prose/README.md).
//!
//! `cargo run --release --example prose -- FILE...`

use std::collections::BTreeMap;

fn main() {
    let config = match yoxla::config::Config::parse(
        "title = \"prose\"\nbase_url = \"https://example.org\"\n",
    ) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("error: {e}");
            std::process::exit(2);
        }
    };
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    let mut words = 0;
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(2);
            }
        };
        words += text.split_whitespace().count();
        let lines: Vec<&str> = text.lines().collect();
        for f in yoxla::check::prose::check_text(
            &text,
            "prose",
            yoxla::check::prose::Layout::LinePerParagraph,
            &config,
        ) {
            *counts.entry(f.rule.id()).or_default() += 1;
            let line = lines.get(f.line - 1).copied().unwrap_or("");
            let excerpt: String = line
                .chars()
                .skip(f.column - 1)
                .take((f.end_column.saturating_sub(f.column)).clamp(1, 60))
                .collect();
            println!(
                "{path}:{}:{}: {} [{}] «{}»: {}",
                f.line, f.column, f.severity, f.rule, excerpt, f.message
            );
        }
    }
    println!("\n{words} words");
    for (rule, n) in counts {
        println!("{rule:<32} {n}");
    }
}
