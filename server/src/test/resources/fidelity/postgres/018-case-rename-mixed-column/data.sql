INSERT INTO "Person" VALUES (1, 'Ada');
