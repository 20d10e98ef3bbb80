CREATE TABLE acct (
  id int NOT NULL,
  email varchar(100) DEFAULT NULL,
  phone varchar(20) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_acct_email (email) COMMENT 'login' IGNORED,
  UNIQUE KEY uk_acct_phone (phone)
);
