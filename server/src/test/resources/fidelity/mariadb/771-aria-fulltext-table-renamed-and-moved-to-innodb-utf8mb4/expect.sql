SELECT COUNT(*) = 1 FROM memos WHERE title = 'shopping' AND body = 'milk and eggs'
