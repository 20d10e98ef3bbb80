SELECT COUNT(*) = 3 FROM accounts WHERE status = 'active' AND login_count = 0 AND created_at IS NOT NULL
