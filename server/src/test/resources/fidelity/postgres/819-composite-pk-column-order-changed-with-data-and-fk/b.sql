CREATE TABLE memberships (org_id integer, user_id integer, role text, PRIMARY KEY (user_id, org_id));
CREATE TABLE grants (org_id integer, user_id integer, perm text, FOREIGN KEY (user_id, org_id) REFERENCES memberships);
