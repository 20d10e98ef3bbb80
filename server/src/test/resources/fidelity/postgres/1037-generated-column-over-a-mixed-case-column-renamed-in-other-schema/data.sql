INSERT INTO "Shop"."Item" VALUES (1, 250, 4);
