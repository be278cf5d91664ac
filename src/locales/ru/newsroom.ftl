# newsroom

newsroom-new-newsroom = Новая редакция
newsroom-editor = Редактор
newsroom-newsroom-s-name-empty-give = название редакции не указано: укажите его через --name "Название"
newsroom-no-id-can-made-from = из имени редактора не получается id: укажите имя буквами через --editor "Имя Фамилия"
newsroom-these-answers-make-no-site = с такими ответами сайт не создать ({ $e }): исправьте --name, --base-url и --editor
newsroom-site-s-address-not-full = адрес сайта `{ $base_url }` неполный: укажите его через --base-url, например https://example.org или https://example.org/proverki/
newsroom-already-exists-folder-holds-site = `{ $config_display }` уже существует: в этой папке уже есть сайт, а yoxla init никогда ничего не перезаписывает; для нового сайта выберите пустую папку
newsroom-cannot-create-folder-check-can = не удаётся создать папку `{ $parent_display }`: проверьте, есть ли право на запись
newsroom-cannot-write-check-disk-s = не удаётся записать `{ $path_display }`: проверьте свободное место на диске и права доступа
newsroom-cannot-create-check-folder-can = не удаётся создать `{ $path_display }`: проверьте, есть ли право на запись в его папку
newsroom-give-claim-who-said-yoxla = укажите заявление и того, кто его сделал: yoxla new "ЗАЯВЛЕНИЕ" --speaker "Имя Фамилия"
newsroom-authors-empty = {"["}authors] пуст
newsroom-author-not-authors-yoxla-toml = автора `{ $author }` нет в разделе [authors] файла yoxla.toml: добавьте [authors.{ $author }] или укажите один из id: { $known }
newsroom-already-exists-yoxla-new-never = `{ $rel }` уже существует: yoxla new никогда не перезаписывает файлы; отредактируйте его или сформулируйте заявление иначе
newsroom-newsroom-status = Состояние редакции
newsroom-article = Статья
newsroom-speaker = Автор заявления
newsroom-speakers-not-yet-told = Авторы заявлений, которых ещё не уведомили
newsroom-author = Автор
newsroom-published = Опубликовано
newsroom-minimum = Минимум
newsroom-monthly-quota = Норма на месяц
newsroom-article-2 = Статья
newsroom-stage = Этап
newsroom-author-2 = Автор
newsroom-due = Срок
newsroom-left = Осталось
newsroom-file = Файл
newsroom-days-overdue = просрочено на { $d ->
        [one] { $d } день
        [few] { $d } дня
        [many] { $d } дней
       *[other] { $d } дня
    }
newsroom-days = { $d ->
        [one] { $d } день
        [few] { $d } дня
        [many] { $d } дней
       *[other] { $d } дня
    }
newsroom-draft = черновик
newsroom-review = на редактуре
newsroom-ready = готово
newsroom-articles-not-yet-published = Неопубликованные статьи
newsroom-article-3 = Статья
newsroom-agency = Ведомство
newsroom-sent = Отправлен
newsroom-waited = Ожидание
newsroom-over-month-finish-without = {" "}— больше месяца: завершайте без ответа
newsroom-days-2 = { $d ->
        [one] { $d } день
        [few] { $d } дня
        [many] { $d } дней
       *[other] { $d } дня
    }{ $flag }
newsroom-unanswered-public-information-requests = Запросы информации без ответа


new-intro-said = { $said_by } [когда и где] заявил(а): «{ $claim }».
new-intro-hint = [Введение: событие, в связи с которым прозвучало заявление, — кто, что, когда, где.]
new-background-hint = [Предыстория: обстоятельства, предшествовавшие заявлению, и проверенные ранее факты.]
new-factcheck-hint = [Проверка фактов: источники, цифры, таблицы и ссылки.]
new-conclusion = { $speaker } заявил(а), что «{ $claim }». [Краткий аналитический вывод.] Поэтому редакция «{ $title }» выносит этому заявлению вердикт **[вердикт]**.
new-one-of = один из: { $list }
