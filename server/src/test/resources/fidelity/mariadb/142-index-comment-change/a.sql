CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  email varchar(100) DEFAULT NULL,
  KEY idx_users_email (email) COMMENT 'login lookups',
  PRIMARY KEY (id)
);
