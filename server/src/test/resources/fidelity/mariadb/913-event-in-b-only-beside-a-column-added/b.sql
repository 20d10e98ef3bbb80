CREATE TABLE sessions (id int NOT NULL, expires datetime NOT NULL, user_agent varchar(200) DEFAULT NULL, PRIMARY KEY (id));
CREATE EVENT purge_sessions ON SCHEDULE EVERY 1 HOUR DISABLE DO DELETE FROM sessions WHERE expires < NOW();
