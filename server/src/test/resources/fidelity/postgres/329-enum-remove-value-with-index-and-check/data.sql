INSERT INTO page VALUES (1, 'live');
