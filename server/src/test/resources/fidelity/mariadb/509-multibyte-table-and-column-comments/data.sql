INSERT INTO orders (amount, note) VALUES (12.50, 'x');
