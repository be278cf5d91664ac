//! The article body as the rules read it: blocks of prose (paragraphs,
//! headings, list items, table cells) with their text, where each piece
//! of text came from in the file, which parts are bold, quoted or
//! linked, and the sections the level-2 headings open.
//!
//! It is parsed with the same pulldown-cmark options as render
//! ([`crate::content::markdown_options`]), so a rule sees exactly the text
//! a reader sees. Code spans and code blocks are left out.

use crate::content::Article;
use crate::diag::{LineIndex, Span};
use crate::text::numbers::{Number, numbers};
use crate::text::quotes;
use crate::text::words::Words;
use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use std::ops::Range;

/// What kind of block a piece of prose is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A paragraph.
    Paragraph,
    /// A heading of this level.
    Heading(u8),
    /// A list item's own text.
    ListItem,
    /// A table cell.
    TableCell,
}

/// One block of prose.
#[derive(Debug, Clone)]
pub struct Block {
    /// What it is.
    pub kind: BlockKind,
    /// All of it is someone's words: inside a blockquote, or a paragraph
    /// of speech without quotation marks (an interview's answer, a
    /// transcript's speaker; see [`Doc::mark_speech`]).
    pub blockquote: bool,
    /// The text as a reader sees it (soft breaks become spaces).
    pub text: String,
    /// (offset in `text`, offset in the file) where each piece starts.
    map: Vec<(usize, usize)>,
    /// Bold ranges in `text`.
    pub strong: Vec<Range<usize>>,
    /// Quotation ranges in `text` (the whole text for a blockquote).
    pub quotes: Vec<Range<usize>>,
    /// The words of `text`, case-folded once.
    pub words: Words,
    /// The numbers of `text`.
    pub numbers: Vec<Number>,
    /// Whether the block holds a link.
    pub has_link: bool,
    /// The section (level-2 heading) the block is in.
    pub section: Option<usize>,
    /// The table the block is a cell of.
    pub table: Option<usize>,
}

impl Block {
    /// The file offset of byte `offset` of `text`.
    pub fn file_offset(&self, offset: usize) -> usize {
        let i = self
            .map
            .partition_point(|&(t, _)| t <= offset)
            .saturating_sub(1);
        match self.map.get(i) {
            Some(&(t, f)) => f + (offset - t),
            None => 0,
        }
    }

    /// The file byte range of `range` of `text`.
    pub fn file_range(&self, range: Range<usize>) -> Range<usize> {
        let start = self.file_offset(range.start);
        let end = if range.end > range.start {
            self.file_offset(range.end - 1) + 1
        } else {
            start
        };
        start..end.max(start)
    }

    /// Whether byte `offset` of `text` is the speaker's words.
    pub fn is_quoted(&self, offset: usize) -> bool {
        self.blockquote || quotes::inside(&self.quotes, offset)
    }
}

/// A part of the body opened by a level-2 heading.
#[derive(Debug, Clone)]
pub struct Section {
    /// The heading's text.
    pub title: String,
    /// The heading's block.
    pub heading: usize,
}

/// A table: its cells are blocks.
#[derive(Debug, Clone)]
pub struct Table {
    /// The file offset where the table starts.
    pub start: usize,
    /// Index of the first block after the table's cells.
    pub next_block: usize,
    /// Index of the first cell's block.
    pub first_block: usize,
}

/// The parsed body.
#[derive(Debug, Clone)]
pub struct Doc {
    /// Blocks in reading order.
    pub blocks: Vec<Block>,
    /// Level-2 sections in order.
    pub sections: Vec<Section>,
    /// Tables in order.
    pub tables: Vec<Table>,
    /// Line index of the whole file.
    pub lines: LineIndex,
    /// The file offset of the body.
    pub body_offset: usize,
}

