INSERT INTO "my.app data"."user ""profile""" VALUES (1, 'a@b', 'Ann');
INSERT INTO "my.app data"."order" VALUES (10, 1);
