//! Pagination: how a list is cut into pages, which page numbers its bar
//! shows, and the `paginator` a list page's template sees (declared in
//! `contract.rs`). A change to the arithmetic of pages or to the bar
//! belongs here.

use super::contract::{Link, Paginator};
use crate::routes::{Route, Sections};

/// The `paginator` of page `current` of `total` of the list at `route`.
pub(super) fn paginator(
    route: &Route,
    sections: &Sections,
    base: &str,
    current: usize,
    total: usize,
) -> Paginator {
    let url = |n: usize| route.paged(sections, n).url(base);
    Paginator {
        current,
        total,
        previous: (current > 1).then(|| url(current - 1)),
        next: (current < total).then(|| url(current + 1)),
        pages: page_window(current, total)
            .into_iter()
            .map(|n| match n {
                Some(n) => Link {
                    name: n.to_string(),
                    url: url(n),
                },
                None => Link {
                    name: "…".to_string(),
                    url: String::new(),
                },
            })
            .collect(),
    }
}

/// The page numbers a pagination bar shows: the first, the last, and two
/// on each side of the current one; `None` stands for a gap ("…"). A bar
/// never grows with the archive, so listing pages stays linear.
fn page_window(current: usize, total: usize) -> Vec<Option<usize>> {
    let mut out = Vec::new();
    let mut last = 0;
    for n in 1..=total {
        let near = n + 2 >= current && n <= current + 2;
        if n == 1 || n == total || near {
            if n > last + 1 {
                out.push(None);
            }
            out.push(Some(n));
            last = n;
        } else if n > current + 2 {
            // Jump straight to the last page.
            if total > last + 1 {
                out.push(None);
            }
            out.push(Some(total));
            break;
        }
    }
    out
}

/// How many pages a list of `items` takes, `per` a page (an empty list
/// has one page).
pub(super) fn page_count(items: usize, per: usize) -> usize {
    items.div_ceil(per).max(1)
}

/// The positions of a list's `items` shown on page `page` (from 1).
pub(super) fn on_page(items: usize, page: usize, per: usize) -> std::ops::Range<usize> {
    let start = (page.saturating_sub(1) * per).min(items);
    start..(start + per).min(items)
}

#[cfg(test)]
mod tests {
    use super::page_window;

    #[test]
    fn the_pagination_bar_keeps_a_window() {
        let show = |c, t| -> Vec<String> {
            page_window(c, t)
                .into_iter()
                .map(|n| n.map_or("…".to_string(), |n| n.to_string()))
                .collect()
        };
        assert_eq!(show(1, 1), ["1"]);
        assert_eq!(show(2, 4), ["1", "2", "3", "4"]);
        assert_eq!(show(1, 1000), ["1", "2", "3", "…", "1000"]);
        assert_eq!(
            show(500, 1000),
            ["1", "…", "498", "499", "500", "501", "502", "…", "1000"]
        );
        assert_eq!(show(1000, 1000), ["1", "…", "998", "999", "1000"]);
    }
}