impl Doc {
    /// Parses an article's body.
    pub fn parse(article: &Article) -> Doc {
        let body = article.body();
        let mut reader = Reader {
            doc: Doc {
                blocks: Vec::new(),
                sections: Vec::new(),
                tables: Vec::new(),
                lines: LineIndex::new(&article.text),
                body_offset: article.body_offset,
            },
            body,
            base: article.body_offset,
            open: None,
            quote_depth: 0,
            strong_start: Vec::new(),
            in_code_block: false,
            items: 0,
        };
        let parser = Parser::new_ext(body, crate::content::markdown_options()).into_offset_iter();
        for (event, range) in parser {
            reader.event(event, range);
        }
        reader.doc.flush(&mut reader.open);
        reader.doc.mark_speech();
        reader.doc
    }

    /// Marks the paragraphs that are someone's words though no quotation
    /// marks say so, as the guide lets a speaker's words stand: an
    /// interview's answers (paragraphs opened by a dash after a question,
    /// or after an introduction ending in a colon, `… müsahibəni təqdim
    /// edirik:`, until the dialogue ends; the questions stay the
    /// author's), and a transcript's turn (a paragraph opened by a
    /// speaker's name and a colon, `Heydər Əliyev: …`, or `Cavab:`). A
    /// Markdown list after a colon is the author's own list.
    fn mark_speech(&mut self) {
        let mut dialogue = false;
        // In a transcript, a chair's turn goes on until the next label.
        let mut chair = false;
        let mut previous = ' ';
        for b in &mut self.blocks {
            // In Markdown, `- …` is a list item: its dash is gone.
            let item = b.kind == BlockKind::ListItem;
            if b.kind != BlockKind::Paragraph && !item {
                (dialogue, chair, previous) = (false, false, ' ');
                continue;
            }
            let text = b.text.trim();
            let dashed = item || text.starts_with(['-', '–', '—']);
            let opens = previous == '?' || (previous == ':' && !item);
            dialogue = dashed && (dialogue || opens);
            let question = text.ends_with('?');
            let turn = speaker_turn(text);
            if let Some(role) = turn {
                chair = role;
            }
            if (dialogue && !question) || turn.is_some() || chair {
                b.blockquote = true;
            }
            previous = text.chars().next_back().unwrap_or(' ');
        }
    }

    fn new_block(&self, kind: BlockKind, blockquote: bool) -> Block {
        Block {
            kind,
            blockquote,
            text: String::new(),
            map: Vec::new(),
            strong: Vec::new(),
            quotes: Vec::new(),
            words: Words::default(),
            numbers: Vec::new(),
            has_link: false,
            section: self.sections.len().checked_sub(1),
            table: None,
        }
    }

    fn flush(&mut self, open: &mut Option<Block>) {
        let Some(mut b) = open.take() else { return };
        if b.text.trim().is_empty()
            && !b.has_link
            && !matches!(b.kind, BlockKind::Heading(_) | BlockKind::TableCell)
        {
            return;
        }
        b.quotes = quotes::quote_spans(&b.text);
        b.words = Words::new(&b.text);
        b.numbers = numbers(&b.text);
        if b.kind == BlockKind::Heading(2) {
            self.sections.push(Section {
                title: b.text.trim().to_string(),
                heading: self.blocks.len(),
            });
            b.section = Some(self.sections.len() - 1);
        }
        self.blocks.push(b);
    }

    /// The blocks of section `i`, heading excluded.
    pub fn section_blocks(&self, i: usize) -> impl Iterator<Item = (usize, &Block)> {
        self.blocks
            .iter()
            .enumerate()
            .filter(move |(_, b)| b.section == Some(i) && b.kind != BlockKind::Heading(2))
    }

    /// The span in the file of `range` of block `b`.
    pub fn span(&self, text: &str, b: &Block, range: Range<usize>) -> Span {
        self.lines.span(text, b.file_range(range))
    }

    /// The span of the body's first line, for findings about the body as a
    /// whole.
    pub fn body_start(&self, text: &str) -> Span {
        let p = self.lines.position(text, self.body_offset);
        Span::line(p.line)
    }
}

/// The roles that open a turn of a transcript or an interview
/// (`Sədrlik edən.`, `Cavab:`), followed by a dot or a colon.
const SPEAKER_ROLES: &[&str] = &["Sədrlik edən", "Sədr", "Cavab", "C", "Müsahib"];

