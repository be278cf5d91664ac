# cli

cli-changed-git-failed-see-git = --changed: `git { $what }` завершился с ошибкой; проверьте `git status` в репозитории
cli-changed-needs-git-ref-e = для --changed нужна git-ссылка (ref), например { $hint }
cli-changed-not-git-ref-ref = --changed: `{ $shown }` — не git-ссылка (ref не может начинаться с `-` или содержать управляющие символы); укажите ветку, тег или коммит, например { $hint }
cli-changed-needs-git-repository-not = для --changed нужен git-репозиторий, а { $root } не находится в репозитории: запустите проверку в репозитории или без --changed
cli-changed-not-commit-branch-tag = --changed: `{ $shown }` — не коммит, не ветка и не тег этого репозитория; укажите существующий, например { $hint }
cli-changed-needs-git-which-could = для --changed нужен git, но запустить его не удалось{ $why }: установите git или запустите проверку без --changed
cli-written = записано:
cli-skipped-already-there-left-was = пропущено (уже есть, оставлено как было):
cli-site-ready-next-cd-yoxla = Сайт готов. Дальше: cd { $shown } && yoxla serve (предпросмотр), yoxla check, yoxla build. Первую проверку начните с yoxla new; пример статьи — черновик, удалите его. Заполните на страницах места в [квадратных скобках].
cli-yoxla-init-not-given-no = yoxla init: не указаны { $flags }, а спросить некого (это не терминал): укажите их или добавьте --yes, чтобы взять значения по умолчанию
cli-newsroom-s-name = Название редакции
cli-site-s-address = Адрес сайта
cli-editor-s-full-name = Имя и фамилия редактора
cli-claim-verbatim = Заявление (дословно)
cli-who-said-full-name = Кто это сказал (имя и фамилия)
cli-their-status-office-party = Статус (должность, партия)
cli-category = Категория
cli-author-id = Автор (id)
cli-created-fill-bracketed-parts-empty = создано: заполните места в [квадратных скобках] и пустые ключи; `yoxla check` покажет, что осталось
cli-yoxla-toml-cache-dir-inside = yoxla.toml: cache_dir находится внутри папки сборки, которую каждая сборка заменяет целиком: выберите папку вне её (например, ".yoxla-cache")
cli-cannot-find-site-folder = папка сайта `{ $root_display }` не найдена
cli-cannot-output-folder-name-folder = `{ $shown }` не может быть папкой сборки: укажите папку, например public/
cli-holds-site-itself-would-replaced = в `{ $shown }` находится сам сайт, и сборка заменила бы его: выберите другой --output, например { $root_display }/public
cli-inside-site-s-folder-choose = `{ $shown }` находится внутри папки сайта { $inside }/: выберите другой --output
cli-symbolic-link-yoxla-never-deletes = `{ $shown }` — символическая ссылка на `{ $target_display }`: yoxla никогда ничего не удаляет через ссылку; собирайте прямо в саму папку: --output { $target_display }
cli-exists-not-folder-remove-choose = `{ $shown }` существует и не является папкой: удалите его или выберите другой --output
cli-holds-so-not-built-site = в `{ $shown }` есть { $project }, значит, это не собранный сайт: yoxla заменяет папку сборки целиком, выберите другой --output
cli-not-empty-was-not-written = папка `{ $shown }` не пуста и создана не yoxla (в ней нет { $marker }): yoxla заменяет папку сборки целиком и заменяет только папки, которые создала сама; выберите новую или пустую папку или удалите эту сами, если это старая сборка

cli-page-shown-last-built-until = Пока файл не исправлен, показана последняя удачная сборка этой страницы.
cli-preview-foreign-host = предпросмотр отвечает только на адресах этого компьютера (localhost, 127.0.0.1 или адрес из --bind); этот запрос отправлен на другое имя.
cli-built = { $articles ->
        [one] собрана { $articles } статья
        [few] собраны { $articles } статьи
        [many] собрано { $articles } статей
       *[other] собрано { $articles } статьи
    } в { $output } ({ $files ->
        [one] { $files } файл
        [few] { $files } файла
        [many] { $files } файлов
       *[other] { $files } файла
    }) за { $ms } мс ({ $stages }); { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
        [many] { $warnings } предупреждений
       *[other] { $warnings } предупреждения
    }, { $suggestions ->
        [one] { $suggestions } рекомендация
        [few] { $suggestions } рекомендации
        [many] { $suggestions } рекомендаций
       *[other] { $suggestions } рекомендации
    }
cli-errors-in-drafts = { $count ->
        [one] { $count } ошибка выше — в черновике или материале на редактуре, которые не публикуются: сборку она не останавливает
        [few] { $count } ошибки выше — в черновиках и материалах на редактуре, которые не публикуются: сборку они не останавливают
        [many] { $count } ошибок выше — в черновиках и материалах на редактуре, которые не публикуются: сборку они не останавливают
       *[other] { $count } ошибки выше — в черновиках и материалах на редактуре, которые не публикуются: сборку они не останавливают
    }
