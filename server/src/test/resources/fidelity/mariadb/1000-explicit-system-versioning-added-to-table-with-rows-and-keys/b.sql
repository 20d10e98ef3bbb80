CREATE TABLE accounts (
  id int NOT NULL AUTO_INCREMENT,
  email varchar(100) NOT NULL,
  sys_start timestamp(6) GENERATED ALWAYS AS ROW START,
  sys_end timestamp(6) GENERATED ALWAYS AS ROW END,
  balance decimal(12,2) NOT NULL DEFAULT 0.00,
  region char(2) DEFAULT NULL,
  PRIMARY KEY (id, sys_end),
  UNIQUE KEY uq_accounts_email (email, sys_end),
  KEY ix_accounts_region (region),
  PERIOD FOR SYSTEM_TIME (sys_start, sys_end)
) WITH SYSTEM VERSIONING;