/// Whether a paragraph opens with a speaker's label: `Some(true)` for a
/// role ([`SPEAKER_ROLES`]) and a dot or colon, whose turn goes on in the
/// paragraphs after it; `Some(false)` for a name of two or three
/// capitalised words and a colon (`Heydər Əliyev:`), one paragraph.
fn speaker_turn(text: &str) -> Option<bool> {
    let role = SPEAKER_ROLES.iter().any(|r| {
        text.strip_prefix(r)
            .is_some_and(|rest| rest.starts_with(['.', ':']))
    });
    if role {
        Some(true)
    } else {
        is_named_turn(text).then_some(false)
    }
}

/// A name of two or three capitalised words and a colon opening a
/// paragraph (`Heydər Əliyev: …`).
fn is_named_turn(text: &str) -> bool {
    let Some((label, _)) = text.split_once(':') else {
        return false;
    };
    let words: Vec<&str> = label.split_whitespace().collect();
    (2..=3).contains(&words.len()) && words.iter().all(|w| crate::text::is_capitalised(w))
}

/// Reads parser events into a [`Doc`]: which block is open, how deep in
/// block quotes and bold text the parser is, and whether it is in code.
struct Reader<'b> {
    doc: Doc,
    body: &'b str,
    base: usize,
    open: Option<Block>,
    quote_depth: usize,
    strong_start: Vec<usize>,
    in_code_block: bool,
    /// How deep in list items the parser is.
    items: usize,
}

