CREATE TABLE "Items" (id integer PRIMARY KEY, "Note" text);
COMMENT ON TABLE "Items" IS 'things';
COMMENT ON COLUMN "Items"."Note" IS 'free text';
