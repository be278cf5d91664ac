# The search page's strings (Pagefind's own words, which it lacks in
# this language). [SEARCH_TERM] and [COUNT] are filled in by the page.

placeholder = Search the fact-checks
load_more = Load more results
search_label = Search this site
filters_label = Filters
any = All
zero_results = No results for [SEARCH_TERM]
many_results = [COUNT] results for [SEARCH_TERM]
one_result = [COUNT] result for [SEARCH_TERM]
filtered_results = [COUNT] results matching the filters
filtering = Searching...
searching = Searching for [SEARCH_TERM]...
failed = Search could not start. Reload the page.
