# editor

editor-yoxla-fix-all-file = yoxla: fayldakı bütün dəqiq düzəlişləri et
editor-fix-write = Düzəliş ({ $f_rule }): `{ $fix }` yazın
editor-style-guide = Bələdçi
editor-server-shutting-down = server dayanır
editor-yoxla-does-not-know-method = yoxla `{ $r_method }` metodunu bilmir
editor-cannot-read-parameters = `{ $r_method }` sorğusunun parametrləri oxunmur: { $e }


