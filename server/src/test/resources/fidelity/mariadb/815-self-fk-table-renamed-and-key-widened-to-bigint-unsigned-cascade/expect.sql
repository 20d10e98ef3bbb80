SELECT COUNT(*) = 2 FROM thread_comments WHERE reply_to_id IS NOT NULL
