SELECT COUNT(*) = 1 FROM files WHERE label = 'it''s "a.txt"' AND win_path = 'C:\\\\a.txt'
