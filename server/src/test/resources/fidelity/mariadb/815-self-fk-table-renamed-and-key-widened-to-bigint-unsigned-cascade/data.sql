INSERT INTO comments VALUES (1, NULL, 'root'), (2, 1, 'reply'), (3, 2, 'nested');
