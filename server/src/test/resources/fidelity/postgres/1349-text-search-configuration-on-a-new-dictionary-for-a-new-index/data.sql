INSERT INTO notes VALUES (1, 'the quick brown fox');
