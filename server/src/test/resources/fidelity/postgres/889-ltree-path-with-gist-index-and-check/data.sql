INSERT INTO categories VALUES (1, 'top.science');
