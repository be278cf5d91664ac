# load

load-rest-file-checked-without = ; the rest of the file is checked without it
load-no-front-matter-file-must = no front matter: the file must start with a line `+++`, then the TOML keys, then another `+++` line
load-front-matter-opened-line-1 = the front matter opened with `+++` on line 1 is never closed: add a `+++` line after the last key
load-symbolic-link-which-yoxla-does = this is a symbolic link, which yoxla does not follow: put the file itself in content/
load-cannot-read-file = cannot read the file: { $e }
load-unknown-key-did-you-mean = unknown key `{ $key }`: did you mean `{ $known }`? A misspelt key would silently drop data
load-unknown-key-check-spelling-known = unknown key `{ $key }`: check its spelling (known keys here: { $expected }); a misspelt key would silently drop data
load-missing-key-add-required-here = missing key `{ $key }`: add it, it is required here
load-check-value-s-type-quotes = { $message }: check the value's type (quotes for text, no quotes for numbers, true/false, dates)
load-symbolic-link-yoxla-does-not = `{ $shown }` is a symbolic link: yoxla does not publish files from outside the site; put the folder itself inside the site instead of the link



load-file-empty-article-starts-front = the file is empty: an article starts with front matter between `+++` lines
load-front-matter-must-toml-between = front matter must be TOML between `+++` lines, not YAML between `---` lines
load-file-mib-over-mib-limit = the file is { $mib } MiB, over the { $limit } MiB limit for one article: split it or move data out of it
load-file-not-utf-8-text = the file is not UTF-8 text (an invalid byte here): save it as UTF-8
load-toml-error = { $message }
config-cannot-read = cannot read `{ $path }`: a site needs a { $file } at its root (run yoxla in the site's folder or pass --root)
config-not-utf8 = not UTF-8 text (invalid byte at offset { $offset }); save it as UTF-8
config-language-unknown = language `{ $code }` is not supported: use one of "{ $codes }"
config-base-url = base_url { $why }: write the site's address, such as "https://example.org" or "https://example.org/fact-checks"
config-paginate = paginate must be at least 1
config-cache-dir-empty = cache_dir is empty: name a folder, such as ".yoxla-cache"
config-theme = theme `{ $theme }` must be a folder name under themes/ (letters, digits, - and _)
config-theme-not-found = yoxla.toml: theme `{ $name }` not found: create themes/{ $name }/ (templates/ and static/) or remove the `theme` key
config-author-id = author id `{ $id }` must be lowercase ASCII letters, digits and hyphens, e.g. `{ $slug }`
config-author-name = author `{ $id }` needs a name
config-address-control = has a control character or white space ({ $c })
config-address-unreadable = `{ $raw }` is not an address ({ $e })
config-address-scheme = `{ $raw }` must start with https:// or http://
config-address-host = `{ $raw }` has no host name
config-address-user = `{ $raw }` must not hold a user name or password
config-address-query = `{ $raw }` must not have a `?` query or `#` fragment
config-scale-short = the verdict scale needs at least two words, best first
config-scale-empty-word = the verdict scale has an empty word
config-scale-twice = the verdict scale has `{ $word }` twice (or two words with the slug `{ $slug }`)
settings-level-or-table = [rules] `{ $id }` must be a severity ("error", "warning", "suggestion", "off") or a table
settings-severity = [rules."{ $id }"] severity must be "error", "warning", "suggestion" or "off"
settings-takes-only-severity = it takes only `severity`
settings-takes = it takes `severity`, `{ $names }`
settings-no-parameter = [rules."{ $id }"] has no parameter `{ $name }`: { $known }
settings-count = [rules."{ $id }"] { $name } must be a whole number ≥ 0
settings-positive = [rules."{ $id }"] { $name } must be a whole number, at least 1
settings-text = [rules."{ $id }"] { $name } must be a string
settings-words = [rules."{ $id }"] { $name } must be a list of strings
settings-contexts = [rules."{ $id }"] { $name } must be a table of words, each a list of words, e.g. axmaq = ["su", "çay"]
settings-contexts-word = [rules."{ $id }"] { $name }.{ $word } must be a list of words
settings-sections = [rules."{ $id }"] { $name } must be a table: intro, background, factcheck, conclusion, each a list of headings
settings-sections-part = [rules."{ $id }"] { $name } has no part `{ $part }`: use intro, background, factcheck, conclusion
settings-sections-headings = [rules."{ $id }"] { $name }.{ $part } must be a list of headings
settings-unknown-rule-family = [rules] names `{ $id }`, which is not a rule (rules in that family include `{ $example }`; `yoxla rules` lists all)
settings-unknown-rule = [rules] names `{ $id }`, which is not a rule (`yoxla rules` lists every rule id)
settings-bad-level = [rules] `{ $id }` = "{ $level }": use "error", "warning", "suggestion" or "off"
