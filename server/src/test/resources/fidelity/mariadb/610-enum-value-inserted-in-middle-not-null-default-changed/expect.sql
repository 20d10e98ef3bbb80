SELECT COUNT(*) = 1 FROM posts WHERE id = 1 AND status = 'published'
SELECT COUNT(*) = 1 FROM posts WHERE id = 2 AND status = 'archived'
