INSERT INTO forums VALUES ('general', 'General');
INSERT INTO posts (forum, subject, message) VALUES ('general', 'Welcome', 'first message of the board');
