INSERT INTO products VALUES (1, 'AB', '{CD}');
