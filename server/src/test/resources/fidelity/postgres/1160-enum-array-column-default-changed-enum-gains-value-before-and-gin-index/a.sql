CREATE TYPE "Role" AS ENUM ('reader', 'writer');
CREATE TABLE members (id integer PRIMARY KEY, roles "Role"[] NOT NULL DEFAULT '{reader}');
