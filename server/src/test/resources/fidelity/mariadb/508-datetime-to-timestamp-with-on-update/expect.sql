SELECT COUNT(*) = 1 FROM documents WHERE created_at = '2025-03-01 12:00:00' AND updated_at = '2025-03-02 08:00:00'
