CREATE TABLE hosts (id integer PRIMARY KEY, port integer DEFAULT 53, seen timestamp(0), name varchar(20) DEFAULT NULL);
