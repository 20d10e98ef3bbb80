SELECT count(*) = 2 AND count(*) FILTER (WHERE tenant_id = 1 AND created_by = 1 AND assignee_id = 2) = 1 FROM tickets
