INSERT INTO author (name, country) VALUES ('Ann', 'NO'), ('Bo', 'SE');
INSERT INTO post (author_id, title, published, created) VALUES (1, 't1', 1, '2025-01-01'), (2, 't2', 0, '2025-02-01');
