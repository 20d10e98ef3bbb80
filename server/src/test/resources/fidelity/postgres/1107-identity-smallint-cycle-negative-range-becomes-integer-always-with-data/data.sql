INSERT INTO codes (label) VALUES ('a'), ('b'), ('c');
