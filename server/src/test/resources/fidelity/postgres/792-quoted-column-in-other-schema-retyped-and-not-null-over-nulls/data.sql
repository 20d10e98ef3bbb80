INSERT INTO billing."Items" VALUES (1, 3, 9.99), (2, NULL, NULL), (3, NULL, 1.50);
