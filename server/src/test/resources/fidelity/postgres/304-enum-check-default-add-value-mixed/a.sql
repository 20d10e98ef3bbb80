CREATE TYPE "Mood" AS ENUM ('Sad', 'OK');
CREATE TABLE "Person" ("Id" integer PRIMARY KEY, "Mood" "Mood" NOT NULL DEFAULT 'OK' CONSTRAINT "Person_Mood_not_sad" CHECK ("Mood" <> 'Sad'::"Mood"), moods "Mood"[] DEFAULT '{}');
