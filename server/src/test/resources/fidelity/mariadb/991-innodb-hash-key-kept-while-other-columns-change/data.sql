INSERT INTO accounts (id, login, visits) VALUES (1, 'ann', 3), (2, 'bob', 4000000);
