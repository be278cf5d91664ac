# The language itself: its name, how it cases letters, how it writes a
# date, its URL segments, its default verdict scale and the headings of
# an article's parts. Lists are items split by " | ".

language-name = Русский
# `turkic`: i ↔ İ and ı ↔ I; anything else: Unicode's default casing.
language-casing = standard

# Open Graph's `og:locale` of the pages.
language-locale = ru_RU

# Months in the genitive, as a date needs them: "6 октября 2026".
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
# A date for readers: "6 октября 2026".
date-format = { $day } { $month } { $year }

# URL segments (ASCII, readable).
route-articles = proverki
route-verdicts = verdikty
route-categories = kategorii
route-tags = tegi
route-speakers = persony
route-authors = avtory
route-page = stranitsa
route-search = poisk
route-corrections = ispravleniya

# The default verdict scale, best to worst, on the same six ratings as
# every language's: `правда` is the best, `абсурд` the worst (inaccurate
# and a ridiculous claim).
verdict-scale = правда | в основном правда | полуправда | в основном неправда | неправда | абсурд

# What each of the six positions of the scale means, best to worst, in
# one line for readers (a site may reword them in a content page's
# [verdicts] table).
verdict-meanings = Заявление точно, и ничего существенного не упущено. | Заявление точно, но требует пояснения или дополнительного контекста. | Заявление отчасти точно, но упускает важные детали или вырывает факты из контекста. | В заявлении есть доля правды, но оно игнорирует ключевые факты. | Заявление неточно. | Заявление неточно и содержит нелепое утверждение.

# The headings of an article's parts; the first is the one `yoxla new`
# writes and messages name.
heading-intro = Введение
heading-background = Предыстория
heading-factcheck = Проверка фактов | Основная часть
heading-conclusion = Вывод

# Слова, которые говорят, когда было сказано (вводная часть): начала
# слов — месяцы, «вчера», «сегодня», «прошл…».
words-when = январ | феврал | март | апрел | мая | мае | май | июн | июл | август | сентябр | октябр | ноябр | декабр | вчера | сегодня | прошл
# Как статья говорит, что ведомство не ответило на запрос.
words-no-answer = не ответил | не ответила | не ответило | не ответили | ответа не поступило | ответ не поступил | оставил без ответа | оставила без ответа | оставило без ответа | оставили без ответа | не дал ответа | не дало ответа

# "12 проверок": a number of fact-checks, on group pages, the home
# page's totals and a speaker's share card.
fact-check-count = { $count ->
    [one] { $count } проверка
    [few] { $count } проверки
    [many] { $count } проверок
   *[other] { $count } проверки
}
