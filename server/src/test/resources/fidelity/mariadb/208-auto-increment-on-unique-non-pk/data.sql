INSERT INTO jobs VALUES ('a', 5, 'x'), ('b', 9, 'y');
