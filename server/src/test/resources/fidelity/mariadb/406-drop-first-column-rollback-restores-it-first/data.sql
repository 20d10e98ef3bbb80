INSERT INTO notes VALUES ('r-1', 1, 'one'), (NULL, 2, 'two');
