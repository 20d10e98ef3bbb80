CREATE TABLE settings (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  slug varchar(60) DEFAULT (concat('s-', 'x')),
  doc longtext DEFAULT (json_object('v', 1)),
  created_unix int unsigned DEFAULT (unix_timestamp()),
  renew_on date DEFAULT (curdate() + interval 1 year),
  factor double DEFAULT 1e3,
  offset_val decimal(5,2) DEFAULT -0.50,
  note varchar(20) DEFAULT 'NULL',
  empty_text varchar(10) NOT NULL DEFAULT '',
  PRIMARY KEY (id)
);
