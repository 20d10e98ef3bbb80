INSERT INTO "Article" ("title", "body") VALUES ('Postgres tips', 'generated columns are neat');
