SELECT string_agg(p::text, ',' ORDER BY id) = 'low,high,medium' FROM tasks
