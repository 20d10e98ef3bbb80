CREATE TABLE acct (
  id int NOT NULL,
  balance decimal(10,2) NOT NULL,
  lo int DEFAULT NULL,
  hi int DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT chk_balance CHECK (balance >= 0),
  CHECK (lo <= hi)
);
