//! The two ways `build` and `check` show their progress: bars on a
//! terminal, plain lines in CI logs (where a bar would be noise, and only
//! a large site is slow enough to need news).

use super::Terminal;
use crate::build::Progress;
use crate::text::Language;
use std::io::Write;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// Sites from this many articles show their progress.
const LARGE_SITE: usize = 500;

/// The progress reporter for a run: bars when the terminal can draw them
/// (on the process's stderr, where indicatif draws), else lines on `err`.
pub fn reporter<'a>(term: &Terminal, err: &'a mut (dyn Write + Send)) -> Box<dyn Progress + 'a> {
    if term.bars {
        Box::new(Bars {
            bar: Mutex::new(None),
            lang: Mutex::new(Language::from_env()),
        })
    } else {
        Box::new(Lines::new(err))
    }
}

/// Progress on a terminal: a bar for stages that count items, a spinner
/// for the others, cleared when done.
pub struct Bars {
    bar: Mutex<Option<indicatif::ProgressBar>>,
    lang: Mutex<Language>,
}

impl Progress for Bars {
    fn start(&self, stage: &'static str, items: usize) {
        let bar = if items > 0 {
            let b = indicatif::ProgressBar::new(items as u64);
            if let Ok(style) =
                indicatif::ProgressStyle::with_template("{msg:>7} [{bar:40}] {pos}/{len} ({eta})")
            {
                b.set_style(style.progress_chars("=> "));
            }
            b
        } else {
            let b = indicatif::ProgressBar::new_spinner();
            b.enable_steady_tick(Duration::from_millis(100));
            b
        };
        let lang = self.lang.lock().map(|l| *l).unwrap_or_default();
        bar.set_message(say!(lang, "progress-stage", stage = stage));
        if let Ok(mut slot) = self.bar.lock() {
            *slot = Some(bar);
        }
    }
    fn tick(&self) {
        if let Ok(slot) = self.bar.lock()
            && let Some(b) = slot.as_ref()
        {
            b.inc(1);
        }
    }
    fn finish(&self, _: &'static str, _: Duration) {
        if let Ok(mut slot) = self.bar.lock()
            && let Some(b) = slot.take()
        {
            b.finish_and_clear();
        }
    }
    fn language(&self, lang: Language) {
        if let Ok(mut l) = self.lang.lock() {
            *l = lang;
        }
    }
}

/// Progress off a terminal (CI logs): one plain line per stage, for large
/// sites only.
pub struct Lines<'a> {
    lang: Mutex<Language>,
    large: AtomicBool,
    load: Mutex<Option<Duration>>,
    err: Mutex<&'a mut (dyn Write + Send)>,
}

impl<'a> Lines<'a> {
    /// Lines written to `err`.
    pub fn new(err: &'a mut (dyn Write + Send)) -> Lines<'a> {
        Lines {
            lang: Mutex::new(Language::from_env()),
            large: AtomicBool::new(false),
            load: Mutex::new(None),
            err: Mutex::new(err),
        }
    }

    /// The language lines are said in: the site's once it is loaded.
    fn lang(&self) -> Language {
        self.lang.lock().map(|l| *l).unwrap_or_default()
    }

    /// Writes one line; a log that cannot be written is no reason to stop.
    fn say(&self, line: String) {
        if let Ok(mut err) = self.err.lock() {
            let _ = writeln!(err, "{line}");
        }
    }
}

impl Progress for Lines<'_> {
    fn start(&self, stage: &'static str, items: usize) {
        if stage == "check" && items >= LARGE_SITE {
            self.large.store(true, Ordering::Relaxed);
            if let Some(load) = self.load.lock().ok().and_then(|l| *l) {
                let ms = load.as_millis() as u64;
                let lang = self.lang();
                self.say(say!(lang, "progress-loaded", count = items, ms = ms));
            }
        }
        if self.large.load(Ordering::Relaxed) {
            let lang = self.lang();
            let stage = say!(lang, "progress-stage", stage = stage);
            self.say(say!(lang, "progress-started", stage = stage));
        }
    }
    fn finish(&self, stage: &'static str, elapsed: Duration) {
        if stage == "load" {
            if let Ok(mut l) = self.load.lock() {
                *l = Some(elapsed);
            }
            return;
        }
        if self.large.load(Ordering::Relaxed) {
            let lang = self.lang();
            let stage = say!(lang, "progress-stage", stage = stage);
            let ms = elapsed.as_millis() as u64;
            self.say(say!(lang, "progress-done", stage = stage, ms = ms));
        }
    }
    fn language(&self, lang: Language) {
        if let Ok(mut l) = self.lang.lock() {
            *l = lang;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_speak_only_for_large_sites() {
        let mut small = Vec::new();
        {
            let lines = Lines::new(&mut small);
            lines.start("load", 0);
            lines.finish("load", Duration::from_millis(5));
            lines.start("check", LARGE_SITE - 1);
            lines.finish("check", Duration::from_millis(7));
        }
        assert!(small.is_empty());

        let mut large = Vec::new();
        {
            let lines = Lines::new(&mut large);
            lines.start("load", 0);
            lines.finish("load", Duration::from_millis(5));
            lines.language(Language::En);
            lines.start("check", LARGE_SITE);
            lines.tick();
            lines.finish("check", Duration::from_millis(7));
            lines.start("render", 0);
        }
        assert_eq!(
            String::from_utf8_lossy(&large),
            "yoxla: load: 500 articles in 5 ms\nyoxla: check…\nyoxla: check: done in 7 ms\nyoxla: render…\n"
        );
    }

    #[test]
    fn lines_are_said_in_the_sites_language() {
        let mut log = Vec::new();
        {
            let lines = Lines::new(&mut log);
            lines.start("load", 0);
            lines.finish("load", Duration::from_millis(5));
            lines.language(Language::Az);
            lines.start("check", LARGE_SITE);
            lines.finish("check", Duration::from_millis(7));
        }
        assert_eq!(
            String::from_utf8_lossy(&log),
            "yoxla: yükləmə: 500 məqalə 5 ms-də\nyoxla: yoxlama…\nyoxla: yoxlama: 7 ms-də bitdi\n"
        );
    }
}
