INSERT INTO accounts (id, email, name) VALUES (1, 'a@x', 'Ann'), (2, 'b@x', NULL);
