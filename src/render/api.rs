//! The site's data for others to reuse, as static files: a JSON API
//! (`api/index.json`, and one file per article, speaker and verdict,
//! each described by a JSON Schema in `docs/api/`), and each article's
//! embeddable verdict card (`embed/SLUG.html`, a small page for an
//! iframe) with its oEmbed file (`embed/SLUG.json`). Made in a build
//! only, from the same views as the pages. What the files hold is here;
//! the embed page's look is the theme's `embed.html`.

use super::contract::{ArticleView, EmbedView, Kind, VerdictView};
use super::escape;
use super::groups::Group;
use super::pages::Renderer;
use super::setup::Setup;
use crate::output::Output;
use serde_json::{Value, json};

/// The folder of the JSON API, at the site's root.
pub(super) const API: &str = "api";
/// The folder of the embeddable cards.
pub(super) const EMBED: &str = "embed";
/// The embedded card's suggested size.
const EMBED_SIZE: (u32, u32) = (480, 360);

/// Where an article's API file and embeddable card are: fills in the
/// view's `api` and `embed` (before its page is drawn, which links them).
pub(super) fn plan_article(setup: &Setup<'_>, view: &mut ArticleView, slug: &str) {
    let at = |path: String| format!("{}{}{path}", setup.origin, setup.base);
    view.api = Some(at(format!("{API}/articles/{slug}.json")));
    view.embed = Some(EmbedView {
        url: at(format!("{EMBED}/{slug}.html")),
        oembed: at(format!("{EMBED}/{slug}.json")),
        width: EMBED_SIZE.0,
        height: EMBED_SIZE.1,
    });
}

/// The verdict as the API gives it.
fn verdict(v: &VerdictView, origin: &str) -> Value {
    json!({
        "word": v.word,
        "label": v.label,
        "slug": v.slug,
        "value": v.value,
        "of": v.of,
        "meaning": v.meaning,
        "url": format!("{origin}{}", v.url),
    })
}

/// An article's API file (`api/articles/SLUG.json`), with the addresses
/// of its `related` checks; its page must not have let go of its body's
/// sources yet.
pub(super) fn article_file(
    setup: &Setup<'_>,
    view: &ArticleView,
    slug: &str,
    related: Vec<String>,
) -> Output {
    let origin = setup.origin.as_str();
    let c = &view.claim_box;
    let date = |d: &Option<super::contract::DateView>| d.as_ref().map(|d| d.iso.clone());
    let value = json!({
        "slug": slug,
        "url": view.absolute_url,
        "title": view.card.title,
        "subtitle": view.subtitle,
        "published": date(&view.card.date),
        "updated": date(&view.updated),
        "verdict": verdict(&view.card.verdict, origin),
        "summary": view.card.summary,
        "claim": {
            "text": c.text,
            "speaker": c.speaker.name,
            "speaker_url": format!("{origin}{}", c.speaker.url),
            "speaker_status": c.speaker_status,
            "date": date(&c.date),
            "where": c.said_where,
            "url": c.url,
            "video": c.video,
            "archive": c.archive,
            "archived_on": date(&c.archived_on),
        },
        "category": view.card.category.name,
        "tags": view.tags.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(),
        "author": view.author.name,
        "editor": view.editor.as_ref().map(|e| e.name.as_str()),
        "sources": view.sources.iter().map(|s| json!({
            "title": s.title,
            "url": s.url,
            "archive": s.archive,
            "archived_on": date(&s.archived_on),
            "lang": s.lang,
        })).collect::<Vec<_>>(),
        "corrections": view.corrections.iter().map(|c| json!({
            "date": date(&c.date),
            "text": c.text,
        })).collect::<Vec<_>>(),
        "related": related,
        "card": view.share.as_ref().map(|s| s.card.url.as_str()),
        "embed": view.embed.as_ref().map(|e| e.url.as_str()),
    });
    json_file(format!("{API}/articles/{slug}.json"), &value)
}

/// An article's oEmbed file (`embed/SLUG.json`): a "rich" type whose
/// HTML is an iframe of the embeddable card.
pub(super) fn oembed_file(setup: &Setup<'_>, view: &ArticleView, slug: &str) -> Option<Output> {
    let embed = view.embed.as_ref()?;
    let config = &setup.site.config;
    let html = format!(
        "<iframe src=\"{}\" width=\"{}\" height=\"{}\" title=\"{}\" loading=\"lazy\"></iframe>",
        escape(&embed.url),
        embed.width,
        embed.height,
        escape(&view.card.title),
    );
    let mut value = json!({
        "version": "1.0",
        "type": "rich",
        "title": view.card.title,
        "author_name": view.author.name,
        "provider_name": config.title,
        "provider_url": setup.home,
        "html": html,
        "width": embed.width,
        "height": embed.height,
    });
    if let (Some(card), Some(map)) = (&view.share, value.as_object_mut()) {
        map.insert("thumbnail_url".into(), card.card.url.clone().into());
        map.insert("thumbnail_width".into(), card.card.width.into());
        map.insert("thumbnail_height".into(), card.card.height.into());
    }
    Some(json_file(format!("{EMBED}/{slug}.json"), &value))
}

