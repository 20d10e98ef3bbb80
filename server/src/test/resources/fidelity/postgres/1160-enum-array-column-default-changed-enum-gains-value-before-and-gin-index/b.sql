CREATE TYPE "Role" AS ENUM ('guest', 'reader', 'writer', 'admin');
CREATE TABLE members (id integer PRIMARY KEY, roles "Role"[] NOT NULL DEFAULT ARRAY['guest'::"Role"],
  past "Role"[] DEFAULT '{}', CONSTRAINT roles_some CHECK (cardinality(roles) > 0));
CREATE INDEX members_roles ON members USING gin (roles);
