INSERT INTO author VALUES (1, 'Ann'), (2, 'Bob');
INSERT INTO book VALUES (10, 1, 'A'), (11, 2, 'B'), (12, NULL, 'C');
