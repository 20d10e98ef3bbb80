CREATE TABLE zones (id integer PRIMARY KEY, account varchar(40) DEFAULT NULL);
CREATE TABLE records (id integer PRIMARY KEY, ttl integer DEFAULT NULL, changed timestamp DEFAULT NULL, content text DEFAULT NULL);
