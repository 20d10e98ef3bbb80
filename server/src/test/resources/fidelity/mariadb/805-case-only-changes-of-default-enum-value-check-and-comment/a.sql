CREATE TABLE accounts (
  id int NOT NULL,
  status enum('active','Suspended','closed') NOT NULL DEFAULT 'active',
  tier varchar(10) NOT NULL DEFAULT 'Gold' COMMENT 'Customer tier',
  region char(2) NOT NULL DEFAULT 'eu',
  PRIMARY KEY (id),
  CONSTRAINT region_known CHECK (region <> 'XX')
) COMMENT='Accounts';
