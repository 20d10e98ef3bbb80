INSERT INTO parent VALUES ('x');
INSERT INTO child VALUES (1, 'x');
