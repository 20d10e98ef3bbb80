INSERT INTO events VALUES (1, '{"id": "e-1", "at": "2024-05-06 07:08:09"}'), (2, '{"id": "e-2"}');
