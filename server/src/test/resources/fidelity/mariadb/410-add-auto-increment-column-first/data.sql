INSERT INTO tags VALUES ('a', 'A'), ('b', 'B');
