INSERT INTO project_parameter VALUES (1, 10, 100, 'p', 1, 2), (2, 20, 100, 'q', NULL, NULL);
INSERT INTO kept VALUES (1, 1, 2), (2, NULL, NULL);
