CREATE TABLE "U" ("Id" integer PRIMARY KEY, "Email" text);
CREATE UNIQUE INDEX "U_Email_lower" ON "U" (lower("Email"));
