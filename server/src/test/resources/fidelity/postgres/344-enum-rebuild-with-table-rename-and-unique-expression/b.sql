CREATE TYPE "Role" AS ENUM ('user', 'admin');
CREATE TABLE "Account" (id integer PRIMARY KEY, "Role" "Role" NOT NULL DEFAULT 'user', roles "Role"[]);
CREATE UNIQUE INDEX acct_one_admin ON "Account" (("Role" = 'admin')) WHERE "Role" = 'admin';
CREATE INDEX acct_roles ON "Account" USING gin (roles);