impl Reader<'_> {
    fn event(&mut self, event: Event<'_>, range: std::ops::Range<usize>) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => {
                self.doc.flush(&mut self.open);
                self.in_code_block = true;
            }
            Event::End(TagEnd::CodeBlock) => self.in_code_block = false,
            _ if self.in_code_block => {}
            Event::Start(Tag::BlockQuote(_)) => self.quote_depth += 1,
            Event::End(TagEnd::BlockQuote(_)) => {
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            // A paragraph inside a list item (a loose list) is the item.
            Event::Start(Tag::Paragraph) if self.items > 0 => self.open_block(BlockKind::ListItem),
            Event::Start(Tag::Paragraph) => self.open_block(BlockKind::Paragraph),
            Event::Start(Tag::Heading { level, .. }) => {
                self.open_block(BlockKind::Heading(level as u8));
            }
            Event::Start(Tag::Item) => {
                self.items += 1;
                self.open_block(BlockKind::ListItem);
            }
            Event::Start(Tag::Table(_)) => self.start_table(range.start),
            Event::End(TagEnd::Table) => self.end_table(),
            Event::Start(Tag::TableCell) => {
                self.open_block(BlockKind::TableCell);
                if let Some(b) = self.open.as_mut() {
                    b.table = self.doc.tables.len().checked_sub(1);
                }
            }
            Event::End(TagEnd::Item) => {
                self.items = self.items.saturating_sub(1);
                self.doc.flush(&mut self.open);
            }
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::TableCell) => {
                self.doc.flush(&mut self.open)
            }
            _ => self.inline(event, range),
        }
    }

    /// Events inside a block: bold spans, links, text, code and breaks.
    fn inline(&mut self, event: Event<'_>, range: std::ops::Range<usize>) {
        match event {
            Event::Start(Tag::Strong) => {
                let at = self.open.as_ref().map_or(0, |b| b.text.len());
                self.strong_start.push(at);
            }
            Event::End(TagEnd::Strong) => {
                if let (Some(start), Some(b)) = (self.strong_start.pop(), self.open.as_mut()) {
                    let end = b.text.len();
                    b.strong.push(start..end);
                }
            }
            Event::Start(Tag::Link { .. }) => self.block().has_link = true,
            Event::Text(text) => {
                // Where the text is in the file: exact when the source
                // says the same, else the start of its range.
                let src = &self.body[range.clone()];
                let shift = if src.starts_with(text.as_ref()) {
                    0
                } else {
                    src.find(text.as_ref()).unwrap_or(0)
                };
                let file = self.base + range.start + shift;
                let b = self.block();
                b.map.push((b.text.len(), file));
                b.text.push_str(&text);
            }
            Event::Code(_) | Event::SoftBreak | Event::HardBreak => {
                let file = self.base + range.start;
                if let Some(b) = self.open.as_mut() {
                    b.map.push((b.text.len(), file));
                    b.text.push(' ');
                }
            }
            _ => {}
        }
    }

    fn open_block(&mut self, kind: BlockKind) {
        self.doc.flush(&mut self.open);
        self.open = Some(self.doc.new_block(kind, self.quote_depth > 0));
    }

    /// The open block, or a new paragraph for text outside any block.
    fn block(&mut self) -> &mut Block {
        let blockquote = self.quote_depth > 0;
        let doc = &self.doc;
        self.open
            .get_or_insert_with(|| doc.new_block(BlockKind::Paragraph, blockquote))
    }

    fn start_table(&mut self, start: usize) {
        self.doc.flush(&mut self.open);
        let first_block = self.doc.blocks.len();
        self.doc.tables.push(Table {
            start: self.base + start,
            next_block: 0,
            first_block,
        });
    }

    fn end_table(&mut self) {
        self.doc.flush(&mut self.open);
        let next = self.doc.blocks.len();
        if let Some(t) = self.doc.tables.last_mut() {
            t.next_block = next;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::SourceFile;

    fn doc(body: &str) -> (Article, Doc) {
        let text = format!("+++\ntitle = \"x\"\n+++\n{body}");
        let a = Article::parse(SourceFile::from_text("content/a.md", text)).unwrap();
        let d = Doc::parse(&a);
        (a, d)
    }

    #[test]
    fn blocks_map_back_to_file_lines_and_columns() {
        let (a, d) = doc(
            "## Giriş\n\nBirinci cümlə.\nİkinci **qalın** söz [keçid](https://x.az) var.\n\n> Sitat burada.\n",
        );
        assert_eq!(d.sections.len(), 1);
        assert_eq!(d.sections[0].title, "Giriş");
        let p = &d.blocks[1];
        assert_eq!(p.text, "Birinci cümlə. İkinci qalın söz keçid var.");
        let off = p.text.find("qalın").unwrap();
        let span = d.span(&a.text, p, off..off + "qalın".len());
        assert_eq!((span.start.line, span.start.column), (7, 10));
        assert_eq!(&p.text[p.strong[0].clone()], "qalın");
        assert!(p.has_link);
        assert!(d.blocks[2].blockquote);
        assert_eq!(p.section, Some(0));
    }

    #[test]
    fn tables_and_cells() {
        let (a, d) = doc(
            "Mənbə: [statistika](https://x.az).\n\n| İl | Məbləğ |\n|---|---|\n| 2025 | 332,3 |\n\nSonra.\n",
        );
        assert_eq!(d.tables.len(), 1);
        let t = &d.tables[0];
        let cells: Vec<&str> = d.blocks[t.first_block..t.next_block]
            .iter()
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(cells, ["İl", "Məbləğ", "2025", "332,3"]);
        let cell = &d.blocks[t.first_block + 3];
        let span = d.span(&a.text, cell, 0..5);
        assert_eq!((span.start.line, span.start.column), (8, 10));
        assert_eq!(d.blocks[t.next_block].text, "Sonra.");
    }

    #[test]
    fn list_items_map_back_to_their_lines() {
        let (a, d) = doc("Siyahı:\n\n- birinci bənd\n- ikinci **332,3** bənd\n  davamı\n");
        let item = &d.blocks[2];
        assert_eq!(item.kind, BlockKind::ListItem);
        assert_eq!(item.text, "ikinci 332,3 bənd davamı");
        let off = item.text.find("332,3").unwrap();
        let span = d.span(&a.text, item, off..off + 5);
        assert_eq!(
            (span.start.line, span.start.column, span.end.column),
            (7, 12, 17)
        );
        let off = item.text.find("davamı").unwrap();
        assert_eq!(d.span(&a.text, item, off..off + 1).start.line, 8);
    }

    #[test]
    fn code_is_left_out() {
        let (_, d) = doc("Bax `332,3` koda.\n\n```\n92.500,4\n```\n");
        assert_eq!(d.blocks.len(), 1);
        assert!(!d.blocks[0].text.contains("332,3"));
    }
}
