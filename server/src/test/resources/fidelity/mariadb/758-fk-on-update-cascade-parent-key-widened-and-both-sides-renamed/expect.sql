SELECT COUNT(*) = 2 FROM books b JOIN authors a ON a.id = b.author_id
