CREATE TABLE "Parent" ("Id" integer PRIMARY KEY);
CREATE TABLE "Child" ("Id" integer PRIMARY KEY, "ParentId" integer CONSTRAINT "FK_Child_Parent" REFERENCES "Parent" ("Id") DEFERRABLE);
