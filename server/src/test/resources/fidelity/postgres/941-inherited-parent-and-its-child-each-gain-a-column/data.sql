INSERT INTO clicks VALUES (1, now(), 'x');
INSERT INTO views VALUES (2, now(), '/home');
