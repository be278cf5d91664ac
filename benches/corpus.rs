//! A generator of realistic, valid fact-check sites of any size, shared
//! by `examples/corpus.rs` (the command), the benchmarks and a test that
//! checks a generated site passes every rule.
//!
//! Everything is deterministic: article `i` of a corpus is always the same.
//! Speakers, claims and figures are fictional.

#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::Path;

const FIRST: &[&str] = &[
    "Ramil",
    "Sevda",
    "Orxan",
    "Günel",
    "Elvin",
    "Kamran",
    "Lalə",
    "Nigar",
    "Tural",
    "Aygün",
    "Rəşad",
    "Səbinə",
    "Vüqar",
    "Ülviyyə",
    "Fuad",
    "Xəyalə",
];
const LAST: &[&str] = &[
    "Qasımov",
    "Kərimova",
    "Əlizadə",
    "Məhərrəmova",
    "Nəsirov",
    "Şükürov",
    "Babayeva",
    "Hüseynli",
    "Cəfərov",
    "İsmayılova",
    "Rzayev",
    "Quliyeva",
];
const STATUS: &[&str] = &[
    "millət vəkili",
    "Milli Nəqliyyat Agentliyinin sədri",
    "İqtisadi Təşəbbüslər Mərkəzinin rəhbəri",
    "Səhiyyə İslahatları Fondunun direktoru",
    "Gənc Alimlər Şurasının sədri",
    "bələdiyyə sədri",
];
const CATEGORIES: &[&str] = &["iqtisadiyyat", "siyasət", "sosial", "səhiyyə", "təhsil"];
const TAGS: &[&str] = &[
    "qiymətlər",
    "büdcə",
    "məktəblər",
    "xəstəxanalar",
    "nəqliyyat",
    "pensiyalar",
    "gənclər",
    "seçkilər",
    "su təchizatı",
    "işsizlik",
    "regionlar",
    "vergilər",
];
const AUTHORS: &[(&str, &str)] = &[
    ("aysel-memmedova", "Aysel Məmmədova"),
    ("nigar-huseynova", "Nigar Hüseynova"),
    ("samir-rzayev", "Samir Rzayev"),
    ("leyla-qasimli", "Leyla Qasımlı"),
    ("emin-bayramov", "Emin Bayramov"),
    ("gulnar-ehmedova", "Gülnar Əhmədova"),
];
const SUBJECTS: &[&str] = &[
    "çörəyin qiyməti",
    "orta pensiya",
    "gənclər arasında işsizlik",
    "yeni məktəblərin sayı",
    "avtobus parkı",
    "dərman qiymətləri",
    "kənd təsərrüfatı ixracı",
    "turistlərin sayı",
    "mənzil qiymətləri",
    "elektrik tarifi",
];

/// Sentences of ordinary reporting, each well under 30 words, with
/// numbers in the house style.
const FILLER: &[&str] = &[
    "Bu mövzu son illərdə ictimaiyyətin diqqət mərkəzində olub.",
    "Rəsmi statistika ilə müstəqil mənbələrin rəqəmləri bəzən fərqlənir.",
    "Mütəxəssislər hesab edir ki, göstəricini başqa illərlə müqayisə etmək lazımdır.",
    "Regionlarda vəziyyət paytaxtdakından fərqli ola bilər.",
    "Hesabatda ötən ilin göstəriciləri də verilib.",
    "Bu rəqəmlər rüblük hesabatlarda mütəmadi yenilənir.",
    "Qurumun açıq məlumat portalında bütün cədvəllər yerləşdirilib.",
    "Ekspertlərin fikrincə, dəyişikliyin əsas səbəbi idxal xərclərinin artmasıdır.",
    "Sakinlər bu məsələ ilə bağlı dəfələrlə müraciət ediblər.",
    "Müqayisə üçün qonşu ölkələrin göstəricilərinə də baxdıq.",
    "Rəqəmlər ilin əvvəlindən bəri azca dəyişib.",
    "Göstəricinin hesablanma qaydası 2021-ci ildə dəyişdirilib.",
    "Qurumun mətbuat xidməti əlavə izah verməyib.",
    "Bu, ailələrin gündəlik xərclərinə birbaşa təsir edir.",
    "Sahə üzrə ən son məlumat bu ilin sentyabr ayına aiddir.",
    "Müstəqil tədqiqatçılar da oxşar nəticəyə gəliblər.",
    "Rəsmi açıqlamalarda bu rəqəm bir neçə dəfə təkrarlanıb.",
    "Müqayisəli təhlil göstərir ki, dəyişiklik tədricən baş verib.",
    "Sorğuda 1,200 nəfər iştirak edib.",
    "Ümumi məbləğ 92,500 manat təşkil edib.",
    "Bu dövrdə artım 4.5 faiz olub.",
    "Layihəyə 3 milyon manat vəsait ayrılıb.",
    "Hesabata görə, göstərici 12 500 vahidə çatıb.",
    "Mənbələrin hamısı açıq və yoxlanıla biləndir.",
];

