# check

check-used-before-full-name-write = `{ $abbr }` ilk dəfə işlənir: təşkilatın adını əvvəlcə tam yazın, sonra mötərizədə abreviaturanı verin, məsələn “Tam Ad ({ $abbr })”
check-statement-s-source-missing-give = bəyanatın mənbəyi göstərilməyib: `claim.url` (keçid) və ya `claim.video` (video) http(s) ünvanı ilə yazın
check-statement-s-source-has-no = bəyanatın mənbəyinin arxiv nüsxəsi yoxdur: onu saxlayıb `claim.archive` yazın
check-source-was-saved-day-s = mənbə { $on } tarixində saxlanılıb, mövzu qəbul ediləndən ({ $assigned }) { $late } gün gec: bələdçi bir gün ərzində saxlamağı tələb edir
check-clip-seconds-long-guide-s = video { $s } saniyədir: bələdçiyə görə optimal uzunluq 2–3 dəqiqədir (120–180 saniyə)
check-speaker-s-status-must-stated = açıqlama müəllifinin statusu (`{ $status }`) mətndə ən azı bir dəfə göstərilməlidir
check-body-does-not-quote-claim = iddia mətndə birbaşa sitat kimi (dırnaq içində və ya sitat blokunda) verilməyib: `claim.text`-i olduğu kimi sitat gətirin
check-quotation-claim-has-which-claim = iddianın sitatında `{ $num }` yazılıb, amma iddianın özündə bu rəqəm yoxdur ({ $list }): rəqəmləri deyildiyi kimi verin
check-changed-since-was-checked-so = yoxlamadan sonra dəyişib, düzəlişlər tətbiq olunmadı: `yoxla check --fix`-i yenidən işlədin
check-file-read-only-so-no = fayl yalnız oxunmaq üçündür, düzəlişlər tətbiq olunmadı: yazma icazəsi verin və ya özünüz düzəldin
check-name-people-full-not = şəxsin adı və soyadı tam yazılmalıdır: `{ $written }` yerinə `{ $f }`
check-name-people-full-not-initial = şəxsin adı və soyadı tam yazılmalıdır, `{ $written }` kimi inisialla yox
check-missing-empty-add-front-matter = `{ $key }` yoxdur və ya boşdur: onu front matter-ə əlavə edin
check-written-verdict-scale = `{ $word }` hökm şkalasında `{ $exact }` kimi yazılır
check-not-verdict-scale-did-you = `{ $word }` hökm şkalasında yoxdur: `{ $n }` nəzərdə tutulub?
check-not-verdict-scale-use-one = `{ $word }` hökm şkalasında yoxdur: bunlardan birini yazın: { $list }
check-category-not-one-yoxla-toml = `{ $cat }` kateqoriyası yoxla.toml-da yoxdur: bunlardan birini yazın: { $list }
check-not-yoxla-toml-s-authors = { $key } `{ $id }` yoxla.toml-un [authors] siyahısında yoxdur: [authors.{ $id }] əlavə edin və ya bunlardan birini yazın: { $list }
check-source-s-given-least-needed = { $n } mənbə verilib, ən azı { $min } lazımdır: title və url ilə [[sources]] əlavə edin
check-source-has-no-title-add = { $n }-ci mənbənin adı yoxdur: `title = "…"` əlavə edin
check-source-url-not-http-s = { $n }-ci mənbənin ünvanı `{ $url }` http(s) ünvanı deyil
check-source-has-no-url-add = { $n }-ci mənbənin ünvanı yoxdur: `url = "https://…"` əlavə edin
check-source-has-no-archived-copy = { $n }-ci mənbənin arxiv nüsxəsi yoxdur: səhifəni veb arxivdə saxlayıb `archive = "https://web.archive.org/…"` əlavə edin
check-source-foreign-language-lang-but = mənbələrdən biri xarici dildədir (`lang`), amma `foreign_sources = false` yazılıb: true yazın
check-foreign-sources-true-but-no = `foreign_sources = true` yazılıb, amma heç bir mənbənin dili (`lang`) saytın dilindən fərqli deyil: false yazın və ya mənbənin `lang`-ını göstərin
check-before-order-claim-date-workflow = `{ $k2 }` ({ $d2 }) `{ $k1 }` tarixindən ({ $d1 }) əvvəldir: ardıcıllıq claim.date ≤ workflow.assigned ≤ date olmalıdır
check-future-today-check-date = `{ $key }` ({ $d }) gələcəkdədir (bu gün { $today }): tarixi yoxlayın
check-slug-not-safe-use-lowercase = `{ $slug }` ünvanı (slug) təhlükəsiz deyil: yalnız kiçik ASCII hərflər, rəqəmlər və defis işlədin, məsələn `{ $fixed }`
check-took-interest-accuracy-fact-facts = “{ $title }” açıqlamada verilmiş fakt və ya faktların dəqiqliyi ilə maraqlanmış və verilmiş məlumatı yoxlamaq qərarına gəlmişdir
check-part-repeated-each-part-comes = “{ $name }” hissəsi təkrarlanır: hər hissə bir dəfə olmalıdır
check-part-comes-after-order-introduction = “{ $name }” hissəsi “{ $after }” hissəsindən sonra gəlir: ardıcıllıq Giriş, Tarixçə, Faktın yoxlanması, Nəticə olmalıdır
check-part-missing-add-heading = “{ $name }” hissəsi yoxdur: onu `## { $name }` başlığı ilə əlavə edin
check-conclusion-gives-bold-but-front = Nəticədə qalın hərflərlə “{ $word }” yazılıb, front matter-dəki hökm isə “{ $verdict }”dir: birini düzəldin
check-conclusion-must-give-verdict-bold = Nəticədə hökm qalın hərflərlə yazılmalıdır: **{ $verdict }**
check-conclusion-should-restate-claim-before = Nəticə hökmdən əvvəl yoxlanılan iddianı təkrarlamalıdır: iddianın { $content_len } əsas sözündən yalnız { $n }-i hökmdən əvvəl var
check-background-may-open-guide-s = Tarixçə bələdçinin cümləsi ilə başlaya bilər: { $opening }.
check-sentence-has-words-up-advised = cümlə { $n } sözdən ibarətdir, { $max } sözə qədər olması tövsiyə edilir: onu bölün
check-rude-word-slang-jargon-outside = `{ $written }` kobud ifadə, jarqon və ya sleng sayılır (`{ $base }`): sitat deyilsə, akademik üslubda başqa sözlə əvəz edin
check-breaks-house-style-thousands-take = `{ $written }` yazılışı bələdçiyə uyğun deyil: minliklər vergül və ya boşluqla, onluq kəsr nöqtə ilə yazılır: `{ $fixed }`
check-round-large-figures-amounts-money = böyük rəqəmlər və pul məbləğləri yuvarlaqlaşdırılmalıdır: `{ $written }` yerinə `{ $fix }`
check-ages-addresses-numbers-take-arabic = yaş, ünvan və nömrələr ərəb rəqəmləri ilə yazılır: `{ $written } { $unit }` yerinə `{ $value } { $unit }`
check-table-s-source-not-given = cədvəlin mənbəyi göstərilməyib: cədvəldə və ya ondan əvvəlki/sonrakı abzasda mənbəyə keçid verin
check-title-characters-long-most-are = başlıq { $n } simvoldur, ən çoxu { $max } ola bilər: { $over } simvol qısaldın
check-title-should-carry-claim-direct = başlıqda iddia dırnaq içində birbaşa sitat kimi verilməlidir; parafraz edirsinizsə, `title_paraphrase = true` yazın
check-title-must-name-who-made = başlıqda iddianın müəllifi tam adı ilə göstərilməlidir: `{ $name }`
check-title-must-not-give-speaker = başlıqda şəxsin siyasi statusu və ya rütbəsi (`{ $word }`) göstərilmir: onu mətndə yazın
check-article-was-finished-day-s = məqalə müddətdən { $late } gün gec bitib: son gün { $due } idi, dərc tarixi { $done }
check-article-day-s-overdue-was = məqalənin müddəti { $late } gün keçib: son gün { $due } idi
check-speaker-was-not-told-claim = açıqlamanın müəllifinə iddianın yoxlanıldığı bildirilməyib: bildirib `workflow.speaker_contacted` tarixini yazın
check-speaker-was-told-after-publication = açıqlamanın müəllifinə dərcdən ({ $published }) sonra, { $told } tarixində bildirilib: dərcdən əvvəl bildirilməlidir
check-has-not-answered-request-say = `{ $agency }` sorğuya cavab verməyib: məqalədə bunu qeyd edin (qurumun adı və “cavab verməyib” kimi ifadə ilə)
check-has-not-answered-since-over = `{ $agency }` { $sent } tarixindən cavab verməyib, bir ay keçib ({ $limit }): məqaləni cavabsız bitirin və bunu mətndə qeyd edin

