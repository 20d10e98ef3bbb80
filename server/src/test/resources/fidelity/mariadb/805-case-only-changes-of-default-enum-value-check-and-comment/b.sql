CREATE TABLE accounts (
  id int NOT NULL,
  status enum('active','suspended','closed') NOT NULL DEFAULT 'active',
  tier varchar(10) NOT NULL DEFAULT 'gold' COMMENT 'customer tier',
  region char(2) NOT NULL DEFAULT 'EU',
  PRIMARY KEY (id),
  CONSTRAINT region_known CHECK (region <> 'xx')
) COMMENT='accounts';
