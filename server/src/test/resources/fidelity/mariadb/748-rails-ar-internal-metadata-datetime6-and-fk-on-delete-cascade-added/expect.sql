SELECT COUNT(*) = 1 FROM projects WHERE account_id = 1 AND archived_at IS NULL
