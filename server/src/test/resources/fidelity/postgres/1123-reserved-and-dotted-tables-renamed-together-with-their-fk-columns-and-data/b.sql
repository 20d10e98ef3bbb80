CREATE TABLE account (id integer PRIMARY KEY, "name" text NOT NULL);
CREATE TABLE "order" (id integer PRIMARY KEY, account_id integer NOT NULL REFERENCES account (id), "desc" text);
CREATE TABLE "order line" (id integer PRIMARY KEY, "order" integer NOT NULL REFERENCES "order" (id) ON DELETE CASCADE, qty integer NOT NULL);
CREATE INDEX "line.item_order_idx" ON "order line" ("order");
