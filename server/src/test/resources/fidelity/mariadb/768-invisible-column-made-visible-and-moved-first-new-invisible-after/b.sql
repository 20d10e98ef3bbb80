CREATE TABLE accounts (
  id int NOT NULL,
  email varchar(100) NOT NULL,
  secret char(32) DEFAULT NULL INVISIBLE,
  name varchar(50) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY email (email)
);
