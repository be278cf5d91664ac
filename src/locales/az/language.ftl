# The language itself: its name, how it cases letters, how it writes a
# date, its URL segments, its default verdict scale and the headings of
# an article's parts. Lists are items split by " | ".

language-name = Azərbaycan dili
# `turkic`: i ↔ İ and ı ↔ I; anything else: Unicode's default casing.
language-casing = turkic

# Open Graph's `og:locale` of the pages.
language-locale = az_AZ

month-1 = yanvar
month-2 = fevral
month-3 = mart
month-4 = aprel
month-5 = may
month-6 = iyun
month-7 = iyul
month-8 = avqust
month-9 = sentyabr
month-10 = oktyabr
month-11 = noyabr
month-12 = dekabr
# A date for readers: "6 oktyabr 2026".
date-format = { $day } { $month } { $year }

# URL segments (ASCII, readable).
route-articles = yoxlamalar
route-verdicts = hokmler
route-categories = kateqoriyalar
route-tags = etiketler
route-speakers = sexsler
route-authors = muellifler
route-page = sehife
route-search = axtaris
route-corrections = duzelisler

# The default verdict scale, best to worst (six ratings: a site sets its
# own words in `[rules."meta.verdict"] scale`).
verdict-scale = doğru | əsasən doğru | yarı-doğru | əsasən yanlış | yanlış | yalan

# What each of the six positions of the scale means, best to worst, in
# one line for readers (a site may reword them in a content page's
# [verdicts] table).
verdict-meanings = Açıqlama dəqiqdir və vacib heç nə buraxılmayıb. | Açıqlama dəqiqdir, amma əlavə izah və ya kontekst tələb edir. | Açıqlama qismən dəqiqdir, bəzi detallar buraxılıb və ya kontekstdən çıxarılıb. | Açıqlamada həqiqət elementi var, amma vacib faktlar nəzərə alınmayıb. | Açıqlama dəqiq deyil. | Açıqlama dəqiq deyil və absurd iddia irəli sürür.

# The headings of an article's parts; the first is the one `yoxla new`
# writes and messages name.
heading-intro = Giriş
heading-background = Tarixçə
heading-factcheck = Faktın yoxlanması | Əsas hissə
heading-conclusion = Nəticə

# Words that say when something was said (the Introduction's "when"),
# each matching the start of a word: months, "dünən", "bu gün", …
words-when = yanvar | fevral | mart | aprel | may | iyun | iyul | avqust | sentyabr | oktyabr | noyabr | dekabr | dünən | ötən | bu gün
# How an article says an agency did not answer a request.
words-no-answer = cavab verməyib | cavab verməmişdir | cavab vermədi | cavab verməmişdi | cavab alınmayıb | cavab alınmadı | cavab ala bilmədi | cavab ala bilmədik | cavab ala bilməmişik | cavab ala bilməyib | cavab gəlməyib | cavabsız qalıb | cavabsız qoyub

# "12 yoxlama": a number of fact-checks, on group pages, the home page's
# totals and a speaker's share card.
fact-check-count = { $count } yoxlama
