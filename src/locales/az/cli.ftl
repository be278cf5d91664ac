# cli

cli-changed-git-failed-see-git = --changed: `git { $what }` alınmadı; repozitoriyanı `git status` ilə yoxlayın
cli-changed-needs-git-ref-e = --changed üçün git ref-i verin, məsələn { $hint }
cli-changed-not-git-ref-ref = --changed: `{ $shown }` git ref-i deyil (ref `-` ilə başlaya və idarəedici simvol saxlaya bilməz); budaq, teq və ya commit verin, məsələn { $hint }
cli-changed-needs-git-repository-not = --changed git repozitoriyası tələb edir, { $root } isə repozitoriyada deyil: yoxlamanı repozitoriyada işə salın və ya --changed olmadan yoxlayın
cli-changed-not-commit-branch-tag = --changed: `{ $shown }` bu repozitoriyada commit, budaq və ya teq deyil; mövcud olanı verin, məsələn { $hint }
cli-changed-needs-git-which-could = --changed üçün git lazımdır, amma onu işə salmaq olmadı{ $why }: git-i quraşdırın və ya --changed olmadan yoxlayın
cli-written = yazıldı:
cli-skipped-already-there-left-was = keçildi (artıq var, dəyişilmədi):
cli-site-ready-next-cd-yoxla = Sayt hazırdır. Sonra: cd { $shown } && yoxla serve (önizləmə), yoxla check, yoxla build. İlk yoxlamanı yoxla new ilə başladın; nümunə məqalə qaralamadır, onu silin. Səhifələrdəki [mötərizədəki] yerləri doldurun.
cli-yoxla-init-not-given-no = yoxla init: { $flags } verilməyib və soruşmaq olmur (terminal deyil): onları verin, ya da standart dəyərlər üçün --yes yazın
cli-newsroom-s-name = Redaksiyanın adı
cli-site-s-address = Saytın ünvanı
cli-editor-s-full-name = Redaktorun adı və soyadı
cli-claim-verbatim = İddia (olduğu kimi)
cli-who-said-full-name = Kim deyib (ad və soyad)
cli-their-status-office-party = Statusu (vəzifə, partiya)
cli-category = Kateqoriya
cli-author-id = Müəllif (id)
cli-created-fill-bracketed-parts-empty = yaradıldı: [mötərizədəki] hissələri və boş açarları doldurun; `yoxla check` nəyin qaldığını deyəcək
cli-yoxla-toml-cache-dir-inside = yoxla.toml: cache_dir nəticə qovluğunun içindədir və hər yığım onu silərdi: ondan kənarda bir qovluq seçin (məsələn ".yoxla-cache")
cli-cannot-find-site-folder = sayt qovluğu `{ $root_display }` tapılmadı
cli-cannot-output-folder-name-folder = `{ $shown }` nəticə qovluğu ola bilməz: public/ kimi bir qovluq adı verin
cli-holds-site-itself-would-replaced = `{ $shown }` saytın özünü saxlayır və yığım onu silərdi: başqa --output seçin, məsələn { $root_display }/public
cli-inside-site-s-folder-choose = `{ $shown }` saytın { $inside }/ qovluğunun içindədir: başqa --output seçin
cli-symbolic-link-yoxla-never-deletes = `{ $shown }` `{ $target_display }` qovluğuna simvolik keçiddir: yoxla keçidin arxasındakı faylları silmir; birbaşa qovluğa yığın: --output { $target_display }
cli-exists-not-folder-remove-choose = `{ $shown }` var və qovluq deyil: onu silin və ya başqa --output seçin
cli-holds-so-not-built-site = `{ $shown }` içində { $project } var, deməli yığılmış sayt deyil: yoxla nəticə qovluğunu tam əvəz edir, başqa --output seçin
cli-not-empty-was-not-written = `{ $shown }` boş deyil və onu yoxla yazmayıb (içində { $marker } yoxdur): yoxla nəticə qovluğunu tam əvəz edir və yalnız özünün yazdığı qovluğu silir; yeni və ya boş qovluq seçin, bu köhnə yığımdırsa onu özünüz silin

