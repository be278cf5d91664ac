//! Taxonomy grouping: the articles of the site by verdict, category,
//! tag, speaker and author ([`Groups`]), made in one pass over the
//! article views. A new kind of grouping, or a change to how a group is
//! named, sorted or slugged, belongs here; its pages are drawn in
//! `pages.rs`.

use super::contract::{ArticleView, Kind, VerdictView};
use super::views;
use crate::config::Config;
use crate::content::{Article, Site};
use crate::routes::Sections;
use crate::text;
use foldhash::{HashMap, HashMapExt as _};
use std::collections::BTreeMap;
use std::sync::Arc;

/// [`Kind`] is declared with the data contract (templates see it as
/// `kind`); what it means for URLs and titles is here.
impl Kind {
    /// Every kind, in the order the job list visits them.
    pub(super) const ALL: [Kind; 5] = [
        Kind::Verdict,
        Kind::Category,
        Kind::Tag,
        Kind::Speaker,
        Kind::Author,
    ];

    /// The URL segment of the kind's pages.
    pub(super) fn segment(self, s: &Sections) -> &'static str {
        match self {
            Kind::Verdict => s.verdicts,
            Kind::Category => s.categories,
            Kind::Tag => s.tags,
            Kind::Speaker => s.speakers,
            Kind::Author => s.authors,
        }
    }

    /// The key of the kind's title among the theme's strings.
    pub(super) fn title_key(self) -> &'static str {
        match self {
            Kind::Verdict => "verdicts",
            Kind::Category => "categories",
            Kind::Tag => "tags",
            Kind::Speaker => "speakers",
            Kind::Author => "authors",
        }
    }
}

/// A group of articles: one verdict, category, tag, speaker or author.
#[derive(Debug, Clone)]
pub(super) struct Group {
    pub(super) name: String,
    pub(super) slug: String,
    /// Indexes into the newest-first article list.
    pub(super) articles: Vec<usize>,
    /// The speaker's most recent status.
    pub(super) status: Option<String>,
    pub(super) verdict: Option<VerdictView>,
    pub(super) bio: Option<String>,
}

/// All groups of the site, built in one pass.
pub(super) struct Groups {
    by_kind: BTreeMap<Kind, Vec<Group>>,
}

fn group_entry<'m>(
    maps: &'m mut BTreeMap<Kind, HashMap<String, Group>>,
    kind: Kind,
    slug: &str,
    name: &str,
) -> &'m mut Group {
    let groups = maps.entry(kind).or_default();
    if !groups.contains_key(slug) {
        groups.insert(
            slug.to_string(),
            Group {
                name: name.to_string(),
                slug: slug.to_string(),
                articles: Vec::new(),
                status: None,
                verdict: None,
                bio: None,
            },
        );
    }
    groups
        .get_mut(slug)
        .unwrap_or_else(|| unreachable!("the group was just inserted"))
}

/// `make(name)`, made once per name.
fn slug_of<'c>(
    cache: &'c mut HashMap<String, String>,
    name: &str,
    make: fn(&str) -> String,
) -> &'c str {
    if !cache.contains_key(name) {
        cache.insert(name.to_string(), make(name));
    }
    cache.get(name).map_or("", String::as_str)
}

impl Groups {
    /// Groups the published articles (`articles[i]` is shown as
    /// `views[i]`) in one pass.
    pub(super) fn build(
        site: &Site,
        articles: &[&Article],
        views: &[Arc<ArticleView>],
        sections: &Sections,
    ) -> Groups {
        let config = &site.config;
        let mut maps: BTreeMap<Kind, HashMap<String, Group>> = BTreeMap::new();
        // Every verdict of the scale gets its page, even with no article yet.
        for v in &config.verdicts {
            let view = VerdictView::new(v, config, sections);
            let label = view.label.clone();
            group_entry(&mut maps, Kind::Verdict, &v.slug, &label).verdict = Some(view);
        }
        // Few distinct categories, tags and speakers: each name is
        // slugified once.
        let mut slugs: HashMap<String, String> = HashMap::new();
        let mut speaker_slugs: HashMap<String, String> = HashMap::new();
        for (i, (a, v)) in articles.iter().zip(views).enumerate() {
            let mut add = |kind: Kind, slug: &str, name: &str| {
                let g = group_entry(&mut maps, kind, slug, name);
                if g.articles.last() != Some(&i) {
                    g.articles.push(i);
                }
            };
            add(Kind::Verdict, &v.card.verdict.slug, &v.card.verdict.label);
            let category = &v.card.category.name;
            add(
                Kind::Category,
                slug_of(&mut slugs, category, text::slugify),
                category,
            );
            for tag in &v.tags {
                add(
                    Kind::Tag,
                    slug_of(&mut slugs, &tag.name, text::slugify),
                    &tag.name,
                );
            }
            for id in a.fm.author.iter().chain(a.fm.editor.iter()) {
                let name = config
                    .authors
                    .get(id)
                    .map_or(id.as_str(), |au| au.name.as_str());
                add(Kind::Author, id, name);
            }
            let speaker = &v.card.speaker.name;
            let g = group_entry(
                &mut maps,
                Kind::Speaker,
                slug_of(&mut speaker_slugs, speaker, views::speaker_slug),
                speaker,
            );
            g.articles.push(i);
            // Newest first: the first status seen is the current one.
            if g.status.is_none() && !v.claim_box.speaker_status.is_empty() {
                g.status = Some(v.claim_box.speaker_status.clone());
            }
        }
        if let Some(authors) = maps.get_mut(&Kind::Author) {
            add_bios(authors, config);
        }
        let by_kind = maps
            .into_iter()
            .map(|(kind, m)| (kind, sorted(kind, m)))
            .collect();
        Groups { by_kind }
    }

    /// The groups of a kind, in the order their page lists them.
    pub(super) fn of(&self, kind: Kind) -> &[Group] {
        self.by_kind.get(&kind).map_or(&[], Vec::as_slice)
    }
}

/// Each author's biography, from the configuration.
fn add_bios(authors: &mut HashMap<String, Group>, config: &Config) {
    for (id, g) in authors.iter_mut() {
        g.bio = config
            .authors
            .get(id)
            .map(|a| a.bio.clone())
            .filter(|b| !b.is_empty());
    }
}

/// The groups of a kind in the order their page lists them: verdicts by
/// the scale's rank, the others by name.
fn sorted(kind: Kind, groups: HashMap<String, Group>) -> Vec<Group> {
    let mut groups: Vec<Group> = groups.into_values().collect();
    if kind == Kind::Verdict {
        groups.sort_by(|a, b| {
            let rank = |g: &Group| g.verdict.as_ref().map_or(usize::MAX, |v| v.rank);
            rank(a).cmp(&rank(b)).then_with(|| a.slug.cmp(&b.slug))
        });
    } else {
        groups.sort_by(|a, b| text::compare(&a.name, &b.name).then(a.slug.cmp(&b.slug)));
    }
    groups
}
