INSERT INTO people VALUES (1, 'Ann', 'ABC', 'bio'), (2, 'Bob', 'abc', NULL);
