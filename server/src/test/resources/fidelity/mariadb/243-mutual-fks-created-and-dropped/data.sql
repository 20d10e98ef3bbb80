INSERT INTO dept VALUES (1, 'r&d');
