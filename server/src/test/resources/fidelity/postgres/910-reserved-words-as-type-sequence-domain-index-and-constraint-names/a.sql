CREATE TYPE "order" AS ENUM ('new', 'paid');
CREATE SEQUENCE "user";
CREATE DOMAIN "check" AS integer CHECK (VALUE > 0);
CREATE TABLE "select" ("from" "order" DEFAULT 'new', "table" bigint DEFAULT nextval('"user"'), "where" "check", CONSTRAINT "constraint" PRIMARY KEY ("table"));
CREATE INDEX "index" ON "select" ("from");
