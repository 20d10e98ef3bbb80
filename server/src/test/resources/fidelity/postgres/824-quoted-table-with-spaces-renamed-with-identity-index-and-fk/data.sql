INSERT INTO "Order Items" ("Qty") VALUES (4); INSERT INTO shipments VALUES (1, 1);
