SELECT COUNT(*) = 1 FROM title t JOIN writer w ON w.id = t.writer_id
