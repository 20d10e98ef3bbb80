SELECT COUNT(*) = 2 FROM post p JOIN writers w ON w.id = p.author_id WHERE w.display_name IN ('Ann','Bo') AND p.created_at >= '2025-01-01'
