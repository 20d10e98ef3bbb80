INSERT INTO m (id, w, h) VALUES (1, 2, 3);
