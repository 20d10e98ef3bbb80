CREATE TABLE t (
  id int NOT NULL,
  email varchar(255) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_email (email(64))
);
