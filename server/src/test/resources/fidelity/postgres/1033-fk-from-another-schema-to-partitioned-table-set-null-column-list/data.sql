INSERT INTO orders VALUES (1, 1); INSERT INTO audit.entries VALUES (1, 1, 1);
