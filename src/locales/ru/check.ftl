# check

check-used-before-full-name-write = `{ $abbr }` встречается раньше полного названия: сначала напишите название организации полностью, а затем аббревиатуру в скобках, например «Полное название ({ $abbr })»
check-statement-s-source-missing-give = не указан источник заявления: укажите `claim.url` (ссылку) или `claim.video` (видео) в виде адреса http(s)
check-statement-s-source-has-no = у источника заявления нет архивной копии: сохраните его и укажите `claim.archive`
check-source-was-saved-day-s = источник сохранён { $on }, на { $late ->
        [one] { $late } день
        [few] { $late } дня
        [many] { $late } дней
       *[other] { $late } дня
    } позже срока: его нужно сохранить не позднее чем через день после того, как тема принята ({ $assigned })
check-clip-seconds-long-guide-s = ролик длится { $s ->
        [one] { $s } секунду
        [few] { $s } секунды
        [many] { $s } секунд
       *[other] { $s } секунды
    }: по руководству оптимальная длина — 2–3 минуты (120–180 с)
check-speaker-s-status-must-stated = статус автора заявления (`{ $status }`) нужно хотя бы раз указать в тексте
check-body-does-not-quote-claim = в тексте нет прямой цитаты заявления (в кавычках или блоком цитаты): приведите `claim.text` дословно
check-quotation-claim-has-which-claim = в цитате заявления есть `{ $num }`, а в самом заявлении такого числа нет ({ $list }): приводите числа так, как они были сказаны
check-changed-since-was-checked-so = файл изменился после проверки, поэтому исправления не применены: снова запустите `yoxla check --fix`
check-file-read-only-so-no = файл доступен только для чтения, поэтому исправления не применены: разрешите запись в него или исправьте вручную
check-name-people-full-not = называйте людей полностью: `{ $f }`, а не `{ $written }`
check-name-people-full-not-initial = называйте людей полностью: в `{ $written }` вместо имени стоит инициал
check-missing-empty-add-front-matter = `{ $key }` отсутствует или пуст: добавьте его во front matter
check-written-verdict-scale = на шкале вердиктов `{ $word }` пишется как `{ $exact }`
check-not-verdict-scale-did-you = `{ $word }` нет на шкале вердиктов: возможно, вы имели в виду `{ $n }`?
check-not-verdict-scale-use-one = `{ $word }` нет на шкале вердиктов: используйте одно из слов { $list }
check-category-not-one-yoxla-toml = категории `{ $cat }` нет среди категорий yoxla.toml: { $list }
check-not-yoxla-toml-s-authors = { $key } `{ $id }` нет в разделе [authors] файла yoxla.toml: добавьте туда [authors.{ $id }] или укажите один из id: { $list }
check-source-s-given-least-needed = { $n ->
        [one] указан { $n } источник
        [few] указано { $n } источника
        [many] указано { $n } источников
       *[other] указано { $n } источника
    }, а нужно не меньше { $min }: добавьте записи [[sources]] с title и url
