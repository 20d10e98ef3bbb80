CREATE TYPE "Mood" AS ENUM ('Sad', 'OK', 'Happy');
CREATE TABLE "Person" ("Id" integer PRIMARY KEY, "Mood" "Mood" NOT NULL DEFAULT 'Happy' CONSTRAINT "Person_Mood_not_sad" CHECK ("Mood" <> 'Sad'::"Mood"), moods "Mood"[] DEFAULT '{OK,Happy}', "Best" "Mood" DEFAULT 'Happy');
