INSERT INTO editor VALUES (1, 'a@example.org'), (2, NULL);
