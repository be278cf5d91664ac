//! Load: `yoxla.toml` and every Markdown file under `content/` become one
//! immutable [`Site`]. Files load in parallel; a file that cannot be read
//! becomes a finding and the others still load.

mod article;
pub mod frontmatter;
mod page;
mod recover;
mod site;
mod source;

pub use article::Article;
pub use frontmatter::{FrontMatter, Status};
pub use page::Page;
pub use site::{CONTENT_DIR, PAGES_DIR, Site};
pub use source::{MAX_FILE_BYTES, SourceFile};

/// The Markdown extensions of an article's body (tables, footnotes,
/// strikethrough, heading attributes): part of the content format, so the
/// check reads exactly the document that render draws.
pub fn markdown_options() -> pulldown_cmark::Options {
    use pulldown_cmark::Options;
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}
