INSERT INTO "we""ird" VALUES (1, $$v$$);
