CREATE TABLE "Person" ("Id" integer PRIMARY KEY);
CREATE TABLE pets (id integer PRIMARY KEY, owner integer REFERENCES "Person" ("Id"));
