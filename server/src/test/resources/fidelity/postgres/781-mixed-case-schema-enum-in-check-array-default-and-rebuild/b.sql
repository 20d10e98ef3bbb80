CREATE SCHEMA "Billing";
CREATE TYPE "Billing"."Tag" AS ENUM ('VIP', 'LATE', 'NEW');
CREATE TABLE "Billing"."Account" ("id" integer PRIMARY KEY, "tags" "Billing"."Tag"[] NOT NULL DEFAULT '{NEW}', "primaryTag" "Billing"."Tag" DEFAULT 'NEW',
  CONSTRAINT "Account_tag_check" CHECK ("primaryTag" IS NULL OR "primaryTag" = ANY ("tags")),
  CONSTRAINT "Account_not_late_vip" CHECK ("primaryTag" <> 'LATE' OR NOT ('VIP' = ANY ("tags"))));
CREATE INDEX "Account_vip" ON "Billing"."Account" ("id") WHERE "primaryTag" = 'VIP';