/// Deterministic pseudo-random numbers (xorshift), seeded per article.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// The `yoxla.toml` of a generated site.
pub fn config() -> String {
    let mut s = String::from(
        "title = \"Fakt Yoxla\"\nbase_url = \"https://faktyoxla.example.org\"\nlanguage = \"az\"\ndescription = \"Generated corpus\"\ncategories = [",
    );
    let cats: Vec<String> = CATEGORIES.iter().map(|c| format!("\"{c}\"")).collect();
    s.push_str(&cats.join(", "));
    s.push_str("]\n");
    for (id, name) in AUTHORS {
        let _ = write!(s, "\n[authors.{id}]\nname = \"{name}\"\n");
    }
    s
}

/// The day `days` after 1 January 2020, as TOML and as readers read it.
fn date(days: u64) -> (String, String) {
    let start = yoxla::text::Date::parse("2020-01-01").unwrap_or_else(yoxla::text::Date::today);
    let d = start.add_days(days as i64);
    (
        d.to_string(),
        yoxla::text::format_date(d, yoxla::text::Language::Az),
    )
}

fn paragraph(rng: &mut Rng, sentences: usize) -> String {
    (0..sentences)
        .map(|_| rng.pick(FILLER))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Article `i`: its path under `content/` and its text.
pub fn article(i: usize) -> (String, String) {
    let mut rng = Rng::new(i as u64 + 1);
    let speaker_n = i % 160;
    let speaker = format!(
        "{} {}",
        FIRST[speaker_n % FIRST.len()],
        LAST[(speaker_n / FIRST.len()) % LAST.len()]
    );
    let status = STATUS[speaker_n % STATUS.len()];
    let subject = rng.pick(SUBJECTS);
    let percent = 5 + rng.below(90);
    let years = 2 + rng.below(8);
    let claim = format!("Son {years} ildə {subject} {percent} faiz artıb");
    let scale = yoxla::config::default_scale(yoxla::text::Language::Az);
    let verdict = &scale[i % scale.len()];
    let category = CATEGORIES[i % CATEGORIES.len()];
    let tag1 = rng.pick(TAGS);
    let tag2 = TAGS[(i * 7) % TAGS.len()];
    let (author, _) = AUTHORS[i % AUTHORS.len()];
    let (editor, _) = AUTHORS[(i + 1) % AUTHORS.len()];
    let day = (i as u64 * 13) % 2300;
    let (claim_date, claim_text_date) = date(day);
    let (assigned, _) = date(day + 1);
    let (published, _) = date(day + 3);
    let year = &claim_date[..4];
    let slug = format!("{}-{i}", yoxla::text::slugify(&speaker));
    let foreign = i.is_multiple_of(4);
    let mut t = String::with_capacity(6000);
    let _ = write!(
        t,
        "+++\ntitle = \"{speaker}: “{claim}”\"\nslug = \"{slug}\"\ndate = {published}\nauthor = \"{author}\"\neditor = \"{editor}\"\ncategory = \"{category}\"\ntags = [\"{tag1}\", \"{tag2}\"]\nstatus = \"ready\"\nverdict = \"{verdict}\"\nforeign_sources = {foreign}\n\n[claim]\ntext = \"{claim}\"\nspeaker = \"{speaker}\"\nspeaker_status = \"{status}\"\ndate = {claim_date}\nurl = \"https://xeber.example.az/{year}/{i}\"\narchive = \"https://web.archive.org/web/{year}/https://xeber.example.az/{year}/{i}\"\narchived_on = {assigned}\n"
    );
    for s in 0..3 {
        let lang = if foreign && s == 2 { "en" } else { "az" };
        let _ = write!(
            t,
            "\n[[sources]]\ntitle = \"Mənbə {s}: {subject} üzrə hesabat\"\nurl = \"https://statistika.example.az/{i}/{s}\"\narchive = \"https://web.archive.org/web/{year}/https://statistika.example.az/{i}/{s}\"\nlang = \"{lang}\"\n"
        );
    }
    let _ = write!(
        t,
        "\n[workflow]\nassigned = {assigned}\nspeaker_contacted = {assigned}\n+++\n"
    );
    let _ = write!(
        t,
        "## Giriş\n\n{} {speaker} {claim_text_date} tarixində çıxış edib. O, deyib: “{claim}”.\n\n{}\n\n",
        yoxla::text::titlecase_first(status),
        paragraph(&mut rng, 3)
    );
    let _ = write!(
        t,
        "## Tarixçə\n\n“Fakt Yoxla” açıqlamada verilmiş fakt və ya faktların dəqiqliyi ilə maraqlanmış və verilmiş məlumatı yoxlamaq qərarına gəlmişdir.\n\n"
    );
    for _ in 0..(5 + rng.below(3)) {
        let n = 5 + rng.below(4);
        let _ = write!(t, "{}\n\n", paragraph(&mut rng, n));
    }
    let _ = write!(
        t,
        "## Faktın yoxlanması\n\nStatistika Mərkəzinin [hesabatına](https://statistika.example.az/{i}/0) görə, göstərici belə dəyişib:\n\n| İl | Göstərici |\n|---|---|\n"
    );
    for y in 0..4 {
        let _ = writeln!(t, "| {} | {} |", 2019 + y, 1_000 + rng.below(9_000));
    }
    t.push('\n');
    for _ in 0..(6 + rng.below(3)) {
        let n = 5 + rng.below(4);
        let _ = write!(t, "{}\n\n", paragraph(&mut rng, n));
    }
    let _ = write!(
        t,
        "## Nəticə\n\n{speaker} deyib ki, “{}”. {} Buna görə “Fakt Yoxla” bu açıqlamanı **{verdict}** hesab edir.\n",
        yoxla::text::lowercase_first(&claim),
        paragraph(&mut rng, 2)
    );
    (format!("content/{year}/{slug}.md"), t)
}

/// The same article for Hugo: the front matter gains the taxonomy
/// lists Hugo groups by (`verdicts`, `categories`, `speakers`, `tags`
/// already there, `authors`); the body is unchanged.
pub fn hugo_article(i: usize) -> (String, String) {
    let (path, text) = article(i);
    let value = |key: &str| {
        text.lines()
            .find_map(|l| l.strip_prefix(key)?.strip_prefix(" = "))
            .unwrap_or("\"\"")
            .to_string()
    };
    let taxonomies = format!(
        "verdicts = [{}]\ncategories = [{}]\nspeakers = [{}]\nauthors = [{}, {}]\n",
        value("verdict"),
        value("category"),
        value("speaker"),
        value("author"),
        value("editor"),
    );
    let text = text.replacen("\n[claim]\n", &format!("\n{taxonomies}\n[claim]\n"), 1);
    let name = path.rsplit('/').next().unwrap_or(&path).to_string();
    (format!("content/yoxlamalar/{name}"), text)
}

/// Writes the Hugo version of a site of `n` articles into `dir`: the
/// configuration and layouts of `benches/hugo/` and the articles of
/// [`hugo_article`].
pub fn write_hugo_site(dir: &Path, n: usize) -> std::io::Result<()> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/hugo");
    for entry in walkdir::WalkDir::new(&here) {
        let entry = entry.map_err(std::io::Error::other)?;
        let rel = entry
            .path()
            .strip_prefix(&here)
            .map_err(std::io::Error::other)?;
        let target = dir.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target)?;
        } else {
            std::fs::copy(entry.path(), &target)?;
        }
    }
    std::fs::create_dir_all(dir.join("content/yoxlamalar"))?;
    for i in 0..n {
        let (path, text) = hugo_article(i);
        std::fs::write(dir.join(path), text)?;
    }
    Ok(())
}

/// Writes a site of `n` articles (config and content) into `dir`.
pub fn write_site(dir: &Path, n: usize) -> std::io::Result<()> {
    std::fs::create_dir_all(dir.join("content"))?;
    std::fs::write(dir.join("yoxla.toml"), config())?;
    for i in 0..n {
        let (path, text) = article(i);
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(path, text)?;
    }
    Ok(())
}
