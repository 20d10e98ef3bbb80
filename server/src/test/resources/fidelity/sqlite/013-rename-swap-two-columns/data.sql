INSERT INTO names VALUES (1, 'Ada', 'Lovelace');
