INSERT INTO targets VALUES ('u');
INSERT INTO events VALUES (1, now(), 'a');
INSERT INTO clicks VALUES (2, now(), 'b', 'u');
