INSERT INTO "Customer" (name) VALUES ('a'), ('b');
INSERT INTO "Order" ("CustomerId") VALUES (1), (2);
INSERT INTO order_note (customer_id, order_id) VALUES (1, 1);
