INSERT INTO cache VALUES ('a', 'b', '\x01'); INSERT INTO scratch VALUES (1, 'p');
