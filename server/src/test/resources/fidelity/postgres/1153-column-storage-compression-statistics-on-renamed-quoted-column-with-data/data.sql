INSERT INTO "Doc Store" VALUES (1, 'hello', '{"a":1}', '{x}');
