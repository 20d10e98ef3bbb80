INSERT INTO cust (name) VALUES ('a'), ('b');
INSERT INTO orders VALUES (1, 1), (2, 2);
INSERT INTO tags VALUES (1, 'x');
