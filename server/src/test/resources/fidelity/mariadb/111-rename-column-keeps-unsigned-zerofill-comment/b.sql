CREATE TABLE acct (
  id int NOT NULL,
  account_no int(6) unsigned zerofill NOT NULL COMMENT 'account number',
  PRIMARY KEY (id)
);
