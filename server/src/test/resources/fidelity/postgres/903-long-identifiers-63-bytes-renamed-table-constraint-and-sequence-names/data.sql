INSERT INTO other VALUES (1); INSERT INTO short_name (val, other_id) VALUES ('v', 1);
