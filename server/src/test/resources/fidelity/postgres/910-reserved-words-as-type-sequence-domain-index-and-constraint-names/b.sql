CREATE TYPE "order" AS ENUM ('new', 'paid', 'shipped');
CREATE SEQUENCE "user" INCREMENT 10;
CREATE DOMAIN "check" AS integer CHECK (VALUE > 0);
CREATE TABLE "select" ("from" "order" DEFAULT 'paid', "table" bigint DEFAULT nextval('"user"'), "where" "check", "group" "order"[] DEFAULT '{}', "limit" "check"[] , CONSTRAINT "constraint" PRIMARY KEY ("table"), CONSTRAINT "unique" UNIQUE ("where"));
CREATE INDEX "index" ON "select" ("from", "where");
