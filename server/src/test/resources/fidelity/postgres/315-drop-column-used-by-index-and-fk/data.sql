INSERT INTO warehouse VALUES (1, 'W'); INSERT INTO bin VALUES (1, 1, 'W', 'a');
