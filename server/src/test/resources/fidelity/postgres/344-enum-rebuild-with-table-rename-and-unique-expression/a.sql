CREATE TYPE "Role" AS ENUM ('admin', 'user', 'guest');
CREATE TABLE acct (id integer PRIMARY KEY, "Role" "Role" NOT NULL DEFAULT 'user', roles "Role"[]);
CREATE UNIQUE INDEX acct_one_admin ON acct (("Role" = 'admin')) WHERE "Role" = 'admin';
CREATE INDEX acct_roles ON acct USING gin (roles);
