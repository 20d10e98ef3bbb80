INSERT INTO event_log (kind, tag, flag, st) VALUES ('a', 'x', 0, 'done'), ('b', NULL, 2, NULL);
