INSERT INTO author VALUES (1, 'ann');
INSERT INTO book VALUES (1, 1, 'x');
