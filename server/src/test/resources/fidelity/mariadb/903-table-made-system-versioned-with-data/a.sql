CREATE TABLE contracts (id int NOT NULL, holder varchar(60) NOT NULL, PRIMARY KEY (id));
