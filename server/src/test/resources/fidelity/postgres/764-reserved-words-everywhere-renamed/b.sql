CREATE TYPE "type" AS ENUM ('a', 'b', 'c');
CREATE TABLE "user" ("id" serial PRIMARY KEY, "role" text, "order" bigint DEFAULT 0, "select" boolean DEFAULT true, "type" "type" DEFAULT 'c', "limit" integer CHECK ("limit" > 0));
CREATE TABLE "order" ("id" serial PRIMARY KEY, "user_id" integer REFERENCES "user" ("id") ON DELETE CASCADE, "from" timestamptz, "to" timestamptz, "offset" interval, CHECK ("from" <= "to"));
CREATE INDEX "order_from_to" ON "order" ("from", "to" DESC);
CREATE UNIQUE INDEX "user_role_order" ON "user" ("role", "order");
COMMENT ON COLUMN "order"."offset" IS 'from "to"';
