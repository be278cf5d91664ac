//! The rules of the style guide: one table gives each rule its id (the
//! stable id of RULES.md), default severity, parameters and summary. The
//! table sits on the ground floor beside [`Finding`](super::Finding),
//! because every stage reports findings by rule (load reports files it
//! cannot read as `meta.required`); `check` reads the levels and
//! parameters a site sets, `yoxla rules` and `docs/rules.md` list it.

use super::Severity;

/// What a rule is, for config validation, `yoxla rules`, SARIF and
/// `docs/rules.md`.
#[derive(Debug, Clone, Copy)]
pub struct RuleInfo {
    /// The rule itself.
    pub rule: Rule,
    /// The stable id, e.g. `style.full-names`.
    pub id: &'static str,
    /// Severity when the config says nothing.
    pub default: Level,
    /// Parameter names accepted in `[rules."ID"]`.
    pub params: &'static [Param],
    /// One line on what the rule checks.
    pub summary: &'static str,
    /// The style guide's own words the rule holds authors to (a short
    /// quotation of `beledci.az.txt`, Azerbaijani as the guide is, `…`
    /// where words are left out): what an editor shows on hover.
    pub guide: &'static str,
    /// The variant's name, e.g. `StyleFullNames` (the anchor of the
    /// rule's entry in the API documentation).
    pub variant: &'static str,
}

impl RuleInfo {
    /// What the rule checks, in one line of `lang`'s catalogue
    /// (`rule-ID` in `check.ftl`, the id's dots as dashes); `summary`
    /// is the English one the code documents.
    pub fn summary_in(&self, lang: crate::text::Language) -> String {
        lang.text(&format!("rule-{}", self.id.replace('.', "-")))
    }
}

/// A parameter a rule takes in `[rules."ID"]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Param {
    /// Its name, e.g. `max_words`.
    pub name: &'static str,
    /// What value it takes; `[rules]` is checked against it when the
    /// configuration is read.
    pub kind: ParamKind,
}

/// The kinds of value a rule parameter takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// A whole number, 0 or more.
    Count,
    /// A whole number, 1 or more.
    Positive,
    /// A list of strings (words, phrases, abbreviations).
    Words,
    /// The part headings: a table with `intro`, `background`,
    /// `factcheck`, `conclusion`, each a list of headings.
    Sections,
    /// A line of text.
    Text,
    /// Words of context by word: a table whose keys are words of another
    /// list and whose values are lists of words (`axmaq = ["su", "çay"]`).
    Contexts,
}

/// The keys of [`ParamKind::Sections`], in the guide's order.
pub const SECTION_KEYS: [&str; 4] = ["intro", "background", "factcheck", "conclusion"];

/// A rule's level: a severity, or switched off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// The rule runs and reports at this severity.
    On(Severity),
    /// The rule does not run.
    Off,
    /// The rule feeds the status report only (no per-file finding).
    ReportOnly,
}

use Level::{On, ReportOnly};
use Severity::{Error, Suggestion, Warning};

/// Declares every rule once, as a variant of [`Rule`] and a row of
/// [`RULES`] (in the same order, so a rule's row is `RULES[rule as
/// usize]`): a rule can then only be named by its variant, and a misspelt
/// rule is a compile error rather than a finding silently dropped.
macro_rules! rules {
    ($($variant:ident => $id:literal, $default:expr, [$($param:literal: $kind:ident),*], $summary:literal, $guide:literal;)*) => {
        /// A rule of the style guide (RULES.md). Its stable id is
        /// [`Rule::id`]; findings, levels and parameters are keyed by it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Rule {
            $(
                #[doc = $summary]
                #[doc = ""]
                #[doc = concat!("The guide: “", $guide, "”")]
                $variant,
            )*
        }

        /// All rules, in the order of RULES.md.
        pub const RULES: &[RuleInfo] = &[
            $(RuleInfo {
                rule: Rule::$variant,
                id: $id,
                default: $default,
                params: &[$(Param { name: $param, kind: ParamKind::$kind }),*],
                summary: $summary,
                guide: $guide,
                variant: stringify!($variant),
            },)*
        ];
    };
}

