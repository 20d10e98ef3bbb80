CREATE TABLE plans (
  id int NOT NULL,
  tier enum('free','pro','enterprise') NOT NULL,
  region varchar(10) NOT NULL,
  features set('API','sso','Audit') NOT NULL DEFAULT 'API',
  PRIMARY KEY (id),
  UNIQUE KEY tier_region (tier, region)
);
