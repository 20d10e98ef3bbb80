INSERT INTO job_group (app_name, title) VALUES ('a', 'first'), ('b', 'second');
INSERT INTO job_log (id, group_id, code) VALUES (1, 1, 'x'), (2, 2, 'y');
