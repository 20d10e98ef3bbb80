INSERT INTO categories (parent_id, name) VALUES (NULL, 'root'), (1, 'child');
INSERT INTO products (category_id) VALUES (2);
