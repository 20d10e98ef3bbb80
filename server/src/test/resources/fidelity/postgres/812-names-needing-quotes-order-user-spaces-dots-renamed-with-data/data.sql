INSERT INTO "user" VALUES (1, 'admin', 7);
INSERT INTO "order" VALUES (1, '2024-01-01', 'hello', 5);
