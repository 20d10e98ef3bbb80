INSERT INTO cars VALUES (1, 4, 'mini', 4);
