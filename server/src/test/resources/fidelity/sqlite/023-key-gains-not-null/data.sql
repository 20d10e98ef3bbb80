INSERT INTO k VALUES ('c1', 1), ('c2', 2);
