CREATE TABLE balances (
  id int NOT NULL,
  amount decimal(12,2) NOT NULL COMMENT 'in cents? no: in euros',
  PRIMARY KEY (id)
) WITH SYSTEM VERSIONING;
