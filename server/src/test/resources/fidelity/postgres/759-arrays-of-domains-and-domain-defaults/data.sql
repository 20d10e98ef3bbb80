INSERT INTO contacts VALUES (1, 'a@x.io', '{b@x.io}'), (2, 'c@x.io', '{}');
