INSERT INTO countdown (label) VALUES ('a'), ('b'), ('c');
INSERT INTO laps (id) VALUES (1), (2);
