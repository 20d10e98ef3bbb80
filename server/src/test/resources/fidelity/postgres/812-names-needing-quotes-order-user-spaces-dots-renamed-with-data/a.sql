CREATE TABLE "user" (id integer PRIMARY KEY, "group" text, "select" integer);
CREATE TABLE "order" ("user" integer REFERENCES "user", "from" date, "my col" text, "a.b" integer,
    CONSTRAINT "order check" CHECK ("a.b" > 0));
CREATE INDEX "order.from idx" ON "order" ("from", "my col");
