INSERT INTO Category VALUES (1, NULL, 'root'), (2, 1, 'child');
INSERT INTO item VALUES (1, 2);
