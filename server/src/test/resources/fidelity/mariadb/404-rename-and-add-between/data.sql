INSERT INTO users (nick) VALUES ('annie'), ('bobby');
