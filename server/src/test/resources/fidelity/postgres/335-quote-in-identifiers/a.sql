CREATE TABLE "we""ird" ("col""q" integer PRIMARY KEY, "a.b" text);
CREATE INDEX "we""ird_idx" ON "we""ird" ("a.b");
