INSERT INTO events (name) VALUES ('a'), ('b');
INSERT INTO ticks (at) VALUES ('2024-01-01 10:00:00+00');
