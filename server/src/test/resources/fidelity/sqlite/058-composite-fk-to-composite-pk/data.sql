INSERT INTO orders VALUES (1, 1);
INSERT INTO lines VALUES (1, 1, 1), (1, 1, 2);
