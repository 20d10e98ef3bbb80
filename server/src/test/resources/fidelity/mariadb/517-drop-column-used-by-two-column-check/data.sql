INSERT INTO ranges (lo, hi) VALUES (1, 5), (2, 3);
