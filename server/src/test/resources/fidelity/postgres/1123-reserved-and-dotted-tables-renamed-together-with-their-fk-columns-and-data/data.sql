INSERT INTO "user" VALUES (1, 'ann');
INSERT INTO "order" VALUES (10, 1, 'first');
INSERT INTO "line.item" VALUES (100, 10, 3);
