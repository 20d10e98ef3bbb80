INSERT INTO tags (code, label) VALUES ('a', 'A'), ('b', 'B');
