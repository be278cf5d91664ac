# cli

cli-changed-git-failed-see-git = --changed: `git { $what }` failed; see `git status` in the repository
cli-changed-needs-git-ref-e = --changed needs a git ref, e.g. { $hint }
cli-changed-not-git-ref-ref = --changed: `{ $shown }` is not a git ref (a ref cannot start with `-` or hold control characters); give a branch, tag or commit, e.g. { $hint }
cli-changed-needs-git-repository-not = --changed needs a git repository, and { $root } is not in one: run the check in a repository, or without --changed
cli-changed-not-commit-branch-tag = --changed: `{ $shown }` is not a commit, branch or tag in this repository; give one that exists, e.g. { $hint }
cli-changed-needs-git-which-could = --changed needs git, which could not be run{ $why }: install git, or check without --changed
cli-written = written:
cli-skipped-already-there-left-was = skipped (already there, left as it was):
cli-site-ready-next-cd-yoxla = The site is ready. Next: cd { $shown } && yoxla serve (preview), yoxla check, yoxla build. Start the first fact-check with yoxla new; the sample article is a draft, delete it. Fill in the [bracketed] places in the pages.
cli-yoxla-init-not-given-no = yoxla init: { $flags } not given and no one to ask (not a terminal): give them, or --yes for the defaults
cli-newsroom-s-name = The newsroom's name
cli-site-s-address = The site's address
cli-editor-s-full-name = The editor's full name
cli-claim-verbatim = Claim (verbatim)
cli-who-said-full-name = Who said it (full name)
cli-their-status-office-party = Their status (office, party)
cli-category = Category
cli-author-id = Author (id)
cli-created-fill-bracketed-parts-empty = created: fill in the [bracketed] parts and the empty keys; `yoxla check` says what is left
cli-yoxla-toml-cache-dir-inside = yoxla.toml: cache_dir is inside the output folder, which every build replaces: choose a folder outside it (such as ".yoxla-cache")
cli-cannot-find-site-folder = cannot find the site folder `{ $root_display }`
cli-cannot-output-folder-name-folder = `{ $shown }` cannot be the output folder: name a folder such as public/
cli-holds-site-itself-would-replaced = `{ $shown }` holds the site itself and would be replaced by the build: choose another --output, such as { $root_display }/public
cli-inside-site-s-folder-choose = `{ $shown }` is inside the site's { $inside }/ folder: choose another --output
cli-symbolic-link-yoxla-never-deletes = `{ $shown }` is a symbolic link to `{ $target_display }`: yoxla never deletes through a link; build into the folder itself: --output { $target_display }
cli-exists-not-folder-remove-choose = `{ $shown }` exists and is not a folder: remove it or choose another --output
cli-holds-so-not-built-site = `{ $shown }` holds { $project }, so it is not a built site: yoxla replaces its output folder whole, choose another --output
cli-not-empty-was-not-written = `{ $shown }` is not empty and was not written by yoxla (it has no { $marker }): yoxla replaces its output folder whole and only ever replaces a folder it wrote; choose a new or empty folder, or remove this one yourself if it is an old build

cli-page-shown-last-built-until = This page is shown as last built until the file is fixed.
cli-preview-foreign-host = the preview answers only at this machine's addresses (localhost, 127.0.0.1 or the --bind address); this request was sent to another name.
cli-built = built { $articles ->
        [one] { $articles } article
       *[other] { $articles } articles
    } into { $output } ({ $files ->
        [one] { $files } file
       *[other] { $files } files
    }) in { $ms } ms ({ $stages }); { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $suggestions ->
        [one] { $suggestions } suggestion
       *[other] { $suggestions } suggestions
    }
cli-errors-in-drafts = { $count ->
        [one] the error above is in a draft or review copy, which is not published: it does not block the build
       *[other] the { $count } errors above are in drafts and review copies, which are not published: they do not block the build
    }
cli-build-stopped = build stopped: { $count ->
        [one] { $count } error
       *[other] { $count } errors
    } in articles that would be published; nothing was written ({ $output } kept as it was)
cli-articles-checked = { $count ->
        [one] { $count } article
       *[other] { $count } articles
    } checked in { $ms } ms: { $errors ->
        [one] { $errors } error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] { $warnings } warning
       *[other] { $warnings } warnings
    }, { $suggestions ->
        [one] { $suggestions } suggestion
       *[other] { $suggestions } suggestions
    }
cli-fixed = fixed
cli-fixes-applied = { $fixes ->
        [one] { $fixes } fix
       *[other] { $fixes } fixes
    } applied in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }
cli-no-article-changed = no article changed since { $base }
serve-rebuilt = rebuilt in { $ms } ms ({ $rendered } of { $total } files rendered, { $findings ->
        [one] { $findings } finding
       *[other] { $findings } findings
    })
serve-last-good-build = serving the last good build
serve-no-site-folder = cannot find the site folder `{ $path }`
serve-serving = serving the preview at { $url } (drafts included; Ctrl+C stops)
serve-cannot-listen = cannot listen on { $addr }: is another server using the port? try --port
io-cannot-read = cannot read `{ $path }`
io-cannot-read-folder = cannot read the folder `{ $path }`
io-cannot-create = cannot create `{ $path }`
io-cannot-write = cannot write `{ $path }`
io-not-utf8 = `{ $path }` is not UTF-8 text: save it as UTF-8
cli-month = --month `{ $month }`: write it as YYYY-MM, e.g. 2026-10

# Progress lines in CI logs (large sites only) and the bar's label.
progress-stage = { $stage ->
    [load] load
    [check] check
    [render] render
   *[write] write
}
progress-loaded = yoxla: load: { $count ->
    [one] { $count } article
   *[other] { $count } articles
} in { $ms } ms
progress-stage-took = { $stage } { $ms } ms
progress-started = yoxla: { $stage }…
progress-done = yoxla: { $stage }: done in { $ms } ms

# Files and folders.
io-cannot-read-current-folder = cannot read the current folder
io-output-no-parent = the output folder `{ $path }` has no parent folder: give --output a folder such as public/
io-outside-output = refusing to write `{ $path }`: it would land outside the output folder
io-cannot-set-permissions = cannot set the permissions of `{ $path }`
io-cannot-move-new-site = cannot move the new site into `{ $path }`
io-cannot-move-previous-site = cannot move the previous site `{ $path }` aside
io-cannot-create-temporary = cannot create a temporary file in `{ $path }`
io-cannot-replace = cannot replace `{ $path }`: { $why }
io-cannot-create-temporary-folder = cannot create a temporary folder in `{ $path }`
io-previous-site-not-removed = the new site is in place, but the previous one could not be removed from `{ $path }`: remove that folder
io-no-folder = `{ $path }` has no folder

# The preview.
serve-cannot-watch = cannot watch the site's files
serve-cannot-watch-path = cannot watch `{ $path }`
serve-cannot-start = cannot start the preview's server
serve-stopped = the server stopped
serve-site-not-loaded = the site could not be loaded: fix the error above and save the file again

# Rendering (a theme's templates, the search index, share cards).
render-theme-templates = the theme's templates: { $why }
render-template = template { $template } (for { $path }): { $why }
render-data = cannot prepare the data of { $what }: { $why }
render-search-index = search index: { $why }
render-indexer-stopped = search index: the indexer stopped unexpectedly
render-thread-failed = a render thread failed
render-share-card = share card { $path }
render-bundled-font = a bundled font cannot be read: { $why }
