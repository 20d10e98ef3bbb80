INSERT INTO icinga_objects (instance_id, objecttype_id, name1, name2, is_active) VALUES (1, 1, 'web01', NULL, 1), (1, 2, 'web01', 'HTTP', 1);
