INSERT INTO users VALUES (1, 'A@x.org', 'a=>1');
