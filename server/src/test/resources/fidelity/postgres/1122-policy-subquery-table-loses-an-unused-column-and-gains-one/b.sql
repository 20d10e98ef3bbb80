CREATE TABLE members (id integer PRIMARY KEY, active boolean NOT NULL DEFAULT true, joined_at date);
CREATE TABLE notes (id integer PRIMARY KEY, owner_id integer NOT NULL, body varchar(500));
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_active_owner ON notes USING (owner_id IN (SELECT id FROM members WHERE active));
