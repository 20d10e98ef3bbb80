INSERT INTO ev VALUES (1, '{"kind": "a"}');
