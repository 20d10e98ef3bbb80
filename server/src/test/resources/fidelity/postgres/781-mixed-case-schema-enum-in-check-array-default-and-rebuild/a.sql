CREATE SCHEMA "Billing";
CREATE TYPE "Billing"."Tag" AS ENUM ('VIP', 'LATE');
CREATE TABLE "Billing"."Account" ("id" integer PRIMARY KEY, "tags" "Billing"."Tag"[] NOT NULL DEFAULT '{}', "primaryTag" "Billing"."Tag",
  CONSTRAINT "Account_tag_check" CHECK ("primaryTag" IS NULL OR "primaryTag" = ANY ("tags")));
