CREATE TABLE t (
  id int NOT NULL,
  email varchar(255) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_email (email(32))
);
