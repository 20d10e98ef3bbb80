INSERT INTO clicks VALUES (1, now(), 'x', 3);