check-source-has-no-title-add = у источника № { $n } нет названия: добавьте `title = "…"`
check-source-url-not-http-s = адрес источника № { $n } `{ $url }` — не адрес http(s)
check-source-has-no-url-add = у источника № { $n } нет адреса: добавьте `url = "https://…"`
check-source-has-no-archived-copy = у источника № { $n } нет архивной копии: сохраните страницу в веб-архиве и добавьте `archive = "https://web.archive.org/…"`
check-source-foreign-language-lang-but = один из источников на иностранном языке (`lang`), но указано `foreign_sources = false`: поставьте true
check-foreign-sources-true-but-no = указано `foreign_sources = true`, но ни у одного источника язык (`lang`) не отличается от языка сайта: поставьте false или укажите `lang` источника
check-before-order-claim-date-workflow = `{ $k2 }` ({ $d2 }) раньше, чем `{ $k1 }` ({ $d1 }): порядок должен быть таким: claim.date ≤ workflow.assigned ≤ date
check-future-today-check-date = `{ $key }` ({ $d }) — дата в будущем (сегодня { $today }): проверьте её
check-slug-not-safe-use-lowercase = slug `{ $slug }` небезопасен: используйте строчные латинские буквы (ASCII), цифры и дефисы, например `{ $fixed }`
check-took-interest-accuracy-fact-facts = Редакция «{ $title }» заинтересовалась достоверностью факта или фактов, приведённых в заявлении, и решила проверить эту информацию
check-part-repeated-each-part-comes = раздел «{ $name }» повторяется: каждый раздел должен быть только один раз
check-part-comes-after-order-introduction = раздел «{ $name }» стоит после раздела «{ $after }»: порядок такой — Введение, Предыстория, Проверка фактов, Вывод
check-part-missing-add-heading = нет раздела «{ $name }»: добавьте его с заголовком `## { $name }`
check-conclusion-gives-bold-but-front = в разделе «Вывод» жирным выделено «{ $word }», а вердикт во front matter — «{ $verdict }»: приведите их в соответствие
check-conclusion-must-give-verdict-bold = в разделе «Вывод» вердикт должен быть выделен жирным: **{ $verdict }**
check-conclusion-should-restate-claim-before = в разделе «Вывод» перед вердиктом нужно повторить заявление: до вердикта стоит только { $n } из { $content_len ->
        [one] { $content_len } значимого слова
        [few] { $content_len } значимых слов
        [many] { $content_len } значимых слов
       *[other] { $content_len } значимого слова
    } заявления
check-background-may-open-guide-s = раздел «Предыстория» можно начать с фразы из руководства: { $opening }.
check-sentence-has-words-up-advised = в предложении { $n ->
        [one] { $n } слово
        [few] { $n } слова
        [many] { $n } слов
       *[other] { $n } слова
    }, а рекомендуется не больше { $max }: разбейте его
check-rude-word-slang-jargon-outside = `{ $written }` — грубое, жаргонное или сленговое слово (`{ $base }`): вне цитаты используйте нейтральное
check-breaks-house-style-thousands-take = `{ $written }` не соответствует стилю редакции: тысячи отделяются запятой или пробелом, дробная часть — точкой: `{ $fixed }`
check-round-large-figures-amounts-money = округляйте большие числа и денежные суммы: `{ $fix }`, а не `{ $written }`
check-ages-addresses-numbers-take-arabic = возраст, адреса и номера пишутся арабскими цифрами: `{ $value } { $unit }`, а не `{ $written } { $unit }`
check-table-s-source-not-given = не указан источник таблицы: дайте ссылку на источник в самой таблице или в абзаце непосредственно до или после неё
check-title-characters-long-most-are = в заголовке { $n ->
        [one] { $n } символ
        [few] { $n } символа
        [many] { $n } символов
       *[other] { $n } символа
    }, а допускается не больше { $max }: сократите на { $over ->
        [one] { $over } символ
        [few] { $over } символа
        [many] { $over } символов
       *[other] { $over } символа
    }
check-title-should-carry-claim-direct = в заголовке заявление должно быть прямой цитатой в кавычках; если это пересказ, укажите `title_paraphrase = true`
check-title-must-name-who-made = в заголовке нужно полностью назвать автора заявления: `{ $name }`
check-title-must-not-give-speaker = в заголовке не указывают статус или должность автора заявления (`{ $word }`): укажите их в тексте
check-article-was-finished-day-s = статья завершена с опозданием на { $late ->
        [one] { $late } день
        [few] { $late } дня
        [many] { $late } дней
       *[other] { $late } дня
    }: срок был { $due }, опубликована { $done }
check-article-day-s-overdue-was = статья просрочена на { $late ->
        [one] { $late } день
        [few] { $late } дня
        [many] { $late } дней
       *[other] { $late } дня
    }: срок был { $due }
check-speaker-was-not-told-claim = автору заявления не сообщили, что его слова проверяются: сообщите ему и укажите `workflow.speaker_contacted`
check-speaker-was-told-after-publication = автору заявления сообщили { $told }, уже после публикации ({ $published }): сообщать нужно до неё
check-has-not-answered-request-say = от `{ $agency }` нет ответа на запрос: упомяните это в тексте (название ведомства и фразу вроде «не ответило на запрос»)
check-has-not-answered-since-over = от `{ $agency }` нет ответа с { $sent }, уже больше месяца ({ $limit }): завершите материал без ответа и упомяните это в тексте

