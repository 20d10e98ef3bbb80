CREATE TABLE tickets (
  id int NOT NULL AUTO_INCREMENT,
  title varchar(40) DEFAULT NULL,
  priority smallint NOT NULL DEFAULT 3,
  opened date NOT NULL,
  PRIMARY KEY (id)
);
