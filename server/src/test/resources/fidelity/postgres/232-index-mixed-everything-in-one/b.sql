CREATE TABLE "Event" ("Id" integer PRIMARY KEY, "At" timestamptz, "Kind" text, "Payload" jsonb, "Deleted" boolean);
CREATE UNIQUE INDEX "UX_Event_Kind" ON "Event" (lower("Kind"), "At" DESC NULLS LAST) INCLUDE ("Id") WHERE NOT "Deleted";
CREATE INDEX "GX_Event_Payload" ON "Event" USING gin ("Payload" jsonb_path_ops);
