# editor

editor-yoxla-fix-all-file = yoxla: исправить всё в файле
editor-fix-write = Исправить ({ $f_rule }): написать `{ $fix }`
editor-style-guide = Руководство по стилю
editor-server-shutting-down = сервер завершает работу
editor-yoxla-does-not-know-method = yoxla не знает метод `{ $r_method }`
editor-cannot-read-parameters = не удаётся прочитать параметры `{ $r_method }`: { $e }
