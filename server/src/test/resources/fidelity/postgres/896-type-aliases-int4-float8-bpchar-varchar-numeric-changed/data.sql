INSERT INTO t VALUES (1, 7, 8, 1.5, true, 'x ', 'y', 'varchar', 'ten chars', 3.25, 4.50, '2024-01-01 10:00:00+00', 2.5, B'1010', B'01', 'ab');
