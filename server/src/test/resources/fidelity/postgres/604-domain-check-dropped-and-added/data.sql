INSERT INTO items VALUES (1, 'AB1'), (2, 'XYZ');
