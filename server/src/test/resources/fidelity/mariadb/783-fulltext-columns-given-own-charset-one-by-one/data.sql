INSERT INTO docs VALUES (1, 'Manual', 'install the package');
