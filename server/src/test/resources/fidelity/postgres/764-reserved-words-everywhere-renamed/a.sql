CREATE TYPE "type" AS ENUM ('a', 'b');
CREATE TABLE "user" ("id" serial PRIMARY KEY, "group" text, "order" integer DEFAULT 0, "select" boolean, "type" "type");
CREATE TABLE "order" ("id" serial PRIMARY KEY, "user" integer REFERENCES "user" ("id"), "from" date, "to" date, CHECK ("from" <= "to"));
CREATE INDEX "order_from_to" ON "order" ("from", "to");
CREATE UNIQUE INDEX "user_group_order" ON "user" ("group", "order");
