INSERT INTO hot VALUES (1, 10), (2, 20);
INSERT INTO cold (note) VALUES ('a'), ('b'), ('c');
INSERT INTO steady (name) VALUES ('x');
