INSERT INTO orders VALUES (1, 'shipped', 'gift,fragile'), (2, 'paid', 'rush'), (3, 'new', '');
