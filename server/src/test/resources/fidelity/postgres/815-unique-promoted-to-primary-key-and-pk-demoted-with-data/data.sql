INSERT INTO people VALUES (1, 'a@x'); INSERT INTO visits VALUES ('a@x', '2024-01-01');
