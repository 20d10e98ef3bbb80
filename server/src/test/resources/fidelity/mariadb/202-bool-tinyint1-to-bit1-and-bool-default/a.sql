CREATE TABLE prefs (
  id int NOT NULL,
  enabled tinyint(1) NOT NULL DEFAULT 0,
  visible boolean DEFAULT NULL,
  PRIMARY KEY (id)
);
