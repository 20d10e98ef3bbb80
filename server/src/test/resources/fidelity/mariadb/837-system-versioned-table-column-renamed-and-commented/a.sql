CREATE TABLE balances (
  id int NOT NULL,
  amt decimal(12,2) NOT NULL,
  PRIMARY KEY (id)
) WITH SYSTEM VERSIONING;
