INSERT INTO customer (fullname, mail) VALUES ('Ann', 'a@x'), ('Bob', NULL);
