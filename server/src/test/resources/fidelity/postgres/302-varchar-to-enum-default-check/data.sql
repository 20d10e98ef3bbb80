INSERT INTO ticket VALUES (1, 'on hold', 'x'), (2, 'closed', NULL);
