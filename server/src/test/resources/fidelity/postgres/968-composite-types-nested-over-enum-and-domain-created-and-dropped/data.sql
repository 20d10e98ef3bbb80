INSERT INTO events VALUES (1, ROW(ROW(1, 2), 'n'));
