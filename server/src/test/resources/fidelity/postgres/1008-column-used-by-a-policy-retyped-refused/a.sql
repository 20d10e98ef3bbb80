CREATE TABLE notes (id integer PRIMARY KEY, owner_id integer NOT NULL, body text);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_owner ON notes FOR SELECT USING (owner_id = 42);