cli-build-stopped = сборка остановлена: { $count ->
        [one] { $count } ошибка
        [few] { $count } ошибки
        [many] { $count } ошибок
       *[other] { $count } ошибки
    } в статьях, которые были бы опубликованы; ничего не записано ({ $output } остался как был)
cli-articles-checked = { $count ->
        [one] проверена { $count } статья
        [few] проверены { $count } статьи
        [many] проверено { $count } статей
       *[other] проверено { $count } статьи
    } за { $ms } мс: { $errors ->
        [one] { $errors } ошибка
        [few] { $errors } ошибки
        [many] { $errors } ошибок
       *[other] { $errors } ошибки
    }, { $warnings ->
        [one] { $warnings } предупреждение
        [few] { $warnings } предупреждения
        [many] { $warnings } предупреждений
       *[other] { $warnings } предупреждения
    }, { $suggestions ->
        [one] { $suggestions } рекомендация
        [few] { $suggestions } рекомендации
        [many] { $suggestions } рекомендаций
       *[other] { $suggestions } рекомендации
    }
cli-fixed = исправлено
cli-fixes-applied = { $fixes ->
        [one] применено { $fixes } исправление
        [few] применены { $fixes } исправления
        [many] применено { $fixes } исправлений
       *[other] применено { $fixes } исправления
    } в { $files ->
        [one] { $files } файле
        [few] { $files } файлах
        [many] { $files } файлах
       *[other] { $files } файлах
    }
cli-no-article-changed = по сравнению с { $base } ни одна статья не изменилась
serve-rebuilt = пересобрано за { $ms } мс (перерисовано файлов: { $rendered } из { $total }; замечаний: { $findings })
serve-last-good-build = показывается последняя удачная сборка
serve-no-site-folder = папка сайта `{ $path }` не найдена
serve-serving = предпросмотр по адресу { $url } (с черновиками; Ctrl+C — остановить)
serve-cannot-listen = не удаётся слушать { $addr }: порт занят другим сервером? укажите другой через --port
io-cannot-read = не удаётся прочитать `{ $path }`
io-cannot-read-folder = не удаётся прочитать папку `{ $path }`
io-cannot-create = не удаётся создать `{ $path }`
io-cannot-write = не удаётся записать `{ $path }`
io-not-utf8 = `{ $path }` не в кодировке UTF-8: сохраните файл как UTF-8
cli-month = --month `{ $month }`: укажите месяц как ГГГГ-ММ, например 2026-10

# Progress lines in CI logs (large sites only) and the bar's label.
progress-stage = { $stage ->
    [load] загрузка
    [check] проверка
    [render] страницы
   *[write] запись
}
progress-loaded = yoxla: загрузка: { $count ->
    [one] { $count } статья
    [few] { $count } статьи
    [many] { $count } статей
   *[other] { $count } статьи
} за { $ms } мс
progress-stage-took = { $stage } { $ms } мс
progress-started = yoxla: { $stage }…
progress-done = yoxla: { $stage }: готово за { $ms } мс

# Files and folders.
io-cannot-read-current-folder = не удаётся прочитать текущую папку
io-output-no-parent = у выходной папки `{ $path }` нет родительской папки: укажите в --output папку, например public/
io-outside-output = `{ $path }` не записан: он оказался бы вне выходной папки
io-cannot-set-permissions = не удаётся задать права доступа для `{ $path }`
io-cannot-move-new-site = не удаётся переместить новый сайт в `{ $path }`
io-cannot-move-previous-site = не удаётся убрать прежний сайт `{ $path }`
io-cannot-create-temporary = не удаётся создать временный файл в `{ $path }`
io-cannot-replace = не удаётся заменить `{ $path }`: { $why }
io-cannot-create-temporary-folder = не удаётся создать временную папку в `{ $path }`
io-previous-site-not-removed = новый сайт на месте, но прежний не удалось удалить из `{ $path }`: удалите эту папку
io-no-folder = у `{ $path }` нет папки

# The preview.
serve-cannot-watch = не удаётся следить за файлами сайта
serve-cannot-watch-path = не удаётся следить за `{ $path }`
serve-cannot-start = не удаётся запустить сервер предпросмотра
serve-stopped = сервер остановился
serve-site-not-loaded = сайт не загрузился: исправьте ошибку выше и сохраните файл снова

# Rendering (a theme's templates, the search index, share cards).
render-theme-templates = шаблоны темы: { $why }
render-template = шаблон { $template } (для { $path }): { $why }
render-data = не удаётся подготовить данные для { $what }: { $why }
render-search-index = поисковый индекс: { $why }
render-indexer-stopped = поисковый индекс: индексатор неожиданно остановился
render-thread-failed = один из потоков отрисовки остановился
render-share-card = карточка для соцсетей { $path }
render-bundled-font = встроенный шрифт не читается: { $why }
