SELECT (SELECT count(*) FROM comments WHERE tenant_id = 1) = 3 AND (SELECT count(*) FROM documents WHERE tenant_id = 1) = 2
