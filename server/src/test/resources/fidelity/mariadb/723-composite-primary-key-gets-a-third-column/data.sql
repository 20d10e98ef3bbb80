INSERT INTO grades VALUES (1, 1, '2020A', 5), (1, 2, '2020A', 4);
