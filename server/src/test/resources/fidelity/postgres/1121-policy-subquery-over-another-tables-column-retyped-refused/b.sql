-- the policy on notes reads members.id: PostgreSQL cannot retype it under the policy
CREATE TABLE members (id bigint PRIMARY KEY, active boolean NOT NULL DEFAULT true);
CREATE TABLE notes (id integer PRIMARY KEY, owner_id integer NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_active_owner ON notes USING (owner_id IN (SELECT id FROM members WHERE active));
