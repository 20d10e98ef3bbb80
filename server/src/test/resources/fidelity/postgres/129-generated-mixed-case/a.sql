CREATE TABLE p ("Id" integer PRIMARY KEY, "A" integer);
