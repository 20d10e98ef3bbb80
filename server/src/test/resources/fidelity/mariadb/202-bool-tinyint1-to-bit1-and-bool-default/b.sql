CREATE TABLE prefs (
  id int NOT NULL,
  enabled bit(1) NOT NULL DEFAULT b'0',
  visible tinyint(1) NOT NULL DEFAULT 1,
  archived tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);
