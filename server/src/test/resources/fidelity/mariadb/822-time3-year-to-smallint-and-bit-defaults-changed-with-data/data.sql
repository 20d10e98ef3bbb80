INSERT INTO schedule (id, starts, season, flags) VALUES (1, '-12:30:00', 1999, b'00111');
