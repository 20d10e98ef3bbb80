CREATE TABLE plans (
  id int NOT NULL,
  tier enum('free','team','pro','enterprise') NOT NULL,
  region varchar(10) NOT NULL,
  features set('API','SSO','Audit','export') NOT NULL DEFAULT 'API,Audit',
  PRIMARY KEY (id),
  UNIQUE KEY tier_region (tier, region)
);
