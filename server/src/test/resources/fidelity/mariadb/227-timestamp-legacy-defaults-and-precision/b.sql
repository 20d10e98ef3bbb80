CREATE TABLE sessions (
  id int NOT NULL,
  started timestamp(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  ended datetime(3) DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP(3),
  touched timestamp NULL DEFAULT NULL,
  created datetime NOT NULL DEFAULT '2000-01-01 00:00:00',
  PRIMARY KEY (id)
);
