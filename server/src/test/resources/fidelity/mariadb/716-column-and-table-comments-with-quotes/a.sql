CREATE TABLE people (
  id int NOT NULL COMMENT 'the id',
  name varchar(50) DEFAULT NULL,
  PRIMARY KEY (id)
);
