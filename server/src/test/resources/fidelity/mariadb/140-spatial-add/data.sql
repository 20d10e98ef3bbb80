INSERT INTO places VALUES (1, 'here', POINT(1, 2));
