INSERT INTO "Customers" ("Email") VALUES ('a@x'); INSERT INTO orders (customer_id) VALUES (1);
