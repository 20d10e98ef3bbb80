INSERT INTO sessions VALUES ('abc', 'payload', 1700000000);
