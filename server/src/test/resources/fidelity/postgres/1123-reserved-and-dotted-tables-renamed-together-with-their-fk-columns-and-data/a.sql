CREATE TABLE "user" (id integer PRIMARY KEY, "name" text NOT NULL);
CREATE TABLE "order" (id integer PRIMARY KEY, "user" integer NOT NULL REFERENCES "user" (id), "desc" text);
CREATE TABLE "line.item" (id integer PRIMARY KEY, "order" integer NOT NULL REFERENCES "order" (id) ON DELETE CASCADE, qty integer NOT NULL);
CREATE INDEX "line.item_order_idx" ON "line.item" ("order");
