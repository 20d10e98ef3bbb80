CREATE SCHEMA "my.app data";
CREATE TABLE "my.app data"."user ""profile""" ("the id" integer PRIMARY KEY, "e.mail" text NOT NULL, "Name" text);
CREATE INDEX "idx.e mail" ON "my.app data"."user ""profile""" ("e.mail");
CREATE TABLE "my.app data"."order" ("id" integer PRIMARY KEY, "user" integer REFERENCES "my.app data"."user ""profile""" ("the id"));
