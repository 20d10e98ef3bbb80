INSERT INTO rate_limits (key) VALUES ('a'), ('b'), ('c');
