SELECT count(*) = 3 AND count(*) FILTER (WHERE login = 'Ann' AND deleted_at IS NOT NULL) = 1 AND bool_and(NOT banned) FROM users
