INSERT INTO members VALUES (1, 'Ann', 'a'), (2, 'bob', 'b');
