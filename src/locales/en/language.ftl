# The language itself: its name, how it cases letters, how it writes a
# date, its URL segments, its default verdict scale and the headings of
# an article's parts. Lists are items split by " | ".

language-name = English
# `turkic`: i ↔ İ and ı ↔ I; anything else: Unicode's default casing.
language-casing = standard

# Open Graph's `og:locale` of the pages.
language-locale = en_US

month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
# A date for readers: "6 October 2026".
date-format = { $day } { $month } { $year }

# URL segments (ASCII, readable).
route-articles = fact-checks
route-verdicts = verdicts
route-categories = categories
route-tags = tags
route-speakers = people
route-authors = authors
route-page = page
route-search = search
route-corrections = corrections

# The default verdict scale, best to worst, on the same six ratings as
# every language's: `true` is the best, `absurd` the worst (inaccurate
# and a ridiculous claim).
verdict-scale = true | mostly true | half true | mostly false | false | absurd

# What each of the six positions of the scale means, best to worst, in
# one line for readers (a site may reword them in a content page's
# [verdicts] table).
verdict-meanings = The statement is accurate and nothing significant is missing. | The statement is accurate but needs clarification or additional context. | The statement is partly accurate but leaves out important details or takes things out of context. | The statement contains an element of truth but ignores critical facts. | The statement is not accurate. | The statement is not accurate and makes a ridiculous claim.

# The headings of an article's parts; the first is the one `yoxla new`
# writes and messages name.
heading-intro = Introduction
heading-background = Background
heading-factcheck = Fact check | Fact-check | The facts
heading-conclusion = Conclusion

# Words that say when something was said (the Introduction's "when"),
# each matching the start of a word: months, "yesterday", "last …", …
words-when = january | february | march | april | may | june | july | august | september | october | november | december | yesterday | today | last
# How an article says an agency did not answer a request.
words-no-answer = did not answer | did not respond | has not responded | has not answered | have not responded | have not answered | gave no answer | no response

# "12 fact-checks": a number of fact-checks, on group pages, the home
# page's totals and a speaker's share card.
fact-check-count = { $count ->
    [one] { $count } fact-check
   *[other] { $count } fact-checks
}
