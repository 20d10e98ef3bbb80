CREATE TYPE "Mood" AS ENUM ('Angry', 'Sad', 'Ok', 'Happy', 'Ecstatic');
CREATE TABLE "Person" ("Id" integer PRIMARY KEY, "Mood" "Mood");