check-slug-already-used-give-article = slug `{ $a_slug }` уже занят: его использует { $first }; задайте этой статье собственный `slug = "…"`
check-page-slug-unsafe-already-taken = slug страницы `{ $p_slug }` небезопасен или уже занят: задайте странице собственный `slug = "…"`
check-verdicts-names-which-not-verdict = в `[verdicts]` указано `{ $word }`, а этого слова нет на шкале вердиктов: используйте одно из слов шкалы

check-claim-speaker-status-missing-give = нет `claim.speaker_status`: укажите статус автора заявления (должность, партия)
check-intro-who-and-when = в разделе «Введение» нужно полностью назвать автора заявления (`{ $speaker }`) и сказать, когда оно прозвучало
check-intro-who = в разделе «Введение» нужно полностью назвать автора заявления: `{ $speaker }`
check-intro-when = в разделе «Введение» нужно сказать, когда прозвучало заявление (дату или год)

# Что проверяет каждое правило — так, как это показывает `yoxla rules`
# (rule-ID, где точки в id заменены дефисами).
rule-structure-sections = текст состоит из разделов Введение, Предыстория, Проверка фактов, Вывод — именно в этом порядке
rule-structure-verdict-in-conclusion = в разделе «Вывод» жирным выделен вердикт из front matter
rule-structure-conclusion-restates-claim = в разделе «Вывод» заявление повторяется перед вердиктом
rule-structure-intro-who-what-when-where = в разделе «Введение» назван автор заявления и сказано, когда оно прозвучало
rule-structure-background-opening = раздел «Предыстория» начинается со стандартной фразы из руководства
rule-title-length = заголовок не длиннее 150 символов
rule-title-quote = в заголовке заявление приведено прямой цитатой
rule-title-speaker = в заголовке автор заявления назван полностью
rule-title-no-rank = в заголовке не указаны ни политический статус, ни должность
rule-claim-source = указан источник заявления — ссылка или видео
rule-claim-archived = источник заявления сохранён в архиве в течение дня после принятия темы
rule-claim-video-length = ролик длится 2–3 минуты
rule-claim-quoted-in-body = в тексте есть прямая цитата заявления
rule-claim-numbers-as-said = числа в цитате заявления те же, что в самом заявлении
rule-claim-speaker-status = статус автора заявления указан и упомянут в тексте
rule-style-sentence-length = в предложениях не больше 30 слов
rule-style-full-names = людей называют полностью, а не инициалами
rule-style-abbreviation-first-use = аббревиатура идёт только после первого упоминания полного названия
rule-style-banned-words = вне цитат нет грубых, жаргонных и сленговых слов
rule-style-number-format = тысячи отделяются запятой или пробелом, дробная часть — точкой
rule-style-number-rounding = большие числа и денежные суммы округлены
rule-style-numerals = возраст, адреса и номера решений пишутся арабскими цифрами
rule-style-table-source = рядом с каждой таблицей есть ссылка на источник
rule-meta-required = обязательные ключи front matter на месте и правильного типа; неизвестных ключей нет
rule-meta-verdict = вердикт — одно из слов шкалы
rule-meta-category = категория — одна из заданных в yoxla.toml
rule-meta-author = автор и редактор есть в списке авторов сайта
rule-meta-sources = источников достаточно, у каждого есть название и адрес http(s)
rule-meta-source-archived = у каждого источника есть архивная копия
rule-meta-foreign-sources = foreign_sources соответствует языкам источников
rule-meta-dates = даты корректны и идут по порядку, будущих дат нет
rule-meta-slug = slug в URL уникален и безопасен
rule-workflow-deadline = статья завершена в срок, установленный руководством
rule-workflow-speaker-contacted = автору заявления сообщили о проверке до публикации
rule-workflow-request-unanswered = если запрос информации остался без ответа, это упомянуто в тексте
rule-workflow-monthly-quota = каждый автор готовит не меньше 3 статей в месяц

# SARIF: a rule's description for code-scanning tools, and a fix's.
sarif-rule-description = { $summary } (редакционное руководство по стилю, правило { $id }).
sarif-fix = исправление: { $fix }
