SELECT COUNT(*) = 1 FROM book JOIN writer ON writer.id = book.writer_id
