INSERT INTO devices (id, attrs) VALUES (1, '{"serial": "S-1"}'), (2, '{"serial": "S-2"}');
