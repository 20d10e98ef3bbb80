INSERT INTO sessions (at) VALUES (10), (20), (30);
INSERT INTO ticks VALUES (1, 100), (2, 200);
