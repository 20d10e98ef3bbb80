CREATE TABLE counters (
  tenant mediumint(8) unsigned NOT NULL DEFAULT 1,
  id int(10) unsigned NOT NULL AUTO_INCREMENT,
  hits bigint unsigned NOT NULL DEFAULT 0,
  small smallint unsigned NOT NULL DEFAULT 255,
  delta smallint(5) unsigned DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_tenant_hits (tenant, hits)
);