cli-page-shown-last-built-until = Fayl düzəldilənədək bu səhifənin son uğurlu variantı göstərilir.
cli-preview-foreign-host = önizləmə yalnız bu kompüterin ünvanlarında açılır (localhost, 127.0.0.1 və ya --bind ilə verilən ünvan); sorğu başqa ada göndərilib.
cli-built = { $articles } məqalə { $output } qovluğuna yığıldı ({ $files } fayl), { $ms } ms ({ $stages }); { $warnings } xəbərdarlıq, { $suggestions } təklif
cli-errors-in-drafts = yuxarıdakı { $count } xəta qaralamalarda və yoxlamadakı məqalələrdədir, onlar dərc olunmur: yığımı dayandırmır
cli-build-stopped = yığım dayandı: dərc olunacaq məqalələrdə { $count } xəta var; heç nə yazılmadı ({ $output } olduğu kimi qaldı)
cli-articles-checked = { $count } məqalə { $ms } ms-də yoxlandı: { $errors } xəta, { $warnings } xəbərdarlıq, { $suggestions } təklif
cli-fixed = düzəldildi
cli-fixes-applied = { $fixes } düzəliş { $files } faylda edildi
cli-no-article-changed = { $base } ilə müqayisədə heç bir məqalə dəyişməyib
serve-rebuilt = { $ms } ms-də yenidən yığıldı ({ $total } fayldan { $rendered } fayl yenidən çəkildi, { $findings } tapıntı)
serve-last-good-build = son uğurlu yığım göstərilir
serve-no-site-folder = `{ $path }` sayt qovluğu tapılmadı
serve-serving = önizləmə { $url } ünvanındadır (qaralamalar da daxil; dayandırmaq üçün Ctrl+C)
serve-cannot-listen = { $addr } ünvanında qulaq asmaq olmur: port başqa server tərəfindən tutulub? --port ilə başqasını verin
io-cannot-read = `{ $path }` oxunmur
io-cannot-read-folder = `{ $path }` qovluğu oxunmur
io-cannot-create = `{ $path }` yaradıla bilmir
io-cannot-write = `{ $path }` yazıla bilmir
io-not-utf8 = `{ $path }` UTF-8 mətni deyil: onu UTF-8 kimi saxlayın
cli-month = --month `{ $month }`: onu İİİİ-AA kimi yazın, məsələn 2026-10

# Progress lines in CI logs (large sites only) and the bar's label.
progress-stage = { $stage ->
    [load] yükləmə
    [check] yoxlama
    [render] səhifələr
   *[write] yazma
}
progress-loaded = yoxla: yükləmə: { $count } məqalə { $ms } ms-də
progress-stage-took = { $stage } { $ms } ms
progress-started = yoxla: { $stage }…
progress-done = yoxla: { $stage }: { $ms } ms-də bitdi

# Files and folders.
io-cannot-read-current-folder = cari qovluq oxunmur
io-output-no-parent = `{ $path }` çıxış qovluğunun üst qovluğu yoxdur: --output üçün public/ kimi qovluq verin
io-outside-output = `{ $path }` yazılmır: çıxış qovluğundan kənara düşərdi
io-cannot-set-permissions = `{ $path }` üçün icazələr qoyula bilmir
io-cannot-move-new-site = yeni sayt `{ $path }` qovluğuna köçürülə bilmir
io-cannot-move-previous-site = əvvəlki sayt `{ $path }` kənara köçürülə bilmir
io-cannot-create-temporary = `{ $path }` qovluğunda müvəqqəti fayl yaradıla bilmir
io-cannot-replace = `{ $path }` əvəz edilə bilmir: { $why }
io-cannot-create-temporary-folder = `{ $path }` qovluğunda müvəqqəti qovluq yaradıla bilmir
io-previous-site-not-removed = yeni sayt yerindədir, amma əvvəlki `{ $path }` qovluğundan silinə bilmədi: o qovluğu silin
io-no-folder = `{ $path }` faylının qovluğu yoxdur

# The preview.
serve-cannot-watch = saytın faylları izlənə bilmir
serve-cannot-watch-path = `{ $path }` izlənə bilmir
serve-cannot-start = önizləmə serveri başladıla bilmir
serve-stopped = server dayandı
serve-site-not-loaded = sayt yüklənmədi: yuxarıdakı xətanı düzəldib faylı yenidən saxlayın

# Rendering (a theme's templates, the search index, share cards).
render-theme-templates = mövzunun şablonları: { $why }
render-template = { $template } şablonu ({ $path } üçün): { $why }
render-data = { $what } üçün məlumat hazırlana bilmir: { $why }
render-search-index = axtarış indeksi: { $why }
render-indexer-stopped = axtarış indeksi: indeksləmə gözlənilmədən dayandı
render-thread-failed = səhifə hazırlayan axınlardan biri dayandı
render-share-card = paylaşım kartı { $path }
render-bundled-font = daxili şrift oxunmur: { $why }