/// Compact JSON with a final newline.
fn json_file(path: String, value: &Value) -> Output {
    let mut bytes = serde_json::to_vec(value).unwrap_or_default();
    bytes.push(b'\n');
    Output { path, bytes }
}

impl Renderer<'_> {
    /// The API's index, and one file per speaker and per verdict (none
    /// in a preview).
    pub(super) fn api_files(&self) -> Vec<Output> {
        if !self.setup.with_api {
            return Vec::new();
        }
        let mut files = vec![self.api_index()];
        for g in self.groups.of(Kind::Speaker) {
            files.push(self.api_speaker(g));
        }
        for g in self.groups.of(Kind::Verdict) {
            let Some(v) = &g.verdict else { continue };
            let value = json!({
                "verdict": verdict(v, &self.setup.origin),
                "count": g.articles.len(),
                "articles": self.entries(&g.articles),
            });
            files.push(json_file(format!("{API}/verdicts/{}.json", g.slug), &value));
        }
        files
    }

    /// The article list entries of `indexes`.
    fn entries(&self, indexes: &[usize]) -> Vec<Value> {
        let origin = self.setup.origin.as_str();
        indexes
            .iter()
            .map(|&i| {
                let (v, slug) = (&self.views[i], &self.order.published[i].slug);
                json!({
                    "slug": slug,
                    "title": v.card.title,
                    "url": format!("{origin}{}", v.card.url),
                    "api": format!("{origin}{}{API}/articles/{slug}.json", self.setup.base),
                    "published": v.card.date.as_ref().map(|d| d.iso.as_str()),
                    "verdict": v.card.verdict.word,
                    "speaker": v.card.speaker.name,
                })
            })
            .collect()
    }

    /// `api/speakers/SLUG.json`: the speaker's record and checks.
    fn api_speaker(&self, g: &Group) -> Output {
        let origin = self.setup.origin.as_str();
        let record: Vec<Value> = self
            .record(g)
            .iter()
            .map(|r| json!({"verdict": r.verdict.word, "value": r.verdict.value, "count": r.count}))
            .collect();
        let url = crate::routes::Route::new([
            Kind::Speaker.segment(&self.setup.sections),
            g.slug.as_str(),
        ])
        .url(self.setup.base);
        let value = json!({
            "name": g.name,
            "slug": g.slug,
            "status": g.status,
            "url": format!("{origin}{url}"),
            "count": g.articles.len(),
            "record": record,
            "articles": self.entries(&g.articles),
        });
        json_file(format!("{API}/speakers/{}.json", g.slug), &value)
    }

    /// `api/index.json`: the site, its scale with counts, its speakers
    /// and every article.
    fn api_index(&self) -> Output {
        let (origin, base) = (self.setup.origin.as_str(), self.setup.base);
        let config = &self.setup.site.config;
        let verdicts: Vec<Value> = self
            .groups
            .of(Kind::Verdict)
            .iter()
            .filter_map(|g| {
                let v = g.verdict.as_ref()?;
                let mut value = verdict(v, origin);
                let map = value.as_object_mut()?;
                map.insert("count".into(), g.articles.len().into());
                map.insert(
                    "api".into(),
                    format!("{origin}{base}{API}/verdicts/{}.json", g.slug).into(),
                );
                Some(value)
            })
            .collect();
        let speakers: Vec<Value> = self
            .groups
            .of(Kind::Speaker)
            .iter()
            .map(|g| {
                json!({
                    "name": g.name,
                    "count": g.articles.len(),
                    "api": format!("{origin}{base}{API}/speakers/{}.json", g.slug),
                })
            })
            .collect();
        let all: Vec<usize> = (0..self.views.len()).collect();
        let value = json!({
            "site": {
                "title": config.title,
                "description": config.description,
                "url": self.setup.home,
                "language": config.language.code(),
            },
            "count": self.views.len(),
            "verdicts": verdicts,
            "speakers": speakers,
            "articles": self.entries(&all),
        });
        json_file(format!("{API}/index.json"), &value)
    }
}
