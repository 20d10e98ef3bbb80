INSERT INTO notes (id) VALUES (1), (2);
