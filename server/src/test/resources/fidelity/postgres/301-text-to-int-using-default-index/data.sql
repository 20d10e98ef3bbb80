INSERT INTO stock VALUES ('x', '12', '3'), ('y', '0', NULL);
