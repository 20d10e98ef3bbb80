CREATE TABLE "we""ird" ("col""q" bigint PRIMARY KEY, "a.b" text NOT NULL DEFAULT 'x', "new""one" text CHECK ("new""one" <> ''));
CREATE INDEX "we""ird_idx" ON "we""ird" ("a.b") WHERE "a.b" <> '';
COMMENT ON COLUMN "we""ird"."a.b" IS 'dotted';
CREATE TABLE "child ""x""" (id integer PRIMARY KEY, parent bigint REFERENCES "we""ird" ("col""q"));
