CREATE TABLE memberships (id serial PRIMARY KEY, group_id integer NOT NULL, user_id integer NOT NULL, role text NOT NULL DEFAULT 'member');
CREATE UNIQUE INDEX memberships_group_user ON memberships (group_id, user_id);
