INSERT INTO raw_log VALUES ('2024-01-01', 'warn', 'x'), ('2024-01-01', 'warn', 'x');
INSERT INTO tags VALUES ('a'), ('b');
