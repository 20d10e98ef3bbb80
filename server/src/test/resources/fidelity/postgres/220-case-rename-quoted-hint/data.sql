INSERT INTO "Order Lines" VALUES (1, 5);
