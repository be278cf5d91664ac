# load

load-rest-file-checked-without = ; faylın qalanı bu açar olmadan yoxlanılır
load-no-front-matter-file-must = front matter yoxdur: fayl `+++` sətri ilə başlamalı, sonra TOML açarları, sonra yenə `+++` sətri gəlməlidir
load-front-matter-opened-line-1 = 1-ci sətirdə `+++` ilə açılan front matter bağlanmayıb: son açardan sonra `+++` sətri əlavə edin
load-symbolic-link-which-yoxla-does = bu simvolik keçiddir, yoxla onu izləmir: faylın özünü content/ qovluğuna qoyun
load-cannot-read-file = faylı oxumaq olmur: { $e }
load-unknown-key-did-you-mean = `{ $key }` açarı tanınmır: `{ $known }` nəzərdə tutulub? Səhv yazılmış açar məlumatı səssizcə itirər
load-unknown-key-check-spelling-known = `{ $key }` açarı tanınmır: yazılışını yoxlayın (burada bu açarlar var: { $expected }); səhv yazılmış açar məlumatı səssizcə itirər
load-missing-key-add-required-here = `{ $key }` açarı yoxdur: onu əlavə edin, burada mütləqdir
load-check-value-s-type-quotes = { $message }: dəyərin tipini yoxlayın (mətn dırnaqda, rəqəm, true/false və tarix dırnaqsız)
load-symbolic-link-yoxla-does-not = `{ $shown }` simvolik keçiddir: yoxla saytdan kənardakı faylları dərc etmir; keçidin yerinə qovluğun özünü saytın içinə qoyun



load-file-empty-article-starts-front = fayl boşdur: məqalə `+++` sətirləri arasında front matter ilə başlayır
load-front-matter-must-toml-between = front matter `---` arasında YAML yox, `+++` sətirləri arasında TOML olmalıdır
load-file-mib-over-mib-limit = fayl { $mib } MiB-dır, bir məqalə üçün həddən ({ $limit } MiB) böyükdür: onu bölün və ya məlumatı fayldan çıxarın
load-file-not-utf-8-text = fayl UTF-8 mətni deyil (burada yanlış bayt var): onu UTF-8 kimi saxlayın
load-toml-error = TOML xətası: { $message }
config-cannot-read = `{ $path }` oxunmur: saytın kökündə { $file } olmalıdır (yoxla-nı saytın qovluğunda işlədin və ya --root verin)
config-not-utf8 = UTF-8 mətni deyil ({ $offset }-ci baytda yanlış bayt var): onu UTF-8 kimi saxlayın
config-language-unknown = `{ $code }` dili dəstəklənmir: bunlardan birini yazın: "{ $codes }"
config-base-url = base_url { $why }: saytın ünvanını yazın, məsələn "https://example.org" və ya "https://example.org/yoxlamalar"
config-paginate = paginate ən azı 1 olmalıdır
config-cache-dir-empty = cache_dir boşdur: qovluğun adını yazın, məsələn ".yoxla-cache"
config-theme = `{ $theme }` mövzusu themes/ altında qovluq adı olmalıdır (hərflər, rəqəmlər, - və _)
config-theme-not-found = yoxla.toml: `{ $name }` mövzusu tapılmadı: themes/{ $name }/ qovluğunu (templates/ və static/) yaradın və ya `theme` açarını silin
config-author-id = `{ $id }` müəllif id-si kiçik ASCII hərflərindən, rəqəmlərdən və defisdən ibarət olmalıdır, məsələn `{ $slug }`
config-author-name = `{ $id }` müəllifinin adı (name) yoxdur
config-address-control = idarəetmə simvolu və ya boşluq var ({ $c })
config-address-unreadable = `{ $raw }` ünvan deyil ({ $e })
config-address-scheme = `{ $raw }` https:// və ya http:// ilə başlamalıdır
config-address-host = `{ $raw }` ünvanında host adı yoxdur
config-address-user = `{ $raw }` istifadəçi adı və ya parol saxlamamalıdır
config-address-query = `{ $raw }` ünvanında `?` sorğusu və ya `#` fraqmenti olmamalıdır
config-scale-short = hökm şkalasında ən azı iki söz olmalıdır, ən yaxşısı birinci
config-scale-empty-word = hökm şkalasında boş söz var
config-scale-twice = hökm şkalasında `{ $word }` iki dəfədir (və ya iki sözün slug-ı eynidir: `{ $slug }`)
settings-level-or-table = [rules] `{ $id }` ya səviyyə ("error", "warning", "suggestion", "off"), ya da cədvəl olmalıdır
settings-severity = [rules."{ $id }"] severity "error", "warning", "suggestion" və ya "off" olmalıdır
settings-takes-only-severity = onun yalnız `severity` parametri var
settings-takes = onun parametrləri: `severity`, `{ $names }`
settings-no-parameter = [rules."{ $id }"] qaydasının `{ $name }` parametri yoxdur: { $known }
settings-count = [rules."{ $id }"] { $name } tam ədəd (≥ 0) olmalıdır
settings-positive = [rules."{ $id }"] { $name } ən azı 1 olan tam ədəd olmalıdır
settings-text = [rules."{ $id }"] { $name } mətn olmalıdır
settings-words = [rules."{ $id }"] { $name } mətnlər siyahısı olmalıdır
settings-contexts = [rules."{ $id }"] { $name } sözlər cədvəli olmalıdır, hər biri sözlər siyahısı ilə, məsələn axmaq = ["su", "çay"]
settings-contexts-word = [rules."{ $id }"] { $name }.{ $word } sözlər siyahısı olmalıdır
settings-sections = [rules."{ $id }"] { $name } cədvəl olmalıdır: intro, background, factcheck, conclusion, hər biri başlıqlar siyahısı
settings-sections-part = [rules."{ $id }"] { $name } içində `{ $part }` hissəsi yoxdur: intro, background, factcheck, conclusion yazın
settings-sections-headings = [rules."{ $id }"] { $name }.{ $part } başlıqlar siyahısı olmalıdır
settings-unknown-rule-family = [rules] `{ $id }` adlı qayda yoxdur (o ailədə, məsələn, `{ $example }` var; `yoxla rules` hamısını göstərir)
settings-unknown-rule = [rules] `{ $id }` adlı qayda yoxdur (`yoxla rules` bütün qaydaları göstərir)
settings-bad-level = [rules] `{ $id }` = "{ $level }": "error", "warning", "suggestion" və ya "off" yazın
