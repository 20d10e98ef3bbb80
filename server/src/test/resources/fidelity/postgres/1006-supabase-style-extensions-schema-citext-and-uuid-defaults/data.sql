INSERT INTO profiles (username) VALUES ('Ann'), ('bob');