rules! {
    StructureSections => "structure.sections", On(Error), ["names": Sections],
        "the body has the parts Introduction, Background, Fact check, Conclusion, in order",
        "Material beş hissədən ibarət olmalıdır: … Giriş … Tarixçə … Əsas hissə/Faktın yoxlanması … Nəticə";
    StructureVerdictInConclusion => "structure.verdict-in-conclusion", On(Error), [],
        "the Conclusion gives the front matter's verdict word in bold",
        "Materialda (məqalədə) başlıq və nəticə (qiymətləndirmə bildirən söz) qalın hərflərlə yazılmalıdır";
    StructureConclusionRestatesClaim => "structure.conclusion-restates-claim", On(Warning), [],
        "the Conclusion restates the claim before the verdict",
        "Nəticə hissəsində yoxlanılan açıqlamanı yenidən təkrarlayır, məqalənin müəllifi haqqında qısa analitik xülasə yazır və yalnız bundan sonra qiymətləndirmə hissəsinə keçirik";
    StructureIntroWhoWhatWhenWhere => "structure.intro-who-what-when-where", On(Warning), [],
        "the Introduction names the speaker and says when the claim was made",
        "Giriş — Açıqlama ilə əlaqəli hadisənin təsvirini əhatə edir (kim, nə, nə vaxt, harada)";
    StructureBackgroundOpening => "structure.background-opening", On(Suggestion), ["sentence": Text],
        "the Background opens with the guide's standard sentence",
        "Materialın (məqalənin) üçüncü hissəsi bu şəkildə başlanmalıdır: … açıqlamada verilmiş fakt və ya faktların dəqiqliyi ilə maraqlanmış və verilmiş məlumatı yoxlamaq qərarına gəlmişdir”. Bununla belə digər formalara da icazə verilir";
    TitleLength => "title.length", On(Error), ["max": Positive],
        "the title is at most 150 characters",
        "Başlıq maksimum 150 simvoldan ibarət olmalıdır";
    TitleQuote => "title.quote", On(Warning), [],
        "the title carries the claim as a direct quote",
        "Məqalənin başlığı verilən bəyanatdakı sitatı ehtiva etməlidir. Əgər sitat qısa və aydın deyilsə, onu parafraz etmək olar";
    TitleSpeaker => "title.speaker", On(Error), [],
        "the title names the speaker in full",
        "Başlıqda açıqlamanı verən şəxsin kimliyi qeyd olunur";
    TitleNoRank => "title.no-rank", On(Error), ["words": Words],
        "the title gives no political status or rank",
        "Başlıqda açıqlamanı verən şəxsin kimliyi qeyd olunur, siyasi statusu və ya rütbəsi göstərilmir";
    ClaimSource => "claim.source", On(Error), [],
        "the statement's source link or video is given",
        "Materialda verilən bəyanatın mənbəyi ilə bağlı ya bir link, ya da video … olmalıdır";
    ClaimArchived => "claim.archived", On(Warning), [],
        "the statement's source is archived within a day of assignment",
        "Müəllif ifadənin təsvir olunduğu videonu yoxlanmış ifadə ilə birlikdə ən qısa müddətdə (1 gün) kəsib saxlamalıdır";
    ClaimVideoLength => "claim.video-length", On(Suggestion), [],
        "the video clip is 2–3 minutes long",
        "ya bir link, ya da video (optimal uzunluq 2-3 dəqiqədir) olmalıdır";
    ClaimQuotedInBody => "claim.quoted-in-body", On(Error), [],
        "the body quotes the claim directly",
        "Yoxlanılmış faktdan birbaşa sitat olmalıdır";
    ClaimNumbersAsSaid => "claim.numbers-as-said", On(Warning), [],
        "numbers in the body's quotation are the claim's numbers",
        "Müəllifin bəyanatında ifadə edilən rəqəmlər olduğu kimi təqdim edilməlidir. Məsələn, müəllif 58 milyon deyirsə, onu 58 000 min kimi yazmaq olmaz";
    ClaimSpeakerStatus => "claim.speaker-status", On(Error), [],
        "the speaker's status is given and stated in the body",
        "Məqalədə bəyanatın müəllifinin statusu ən azı bir dəfə göstərilməlidir (Məsələn, millət vəkili, komitə rəhbəri, partiya mənsubiyyəti və s.)";
    StyleSentenceLength => "style.sentence-length", On(Warning), ["max_words": Positive],
        "sentences are at most 30 words",
        "Uyğun olan yerlərdə qısa cümlələrdən (30 sözə qədər) istifadə tövsiyə edilir";
    StyleFullNames => "style.full-names", On(Error), [],
        "people are named in full, not by an initial",
        "Şəxslərin adı və soyadı tam şəkildə yazılır";
    StyleAbbreviationFirstUse => "style.abbreviation-first-use", On(Warning), ["known": Words],
        "an abbreviation follows its full name's first use",
        "Təşkilatın adı ilk dəfə bütöv yazılır. Növbəti cümlələrdə təkcə abreviaituranı işlətmək olar";
    StyleBannedWords => "style.banned-words", On(Error), ["words": Words, "innocent": Contexts],
        "no rude words, slang or jargon outside quotations",
        "Kobud ifadələrin və jarqonların istifadəsinə, terminlərin tərcüməsinə icazə verilmir (sitatda birbaşa istifadə edilməyibsə)";
    StyleNumberFormat => "style.number-format", On(Error), [],
        "thousands with a comma or space, decimals with a dot",
        "Minlik ədədləri yazarkən vergüldən və ya boşluqdan, onluq kəsrləri yazarkən isə nöqtədən istifadə edilməlidir";
    StyleNumberRounding => "style.number-rounding", On(Warning), [],
        "large figures and money are rounded",
        "Əgər mətndə hər hansı ölçü milyon ədədində ifadə edilibsə, bütöv rəqəmi yazmağa ehtiyac yoxdur, ədəd yuvarlaqlaşdırılmalıdır";
    StyleNumerals => "style.numerals", On(Suggestion), [],
        "ages, addresses and numbers of decisions in Arabic numerals",
        "Ərəb rəqəmlərindən bu məqamarda istifadə edilir: yaş, ünvan, tv kanalların adları, məhkəmələrin, parlamentin və hökumətin qərarları";
    StyleTableSource => "style.table-source", On(Warning), [],
        "every table has a source link beside it",
        "Məqalədə verilən bütün cədvəllər, statistik məlumatlar asan şəkildə axtarılabilən olmalıdır (Məsələn, qısa izahlar və hiperlinklər vasitəsilə)";
    MetaRequired => "meta.required", On(Error), [],
        "required front-matter keys are present and well-typed; no unknown keys",
        "Hər bir materialda məqalənin kateqoriyası və tərcüməçilər üçün xarici dildə istinadların olub-olmaması qeyd olunur";
    MetaVerdict => "meta.verdict", On(Error), ["scale": Words],
        "the verdict is one of the scale",
        "Yoxlanılan ifadənin doğruluğu barədə analizlərlə birlikdə son qiymətləndirməni (doğru, əsasən doğru, yarı-doğru, əsasən yanlış, yanlış, yalan) ehtiva edir";
    MetaCategory => "meta.category", On(Error), [],
        "the category is one of the configured categories",
        "Hər bir materialda məqalənin kateqoriyası … qeyd olunur";
    MetaAuthor => "meta.author", On(Error), [],
        "author and editor are in the site's authors",
        "Müəllif məqaləni müvafiq qovluğa yerləşdirir. Bundan sonra, redaktor məqaləni oxuyur, şərh edir və müəllifə qaytarır";
    MetaSources => "meta.sources", On(Error), ["min": Count],
        "enough sources, each with a title and an http(s) url",
        "Əsas hissə/Faktın yoxlanması müxtəlif mənbələrdən (ictimai informasiya, rəsmi veb-səhifələr, media, ilkin mənbələrdən əldə edilmiş müsahibələr) toplanmış ümumi informasiyadır";
    MetaSourceArchived => "meta.source-archived", On(Warning), [],
        "every source has an archived copy",
        "Məqalədə verilən bütün cədvəllər, statistik məlumatlar asan şəkildə axtarılabilən olmalıdır";
    MetaForeignSources => "meta.foreign-sources", On(Warning), [],
        "foreign_sources agrees with the sources' languages",
        "Hər bir materialda … tərcüməçilər üçün xarici dildə istinadların olub-olmaması qeyd olunur";
    MetaDates => "meta.dates", On(Error), [],
        "dates are real and in order, none in the future",
        "Açıqlama ilə əlaqəli hadisənin təsvirini əhatə edir (kim, nə, nə vaxt, harada)";
    MetaSlug => "meta.slug", On(Error), [],
        "the URL slug is unique and safe",
        "Redaktə edilən məqalələr veb-administrator tərəfindən bir gündən gec olmayaraq veb səhifəsinə yüklənir";
    WorkflowDeadline => "workflow.deadline", On(Warning), [],
        "the article was finished within the guide's deadline",
        "Məqalə mövzu qəbul edilməsinin ikinci günündən başlayaraq üç gün içində bitirilməlidir";
    WorkflowSpeakerContacted => "workflow.speaker-contacted", On(Warning), [],
        "the speaker was told before publication",
        "Müəllif məqaləyə başlayarkən ifadəni verən şəxsə onun düzgünlüyünün yoxlanıldığı haqqında məlumat verməli";
    WorkflowRequestUnanswered => "workflow.request-unanswered", On(Error), [],
        "an unanswered information request is said so in the body",
        "Əgər cavab məktubu alınmasa müəllif məqaləni cavab məktubu olmadan bitirir və məqalədə müvafiq dövlət qurumundan cavab ala bilmədiyini vurğulayır";
    WorkflowMonthlyQuota => "workflow.monthly-quota", ReportOnly, [],
        "each author prepares at least 3 articles a month",
        "hər bir üzvü hər ay ən azı üç məqalə hazırlayır (kifayət qədər mövzu olduqda)";
}

