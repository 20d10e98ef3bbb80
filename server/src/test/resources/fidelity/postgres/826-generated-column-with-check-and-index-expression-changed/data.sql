INSERT INTO rects (id, w, h) VALUES (1, 1.111, 2);
