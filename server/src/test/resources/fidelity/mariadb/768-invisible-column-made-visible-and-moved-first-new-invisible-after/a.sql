CREATE TABLE accounts (
  email varchar(100) NOT NULL,
  name varchar(50) DEFAULT NULL,
  id int NOT NULL DEFAULT 0 INVISIBLE,
  PRIMARY KEY (id),
  UNIQUE KEY email (email)
);
