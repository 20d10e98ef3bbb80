CREATE TYPE "my.enum" AS ENUM ('a', 'b');
CREATE SEQUENCE "seq.1" START 5;
CREATE SEQUENCE "Seq ""q""";
CREATE TABLE "x.y" (id integer PRIMARY KEY, "c""d" text, e "my.enum" DEFAULT 'a', n bigint DEFAULT nextval('"seq.1"'), m bigint DEFAULT nextval('"Seq ""q"""'::regclass), CONSTRAINT "ck.""e""" CHECK ("c""d" <> ''));
CREATE INDEX "idx ""q"".1" ON "x.y" (e, "c""d");
