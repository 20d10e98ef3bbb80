INSERT INTO customers (email, score) VALUES ('a@x', 10), ('b@x', NULL);
