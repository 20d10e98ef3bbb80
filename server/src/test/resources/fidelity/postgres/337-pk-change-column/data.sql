INSERT INTO country VALUES ('DE', 1, 'x');
