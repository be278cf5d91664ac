# check

check-used-before-full-name-write = `{ $abbr }` is used before its full name: write the organisation's name in full first, then the abbreviation in brackets, e.g. “Full Name ({ $abbr })”
check-statement-s-source-missing-give = the statement's source is missing: give `claim.url` (a link) or `claim.video` (a video) as an http(s) address
check-statement-s-source-has-no = the statement's source has no saved copy: save it and give `claim.archive`
check-source-was-saved-day-s = the source was saved on { $on }, { $late } day(s) later than one day after the topic was accepted ({ $assigned })
check-clip-seconds-long-guide-s = the clip is { $s } seconds long: the guide's optimum is 2–3 minutes (120–180 s)
check-speaker-s-status-must-stated = the speaker's status (`{ $status }`) must be stated in the body at least once
check-body-does-not-quote-claim = the body does not quote the claim directly (in quotation marks or a blockquote): quote `claim.text` as said
check-quotation-claim-has-which-claim = the quotation of the claim has `{ $num }`, which the claim itself does not ({ $list }): give the numbers as said
check-changed-since-was-checked-so = changed since it was checked, so no fix was applied: run `yoxla check --fix` again
check-file-read-only-so-no = the file is read-only, so no fix was applied: make it writable or fix it by hand
check-name-people-full-not = name people in full: `{ $f }`, not `{ $written }`
check-name-people-full-not-initial = name people in full, not with an initial as in `{ $written }`
check-missing-empty-add-front-matter = `{ $key }` is missing or empty: add it to the front matter
check-written-verdict-scale = `{ $word }` is written `{ $exact }` on the verdict scale
check-not-verdict-scale-did-you = `{ $word }` is not a verdict of the scale: did you mean `{ $n }`?
check-not-verdict-scale-use-one = `{ $word }` is not a verdict of the scale: use one of { $list }
check-category-not-one-yoxla-toml = category `{ $cat }` is not one of yoxla.toml's categories: { $list }
check-not-yoxla-toml-s-authors = { $key } `{ $id }` is not in yoxla.toml's [authors]: add [authors.{ $id }] there or use one of: { $list }
check-source-s-given-least-needed = { $n } source(s) given, at least { $min } needed: add [[sources]] entries with title and url
check-source-has-no-title-add = source { $n } has no title: add `title = "…"`
check-source-url-not-http-s = source { $n } url `{ $url }` is not an http(s) address
check-source-has-no-url-add = source { $n } has no url: add `url = "https://…"`
check-source-has-no-archived-copy = source { $n } has no archived copy: save the page to a web archive and add `archive = "https://web.archive.org/…"`
check-source-foreign-language-lang-but = a source is in a foreign language (`lang`), but `foreign_sources = false`: set it to true
check-foreign-sources-true-but-no = `foreign_sources = true`, but no source's `lang` differs from the site's language: set it to false or give the source's `lang`
check-before-order-claim-date-workflow = `{ $k2 }` ({ $d2 }) is before `{ $k1 }` ({ $d1 }): the order is claim.date ≤ workflow.assigned ≤ date
check-future-today-check-date = `{ $key }` ({ $d }) is in the future (today is { $today }): check the date
check-slug-not-safe-use-lowercase = slug `{ $slug }` is not safe: use lowercase ASCII letters, digits and hyphens, e.g. `{ $fixed }`
check-took-interest-accuracy-fact-facts = “{ $title }” took an interest in the accuracy of the fact or facts given in the statement and decided to check the information
check-part-repeated-each-part-comes = the part “{ $name }” is repeated: each part comes once
check-part-comes-after-order-introduction = the part “{ $name }” comes after “{ $after }”: the order is Introduction, Background, Fact check, Conclusion
check-part-missing-add-heading = the part “{ $name }” is missing: add it as a `## { $name }` heading
check-conclusion-gives-bold-but-front = the Conclusion gives “{ $word }” in bold, but the front matter's verdict is “{ $verdict }”: make them agree
check-conclusion-must-give-verdict-bold = the Conclusion must give the verdict in bold: **{ $verdict }**
check-conclusion-should-restate-claim-before = the Conclusion should restate the claim before the verdict: only { $n } of the claim's { $content_len } content words come before it
check-background-may-open-guide-s = the Background may open with the guide's sentence: { $opening }.
check-sentence-has-words-up-advised = the sentence has { $n } words; up to { $max } is advised: split it
check-rude-word-slang-jargon-outside = `{ $written }` is a rude word, slang or jargon (`{ $base }`): outside a quotation, use a neutral word
check-breaks-house-style-thousands-take = `{ $written }` breaks the house style: thousands take a comma or a space, decimals a dot: `{ $fixed }`
check-round-large-figures-amounts-money = round large figures and amounts of money: `{ $fix }`, not `{ $written }`
check-ages-addresses-numbers-take-arabic = ages, addresses and numbers take Arabic numerals: `{ $value } { $unit }`, not `{ $written } { $unit }`
check-table-s-source-not-given = the table's source is not given: link the source in the table or in the paragraph right before or after it
check-title-characters-long-most-are = the title is { $n } characters long, at most { $max } are allowed: cut { $over }
check-title-should-carry-claim-direct = the title should carry the claim as a direct quote in quotation marks; for a paraphrase, set `title_paraphrase = true`
check-title-must-name-who-made = the title must name who made the claim in full: `{ $name }`
check-title-must-not-give-speaker = the title must not give the speaker's status or rank (`{ $word }`): state it in the body
check-article-was-finished-day-s = the article was finished { $late } day(s) late: it was due on { $due }, published on { $done }
check-article-day-s-overdue-was = the article is { $late } day(s) overdue: it was due on { $due }
check-speaker-was-not-told-claim = the speaker was not told the claim is being checked: tell them and give `workflow.speaker_contacted`
check-speaker-was-told-after-publication = the speaker was told on { $told }, after publication ({ $published }): tell them before
check-has-not-answered-request-say = `{ $agency }` has not answered the request: say so in the body (the agency's name and a phrase such as “cavab verməyib”)
check-has-not-answered-since-over = `{ $agency }` has not answered since { $sent }, over a month ago ({ $limit }): finish without the answer and say so in the body

check-slug-already-used-give-article = slug `{ $a_slug }` is already used by { $first }: give this article its own `slug = "…"`
check-page-slug-unsafe-already-taken = page slug `{ $p_slug }` is unsafe or already taken: give the page its own `slug = "…"`
check-verdicts-names-which-not-verdict = `[verdicts]` names `{ $word }`, which is not on the verdict scale: use one of the scale's words

check-claim-speaker-status-missing-give = `claim.speaker_status` is missing: give the speaker's status (office, party)
check-intro-who-and-when = the Introduction should name the speaker in full (`{ $speaker }`) and say when the claim was made
check-intro-who = the Introduction should name the speaker in full: `{ $speaker }`
check-intro-when = the Introduction should say when the claim was made (a date or a year)

# What each rule checks, as `yoxla rules` lists it (rule-ID with the
# id's dots as dashes).
rule-structure-sections = the body has the parts Introduction, Background, Fact check, Conclusion, in order
rule-structure-verdict-in-conclusion = the Conclusion gives the front matter's verdict word in bold
rule-structure-conclusion-restates-claim = the Conclusion restates the claim before the verdict
rule-structure-intro-who-what-when-where = the Introduction names the speaker and says when the claim was made
rule-structure-background-opening = the Background opens with the guide's standard sentence
rule-title-length = the title is at most 150 characters
rule-title-quote = the title carries the claim as a direct quote
rule-title-speaker = the title names the speaker in full
rule-title-no-rank = the title gives no political status or rank
rule-claim-source = the statement's source link or video is given
rule-claim-archived = the statement's source is archived within a day of assignment
rule-claim-video-length = the video clip is 2–3 minutes long
rule-claim-quoted-in-body = the body quotes the claim directly
rule-claim-numbers-as-said = numbers in the body's quotation are the claim's numbers
rule-claim-speaker-status = the speaker's status is given and stated in the body
rule-style-sentence-length = sentences are at most 30 words
rule-style-full-names = people are named in full, not by an initial
rule-style-abbreviation-first-use = an abbreviation follows its full name's first use
rule-style-banned-words = no rude words, slang or jargon outside quotations
rule-style-number-format = thousands with a comma or space, decimals with a dot
rule-style-number-rounding = large figures and money are rounded
rule-style-numerals = ages, addresses and numbers of decisions in Arabic numerals
rule-style-table-source = every table has a source link beside it
rule-meta-required = required front-matter keys are present and well-typed; no unknown keys
rule-meta-verdict = the verdict is one of the scale
rule-meta-category = the category is one of the configured categories
rule-meta-author = author and editor are in the site's authors
rule-meta-sources = enough sources, each with a title and an http(s) url
rule-meta-source-archived = every source has an archived copy
rule-meta-foreign-sources = foreign_sources agrees with the sources' languages
rule-meta-dates = dates are real and in order, none in the future
rule-meta-slug = the URL slug is unique and safe
rule-workflow-deadline = the article was finished within the guide's deadline
rule-workflow-speaker-contacted = the speaker was told before publication
rule-workflow-request-unanswered = an unanswered information request is said so in the body
rule-workflow-monthly-quota = each author prepares at least 3 articles a month

# SARIF: a rule's description for code-scanning tools, and a fix's.
sarif-rule-description = { $summary } (the newsroom's style guide, rule { $id }).
sarif-fix = fix: { $fix }
