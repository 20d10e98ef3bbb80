CREATE TABLE accounts (
  id int NOT NULL,
  balance decimal(12,2) NOT NULL DEFAULT 0.00,
  owner varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
