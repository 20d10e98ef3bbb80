CREATE TABLE account (id int NOT NULL, name varchar(100) NOT NULL, PRIMARY KEY (id));
