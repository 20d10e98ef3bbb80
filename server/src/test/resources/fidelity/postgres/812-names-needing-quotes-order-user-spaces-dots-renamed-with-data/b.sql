CREATE TABLE "user" (id integer PRIMARY KEY, "role" text, "select" bigint);
CREATE TABLE "order" ("user" integer REFERENCES "user" ON DELETE CASCADE, "to" date, "My Col" varchar(40), "a.b" integer,
    "end" boolean DEFAULT true NOT NULL, CONSTRAINT "order check" CHECK ("a.b" > 1));
CREATE INDEX "order.from idx" ON "order" ("to", "My Col");
CREATE UNIQUE INDEX "Order Unique" ON "order" ("user", "to") WHERE "end";
COMMENT ON COLUMN "order"."a.b" IS 'dotted';
