INSERT INTO orders VALUES (1, 'new', 5.00), (2, 'paid', 7.25);
