INSERT INTO legacy_status VALUES ('x'); INSERT INTO "Order" VALUES (1, NULL, 'n'); INSERT INTO order_item VALUES (1, 1);
