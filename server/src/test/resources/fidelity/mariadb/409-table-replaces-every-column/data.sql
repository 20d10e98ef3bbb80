INSERT INTO kv VALUES ('a', 'b', 1);
