CREATE TABLE memberships (org_id integer, user_id integer, role text, PRIMARY KEY (org_id, user_id));
CREATE TABLE grants (org_id integer, user_id integer, perm text, FOREIGN KEY (org_id, user_id) REFERENCES memberships);
