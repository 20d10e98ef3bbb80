INSERT INTO account VALUES (1), (2);
INSERT INTO profile VALUES (1, 1, 'a'), (2, 2, 'b');
