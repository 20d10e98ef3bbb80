INSERT INTO logs (msg) VALUES ('x');
INSERT INTO archive VALUES (1, 'y');
