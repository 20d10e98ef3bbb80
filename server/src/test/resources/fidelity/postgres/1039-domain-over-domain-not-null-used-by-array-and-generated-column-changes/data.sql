INSERT INTO quotes (id, base, extras) VALUES (1, 100, '{1,2}');
