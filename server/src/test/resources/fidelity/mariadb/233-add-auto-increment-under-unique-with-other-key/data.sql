INSERT INTO tickets VALUES ('A', 'one'), ('B', 'two');
