CREATE TABLE tags (
  name varchar(40) NOT NULL,
  color varchar(10) NOT NULL,
  PRIMARY KEY (name)
);
