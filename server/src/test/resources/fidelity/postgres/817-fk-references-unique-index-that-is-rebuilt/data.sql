INSERT INTO products VALUES (1, 'A1', 'apple'); INSERT INTO stock VALUES ('A1', 3);
