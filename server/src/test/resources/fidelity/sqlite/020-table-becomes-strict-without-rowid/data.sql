INSERT INTO p (id, name) VALUES (1, 'a'), (2, 'b');
INSERT INTO q (id, v) VALUES (1, 'x');
