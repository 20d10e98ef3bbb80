INSERT INTO people VALUES (1, 'a@x', 'a', 'b');
