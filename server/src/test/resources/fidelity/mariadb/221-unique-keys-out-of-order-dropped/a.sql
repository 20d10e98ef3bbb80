CREATE TABLE members (
  id int NOT NULL,
  email varchar(100) NOT NULL,
  login varchar(50) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_login (login),
  UNIQUE KEY uq_email (email)
);
