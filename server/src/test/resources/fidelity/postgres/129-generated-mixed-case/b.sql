CREATE TABLE p ("Id" integer PRIMARY KEY, "A" integer, "Twice" integer GENERATED ALWAYS AS ("A" * 2) STORED);
