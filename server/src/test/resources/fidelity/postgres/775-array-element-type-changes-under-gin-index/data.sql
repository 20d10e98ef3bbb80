INSERT INTO posts VALUES (1, '{1,2,3}', '{a,b}', '{1.5,2.25}'), (2, DEFAULT, NULL, NULL);
