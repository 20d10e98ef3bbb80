INSERT INTO documents VALUES (1, 'd');
INSERT INTO attachments VALUES (1, 1);
