INSERT INTO owners VALUES (1), (2);
INSERT INTO pets (id, name, owner_id, rev) VALUES (1, 'Rex', 2, 3);
