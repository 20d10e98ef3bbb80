CREATE SCHEMA "my.app data";
CREATE TABLE "my.app data"."user ""profiles""" ("the id" integer PRIMARY KEY, "e-mail address" text NOT NULL, "Name" varchar(80));
CREATE INDEX "idx.e mail" ON "my.app data"."user ""profiles""" ("e-mail address");
CREATE TABLE "my.app data"."order" ("id" integer PRIMARY KEY, "user" integer REFERENCES "my.app data"."user ""profiles""" ("the id") ON DELETE CASCADE, "select" boolean DEFAULT true);
COMMENT ON TABLE "my.app data"."order" IS 'it''s the "order" table; -- not a comment';
COMMENT ON COLUMN "my.app data"."order"."select" IS E'two\nlines and a \\ backslash';
