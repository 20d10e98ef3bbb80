CREATE TABLE sessions (id int NOT NULL, expires datetime NOT NULL, PRIMARY KEY (id));
