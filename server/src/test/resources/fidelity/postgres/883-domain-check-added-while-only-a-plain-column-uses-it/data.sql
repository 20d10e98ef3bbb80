INSERT INTO prices VALUES (1, 'AB', '{CD}');
