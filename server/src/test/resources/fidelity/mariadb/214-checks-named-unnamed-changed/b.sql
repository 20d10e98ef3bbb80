CREATE TABLE acct (
  id int NOT NULL,
  balance decimal(12,4) NOT NULL,
  lo int DEFAULT NULL,
  hi int DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT chk_balance CHECK (balance >= -100),
  CHECK (lo < hi),
  CHECK (hi < 1000000),
  CONSTRAINT `Chk Lo` CHECK (lo >= 0)
);
