CREATE TYPE "Mood" AS ENUM ('Sad', 'Happy');
CREATE TABLE "Person" ("Id" integer PRIMARY KEY, "Mood" "Mood");
