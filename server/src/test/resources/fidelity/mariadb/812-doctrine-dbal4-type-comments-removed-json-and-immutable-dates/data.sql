INSERT INTO event (payload, tags, occurred_at, uuid) VALUES ('{"a": 1}', 'x,y', '2024-01-01 00:00:00', '0c4b6f7e-6f6e-11ee-b962-0242ac120002');
