CREATE TABLE "Event" ("Id" integer PRIMARY KEY, "At" timestamptz, "Kind" text, "Payload" jsonb, "Deleted" boolean);
