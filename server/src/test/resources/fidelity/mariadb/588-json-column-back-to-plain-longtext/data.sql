INSERT INTO carts VALUES (1, '[1,2]', '{"a":1}');
