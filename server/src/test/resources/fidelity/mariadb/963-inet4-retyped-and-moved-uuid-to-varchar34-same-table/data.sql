INSERT INTO device VALUES (1, '0c4b6f7e-6f6e-11ee-b962-0242ac120002', 'router', '192.0.2.1'), (2, 'aa4b6f7e-6f6e-11ee-b962-0242ac120002', 'switch', NULL);
