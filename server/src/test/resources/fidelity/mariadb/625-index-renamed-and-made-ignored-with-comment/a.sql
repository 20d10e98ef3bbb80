CREATE TABLE acct (
  id int NOT NULL,
  email varchar(100) DEFAULT NULL,
  phone varchar(20) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_email (email),
  UNIQUE KEY uk_phone (phone) COMMENT 'one per account'
);
