SELECT (SELECT count(*) FROM comments WHERE commentable_id = 7 AND user_id = 1) = 1 AND (SELECT pg_typeof(id)::text FROM comments) = 'bigint'
