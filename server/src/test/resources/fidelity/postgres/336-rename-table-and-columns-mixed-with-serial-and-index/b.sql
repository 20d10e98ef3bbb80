CREATE TABLE "UserAccount" ("UserId" serial PRIMARY KEY, "Email" text NOT NULL, created timestamptz DEFAULT now());
CREATE UNIQUE INDEX "userAccount_eMail_key" ON "UserAccount" (lower("Email"));
CREATE TABLE login (id integer PRIMARY KEY, "userId" integer CONSTRAINT "login_userId_fkey" REFERENCES "UserAccount" ("UserId") ON DELETE CASCADE);
