CREATE TABLE "Person" ("First" text COLLATE "C", "Last" text, "Full" text GENERATED ALWAYS AS ("First" || ' ' || "Last") STORED);
