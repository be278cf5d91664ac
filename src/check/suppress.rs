//! Silencing inside an article:
//! `<!-- yoxla-disable RULE … -->` … `<!-- yoxla-enable RULE … -->` and
//! `<!-- yoxla-disable-next-line RULE … -->`. Without a rule id, every
//! rule is silenced. Several ids may be given, separated by spaces or
//! commas.

/// Silenced line ranges of one file.
#[derive(Debug, Clone, Default)]
pub struct Suppressions {
    /// (rule or `None` for all, first line, last line), 1-based, inclusive.
    ranges: Vec<(Option<String>, usize, usize)>,
}

impl Suppressions {
    /// Reads the markers in `text` (the whole file; markers count only
    /// after line `body_line`).
    pub fn parse(text: &str, body_line: usize) -> Suppressions {
        let mut s = Suppressions::default();
        if !text.contains("yoxla-") {
            return s;
        }
        let mut open: Vec<(Option<String>, usize)> = Vec::new();
        let last_line = text.lines().count().max(1);
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            if n < body_line {
                continue;
            }
            let mut rest = line;
            while let Some(start) = rest.find("<!--") {
                let Some(end) = rest[start..].find("-->") else {
                    break;
                };
                let inner = rest[start + 4..start + end].trim();
                rest = &rest[start + end + 3..];
                let mut words = inner.split([' ', ',', '\t']).filter(|w| !w.is_empty());
                let Some(command) = words.next() else {
                    continue;
                };
                let rules: Vec<Option<String>> = {
                    let ids: Vec<Option<String>> = words.map(|w| Some(w.to_string())).collect();
                    if ids.is_empty() { vec![None] } else { ids }
                };
                match command {
                    "yoxla-disable-next-line" => {
                        for r in rules {
                            s.ranges.push((r, n + 1, n + 1));
                        }
                    }
                    "yoxla-disable" => {
                        for r in rules {
                            open.push((r, n));
                        }
                    }
                    "yoxla-enable" => {
                        for r in rules {
                            let mut k = 0;
                            while k < open.len() {
                                if r.is_none() || open[k].0 == r {
                                    let (rule, from) = open.remove(k);
                                    s.ranges.push((rule, from, n));
                                } else {
                                    k += 1;
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        for (rule, from) in open {
            s.ranges.push((rule, from, last_line));
        }
        s
    }

    /// Whether `rule` is silenced on `line`.
    pub fn silenced(&self, rule: &str, line: usize) -> bool {
        self.ranges.iter().any(|(r, from, to)| {
            (*from..=*to).contains(&line) && r.as_deref().is_none_or(|r| r == rule)
        })
    }

    /// Whether the file silences nothing.
    pub fn is_empty(&self) -> bool {
        self.ranges.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_and_next_line() {
        let text = "+++\n+++\nA\n<!-- yoxla-disable style.numerals -->\nB\n<!-- yoxla-enable style.numerals -->\nC\n<!-- yoxla-disable-next-line style.full-names, title.length -->\nD\nE\n";
        let s = Suppressions::parse(text, 3);
        assert!(!s.silenced("style.numerals", 3));
        assert!(s.silenced("style.numerals", 5));
        assert!(!s.silenced("style.full-names", 5));
        assert!(!s.silenced("style.numerals", 7));
        assert!(s.silenced("style.full-names", 9));
        assert!(s.silenced("title.length", 9));
        assert!(!s.silenced("style.full-names", 10));
    }

    #[test]
    fn without_an_id_every_rule_is_silenced_to_the_end() {
        let s = Suppressions::parse("+++\n+++\n<!-- yoxla-disable -->\nX\nY\n", 3);
        assert!(s.silenced("style.banned-words", 5));
        assert!(s.silenced("meta.dates", 4));
    }

    #[test]
    fn markers_in_front_matter_do_not_count() {
        let s = Suppressions::parse("+++\ntitle = \"<!-- yoxla-disable -->\"\n+++\nX\n", 4);
        assert!(s.is_empty());
    }
}
