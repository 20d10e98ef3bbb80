CREATE TABLE accounts (
  id int NOT NULL,
  balance_cents int NOT NULL DEFAULT 0,
  owner varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
