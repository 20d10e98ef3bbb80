CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (id)
);
CREATE TABLE accounts (
  id int NOT NULL,
  login varchar(40) NOT NULL,
  email varchar(100) DEFAULT NULL,
  UNIQUE KEY uk_login (login) COMMENT 'one per person',
  UNIQUE KEY uk_email (email) IGNORED,
  PRIMARY KEY (id)
);
