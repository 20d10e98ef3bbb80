INSERT INTO dept VALUES (1, 'r&d', NULL);
INSERT INTO emp VALUES (7, 1);
UPDATE dept SET head_id = 7;
