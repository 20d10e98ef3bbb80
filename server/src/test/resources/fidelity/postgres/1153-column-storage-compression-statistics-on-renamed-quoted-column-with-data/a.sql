CREATE TABLE "Doc Store" (id integer PRIMARY KEY, "Body Text" text, payload jsonb, tags text[]);
ALTER TABLE "Doc Store" ALTER COLUMN "Body Text" SET STORAGE EXTERNAL;
ALTER TABLE "Doc Store" ALTER COLUMN payload SET COMPRESSION pglz;
