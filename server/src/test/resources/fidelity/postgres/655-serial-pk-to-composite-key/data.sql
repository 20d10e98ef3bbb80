INSERT INTO memberships (group_id, user_id) VALUES (1,1),(1,2),(2,1);
