CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (id)
);
CREATE TABLE events (
  id int NOT NULL,
  region char(2) NOT NULL,
  note varchar(20) DEFAULT NULL,
  PRIMARY KEY (id, region)
) ROW_FORMAT=DYNAMIC PARTITION BY LIST COLUMNS (region) (PARTITION p_eu VALUES IN ('de', 'fr') COMMENT 'europe', PARTITION p_us VALUES IN ('us'));
