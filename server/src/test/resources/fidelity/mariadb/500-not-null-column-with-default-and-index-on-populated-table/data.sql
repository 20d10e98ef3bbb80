INSERT INTO accounts (email) VALUES ('a@x.org'), ('b@x.org'), ('c@x.org');
