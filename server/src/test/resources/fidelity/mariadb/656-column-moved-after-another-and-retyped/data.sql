INSERT INTO u VALUES (1, 'a@x', 'ann', 30);
