CREATE DOMAIN "text" AS varchar(200);
CREATE DOMAIN email AS varchar(200) CHECK (VALUE LIKE '%@%');
CREATE DOMAIN work_email AS email CHECK (VALUE NOT LIKE '%@gmail.com');
CREATE TABLE "table" ("select" integer PRIMARY KEY, "from" work_email NOT NULL DEFAULT 'x@corp', "where" work_email[], "group" text, "order" "text" UNIQUE);
CREATE INDEX "index" ON "table" ("from", "group");
COMMENT ON COLUMN "table"."order" IS 'the "order"';
