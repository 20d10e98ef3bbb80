INSERT INTO hot VALUES (1, 10, 'a'), (2, 20, 'b');
INSERT INTO cold VALUES (1, 10, 'a'), (2, 20, 'b'), (3, 30, 'c');
