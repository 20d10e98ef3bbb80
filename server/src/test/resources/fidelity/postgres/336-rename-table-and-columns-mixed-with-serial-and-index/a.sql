CREATE TABLE "userAccount" ("userId" serial PRIMARY KEY, "eMail" text NOT NULL, created timestamp DEFAULT now());
CREATE UNIQUE INDEX "userAccount_eMail_key" ON "userAccount" (lower("eMail"));
CREATE TABLE login (id integer PRIMARY KEY, "userId" integer REFERENCES "userAccount" ("userId") ON DELETE CASCADE);
