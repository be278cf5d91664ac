# The search page's strings (Pagefind's own words, which it lacks in
# this language). [SEARCH_TERM] and [COUNT] are filled in by the page.

placeholder = Yoxlamalarda axtarın
load_more = Daha çox nəticə
search_label = Bu saytda axtarın
filters_label = Süzgəclər
any = Hamısı
zero_results = [SEARCH_TERM] üçün nəticə yoxdur
many_results = [SEARCH_TERM] üçün [COUNT] nəticə
one_result = [SEARCH_TERM] üçün [COUNT] nəticə
filtered_results = Süzgəclərə uyğun [COUNT] nəticə
filtering = Axtarılır…
searching = [SEARCH_TERM] axtarılır…
failed = Axtarış açılmadı. Səhifəni yeniləyin.
