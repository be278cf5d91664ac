# editor

editor-yoxla-fix-all-file = yoxla: fix all in file
editor-fix-write = Fix ({ $f_rule }): write `{ $fix }`
editor-style-guide = The style guide
editor-server-shutting-down = the server is shutting down
editor-yoxla-does-not-know-method = yoxla does not know the method `{ $r_method }`
editor-cannot-read-parameters = cannot read the parameters of `{ $r_method }`: { $e }


