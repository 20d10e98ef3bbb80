CREATE TABLE t (id integer PRIMARY KEY, owner text, note text);
CREATE POLICY own ON t USING (owner = current_user);
