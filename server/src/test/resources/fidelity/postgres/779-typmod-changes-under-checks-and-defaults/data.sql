INSERT INTO plans (id, code, price, flags, ip, tags) VALUES (1, 'PRO', 9.99, B'1010', '10.0.0.0/8', '{a}'), (2, DEFAULT, 0, DEFAULT, NULL, DEFAULT);
