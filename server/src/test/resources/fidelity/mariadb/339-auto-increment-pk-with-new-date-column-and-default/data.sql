INSERT INTO logs (msg) VALUES ('a'), ('b'), ('c');
