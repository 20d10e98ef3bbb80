SELECT COUNT(*) = 1 FROM library_book WHERE position = 1 AND JSON_VALUE(meta, '$.tags[0]') = 'a' AND isbn = ''
