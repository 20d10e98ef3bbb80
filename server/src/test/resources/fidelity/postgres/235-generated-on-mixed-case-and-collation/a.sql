CREATE TABLE "Person" ("First" text COLLATE "C", "Last" text);
