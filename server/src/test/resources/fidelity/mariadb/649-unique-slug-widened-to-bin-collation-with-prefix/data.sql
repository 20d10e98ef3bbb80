INSERT INTO terms VALUES (1, 'a'), (2, 'b');
