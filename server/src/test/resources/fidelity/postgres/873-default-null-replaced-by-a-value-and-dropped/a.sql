CREATE TABLE hosts (id integer PRIMARY KEY, port integer DEFAULT NULL, seen timestamp(0) DEFAULT NULL, name varchar(20) DEFAULT NULL);