impl Rule {
    /// The rule's row of [`RULES`].
    pub fn info(self) -> &'static RuleInfo {
        &RULES[self as usize]
    }

    /// The stable id of RULES.md, e.g. `style.full-names`.
    pub fn id(self) -> &'static str {
        self.info().id
    }

    /// The rule with this id.
    pub fn from_id(id: &str) -> Option<Rule> {
        RULES.iter().find(|r| r.id == id).map(|r| r.rule)
    }

    /// The style guide's own words for the rule (see [`RuleInfo::guide`]).
    pub fn guide(self) -> &'static str {
        self.info().guide
    }

    /// Where the rule is documented: its entry in this version's API
    /// documentation, which shows the summary and the guide's words.
    pub fn docs_url(self) -> String {
        format!(
            "{DOCS_BASE}/{}/yoxla/diag/rules/enum.Rule.html#variant.{}",
            env!("CARGO_PKG_VERSION"),
            self.info().variant
        )
    }
}

/// Where the crate's API documentation is published, by version.
pub const DOCS_BASE: &str = "https://docs.rs/yoxla";

/// Rules sort by id (findings at one position are listed in id order).
impl Ord for Rule {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.id().cmp(other.id())
    }
}

impl PartialOrd for Rule {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl serde::Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl PartialEq<&str> for Rule {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

/// Looks a rule up by id.
pub fn rule(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}

/// The rules reference shipped as `docs/rules.md`, made from [`RULES`]
/// (a test holds the file to it, so the two never drift apart).
pub fn reference() -> String {
    let mut out = String::from(
        "# Rules\n\n\
         Generated from the rule table in `src/diag/rules.rs` (`yoxla rules` prints the same \
         table with the levels a site sets). Every rule can be re-levelled or switched off in \
         `[rules]` of `yoxla.toml`, or silenced in an article with `<!-- yoxla-disable RULE -->`; \
         a verdict that is not on the scale, two articles with one address and an unsafe slug \
         stay errors whatever the level.\n\n\
         | id | default | parameters | what it checks | the guide says |\n|---|---|---|---|---|\n",
    );
    for r in RULES {
        let default = match r.default {
            Level::On(s) => s.to_string(),
            Level::Off => "off".into(),
            Level::ReportOnly => "report only".into(),
        };
        let params = if r.params.is_empty() {
            "–".to_string()
        } else {
            r.params
                .iter()
                .map(|p| format!("`{}`", p.name))
                .collect::<Vec<_>>()
                .join(", ")
        };
        out.push_str(&format!(
            "| `{}` | {default} | {params} | {} | “{}” |\n",
            r.id, r.summary, r.guide
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_its_own_row_of_the_table() {
        for (i, r) in RULES.iter().enumerate() {
            assert_eq!(r.rule as usize, i, "{}", r.id);
            assert_eq!(Rule::from_id(r.id), Some(r.rule));
            assert_eq!(r.rule.id(), r.id);
        }
        assert_eq!(Rule::from_id("style.sentance-length"), None);
        let mut ids: Vec<_> = RULES.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len(), "ids are unique");
    }

    #[test]
    fn every_rule_quotes_the_guide_in_its_own_words() {
        for r in RULES {
            let g = r.guide;
            assert!(!g.trim().is_empty(), "{}: no quotation", r.id);
            assert!(g.chars().count() <= 250, "{}: a short quotation", r.id);
            assert!(!g.contains(['\n', '|']), "{}: one line of a table", r.id);
            assert!(
                g.chars().any(|c| "əığşçöüƏİĞŞÇÖÜ".contains(c)),
                "{}: the guide is Azerbaijani: {g}",
                r.id
            );
            assert!(
                !g.to_lowercase().contains("fakt yoxla"),
                "{}: no newsroom's name",
                r.id
            );
        }
        assert!(Rule::TitleLength.guide().contains("150 simvol"));
        assert!(Rule::StyleNumberFormat.guide().contains("vergüldən"));
    }

    #[test]
    fn a_rule_links_to_its_own_documentation() {
        let url = Rule::StyleFullNames.docs_url();
        assert!(url.starts_with(DOCS_BASE), "{url}");
        assert!(url.ends_with("#variant.StyleFullNames"), "{url}");
        assert!(url::Url::parse(&url).is_ok(), "{url}");
    }

    #[test]
    fn rules_sort_and_serialize_by_id() {
        assert!(Rule::MetaVerdict < Rule::StructureSections);
        assert_eq!(
            serde_json::to_string(&Rule::StyleFullNames).unwrap_or_default(),
            "\"style.full-names\""
        );
    }
}
