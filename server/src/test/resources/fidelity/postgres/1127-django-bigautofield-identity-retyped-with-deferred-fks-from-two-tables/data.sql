INSERT INTO shop_customer (email) VALUES ('a@x'), ('b@x');
INSERT INTO shop_order (customer_id) VALUES (1), (2), (2);
INSERT INTO shop_review (customer_id) VALUES (NULL), (1);
