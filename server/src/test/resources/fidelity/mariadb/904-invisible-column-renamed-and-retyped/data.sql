INSERT INTO notes (body, rev) VALUES ('x', 7), ('y', 9);
