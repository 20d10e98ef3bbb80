INSERT INTO regions VALUES ('de', 'by');
INSERT INTO stores VALUES (1, 'de', 'by', NULL);
INSERT INTO staff VALUES (10, 1);
