INSERT INTO "table" VALUES (1, 'a@corp', '{b@corp}', 'g');
