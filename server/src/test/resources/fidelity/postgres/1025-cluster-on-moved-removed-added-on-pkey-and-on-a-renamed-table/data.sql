INSERT INTO "Old Name" VALUES (1, 'x');
