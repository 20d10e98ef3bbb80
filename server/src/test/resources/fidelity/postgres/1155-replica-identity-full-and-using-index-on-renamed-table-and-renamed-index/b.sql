CREATE TABLE "Orders" (id integer NOT NULL, code text NOT NULL, total numeric, region text);
CREATE UNIQUE INDEX "Orders code" ON "Orders" (code);
ALTER TABLE "Orders" REPLICA IDENTITY USING INDEX "Orders code";
CREATE TABLE lines (id integer PRIMARY KEY, note text);
ALTER TABLE lines REPLICA IDENTITY FULL;
