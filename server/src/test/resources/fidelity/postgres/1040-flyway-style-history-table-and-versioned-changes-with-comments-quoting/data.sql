INSERT INTO "user" VALUES (1, 'x', 'h');
