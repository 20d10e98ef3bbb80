CREATE TABLE parent (
  id int unsigned NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (id)
);
