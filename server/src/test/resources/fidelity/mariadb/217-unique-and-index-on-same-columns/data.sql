INSERT INTO emails VALUES (1, 1, 'a@x'), (2, 1, 'b@x');
