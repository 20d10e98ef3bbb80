CREATE TABLE documents (id integer PRIMARY KEY, owner text NOT NULL DEFAULT current_user, body text, title varchar(200));
ALTER TABLE documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE documents FORCE ROW LEVEL SECURITY;
CREATE POLICY docs_owner ON documents USING (owner = current_user) WITH CHECK (owner = current_user);
