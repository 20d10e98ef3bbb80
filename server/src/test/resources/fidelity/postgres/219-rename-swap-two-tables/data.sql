INSERT INTO left_t VALUES (1, 'L');
INSERT INTO right_t VALUES (2, 'R');
