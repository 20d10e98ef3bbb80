INSERT INTO shapes VALUES (1, NULL, '{a,b}'), (2, NULL, NULL);
