INSERT INTO "Person" VALUES (7, 'Bo');
