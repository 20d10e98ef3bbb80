CREATE TABLE accounts (
  id int NOT NULL AUTO_INCREMENT,
  email varchar(100) NOT NULL,
  balance decimal(12,2) NOT NULL DEFAULT 0.00,
  region char(2) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_accounts_email (email),
  KEY ix_accounts_region (region)
);
