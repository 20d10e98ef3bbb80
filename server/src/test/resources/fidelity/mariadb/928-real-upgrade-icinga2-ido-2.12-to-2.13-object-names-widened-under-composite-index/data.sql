INSERT INTO icinga_objects (instance_id, objecttype_id, name1, name2, is_active) VALUES (1, 1, 'web01', NULL, 1), (1, 2, 'web01', 'HTTP', 1), (1, 2, 'Web01', 'http', 1);
INSERT INTO icinga_dbversion (name, version, create_time, modify_time) VALUES ('idoutils', '1.15.0', '2021-06-01 00:00:00', '2021-06-01 00:00:00');
