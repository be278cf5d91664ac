# load

load-rest-file-checked-without = ; остальная часть файла проверяется без этого ключа
load-no-front-matter-file-must = нет front matter: файл должен начинаться со строки `+++`, затем идут ключи TOML, затем ещё одна строка `+++`
load-front-matter-opened-line-1 = front matter, открытый строкой `+++` в строке 1, не закрыт: добавьте строку `+++` после последнего ключа
load-symbolic-link-which-yoxla-does = это символическая ссылка, а yoxla не переходит по ссылкам: положите в content/ сам файл
load-cannot-read-file = не удаётся прочитать файл: { $e }
load-unknown-key-did-you-mean = неизвестный ключ `{ $key }`: возможно, имелся в виду `{ $known }`? Из-за опечатки в ключе данные молча теряются
load-unknown-key-check-spelling-known = неизвестный ключ `{ $key }`: проверьте написание (здесь допустимы ключи: { $expected }); из-за опечатки в ключе данные молча теряются
load-missing-key-add-required-here = нет ключа `{ $key }`: добавьте его, здесь он обязателен
load-check-value-s-type-quotes = { $message }: проверьте тип значения (текст — в кавычках; числа, true/false и даты — без кавычек)
load-symbolic-link-yoxla-does-not = `{ $shown }` — символическая ссылка: yoxla не публикует файлы из-за пределов сайта; вместо ссылки поместите внутрь сайта саму папку



load-file-empty-article-starts-front = файл пуст: статья начинается с front matter между строками `+++`
load-front-matter-must-toml-between = front matter должен быть в формате TOML между строками `+++`, а не YAML между строками `---`
load-file-mib-over-mib-limit = размер файла — { $mib } МиБ, больше предела в { $limit } МиБ для одной статьи: разделите его или вынесите из него данные
load-file-not-utf-8-text = файл не в кодировке UTF-8 (здесь недопустимый байт): сохраните его в UTF-8
load-toml-error = ошибка TOML: { $message }
config-cannot-read = не удаётся прочитать `{ $path }`: в корне сайта должен быть { $file } (запустите yoxla в папке сайта или укажите --root)
config-not-utf8 = это не текст в UTF-8 (недопустимый байт по смещению { $offset }): сохраните файл в UTF-8
config-language-unknown = язык `{ $code }` не поддерживается: используйте один из "{ $codes }"
config-base-url = base_url { $why }: напишите адрес сайта, например "https://example.org" или "https://example.org/proverki"
config-paginate = paginate должен быть не меньше 1
config-cache-dir-empty = cache_dir пуст: укажите папку, например ".yoxla-cache"
config-theme = тема `{ $theme }` должна быть именем папки в themes/ (буквы, цифры, - и _)
config-theme-not-found = yoxla.toml: тема `{ $name }` не найдена: создайте themes/{ $name }/ (templates/ и static/) или удалите ключ `theme`
config-author-id = id автора `{ $id }` должен состоять из строчных латинских букв (ASCII), цифр и дефисов, например `{ $slug }`
config-author-name = у автора `{ $id }` не указано имя (name)
config-address-control = содержит управляющий символ или пробел ({ $c })
config-address-unreadable = `{ $raw }` — не адрес ({ $e })
config-address-scheme = `{ $raw }` должен начинаться с https:// или http://
config-address-host = в `{ $raw }` нет имени хоста
config-address-user = `{ $raw }` не должен содержать имя пользователя или пароль
config-address-query = в `{ $raw }` не должно быть запроса `?` или фрагмента `#`
config-scale-short = на шкале вердиктов должно быть не меньше двух слов, лучшее — первым
config-scale-empty-word = на шкале вердиктов есть пустое слово
config-scale-twice = `{ $word }` встречается на шкале вердиктов дважды (или у двух слов одинаковый slug `{ $slug }`)
settings-level-or-table = [rules] `{ $id }` должен быть уровнем ("error", "warning", "suggestion", "off") или таблицей
settings-severity = [rules."{ $id }"] severity должен быть "error", "warning", "suggestion" или "off"
settings-takes-only-severity = у этого правила есть только `severity`
settings-takes = параметры этого правила: `severity`, `{ $names }`
settings-no-parameter = у [rules."{ $id }"] нет параметра `{ $name }`: { $known }
settings-count = [rules."{ $id }"] { $name } должен быть целым числом ≥ 0
settings-positive = [rules."{ $id }"] { $name } должен быть целым числом не меньше 1
settings-text = [rules."{ $id }"] { $name } должен быть строкой
settings-words = [rules."{ $id }"] { $name } должен быть списком строк
settings-contexts = [rules."{ $id }"] { $name } должен быть таблицей слов, где у каждого слова список слов, например axmaq = ["su", "çay"]
settings-contexts-word = [rules."{ $id }"] { $name }.{ $word } должен быть списком слов
settings-sections = [rules."{ $id }"] { $name } должен быть таблицей: intro, background, factcheck, conclusion, у каждой части — список заголовков
settings-sections-part = в [rules."{ $id }"] { $name } нет части `{ $part }`: используйте intro, background, factcheck, conclusion
settings-sections-headings = [rules."{ $id }"] { $name }.{ $part } должен быть списком заголовков
settings-unknown-rule-family = в [rules] указано `{ $id }`, но такого правила нет (в этом семействе есть, например, `{ $example }`; `yoxla rules` покажет все)
settings-unknown-rule = в [rules] указано `{ $id }`, но такого правила нет (`yoxla rules` покажет id всех правил)
settings-bad-level = [rules] `{ $id }` = "{ $level }": используйте "error", "warning", "suggestion" или "off"
