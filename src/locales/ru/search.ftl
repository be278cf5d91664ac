# The search page's strings (Pagefind's own words, which it lacks in
# this language). [SEARCH_TERM] and [COUNT] are filled in by the page.

placeholder = Поиск по проверкам
load_more = Показать ещё
search_label = Поиск по сайту
filters_label = Фильтры
any = Все
zero_results = По запросу [SEARCH_TERM] ничего не найдено
many_results = Результатов по запросу [SEARCH_TERM]: [COUNT]
one_result = [COUNT] результат по запросу [SEARCH_TERM]
filtered_results = Результатов с учётом фильтров: [COUNT]
filtering = Идёт поиск…
searching = Ищем [SEARCH_TERM]…
failed = Не удалось запустить поиск. Перезагрузите страницу.
