INSERT INTO kv VALUES ('a', 'x'), ('b', 'y');
