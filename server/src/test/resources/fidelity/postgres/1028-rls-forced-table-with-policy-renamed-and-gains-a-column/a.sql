CREATE TABLE docs (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text);
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
ALTER TABLE docs FORCE ROW LEVEL SECURITY;
CREATE POLICY docs_owner ON docs USING (owner = current_user) WITH CHECK (owner = current_user);
