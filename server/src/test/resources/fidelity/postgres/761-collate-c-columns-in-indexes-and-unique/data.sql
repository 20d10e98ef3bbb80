INSERT INTO products VALUES (1, 'AB-1', 'Widget', 'widget'), (2, 'ab-1', 'gadget', NULL);
