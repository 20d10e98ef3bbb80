INSERT INTO logs (at, msg) VALUES ('2026-02-01', 'a');
