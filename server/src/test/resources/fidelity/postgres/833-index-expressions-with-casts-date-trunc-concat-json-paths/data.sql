INSERT INTO events VALUES (1, now(), 'a', 'b', '{"n": "1"}', 'A@x');
