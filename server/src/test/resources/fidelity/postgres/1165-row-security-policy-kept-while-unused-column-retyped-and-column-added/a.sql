CREATE TABLE docs (id integer PRIMARY KEY, owner text NOT NULL, body varchar(100));
ALTER TABLE docs ENABLE ROW LEVEL SECURITY;
CREATE POLICY docs_own ON docs USING (owner = current_user) WITH CHECK (owner = current_user);
