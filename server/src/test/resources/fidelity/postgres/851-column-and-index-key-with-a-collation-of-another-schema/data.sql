INSERT INTO catalog.items VALUES (1, 'item 10'), (2, 'item 9');
