SELECT string_agg(m || '/' || s::text, ',' ORDER BY id) = 'sad/ok,ok/happy' FROM p