check-slug-already-used-give-article = `{ $a_slug }` ünvanı (slug) artıq { $first } faylında işlənib: bu məqaləyə ayrıca `slug = "…"` verin
check-page-slug-unsafe-already-taken = səhifənin `{ $p_slug }` ünvanı təhlükəsiz deyil və ya artıq istifadə olunur: səhifəyə ayrıca `slug = "…"` verin
check-verdicts-names-which-not-verdict = `[verdicts]` cədvəlindəki `{ $word }` hökm şkalasında yoxdur: şkaladakı sözlərdən birini yazın

check-claim-speaker-status-missing-give = `claim.speaker_status` yoxdur: açıqlama müəllifinin statusunu (vəzifə, partiya) yazın
check-intro-who-and-when = Giriş iddianın müəllifini tam adı ilə (`{ $speaker }`) və iddianın nə vaxt deyildiyini göstərməlidir
check-intro-who = Giriş iddianın müəllifini tam adı ilə göstərməlidir: `{ $speaker }`
check-intro-when = Giriş iddianın nə vaxt deyildiyini (tarix və ya il) göstərməlidir

# Hər qaydanın nəyi yoxladığı, `yoxla rules` siyahısında göründüyü kimi
# (rule-ID; id-dəki nöqtələr defislə əvəz olunur).
rule-structure-sections = mətn Giriş, Tarixçə, Faktın yoxlanması və Nəticə hissələrindən bu ardıcıllıqla ibarətdir
rule-structure-verdict-in-conclusion = Nəticədə front matter-dəki hökm sözü qalın hərflərlə verilir
rule-structure-conclusion-restates-claim = Nəticə hökmdən əvvəl iddianı təkrarlayır
rule-structure-intro-who-what-when-where = Giriş iddianın müəllifini və iddianın nə vaxt deyildiyini göstərir
rule-structure-background-opening = Tarixçə bələdçinin standart cümləsi ilə başlayır
rule-title-length = başlıq ən çoxu 150 simvoldur
rule-title-quote = başlıqda iddia birbaşa sitat kimi verilir
rule-title-speaker = başlıqda iddianın müəllifi tam adı ilə göstərilir
rule-title-no-rank = başlıqda siyasi status və ya rütbə göstərilmir
rule-claim-source = bəyanatın mənbəyi keçid və ya video ilə göstərilir
rule-claim-archived = bəyanatın mənbəyi mövzu qəbul ediləndən sonra bir gün ərzində arxivdə saxlanılır
rule-claim-video-length = video 2–3 dəqiqə uzunluğundadır
rule-claim-quoted-in-body = mətndə iddia birbaşa sitat kimi verilir
rule-claim-numbers-as-said = mətndəki sitatın rəqəmləri iddiadakı rəqəmlərlə eynidir
rule-claim-speaker-status = açıqlama müəllifinin statusu verilir və mətndə də göstərilir
rule-style-sentence-length = cümlələr ən çoxu 30 sözdən ibarətdir
rule-style-full-names = şəxslərin adı və soyadı inisialla yox, tam yazılır
rule-style-abbreviation-first-use = abreviatura yalnız tam ad ilk dəfə yazıldıqdan sonra işlənir
rule-style-banned-words = sitatdan kənarda kobud ifadə, jarqon və ya sleng işlənmir
rule-style-number-format = minliklər vergül və ya boşluqla, onluq kəsrlər nöqtə ilə yazılır
rule-style-number-rounding = böyük rəqəmlər və pul məbləğləri yuvarlaqlaşdırılır
rule-style-numerals = yaş, ünvan və qərarların nömrələri ərəb rəqəmləri ilə yazılır
rule-style-table-source = hər cədvəlin yanında mənbəyə keçid var
rule-meta-required = front matter-in mütləq açarları var və tipləri düzgündür; tanınmayan açar yoxdur
rule-meta-verdict = hökm şkaladakı sözlərdən biridir
rule-meta-category = kateqoriya yoxla.toml-da verilmiş kateqoriyalardan biridir
rule-meta-author = müəllif və redaktor saytın müəllifləri siyahısındadır
rule-meta-sources = mənbələr kifayət qədərdir, hər birinin adı və http(s) ünvanı var
rule-meta-source-archived = hər mənbənin arxiv nüsxəsi var
rule-meta-foreign-sources = foreign_sources mənbələrin dillərinə uyğundur
rule-meta-dates = tarixlər düzgün və ardıcıldır, heç biri gələcəkdə deyil
rule-meta-slug = URL ünvanı (slug) unikal və təhlükəsizdir
rule-workflow-deadline = məqalə bələdçidəki müddət ərzində bitirilib
rule-workflow-speaker-contacted = açıqlamanın müəllifinə dərcdən əvvəl bildirilib
rule-workflow-request-unanswered = cavabsız qalan məlumat sorğusu mətndə qeyd olunur
rule-workflow-monthly-quota = hər müəllif ayda ən azı 3 məqalə hazırlayır

# SARIF: a rule's description for code-scanning tools, and a fix's.
sarif-rule-description = { $summary } (redaksiyanın üslub bələdçisi, { $id } qaydası).
sarif-fix = düzəliş: { $fix }
