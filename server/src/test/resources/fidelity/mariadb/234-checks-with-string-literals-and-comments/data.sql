INSERT INTO orders VALUES (1, 'paid', 'ok');
