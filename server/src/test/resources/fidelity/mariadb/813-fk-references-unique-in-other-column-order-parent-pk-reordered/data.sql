INSERT INTO stock VALUES (1, 'A', 5), (2, 'A', 3);
INSERT INTO reservations VALUES (1, 'A', 2);
