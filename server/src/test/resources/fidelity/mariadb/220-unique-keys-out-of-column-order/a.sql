CREATE TABLE members (
  id int NOT NULL,
  email varchar(100) NOT NULL,
  login varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
