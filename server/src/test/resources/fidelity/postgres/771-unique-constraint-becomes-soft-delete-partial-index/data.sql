INSERT INTO users (email, org_id) VALUES ('a@x.io', 1), ('b@x.io', 1);
