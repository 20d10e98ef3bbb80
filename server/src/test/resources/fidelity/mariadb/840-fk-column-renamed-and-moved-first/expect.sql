SELECT COUNT(*) = 1 FROM projects WHERE tenant_id = 1 AND id = 10
