INSERT INTO customer (name) VALUES ('a'), ('b');
INSERT INTO invoice (customer_id) VALUES (1000), (1001);
