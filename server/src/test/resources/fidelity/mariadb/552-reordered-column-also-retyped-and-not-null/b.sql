CREATE TABLE tickets (
  id int NOT NULL AUTO_INCREMENT,
  opened date NOT NULL,
  priority int NOT NULL DEFAULT 3,
  title varchar(120) NOT NULL DEFAULT '' COMMENT 'shown in lists',
  PRIMARY KEY (id)
);
