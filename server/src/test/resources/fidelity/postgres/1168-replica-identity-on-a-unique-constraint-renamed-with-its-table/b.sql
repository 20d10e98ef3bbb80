CREATE TABLE "user" (id integer NOT NULL, email text NOT NULL, CONSTRAINT "user email" UNIQUE (email));
ALTER TABLE "user" REPLICA IDENTITY USING INDEX "user email";
