INSERT INTO sessions VALUES ('s1', 1, 'x'), ('s2', NULL, NULL);
INSERT INTO log_lines VALUES ('2026-01-01 00:00:00', 'a'), ('2026-01-02 00:00:00', 'b');
