CREATE TABLE "Order Items" ("Item Id" integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "Qty" integer NOT NULL);
CREATE INDEX "Order Items qty" ON "Order Items" ("Qty");
CREATE TABLE shipments (id integer PRIMARY KEY, item integer REFERENCES "Order Items");
