//! schema.org `ClaimReview` for every article page, and the site-wide
//! feed of them (`/claimreview.json`) for fact-check aggregators.
//!
//! The structures are typed so a required property cannot go missing;
//! every value comes from the same article view the page shows, so the
//! markup matches the visible text (the claim, the verdict word, the
//! speaker, the dates).

use super::contract::ArticleView;
use crate::config::Config;
use serde::Serialize;

const CONTEXT: &str = "https://schema.org";

/// One fact-check, as schema.org `ClaimReview`.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClaimReview {
    #[serde(rename = "@context", skip_serializing_if = "Option::is_none")]
    context: Option<&'static str>,
    #[serde(rename = "@type")]
    kind: &'static str,
    /// The article's canonical URL, on the site's own domain.
    pub url: String,
    /// The claim, verbatim (never the rating).
    pub claim_reviewed: String,
    /// The article's title.
    pub headline: String,
    /// When the fact-check was published.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_published: Option<String>,
    /// The latest correction's date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_modified: Option<String>,
    /// The article's language.
    pub in_language: String,
    /// The newsroom.
    pub author: Organization,
    /// The newsroom, as publisher.
    pub publisher: Organization,
    /// The claim that was checked.
    pub item_reviewed: Claim,
    /// The verdict.
    pub review_rating: Rating,
    /// The share card.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
}

/// The newsroom (`Organization`).
#[derive(Debug, Clone, Serialize)]
pub struct Organization {
    #[serde(rename = "@type")]
    kind: &'static str,
    /// The newsroom's name.
    pub name: String,
    /// Its home page.
    pub url: String,
}

/// The checked statement (`Claim`).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Claim {
    #[serde(rename = "@type")]
    kind: &'static str,
    /// Who said it.
    pub author: Person,
    /// When it was said.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_published: Option<String>,
    /// Where it was first seen: the statement's source.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_appearance: Option<CreativeWork>,
    /// Other places it appears: the video and the archived copy.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub appearance: Vec<CreativeWork>,
}

/// The speaker (`Person`).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    #[serde(rename = "@type")]
    kind: &'static str,
    /// Full name.
    pub name: String,
    /// Status, office or party, as the article gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub job_title: Option<String>,
}

/// A place a claim appears (`CreativeWork` with a URL).
#[derive(Debug, Clone, Serialize)]
pub struct CreativeWork {
    #[serde(rename = "@type")]
    kind: &'static str,
    /// Its address.
    pub url: String,
}

/// The verdict as a number on the scale and its word (`Rating`).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Rating {
    #[serde(rename = "@type")]
    kind: &'static str,
    /// N for the best verdict … 1 for the worst.
    pub rating_value: usize,
    /// N, the number of verdicts on the scale.
    pub best_rating: usize,
    /// Always 1.
    pub worst_rating: usize,
    /// The verdict word as the badge shows it (plain text).
    pub alternate_name: String,
}

fn work(url: &str) -> CreativeWork {
    CreativeWork {
        kind: "CreativeWork",
        url: url.to_string(),
    }
}

/// The newsroom as an `Organization`.
pub fn newsroom(config: &Config, home: &str) -> Organization {
    Organization {
        kind: "Organization",
        name: config.title.clone(),
        url: home.to_string(),
    }
}

/// The ClaimReview of an article shown at `url` (absolute), with its
/// share card at `image` (absolute).
pub fn for_article(
    view: &ArticleView,
    config: &Config,
    home: &str,
    url: &str,
    image: Option<&str>,
) -> ClaimReview {
    let claim = &view.claim_box;
    let org = newsroom(config, home);
    let source = claim.url.as_deref().or(claim.video.as_deref());
    let appearance = [claim.video.as_deref(), claim.archive.as_deref()]
        .into_iter()
        .flatten()
        .filter(|u| Some(*u) != source)
        .map(work)
        .collect();
    ClaimReview {
        context: Some(CONTEXT),
        kind: "ClaimReview",
        url: url.to_string(),
        claim_reviewed: view.card.claim.clone(),
        headline: view.card.title.clone(),
        date_published: view.card.date.as_ref().map(|d| d.iso.clone()),
        date_modified: view.updated.as_ref().map(|d| d.iso.clone()),
        in_language: config.language.code().to_string(),
        author: org.clone(),
        publisher: org,
        item_reviewed: Claim {
            kind: "Claim",
            author: Person {
                kind: "Person",
                name: claim.speaker.name.clone(),
                job_title: Some(claim.speaker_status.clone()).filter(|s| !s.is_empty()),
            },
            date_published: claim.date.as_ref().map(|d| d.iso.clone()),
            first_appearance: source.map(work),
            appearance,
        },
        review_rating: Rating {
            kind: "Rating",
            rating_value: view.card.verdict.value,
            best_rating: view.card.verdict.of,
            worst_rating: 1,
            alternate_name: view.card.verdict.label.clone(),
        },
        image: image.map(str::to_string),
    }
}

/// JSON that is safe inside `<script type="application/ld+json">`: no
/// `<`, `>` or `&` can end the element or start markup, whatever a
/// title holds.
pub fn script_json<T: Serialize>(value: &T) -> String {
    let json = serde_json::to_string(value).unwrap_or_default();
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The site-wide feed: a schema.org `DataFeed` of every published
/// ClaimReview, newest first.
pub fn feed(reviews: &[ClaimReview], config: &Config, home: &str) -> String {
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct Item<'a> {
        #[serde(rename = "@type")]
        kind: &'static str,
        #[serde(skip_serializing_if = "Option::is_none")]
        date_created: Option<&'a str>,
        #[serde(skip_serializing_if = "Option::is_none")]
        date_modified: Option<&'a str>,
        item: &'a ClaimReview,
    }
    #[derive(Serialize)]
    #[serde(rename_all = "camelCase")]
    struct DataFeed<'a> {
        #[serde(rename = "@context")]
        context: &'static str,
        #[serde(rename = "@type")]
        kind: &'static str,
        name: String,
        url: String,
        publisher: Organization,
        #[serde(skip_serializing_if = "Option::is_none")]
        date_modified: Option<&'a str>,
        data_feed_element: Vec<Item<'a>>,
    }
    let items: Vec<Item<'_>> = reviews
        .iter()
        .map(|r| Item {
            kind: "DataFeedItem",
            date_created: r.date_published.as_deref(),
            date_modified: r.date_modified.as_deref().or(r.date_published.as_deref()),
            item: r,
        })
        .collect();
    let modified = items.iter().filter_map(|i| i.date_modified).max();
    let feed = DataFeed {
        context: CONTEXT,
        kind: "DataFeed",
        name: format!("{}: ClaimReview", config.title),
        url: format!("{home}claimreview.json"),
        publisher: newsroom(config, home),
        date_modified: modified,
        data_feed_element: items,
    };
    let mut json = serde_json::to_string(&feed).unwrap_or_default();
    json.push('\n');
    json
}

/// Items of the feed carry no `@context`; the feed has it once.
pub fn without_context(mut review: ClaimReview) -> ClaimReview {
    review.context = None;
    review
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_close_the_script_element() {
        let json = script_json(&serde_json::json!({"headline": "</script><b>x & y</b>"}));
        assert!(!json.contains('<') && !json.contains('>') && !json.contains('&'));
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back["headline"], "</script><b>x & y</b>");
    }
}
